// File → Import measurements end to end: the real dialog and controller on the offscreen platform,
// a generated Traefik JSON log of known rate, the summary, Apply / undo / redo, refused files, Discard
// and a cancel in the middle of an import.
#include "app/gui/importcontroller.h"
#include "core/commands/importcommand.h"
#include "core/document/reviewdocument.h"
#include "widgets/import/importdialog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <QTextBrowser>
#include <QUndoStack>
#include <QWidget>

#include <atomic>
#include <cmath>

using namespace hostreview;
using app::ImportController;
using widgets::ImportDialog;

namespace {

const QString kClass = QStringLiteral("order-entry");

core::Station station(const QString &id, const QString &kind, int servers)
{
    core::Station s;
    s.id = id;
    s.name = id;
    s.kind = kind;
    s.servers = servers;
    return s;
}

/** Traefik → Odoo → PostgreSQL, one open class of estimated figures with a flat daily profile. */
core::Review fixture()
{
    core::Review r;
    r.name = QStringLiteral("import fixture");
    r.stations = {station(QStringLiteral("traefik"), QStringLiteral("traefik"), 4),
                  station(QStringLiteral("odoo"), QStringLiteral("odoo-http"), 8),
                  station(QStringLiteral("pg"), QStringLiteral("postgresql-primary"), 4)};
    core::WorkloadClass c;
    c.id = kClass;
    c.name = QStringLiteral("Order entry");
    c.arrivalRate = 0.5;
    c.entry = QStringLiteral("traefik");
    c.demands = {core::Demand{QStringLiteral("traefik"), 1.0, 0.002, {}}, core::Demand{QStringLiteral("odoo"), 1.0, 0.25, {}},
                 core::Demand{QStringLiteral("pg"), 1.0, 0.03, {}}};
    r.classes = {c};
    core::Profile p;
    p.classId = kClass;
    p.bucketMinutes = 15;
    p.multipliers = std::vector<double>(96, 1.0);
    r.profiles = {p};
    return r;
}

/**
 * One Traefik JSON access-log line (fields per odoo-facts.md: StartUTC, Duration and OriginDuration in
 * ns, Overhead in ns) for a sale-order read, which the default rules classify as order-entry.
 */
QByteArray traefikLine(const QDateTime &utc, qint64 originNs, qint64 overheadNs)
{
    return QStringLiteral("{\"StartUTC\":\"%1\",\"RequestMethod\":\"POST\",\"RequestPath\":\"/web/dataset/call_kw/sale.order/read\","
                          "\"RouterName\":\"odoo@docker\",\"DownstreamStatus\":200,\"OriginStatus\":200,"
                          "\"Duration\":%2,\"OriginDuration\":%3,\"Overhead\":%4,\"ClientHost\":\"192.0.2.10\"}\n")
        .arg(utc.toString(Qt::ISODateWithMs))
        .arg(originNs + overheadNs)
        .arg(originNs)
        .arg(overheadNs)
        .toUtf8();
}

// The generated log: one request every 10 s for one hour (09:00:00 to 09:59:50 UTC), so every one of
// the four 15-minute buckets holds 900 s / 10 s = 90 requests: 0.1 requests/s. Each request spends
// 100 ms in Odoo (OriginDuration) and 1 ms in Traefik (Overhead).
constexpr int kRequests = 360;
constexpr double kExpectedRate = 360.0 / 3600.0;
constexpr double kOriginSeconds = 0.100;
constexpr double kOverheadSeconds = 0.001;
constexpr int kMalformedLine = 101; ///< a garbage line inserted before request 101

QByteArray generatedLog()
{
    const QDateTime start(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC);
    QByteArray log;
    for (int i = 0; i < kRequests; ++i) {
        if (i == kMalformedLine - 1)
            log += "garbage that is not a log line\n";
        log += traefikLine(start.addSecs(10 * i), qint64(kOriginSeconds * 1e9), qint64(kOverheadSeconds * 1e9));
    }
    return log;
}

bool near(double got, double expected) { return std::abs(got - expected) <= 1e-9 * std::max(1.0, std::abs(expected)); }

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void applyUndoRedo();
    void refusedFile_data();
    void refusedFile();
    void discardChangesNothing();
    void cancelMidway();
    void commandAddsClassesAndProfiles();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    /** Opens the dialog, adds `files` through the injected chooser, imports in UTC with 15-min buckets. */
    void startImport(const QStringList &files);

    QTemporaryDir m_dir;
    QWidget *m_window = nullptr;
    core::ReviewDocument *m_doc = nullptr;
    QUndoStack *m_stack = nullptr;
    ImportController *m_controller = nullptr;
};

void TestImportDialog::initTestCase() { QVERIFY(m_dir.isValid()); }

void TestImportDialog::init()
{
    m_window = new QWidget;
    m_doc = new core::ReviewDocument(m_window);
    m_doc->setReview(fixture(), QStringLiteral("/tmp/fixture.hostreview"));
    m_stack = new QUndoStack(m_window);
    m_controller = new ImportController(m_window, m_doc, m_stack);
    m_window->show();
}

