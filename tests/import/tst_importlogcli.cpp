#include "core/interchange/reviewfile.h"
#include "core/model/stationkinds.h"

#include "tests/support/clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hostreview::core;

/**
 * `hostreview-cli import-log` end to end: exit codes 0/1/2, and the project file is byte-for-byte
 * unchanged unless an import succeeds (refused files, usage errors, --dry-run).
 */
class TestImportLogCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void leavesProjectAlone_data();
    void leavesProjectAlone();
    void updatesProject();

private:
    int run(const QStringList &args, QByteArray *output = nullptr);
    QByteArray projectBytes() const;
    QTemporaryDir m_dir;
    QString m_project;
    QString m_goodLog;
};

void TestImportLogCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Review r;
    r.name = QStringLiteral("cli");
    r.stations = {makeStation(QStringLiteral("odoo-http"), QStringLiteral("odoo"), QStringLiteral("Odoo")),
                  makeStation(QStringLiteral("postgresql-primary"), QStringLiteral("pg"), QStringLiteral("PostgreSQL"))};
    WorkloadClass c;
    c.id = QStringLiteral("api");
    c.name = QStringLiteral("API");
    c.arrivalRate = 5.0;
    c.demands = {Demand{QStringLiteral("odoo"), 1.0, 0.2, {}}, Demand{QStringLiteral("pg"), 1.0, 0.05, {}}};
    r.classes.push_back(c);
    m_project = m_dir.filePath(QStringLiteral("project.json"));
    QVERIFY(writeReviewFile(r, m_project).ok());

    // Two /jsonrpc requests an hour apart: SQL 0.010 and 0.030 s, Python 0.090 and 0.110 s.
    m_goodLog = m_dir.filePath(QStringLiteral("odoo.log"));
    QFile f(m_goodLog);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("2026-03-03 09:00:00,100 4242 INFO prod werkzeug: 192.0.2.1 - - [03/Mar/2026 09:00:00] \"POST /jsonrpc HTTP/1.1\" 200 - 4 0.010 0.090\n"
            "2026-03-03 10:00:00,140 4242 INFO prod werkzeug: 192.0.2.1 - - [03/Mar/2026 10:00:00] \"POST /jsonrpc HTTP/1.1\" 200 - 6 0.030 0.110\n");
}

int TestImportLogCli::run(const QStringList &args, QByteArray *output)
{
    const hostreview::testing::CliRun run = hostreview::testing::runCli(QStringLiteral(HOSTREVIEW_CLI), QStringList{QStringLiteral("import-log")} + args);
    if (output)
        *output = run.out + run.err;
    return run.exitCode;
}

QByteArray TestImportLogCli::projectBytes() const
{
    QFile f(m_project);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestImportLogCli::leavesProjectAlone_data()
{
    QTest::addColumn<QByteArray>("log"); // empty: use the good log
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    const QByteArray truncated("2026-03-03 09:00:00,100 4242 INFO prod werkzeug: 192.0.2.1 - - [03/Mar/2026 09:00:00] \"POST /json");
    QTest::newRow("truncated log") << truncated << QStringList{} << 1;
    QTest::newRow("binary log") << QByteArray("\x00\x01\x02\x03", 4) << QStringList{} << 1;
    QTest::newRow("dry run") << QByteArray() << QStringList{QStringLiteral("--dry-run")} << 0;
    QTest::newRow("bad bucket") << QByteArray() << QStringList{QStringLiteral("--bucket"), QStringLiteral("7m")} << 2;
    QTest::newRow("bad zone") << QByteArray() << QStringList{QStringLiteral("--tz"), QStringLiteral("Nowhere/City")} << 2;
    QTest::newRow("bad format") << QByteArray() << QStringList{QStringLiteral("--format"), QStringLiteral("nginx")} << 2;
}

void TestImportLogCli::leavesProjectAlone()
{
    QFETCH(QByteArray, log);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QString path = m_goodLog;
    if (!log.isEmpty()) {
        path = m_dir.filePath(QStringLiteral("bad.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(log);
    }
    const QByteArray before = projectBytes();
    QByteArray output;
    QCOMPARE(run(QStringList{path, QStringLiteral("--into"), m_project} + options, &output), exitCode);
    QCOMPARE(projectBytes(), before);
    if (exitCode == 1)
        QVERIFY2(output.contains("Nothing was changed"), output.constData());
}

void TestImportLogCli::updatesProject()
{
    QByteArray output;
    QCOMPARE(run({m_goodLog, QStringLiteral("--into"), m_project, QStringLiteral("--bucket"), QStringLiteral("1h")}, &output), 0);
    QVERIFY2(output.contains("Lines read: 2; requests: 2"), output.constData());
    const Result<Review> back = readReviewFile(m_project);
    QVERIFY(back.ok());
    const WorkloadClass *api = back->workloadClass(QStringLiteral("api"));
    QVERIFY(api);
    QCOMPARE(api->provenance, Provenance::Measured);
    // Two requests in two one-hour buckets (09:00 and 10:00 UTC): 1 request per 3600 s.
    QCOMPARE(*api->arrivalRate, 1.0 / 3600.0);
    QCOMPARE(api->demands[0].serviceTime, 0.100); // mean Python time
    QCOMPARE(api->demands[1].serviceTime, 0.020); // mean SQL time
    QVERIFY(QFile::exists(m_project + QLatin1Char('~'))); // the previous file is kept
}

QTEST_GUILESS_MAIN(TestImportLogCli)
#include "tst_importlogcli.moc"
