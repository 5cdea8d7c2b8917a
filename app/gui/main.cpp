#include "../logging.h"
#include "appsettings.h"
#include "language.h"
#include "mainwindow.h"
#include "solverrunner.h"

#include "core/document/reviewdocument.h"
#include "widgets/canvas/topologyscene.h"
#include "widgets/canvas/topologyview.h"

#include <QApplication>
#include <QDockWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QSlider>
#include <QTimer>

#include <cstdio>

namespace {

// --screenshot: show the window, let it solve and lay out, grab it, save, quit. Used for the
// user guide's images (QT_QPA_PLATFORM=offscreen works).
int takeScreenshot(hostreview::app::MainWindow &window, const QString &file, const QString &select,
                   const QString &scenario, int bucket, const QString &dock)
{
    if (!dock.isEmpty()) {
        auto *widget = window.findChild<QDockWidget *>(dock + QStringLiteral("Dock"));
        if (!widget) {
            std::fprintf(stderr, "no dock \"%s\"\n", qPrintable(dock));
            return 1;
        }
        widget->show();
        widget->raise();
    }
    if (!scenario.isEmpty()) {
        const int i = window.scenarioSelector()->findData(scenario);
        if (i < 0) {
            std::fprintf(stderr, "no scenario \"%s\"\n", qPrintable(scenario));
            return 1;
        }
        window.scenarioSelector()->setCurrentIndex(i);
    }
    if (bucket >= 0 && window.bucketEnabled()->isEnabled()) {
        window.bucketEnabled()->setChecked(true);
        window.bucketSlider()->setValue(bucket);
    }
    window.solveNow();
    window.view()->zoomToFit();
    if (!select.isEmpty())
        window.scene()->selectStations(select.split(QLatin1Char(',')));
    QCoreApplication::processEvents();
    if (!window.grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    return 0;
}

// Without a display Qt aborts while loading its default platform plugin. Work that needs no screen
// (--help, --version, --screenshot) runs on the offscreen platform; opening the window says why it
// cannot, and points at the headless twin.
bool prepareHeadless(int argc, char **argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v"
            || arg.startsWith("--screenshot")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return true;
        }
    }
    std::fprintf(stderr, "hostreview: no display (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                         "Run it in a desktop session, under xvfb-run, or use hostreview-cli for headless work.\n");
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (!prepareHeadless(argc, argv))
        return 1;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hostreview"));
    QApplication::setApplicationName(QStringLiteral("hostreview"));
    QApplication::setApplicationDisplayName(QStringLiteral("hostreview"));
    QApplication::setApplicationVersion(QStringLiteral(HOSTREVIEW_VERSION));
    // The language of the settings (or the system's) already speaks in --help; --language overrides it below.
    hostreview::app::Language language;
    const QString settingLanguage = hostreview::app::AppSettings::load().language;
    language.apply(hostreview::app::Language::resolve(QString(), settingLanguage));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Odoo Hosting Review Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption verbose(QStringLiteral("verbose"), QApplication::translate("main", "Log debug messages."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "With --screenshot: select these stations (comma-separated ids)."),
                                    QStringLiteral("IDS"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QApplication::translate("main", "With --screenshot: show this scenario."), QStringLiteral("ID"));
    const QCommandLineOption bucket(QStringLiteral("bucket"),
                                    QApplication::translate("main", "With --screenshot: show this bucket of the day."), QStringLiteral("N"));
    const QCommandLineOption dock(QStringLiteral("dock"),
                                  QApplication::translate("main", "With --screenshot: bring this dock to the front "
                                                                  "(results, workload, profiles, scenarios, checklist)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Language of this session: en, de or fr (default: the setting, else the system's)."),
        QStringLiteral("LANG"));
    const QCommandLineOption size(QStringLiteral("size"), QApplication::translate("main", "Window size WxH."), QStringLiteral("WxH"));
    parser.addOptions({verbose, screenshot, select, scenario, bucket, dock, languageOption, size});
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Review to open."));
    parser.process(app);
    hostreview::app::initLogging(parser.isSet(verbose), false);
    if (parser.isSet(languageOption)) {
        const QString code = parser.value(languageOption);
        if (!language.apply(code)) {
            std::fprintf(stderr, "--language: \"%s\" is not one of en, de, fr\n", qPrintable(code));
            return 2;
        }
    }

    hostreview::app::MainWindow window;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (!parser.isSet(screenshot))
        QTimer::singleShot(0, &window, &hostreview::app::MainWindow::offerRecovery);
    if (parser.isSet(screenshot)) {
        bool ok = true;
        const int b = parser.isSet(bucket) ? parser.value(bucket).toInt(&ok) : -1;
        if (!ok) {
            std::fprintf(stderr, "--bucket: not a number\n");
            return 2;
        }
        return takeScreenshot(window, parser.value(screenshot), parser.value(select), parser.value(scenario), b,
                              parser.value(dock));
    }
    return app.exec();
}