void TestImportDialog::cleanup()
{
    delete m_window; // takes the controller, the document and the stack with it
    m_window = nullptr;
}

QString TestImportDialog::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return QString();
    return path;
}

void TestImportDialog::startImport(const QStringList &files)
{
    m_controller->setFileChooser([files] { return files; });
    m_controller->start();
    ImportDialog *dialog = m_controller->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->page(), ImportDialog::Page::Setup);
    QVERIFY(!dialog->importButton()->isEnabled()); // no files yet
    QTest::mouseClick(dialog->addFilesButton(), Qt::LeftButton);
    QCOMPARE(dialog->files(), files);
    QCOMPARE(dialog->bucketMinutes(), 15); // the project's profiles' bucket
    dialog->setTimeZoneId(QStringLiteral("UTC"));
    QVERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
}

void TestImportDialog::applyUndoRedo()
{
    const QString log = writeFile(QStringLiteral("access.json.log"), generatedLog());
    QVERIFY(!log.isEmpty());
    QSignalSpy summary(m_controller, &ImportController::summaryShown);
    startImport({log});
    QVERIFY(summary.wait(30000));
    ImportDialog *dialog = m_controller->dialog();
    QCOMPARE(dialog->page(), ImportDialog::Page::Summary);
    QCOMPARE(m_doc->review(), fixture()); // nothing changes before Apply

    // The summary shows the derived rate, before → after, and the malformed line by number.
    QTableWidget *table = dialog->classTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, ImportDialog::ClassIdColumn)->text(), kClass);
    QCOMPARE(table->item(0, ImportDialog::RequestsColumn)->data(Qt::UserRole).toLongLong(), qint64(kRequests));
    QVERIFY(near(table->item(0, ImportDialog::RateBeforeColumn)->data(Qt::UserRole).toDouble(), 0.5));
    const double shownRate = table->item(0, ImportDialog::RateAfterColumn)->data(Qt::UserRole).toDouble();
    QVERIFY2(near(shownRate, kExpectedRate), qPrintable(QString::number(shownRate, 'g', 17)));
    QVERIFY2(table->item(0, ImportDialog::RateAfterColumn)->text().contains(QLocale().toString(kExpectedRate)),
             qPrintable(table->item(0, ImportDialog::RateAfterColumn)->text()));
    const QString details = dialog->findChild<QTextBrowser *>(QStringLiteral("summaryDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("line %1").arg(kMalformedLine)), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Peak bucket")), qPrintable(details));
    QVERIFY(dialog->applyButton()->isEnabled());
    // docs/images/import-summary.png: written when HOSTREVIEW_SCREENSHOT_DIR names a folder.
    if (const QString dir = qEnvironmentVariable("HOSTREVIEW_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("import-summary.png"))));

    // Apply: one command; the class is measured at the derived rate and demands.
    QSignalSpy finished(m_controller, &ImportController::finished);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_stack->count(), 1);
    const core::WorkloadClass *c = m_doc->review().workloadClass(kClass);
    QVERIFY(c);
    QCOMPARE(c->provenance, core::Provenance::Measured);
    QVERIFY(c->source.contains(QStringLiteral("access.json.log")));
    QVERIFY(c->arrivalRate.has_value());
    QVERIFY2(near(*c->arrivalRate, kExpectedRate), qPrintable(QString::number(*c->arrivalRate, 'g', 17)));
    QVERIFY(near(c->demands.at(1).serviceTime, kOriginSeconds));   // odoo, 1 visit
    QVERIFY(near(c->demands.at(0).serviceTime, kOverheadSeconds)); // traefik, 1 visit
    QVERIFY(near(c->demands.at(2).serviceTime, 0.03));             // no SQL time in a Traefik log: kept
    // One hour of logs does not observe every slot of the day: the estimated profile stays.
    QCOMPARE(*m_doc->review().profile(kClass), fixture().profiles.front());
    QCOMPARE(m_doc->filePath(), QStringLiteral("/tmp/fixture.hostreview"));
    // The rules the import classified with are saved in the project, in the same undo step.
    QVERIFY(!fixture().extra.contains(QStringLiteral("classification_rules")));
    const QJsonArray rules = m_doc->review().extra.value(QStringLiteral("classification_rules")).toArray();
    QVERIFY(!rules.isEmpty());
    QVERIFY(std::any_of(rules.begin(), rules.end(), [&](const QJsonValue &r) {
        return r.toObject().value(QStringLiteral("class")).toString() == kClass;
    }));
    const core::Review applied = m_doc->review();

    m_stack->undo();
    QCOMPARE(m_doc->review(), fixture());
    m_stack->redo();
    QCOMPARE(m_doc->review(), applied);
    QTRY_VERIFY(!m_controller->dialog());
}

