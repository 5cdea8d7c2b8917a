#include "../logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hostreview"));
    QApplication::setApplicationName(QStringLiteral("hostreview"));
    QApplication::setApplicationDisplayName(QStringLiteral("hostreview"));
    QApplication::setApplicationVersion(QStringLiteral(HOSTREVIEW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Odoo Hosting Review Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption verbose(QStringLiteral("verbose"), QApplication::translate("main", "Log debug messages."));
    parser.addOption(verbose);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Review to open."));
    parser.process(app);
    hostreview::app::initLogging(parser.isSet(verbose), false);

    hostreview::app::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}
