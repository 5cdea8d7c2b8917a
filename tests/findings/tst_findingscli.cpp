// hostreview-cli findings run as a separate process on a hand-made review: three Odoo stations of
// 9 workers × db_maxconn 64 behind a PgBouncer with max_client_conn 100 → 3 × 9 × 64 = 1728 connections.
#include "tests/support/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestFindingsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void json();
    void csv();
    void table();
    void errors_data();
    void errors();

private:
    int run(const QStringList &args, QByteArray *stdOut = nullptr, QByteArray *stdErr = nullptr);
    QTemporaryDir m_dir;
    QString m_review;
};

void TestFindingsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QJsonArray stations;
    QJsonArray links;
    for (int i = 0; i < 3; ++i) {
        const QString id = QStringLiteral("odoo%1").arg(i);
        stations.append(QJsonObject{{"id", id}, {"name", id}, {"kind", "odoo-http"}, {"discipline", "queue"}, {"servers", 9},
                                    {"properties", QJsonObject{{"db_maxconn", 64}, {"max_cron_threads", 0},
                                                               {"cpu_cores", 4}, {"ram_mib", 65536}}}});
        links.append(QJsonObject{{"from", id}, {"to", "bouncer"}, {"calls", QJsonObject{}}});
    }
    stations.append(QJsonObject{{"id", "bouncer"}, {"name", "PgBouncer, \"main\""}, {"kind", "pgbouncer"},
                                {"discipline", "queue"}, {"servers", 1},
                                {"properties", QJsonObject{{"max_client_conn", 100}, {"default_pool_size", 20}}}});
    stations.append(QJsonObject{{"id", "pg"}, {"name", "pg"}, {"kind", "postgresql-primary"}, {"discipline", "queue"},
                                {"servers", 8}, {"properties", QJsonObject{{"max_connections", 1000}}}});
    links.append(QJsonObject{{"from", "bouncer"}, {"to", "pg"}, {"calls", QJsonObject{}}});
    const QJsonObject cls{{"id", "orders"}, {"name", "Orders"}, {"type", "open"}, {"arrival_rate", 0.1}, {"entry", "odoo0"},
                          {"demands", QJsonArray{QJsonObject{{"station", "odoo0"}, {"visits", 1}, {"service_time", 0.2}},
                                                 QJsonObject{{"station", "pg"}, {"visits", 1}, {"service_time", 0.01}}}}};
    const QJsonObject doc{{"format", "hostreview-model"}, {"version", 1}, {"name", "Findings CLI test"},
                          {"stations", stations}, {"links", links}, {"classes", QJsonArray{cls}}};
    m_review = m_dir.filePath(QStringLiteral("review.json"));
    QFile f(m_review);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(doc).toJson());
}

int TestFindingsCli::run(const QStringList &args, QByteArray *stdOut, QByteArray *stdErr)
{
    const hostreview::testing::CliRun run = hostreview::testing::runCli(QStringLiteral(HOSTREVIEW_CLI_PATH), QStringList{QStringLiteral("findings")} + args);
    if (stdOut)
        *stdOut = run.out;
    if (stdErr)
        *stdErr = run.err;
    return run.exitCode;
}

void TestFindingsCli::json()
{
    QByteArray outBytes;
    QByteArray errBytes;
    QCOMPARE(run({m_review, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--roadmap")}, &outBytes, &errBytes), 0);
    const QJsonObject doc = QJsonDocument::fromJson(outBytes).object();
    QCOMPARE(doc.value("format").toString(), QStringLiteral("hostreview-findings"));
    QJsonObject budget;
    for (const QJsonValue &v : doc.value("findings").toArray())
        if (v.toObject().value("rule").toString() == QStringLiteral("pgbouncer-client-budget"))
            budget = v.toObject();
    QVERIFY2(!budget.isEmpty(), outBytes.constData());
    QCOMPARE(budget.value("id").toString(), QStringLiteral("pgbouncer-client-budget:bouncer"));
    const QJsonArray ev = budget.value("evidence").toArray();
    QCOMPARE(ev.at(0).toObject().value("value").toDouble(), 1728.0);
    QCOMPARE(ev.at(1).toObject().value("value").toDouble(), 100.0);
    QCOMPARE(doc.value("roadmap").toObject().value("phases").toArray().size(), qsizetype(4));
}

void TestFindingsCli::csv()
{
    QByteArray outBytes;
    QCOMPARE(run({m_review, QStringLiteral("--format"), QStringLiteral("csv")}, &outBytes), 0);
    const QString text = QString::fromUtf8(outBytes);
    QVERIFY(text.startsWith(QStringLiteral("id,rule,severity,")));
    QVERIFY(text.contains(QStringLiteral("\r\n")));
    // The PgBouncer's name holds a comma and quotes: the title field is quoted with quotes doubled.
    QVERIFY2(text.contains(QStringLiteral("\"Odoo can open 1728 client connections to PgBouncer, \"\"main\"\", max_client_conn is 100\"")),
             outBytes.constData());
}

void TestFindingsCli::table()
{
    QByteArray outBytes;
    QCOMPARE(run({m_review}, &outBytes), 0);
    QVERIFY2(outBytes.contains("1728"), outBytes.constData());
    QVERIFY(outBytes.contains("facts: Odoo CLI reference"));
}

void TestFindingsCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad format") << QStringList{QStringLiteral("REVIEW"), QStringLiteral("--format"), QStringLiteral("xml")} << 2
                                << QStringLiteral("--format must be table, json or csv");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/review.json")} << 1 << QStringLiteral("nonexistent");
    QTest::newRow("bad rules") << QStringList{QStringLiteral("REVIEW"), QStringLiteral("--rules"), QStringLiteral("RULES")} << 1
                               << QStringLiteral("rules[x].severity");
    QTest::newRow("unknown scenario") << QStringList{QStringLiteral("REVIEW"), QStringLiteral("--scenario"), QStringLiteral("nope")}
                                      << 1 << QStringLiteral("nope");
    QTest::newRow("compare without target") << QStringList{QStringLiteral("REVIEW"), QStringLiteral("--compare")} << 1
                                            << QStringLiteral("target");
}

void TestFindingsCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString rules = m_dir.filePath(QStringLiteral("rules.json"));
    QFile f(rules);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"hostreview-findings-rules","version":1,"id":"t","rules":[{"id":"x","condition":"workers_vs_cores",
      "severity":"severe","effort":"S","phase":"baseline","title":"t","summary":"s",
      "recommendations":[{"text":"t","sources":["facts: Odoo deploy guide"]}]}]})");
    f.close();
    for (QString &a : args) {
        if (a == QLatin1String("REVIEW"))
            a = m_review;
        else if (a == QLatin1String("RULES"))
            a = rules;
    }
    QByteArray errBytes;
    QCOMPARE(run(args, nullptr, &errBytes), exitCode);
    QVERIFY2(QString::fromUtf8(errBytes).contains(message), errBytes.constData());
}

QTEST_GUILESS_MAIN(TestFindingsCli)
#include "tst_findingscli.moc"