void TestImportDialog::refusedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray good = traefikLine(QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC), 100000000, 1000000);
    QTest::newRow("binary") << QByteArray(good + QByteArray("\0\0\x01\x02", 4) + good) << QStringLiteral("NUL byte");
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8) << QStringLiteral("gzip");
    QTest::newRow("truncated") << QByteArray(good + good.left(40)) << QStringLiteral("truncated");
}

void TestImportDialog::refusedFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString name = QStringLiteral("refused-%1.log").arg(QString::fromLatin1(QTest::currentDataTag()));
    const QString path = writeFile(name, content);
    QVERIFY(!path.isEmpty());
    QSignalSpy failed(m_controller, &ImportController::importFailed);
    startImport({path});
    QVERIFY(failed.wait(30000));
    ImportDialog *dialog = m_controller->dialog();
    QCOMPARE(dialog->page(), ImportDialog::Page::Summary);
    QVERIFY2(dialog->statusText().contains(message), qPrintable(dialog->statusText()));
    QVERIFY2(dialog->statusText().contains(name), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->applyButton()->isEnabled());
    QCOMPARE(m_doc->review(), fixture());
    QCOMPARE(m_stack->count(), 0);
    QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->dialog());
    QCOMPARE(m_doc->review(), fixture());
}

void TestImportDialog::discardChangesNothing()
{
    const QString log = writeFile(QStringLiteral("discard.json.log"), generatedLog());
    QSignalSpy summary(m_controller, &ImportController::summaryShown);
    startImport({log});
    QVERIFY(summary.wait(30000));
    QTest::mouseClick(m_controller->dialog()->discardButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->dialog());
    QCOMPARE(m_doc->review(), fixture());
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestImportDialog::cancelMidway()
{
    // Two files: the importer reports progress after the first, where the hook holds the worker until
    // the user has pressed Cancel; the import must stop there, before the second file.
    const QString first = writeFile(QStringLiteral("first.json.log"), generatedLog());
    const QString second = writeFile(QStringLiteral("second.json.log"), generatedLog());
    std::atomic<bool> reached{false};
    QSemaphore release;
    std::atomic<int> reports{0};
    m_controller->setWorkerProgressHook([&](qint64, qint64) {
        if (reports.fetch_add(1) == 0) {
            reached.store(true);
            release.tryAcquire(1, 30000); // bounded, so a failing test cannot hang the worker
        }
    });
    QSignalSpy cancelled(m_controller, &ImportController::importCancelled);
    startImport({first, second});
    ImportDialog *dialog = m_controller->dialog();
    QTRY_VERIFY_WITH_TIMEOUT(reached.load(), 30000);
    QCOMPARE(dialog->page(), ImportDialog::Page::Progress);
    QTRY_VERIFY(dialog->progressBar()->value() > 0); // the first file's progress arrived, queued
    QVERIFY(dialog->progressBar()->value() < dialog->progressBar()->maximum());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    release.release();
    QVERIFY(cancelled.count() == 1 || cancelled.wait(30000));
    QCOMPARE(reports.load(), 1); // stopped at the first report: the second file was never finished
    QCOMPARE(m_controller->state(), ImportController::State::Cancelled);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("cancelled")), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->applyButton()->isEnabled());
    QCOMPARE(m_doc->review(), fixture());
    QCOMPARE(m_stack->count(), 0);
}

void TestImportDialog::commandAddsClassesAndProfiles()
{
    // What applyImport can produce beyond the log above: a class the review did not have (with its
    // profile) and a changed profile of an existing class. One push reaches `after` exactly; undo
    // removes the added class and restores the profile; redo reaches `after` again.
    core::Review after = fixture();
    core::WorkloadClass api;
    api.id = QStringLiteral("api");
    api.name = QStringLiteral("api");
    api.arrivalRate = 1.5;
    api.demands = {core::Demand{QStringLiteral("odoo"), 1.0, 0.04, {}}};
    api.provenance = core::Provenance::Measured;
    api.source = QStringLiteral("api.log");
    after.classes.push_back(api);
    core::Profile apiProfile;
    apiProfile.classId = QStringLiteral("api");
    apiProfile.multipliers = std::vector<double>(96, 1.0);
    apiProfile.provenance = core::Provenance::Measured;
    after.profiles.push_back(apiProfile);
    after.profiles.front().multipliers[40] = 2.0;
    after.profiles.front().multipliers[41] = 0.0;
    after.profiles.front().provenance = core::Provenance::Measured;

    auto *command = new commands::ApplyImportCommand(m_doc, after, QStringLiteral("Import"));
    QVERIFY(!command->isEmpty());
    QCOMPARE(command->before(), fixture());
    m_stack->push(command);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_doc->review(), after);
    m_stack->undo();
    QCOMPARE(m_doc->review(), fixture());
    m_stack->redo();
    QCOMPARE(m_doc->review(), after);

    commands::ApplyImportCommand nothing(m_doc, m_doc->review(), QStringLiteral("Import"));
    QVERIFY(nothing.isEmpty());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
