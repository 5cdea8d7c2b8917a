// The workbench in German: the language choice (option, setting, system), German menu titles, German
// number formats in the results table, and Qt's own buttons in German. The expected figures are
// worked out here: one open class at λ = 17/s through an M/M/1 station with S = 50 ms gives
// U = λS = 0.85 and a mean number present of U / (1 − U) = 5.67; a delay station with the same S holds
// λS = 0.85 requests in service on average.
#include "app/gui/language.h"
#include "app/gui/mainwindow.h"
#include "app/gui/settingsdialog.h"

#include "core/document/reviewdocument.h"
#include "models/stationresultsmodel.h"
#include "widgets/results/resultsdock.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using namespace hostreview;

namespace {

constexpr double Lambda = 17.0;      // requests per second
constexpr double ServiceTime = 0.05; // seconds per visit at each station

core::Review twoStationReview()
{
    core::Review r;
    r.name = QStringLiteral("i18n test");
    core::Station app;
    app.id = QStringLiteral("app");
    app.name = QStringLiteral("App");
    app.servers = 1;
    core::Station partner;
    partner.id = QStringLiteral("partner");
    partner.name = QStringLiteral("Partner");
    partner.discipline = core::Discipline::Delay;
    r.stations = {app, partner};
    core::WorkloadClass web;
    web.id = QStringLiteral("web");
    web.name = QStringLiteral("Web");
    web.arrivalRate = Lambda;
    web.entry = app.id;
    web.demands = {core::Demand{app.id, 1.0, ServiceTime, {}}, core::Demand{partner.id, 1.0, ServiceTime, {}}};
    r.classes = {web};
    return r;
}

} // namespace

class TestGermanGui : public QObject {
    Q_OBJECT

    app::Language m_language;
    std::unique_ptr<app::MainWindow> m_window;

    QString cell(const QString &stationName, int column) const
    {
        const QAbstractItemModel *model = m_window->resultsDock()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, models::StationResultsModel::NameColumn).data().toString() == stationName)
                return model->index(row, column).data().toString();
        }
        return QStringLiteral("<no row %1>").arg(stationName);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // An English system where the user chose German: the choice decides, and numbers follow it.
        const QLocale system(QLocale::English, QLocale::UnitedStates);
        QVERIFY(m_language.apply(app::Language::resolve(QStringLiteral("de"), QString(), system), system));
        QCOMPARE(m_language.code(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        m_window = std::make_unique<app::MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
    }

    void cleanupTestCase()
    {
        m_window->document()->setModified(false); // no save prompt on close
        m_window.reset();
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("option wins") << QStringLiteral("fr") << QStringLiteral("de") << QStringLiteral("en_US") << QStringLiteral("fr");
        QTest::newRow("setting over system") << QStringLiteral("") << QStringLiteral("de") << QStringLiteral("fr_FR") << QStringLiteral("de");
        QTest::newRow("Austrian system") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("Canadian French system") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("fr_CA") << QStringLiteral("fr");
        QTest::newRow("unsupported system") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("it_IT") << QStringLiteral("en");
        QTest::newRow("English system") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("en_GB") << QStringLiteral("en");
    }

    void resolve()
    {
        QFETCH(QString, requested);
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(app::Language::resolve(requested, setting, QLocale(system)), expected);
    }

    void unknownLanguageRefused()
    {
        app::Language other;
        QVERIFY(!other.apply(QStringLiteral("xx")));
        QCOMPARE(QLocale().language(), QLocale::German); // unchanged by the refusal
    }

    void menuTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("file") << QStringLiteral("&Datei");
        QTest::newRow("edit") << QStringLiteral("&Bearbeiten");
        QTest::newRow("view") << QStringLiteral("&Ansicht");
        QTest::newRow("help") << QStringLiteral("&Hilfe");
    }

    void menuTitles()
    {
        QFETCH(QString, title);
        QStringList titles;
        for (const QAction *action : m_window->menuBar()->actions())
            titles << action->text();
        QVERIFY2(titles.contains(title), qPrintable(titles.join(QStringLiteral(", "))));
    }

    // Within each German menu, no two entries share an accelerator letter.
    void acceleratorsUnique()
    {
        QStringList clashes;
        for (const QAction *title : m_window->menuBar()->actions()) {
            const QMenu *menu = title->menu();
            if (!menu)
                continue;
            QHash<QChar, QString> seen;
            for (const QAction *action : menu->actions()) {
                const QString text = QString(action->text()).remove(QStringLiteral("&&"));
                const int amp = text.indexOf(QLatin1Char('&'));
                if (action->isSeparator() || amp < 0 || amp + 1 >= text.size())
                    continue;
                const QChar key = text.at(amp + 1).toLower();
                if (seen.contains(key))
                    clashes << QStringLiteral("%1: %2 / %3").arg(title->text(), seen.value(key), action->text());
                seen.insert(key, action->text());
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void germanNumbers_data()
    {
        QTest::addColumn<QString>("station");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utilisation 0.85") << QStringLiteral("App") << int(models::StationResultsModel::UtilizationColumn) << QStringLiteral("85,0 %");
        QTest::newRow("number present 0.85/0.15") << QStringLiteral("App") << int(models::StationResultsModel::QueueLengthColumn) << QStringLiteral("5,67");
        QTest::newRow("throughput 17/s") << QStringLiteral("App") << int(models::StationResultsModel::ThroughputColumn) << QStringLiteral("17,00");
        QTest::newRow("delay: 0.85 in service") << QStringLiteral("Partner") << int(models::StationResultsModel::UtilizationColumn) << QStringLiteral("0,85");
    }

    void germanNumbers()
    {
        QFETCH(QString, station);
        QFETCH(int, column);
        QFETCH(QString, expected);
        m_window->document()->setReview(twoStationReview());
        QVERIFY(m_window->solveNow());
        QCOMPARE(cell(station, column), expected);
    }

    void headerInGerman()
    {
        const QAbstractItemModel *model = m_window->resultsDock()->model();
        QCOMPARE(model->headerData(models::StationResultsModel::UtilizationColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Auslastung"));
    }

    void settingsLanguage_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("system") << QString();
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    // The settings dialog shows the stored language, gives it back unchanged, and says when it applies.
    void settingsLanguage()
    {
        QFETCH(QString, stored);
        app::AppSettings settings;
        settings.language = stored;
        app::SettingsDialog dialog(settings);
        QCOMPARE(dialog.settings().language, stored);
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("Sprache:")), qPrintable(labels.join(QStringLiteral(" | "))));
        QVERIFY(labels.contains(QStringLiteral("Eine neue Sprache wird beim nächsten Start von hostreview wirksam.")));
    }

    // Standard buttons come from Qt's own qtbase_de.qm (Debian: qt6-translations-l10n).
    void qtButtonsInGerman()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QSKIP("qtbase_de.qm is not installed (qt6-translations-l10n)");
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }
};

QTEST_MAIN(TestGermanGui)
#include "tst_germangui.moc"
