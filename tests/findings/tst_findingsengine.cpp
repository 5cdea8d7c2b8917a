// The findings engine on hand-made reviews: every expected number is worked out by hand in the row
// (utilisation = λ × S / servers; connections = stations × processes × db_maxconn; …).
#include "findingstestutil.h"

#include "core/checklist/checklist.h"
#include "core/paths.h"

#include <QTest>

using namespace hostreview::core;
using namespace hostreview::core::findings;
using namespace hostreview::findingstest;

class TestFindingsEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void postgresUtilization_data();
    void postgresUtilization();
    void responseTimeTarget_data();
    void responseTimeTarget();
    void checklistRisks();
    void pgbouncerClientBudget_data();
    void pgbouncerClientBudget();
    void postgresBudget_data();
    void postgresBudget();
    void memoryBudget_data();
    void memoryBudget();
    void workersVsCores_data();
    void workersVsCores();
    void timeLimit_data();
    void timeLimit();
    void redisRoles_data();
    void redisRoles();
    void backupOverlap_data();
    void backupOverlap();
    void tenantsPeakTogether_data();
    void tenantsPeakTogether();
    void reportingOnPrimary_data();
    void reportingOnPrimary();
    void solverErrorIsReported();
};

// ---------------------------------------------------------------- solver-driven

void TestFindingsEngine::postgresUtilization_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("expectedRule");
    QTest::addColumn<double>("utilization");
    // One PostgreSQL core, S = 0.1 s: U = λ × 0.1.
    QTest::newRow("λ=12 → U=1.2 saturated") << 12.0 << QStringLiteral("pg-saturated") << 1.2;
    QTest::newRow("λ=9 → U=0.9 at risk") << 9.0 << QStringLiteral("pg-at-risk") << 0.9;
    QTest::newRow("λ=5 → U=0.5 fine") << 5.0 << QString() << 0.5;
}

void TestFindingsEngine::postgresUtilization()
{
    QFETCH(double, rate);
    QFETCH(QString, expectedRule);
    QFETCH(double, utilization);
    Review r;
    r.stations = {station(QStringLiteral("postgresql-primary"), QStringLiteral("pg"), 1)};
    r.classes = {openClass(QStringLiteral("orders"), rate, {{QStringLiteral("pg"), 0.1}})};
    const auto found = run(r, {QStringLiteral("pg-saturated"), QStringLiteral("pg-at-risk")});
    if (expectedRule.isEmpty()) {
        QVERIFY(found.empty());
        return;
    }
    QCOMPARE(found.size(), size_t(1));
    const Finding &f = found.front();
    QCOMPARE(f.ruleId, expectedRule);
    QCOMPARE(f.id, expectedRule + QStringLiteral(":pg"));
    QCOMPARE(f.stations, QStringList{QStringLiteral("pg")});
    QCOMPARE(f.scenario, QStringLiteral("baseline"));
    QVERIFY(qAbs(f.evidence.at(0).value - utilization) < 1e-9);
    QVERIFY(qAbs(f.evidence.at(1).value - 1.0 / utilization) < 1e-9); // headroom
    QVERIFY(f.title.contains(QStringLiteral("%1 %").arg(qRound(utilization * 100))));
    // The PostgreSQL recommendations and their seed sources: pooling, replica, indexes, storage.
    QStringList sources;
    QString text;
    for (const Recommendation &rec : f.recommendations) {
        sources << rec.sources;
        text += rec.text + QLatin1Char(' ');
    }
    QVERIFY(sources.contains(QStringLiteral("000_23d2cd0e78e4bc62.txt:9")));
    QVERIFY(sources.contains(QStringLiteral("000_23d2cd0e78e4bc62.txt:21")));
    QVERIFY(text.contains(QStringLiteral("pooling")));
    QVERIFY(text.contains(QStringLiteral("replica")));
    QVERIFY(text.contains(QStringLiteral("index")));
    QVERIFY(text.contains(QStringLiteral("IOPS")));
}

void TestFindingsEngine::responseTimeTarget_data()
{
    QTest::addColumn<double>("target");
    QTest::addColumn<bool>("fires");
    // λ = 0.5/s on one server with S = 1 s: M/M/1, R = S / (1 − ρ) = 1 / 0.5 = 2 s.
    QTest::newRow("target 1 s < 2 s") << 1.0 << true;
    QTest::newRow("target 2.5 s > 2 s") << 2.5 << false;
}

void TestFindingsEngine::responseTimeTarget()
{
    QFETCH(double, target);
    QFETCH(bool, fires);
    Review r;
    r.stations = {station(QStringLiteral("generic"), QStringLiteral("app"), 1)};
    r.classes = {openClass(QStringLiteral("orders"), 0.5, {{QStringLiteral("app"), 1.0}}, target)};
    const auto found = run(r, {QStringLiteral("class-slower-than-target")});
    QCOMPARE(found.size(), size_t(fires ? 1 : 0));
    if (fires) {
        QCOMPARE(found.front().classes, QStringList{QStringLiteral("orders")});
        QVERIFY(qAbs(found.front().evidence.at(0).value - 2.0) < 1e-9);
        QVERIFY(qAbs(found.front().evidence.at(1).value - 2.0 / target) < 1e-9);
    }
}

// ---------------------------------------------------------------- checklist

void TestFindingsEngine::checklistRisks()
{
    const Result<checklist::Checklist> cl = checklist::loadChecklist(templatePath(QStringLiteral("checklists/odoo-hosting.json")));
    QVERIFY2(cl.ok(), qPrintable(cl.ok() ? QString() : cl.error().toString()));
    Review r;
    r.stations = {station(QStringLiteral("generic"), QStringLiteral("app"), 1)};
    r.classes = {openClass(QStringLiteral("orders"), 0.1, {{QStringLiteral("app"), 1.0}})};
    for (const checklist::ChecklistItem &item : cl->items)
        r.answers.push_back(ChecklistAnswer{item.id, AnswerStatus::Met, {}, {}, {}, {}, {}});
    EngineOptions options;
    options.checklist = &*cl;
    // Every item met: no risk, so no checklist finding.
    QVERIFY(run(r, {QStringLiteral("checklist-high-risk")}, options).empty());

    // One high-criticality item not met: a high risk (criticality high stays high), one finding with its sources.
    const checklist::ChecklistItem *high = nullptr;
    for (const auto &item : cl->items)
        if (item.criticality == checklist::Criticality::High) {
            high = &item;
            break;
        }
    QVERIFY(high);
    for (ChecklistAnswer &a : r.answers)
        if (a.itemId == high->id)
            a.status = AnswerStatus::NotMet;
    const auto found = run(r, {QStringLiteral("checklist-high-risk")}, options);
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found.front().checklistItems, QStringList{high->id});
    QCOMPARE(found.front().id, QStringLiteral("checklist-high-risk:") + high->id);
    for (const QString &s : high->sources)
        QVERIFY(found.front().sources.contains(s));
    QCOMPARE(found.front().recommendations.front().text, high->good);

    // Without a checklist the rule is skipped with a note, not an error.
    const Result<FindingsResult> none = evaluate(r, shippedRules({QStringLiteral("checklist-high-risk")}));
    QVERIFY(none.ok());
    QVERIFY(none->findings.empty());
    QCOMPARE(none->notes.size(), qsizetype(1));
}

// ---------------------------------------------------------------- configuration checks

// n Odoo stations (each its own tenant when `tenants`), one PgBouncer, one PostgreSQL, all linked.
static Review connectionReview(int stations, int workers, int dbMaxconn, int cronThreads, int maxClientConn,
                               int poolSize, int maxConnections, bool pooler, bool tenants)
{
    Review r;
    for (int i = 0; i < stations; ++i) {
        const QString id = QStringLiteral("odoo%1").arg(i);
        r.stations.push_back(station(QStringLiteral("odoo-http"), id, workers,
                                     {{QStringLiteral("db_maxconn"), dbMaxconn},
                                      {QStringLiteral("max_cron_threads"), cronThreads}},
                                     QStringLiteral("z"), tenants ? QStringLiteral("t%1").arg(i) : QString()));
        r.links.push_back(link(id, pooler ? QStringLiteral("bouncer") : QStringLiteral("pg")));
    }
    if (pooler) {
        r.stations.push_back(station(QStringLiteral("pgbouncer"), QStringLiteral("bouncer"), 1,
                                     {{QStringLiteral("max_client_conn"), maxClientConn},
                                      {QStringLiteral("default_pool_size"), poolSize}}));
        r.links.push_back(link(QStringLiteral("bouncer"), QStringLiteral("pg")));
    }
    r.stations.push_back(station(QStringLiteral("postgresql-primary"), QStringLiteral("pg"), 8,
                                 {{QStringLiteral("max_connections"), maxConnections}}));
    r.classes = {openClass(QStringLiteral("orders"), 0.1, {{QStringLiteral("odoo0"), 0.2}, {QStringLiteral("pg"), 0.01}})};
    return r;
}

void TestFindingsEngine::pgbouncerClientBudget_data()
{
    QTest::addColumn<int>("stations");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("dbMaxconn");
    QTest::addColumn<int>("cron");
    QTest::addColumn<int>("maxClientConn");
    QTest::addColumn<double>("expectedTotal"); // −1: no finding
    QTest::newRow("3 × 9 × 64 = 1728 > 100") << 3 << 9 << 64 << 0 << 100 << 1728.0;
    QTest::newRow("3 × (9 + 2 cron) × 64 = 2112 > 100") << 3 << 9 << 64 << 2 << 100 << 2112.0;
    QTest::newRow("3 × 9 × 3 = 81 ≤ 100") << 3 << 9 << 3 << 0 << 100 << -1.0;
    QTest::newRow("1 × (9 + 1) × 10 = 100 ≤ 100") << 1 << 9 << 10 << 1 << 100 << -1.0;
}

void TestFindingsEngine::pgbouncerClientBudget()
{
    QFETCH(int, stations);
    QFETCH(int, workers);
    QFETCH(int, dbMaxconn);
    QFETCH(int, cron);
    QFETCH(int, maxClientConn);
    QFETCH(double, expectedTotal);
    const Review r = connectionReview(stations, workers, dbMaxconn, cron, maxClientConn, 20, 10000, true, false);
    const auto found = run(r, {QStringLiteral("pgbouncer-client-budget")});
    if (expectedTotal < 0) {
        QVERIFY(found.empty());
        return;
    }
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found.front().id, QStringLiteral("pgbouncer-client-budget:bouncer"));
    QCOMPARE(found.front().evidence.at(0).value, expectedTotal);
    QCOMPARE(found.front().evidence.at(1).value, double(maxClientConn));
    QCOMPARE(found.front().evidence.at(2).value, expectedTotal - maxClientConn);
    QVERIFY(found.front().title.contains(QString::number(qint64(expectedTotal))));
    QVERIFY(found.front().sources.contains(QStringLiteral("facts: Odoo CLI reference")));
}

void TestFindingsEngine::postgresBudget_data()
{
    QTest::addColumn<bool>("pooler");
    QTest::addColumn<bool>("tenants");
    QTest::addColumn<int>("maxConnections");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<double>("expectedTotal"); // −1: no finding
    // Via PgBouncer: default_pool_size 20 × databases (one per tenant: 3) × 1 user = 60.
    QTest::newRow("pools 20 × 3 = 60 > 50") << true << true << 50 << QStringLiteral("postgres-budget-via-pgbouncer") << 60.0;
    QTest::newRow("pools 20 × 3 = 60 ≤ 60") << true << true << 60 << QStringLiteral("postgres-budget-via-pgbouncer") << -1.0;
    QTest::newRow("one tenant: 20 × 1 = 20 ≤ 50") << true << false << 50 << QStringLiteral("postgres-budget-via-pgbouncer") << -1.0;
    // Direct: 3 stations × 9 workers × db_maxconn 8 = 216.
    QTest::newRow("direct 3 × 9 × 8 = 216 > 100") << false << false << 100 << QStringLiteral("postgres-budget-direct") << 216.0;
    QTest::newRow("direct 216 ≤ 300") << false << false << 300 << QStringLiteral("postgres-budget-direct") << -1.0;
    // The direct rule stays silent when a pooler is in front, and the other way round.
    QTest::newRow("direct rule with pooler") << true << true << 1 << QStringLiteral("postgres-budget-direct") << -1.0;
    QTest::newRow("pooler rule without pooler") << false << false << 1 << QStringLiteral("postgres-budget-via-pgbouncer") << -1.0;
}

void TestFindingsEngine::postgresBudget()
{
    QFETCH(bool, pooler);
    QFETCH(bool, tenants);
    QFETCH(int, maxConnections);
    QFETCH(QString, rule);
    QFETCH(double, expectedTotal);
    const Review r = connectionReview(3, 9, 8, 0, 100000, 20, maxConnections, pooler, tenants);
    const auto found = run(r, {rule});
    if (expectedTotal < 0) {
        QVERIFY(found.empty());
        return;
    }
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found.front().stations.front(), QStringLiteral("pg"));
    QCOMPARE(found.front().evidence.at(0).value, expectedTotal);
    QCOMPARE(found.front().evidence.at(1).value, double(maxConnections));
}

void TestFindingsEngine::memoryBudget_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("cron");
    QTest::addColumn<int>("ram");
    QTest::addColumn<QString>("expectedRule");
    QTest::addColumn<double>("expectedTotal");
    // soft 2048 MiB, hard 2560 MiB per process.
    QTest::newRow("9 × 2048 = 18432 > 16384: soft") << 9 << 0 << 16384 << QStringLiteral("memory-soft-over-ram") << 18432.0;
    QTest::newRow("(8 + 1 cron) × 2048 = 18432 > 16384") << 8 << 1 << 16384 << QStringLiteral("memory-soft-over-ram") << 18432.0;
    QTest::newRow("soft 18432 fits 20000, hard 23040 does not") << 9 << 0 << 20000 << QStringLiteral("memory-hard-over-ram")
                                                                 << 23040.0;
    QTest::newRow("9 × 2560 = 23040 ≤ 24000") << 9 << 0 << 24000 << QString() << 0.0;
}

void TestFindingsEngine::memoryBudget()
{
    QFETCH(int, workers);
    QFETCH(int, cron);
    QFETCH(int, ram);
    QFETCH(QString, expectedRule);
    QFETCH(double, expectedTotal);
    Review r;
    r.stations = {station(QStringLiteral("odoo-http"), QStringLiteral("odoo"), workers,
                          {{QStringLiteral("ram_mib"), ram}, {QStringLiteral("max_cron_threads"), cron},
                           {QStringLiteral("limit_memory_soft"), 2048}, {QStringLiteral("limit_memory_hard"), 2560},
                           {QStringLiteral("cpu_cores"), 8}})};
    r.classes = {openClass(QStringLiteral("orders"), 0.1, {{QStringLiteral("odoo"), 0.2}})};
    const auto found = run(r, {QStringLiteral("memory-soft-over-ram"), QStringLiteral("memory-hard-over-ram")});
    if (expectedRule.isEmpty()) {
        QVERIFY(found.empty());
        return;
    }
    QCOMPARE(found.size(), size_t(1)); // one memory finding per station
    QCOMPARE(found.front().ruleId, expectedRule);
    QCOMPARE(found.front().evidence.at(0).value, double(workers + cron));
    QCOMPARE(found.front().evidence.at(2).value, expectedTotal);
    QCOMPARE(found.front().evidence.at(3).value, double(ram));
}

void TestFindingsEngine::workersVsCores_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("cores");
    QTest::addColumn<bool>("fires");
    // Odoo: workers = 2 × cores + 1.
    QTest::newRow("10 on 4 cores > 9") << 10 << 4 << true;
    QTest::newRow("9 on 4 cores = 9") << 9 << 4 << false;
    QTest::newRow("4 on 1 core > 3") << 4 << 1 << true;
    QTest::newRow("3 on 1 core = 3") << 3 << 1 << false;
}

void TestFindingsEngine::workersVsCores()
{
    QFETCH(int, workers);
    QFETCH(int, cores);
    QFETCH(bool, fires);
    Review r;
    r.stations = {station(QStringLiteral("odoo-http"), QStringLiteral("odoo"), workers, {{QStringLiteral("cpu_cores"), cores}})};
    r.classes = {openClass(QStringLiteral("orders"), 0.1, {{QStringLiteral("odoo"), 0.2}})};
    const auto found = run(r, {QStringLiteral("workers-over-cores")});
    QCOMPARE(found.size(), size_t(fires ? 1 : 0));
    if (fires)
        QCOMPARE(found.front().evidence.at(2).value, 2.0 * cores + 1.0);
}

void TestFindingsEngine::timeLimit_data()
{
    QTest::addColumn<double>("limit");
    QTest::addColumn<bool>("fires");
    // λ = 0.01/s on 9 workers with S = 5 s: ρ per worker ≈ 0.0056, Erlang C wait ≈ 0, R ≈ 5 s.
    QTest::newRow("limit 3 s < 5 s") << 3.0 << true;
    QTest::newRow("limit 120 s > 5 s") << 120.0 << false;
}

void TestFindingsEngine::timeLimit()
{
    QFETCH(double, limit);
    QFETCH(bool, fires);
    Review r;
    r.stations = {station(QStringLiteral("odoo-http"), QStringLiteral("odoo"), 9, {{QStringLiteral("limit_time_real"), limit}})};
    r.classes = {openClass(QStringLiteral("export"), 0.01, {{QStringLiteral("odoo"), 5.0}})};
    const auto found = run(r, {QStringLiteral("time-limit-below-response")});
    QCOMPARE(found.size(), size_t(fires ? 1 : 0));
    if (fires) {
        QCOMPARE(found.front().id, QStringLiteral("time-limit-below-response:export+odoo"));
        QVERIFY(qAbs(found.front().evidence.at(0).value - 5.0) < 1e-6);
        QCOMPARE(found.front().evidence.at(1).value, limit);
    }
}

void TestFindingsEngine::redisRoles_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("expectedRule");
    QTest::addColumn<int>("roles");
    QTest::newRow("cache+sessions+queue") << QStringLiteral("cache+sessions+queue") << QStringLiteral("redis-all-roles") << 3;
    QTest::newRow("cache+sessions") << QStringLiteral("cache+sessions") << QStringLiteral("redis-two-roles") << 2;
    QTest::newRow("cache") << QStringLiteral("cache") << QString() << 1;
}

void TestFindingsEngine::redisRoles()
{
    QFETCH(QString, role);
    QFETCH(QString, expectedRule);
    QFETCH(int, roles);
    Review r;
    r.stations = {station(QStringLiteral("redis"), QStringLiteral("redis"), 1, {{QStringLiteral("role"), role}})};
    r.classes = {openClass(QStringLiteral("orders"), 1.0, {{QStringLiteral("redis"), 0.001}})};
    const auto found = run(r, {QStringLiteral("redis-all-roles"), QStringLiteral("redis-two-roles")});
    if (expectedRule.isEmpty()) {
        QVERIFY(found.empty());
        return;
    }
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found.front().ruleId, expectedRule);
    QCOMPARE(found.front().evidence.at(0).value, double(roles));
    QVERIFY(found.front().sources.contains(QStringLiteral("facts: Redis latency documentation")));
}

// ---------------------------------------------------------------- time of day

void TestFindingsEngine::backupOverlap_data()
{
    QTest::addColumn<QList<double>>("backupProfile");
    QTest::addColumn<QString>("overlap"); // empty: no finding
    // Four 6-hour buckets. Orders: λ = 5 × m, S = 0.1 s on one core → U = 0.5 × m = 0.1, 0.6, 0.5, 0.1.
    // The orders' peak at pg is bucket 1 (0.6); within 90 %: ≥ 0.54, so bucket 1 only.
    QTest::newRow("backup at night") << QList<double>{1, 0, 0, 0} << QString();
    QTest::newRow("backup in the morning peak") << QList<double>{0, 1, 0, 0} << QStringLiteral("06:00–12:00");
    QTest::newRow("backup all day") << QList<double>{1, 1, 1, 1} << QStringLiteral("06:00–12:00");
}

void TestFindingsEngine::backupOverlap()
{
    QFETCH(QList<double>, backupProfile);
    QFETCH(QString, overlap);
    Review r;
    r.stations = {station(QStringLiteral("postgresql-primary"), QStringLiteral("pg"), 1)};
    r.classes = {openClass(QStringLiteral("orders"), 5.0, {{QStringLiteral("pg"), 0.1}}),
                 openClass(QStringLiteral("backup"), 1.0, {{QStringLiteral("pg"), 0.1}})};
    r.profiles = {profile(QStringLiteral("orders"), 360, {0.2, 1.2, 1.0, 0.2}),
                  profile(QStringLiteral("backup"), 360, std::vector<double>(backupProfile.begin(), backupProfile.end()))};
    const auto found = run(r, {QStringLiteral("backup-overlaps-peak")});
    if (overlap.isEmpty()) {
        QVERIFY(found.empty());
        return;
    }
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found.front().classes, QStringList{QStringLiteral("backup")});
    QCOMPARE(found.front().stations, QStringList{QStringLiteral("pg")});
    QVERIFY2(found.front().title.contains(overlap), qPrintable(found.front().title));
    QCOMPARE(found.front().time, QStringLiteral("06:00–12:00"));
    QCOMPARE(found.front().evidence.at(0).value, 360.0);                  // minutes of overlap
    QVERIFY(qAbs(found.front().evidence.at(1).value - 0.7) < 1e-9);        // 0.6 orders + 0.1 backup
    QVERIFY(qAbs(found.front().evidence.at(2).value - 0.6) < 1e-9);        // the others alone
}

void TestFindingsEngine::tenantsPeakTogether_data()
{
    QTest::addColumn<QList<double>>("profileB");
    QTest::addColumn<bool>("fires");
    // Tenant a peaks in bucket 1 (06:00–12:00); tenant b either with it or in bucket 2.
    QTest::newRow("same peak") << QList<double>{0.1, 1.0, 0.2, 0.1} << true;
    QTest::newRow("different peaks") << QList<double>{0.1, 0.2, 1.0, 0.1} << false;
}

void TestFindingsEngine::tenantsPeakTogether()
{
    QFETCH(QList<double>, profileB);
    QFETCH(bool, fires);
    const QString zone = QStringLiteral("mt");
    Review r;
    r.stations = {station(QStringLiteral("odoo-http"), QStringLiteral("a-odoo"), 9, {}, zone, QStringLiteral("a")),
                  station(QStringLiteral("odoo-http"), QStringLiteral("b-odoo"), 9, {}, zone, QStringLiteral("b")),
                  station(QStringLiteral("postgresql-primary"), QStringLiteral("pg"), 4, {}, zone, QStringLiteral("shared"))};
    r.classes = {openClass(QStringLiteral("a-web"), 10.0, {{QStringLiteral("a-odoo"), 0.2}, {QStringLiteral("pg"), 0.1}}),
                 openClass(QStringLiteral("b-web"), 10.0, {{QStringLiteral("b-odoo"), 0.2}, {QStringLiteral("pg"), 0.1}})};
    r.profiles = {profile(QStringLiteral("a-web"), 360, {0.1, 1.0, 0.2, 0.1}),
                  profile(QStringLiteral("b-web"), 360, std::vector<double>(profileB.begin(), profileB.end()))};
    const auto found = run(r, {QStringLiteral("tenants-peak-together")});
    QCOMPARE(found.size(), size_t(fires ? 1 : 0));
    if (fires) {
        const Finding &f = found.front();
        QCOMPARE(f.id, QStringLiteral("tenants-peak-together:mt"));
        QCOMPARE(f.time, QStringLiteral("06:00–12:00"));
        QCOMPARE(f.evidence.at(0).value, 2.0);
        QVERIFY(f.classes.contains(QStringLiteral("a-web")) && f.classes.contains(QStringLiteral("b-web")));
        // pg at bucket 1: (10 + 10) × 0.1 / 4 = 0.5.
        QVERIFY(qAbs(f.evidence.back().value - 0.5) < 1e-9);
    }
}

void TestFindingsEngine::reportingOnPrimary_data()
{
    QTest::addColumn<bool>("replica");
    QTest::addColumn<bool>("onPrimary");
    QTest::addColumn<QString>("expectedRule");
    QTest::newRow("replica exists, reports on primary") << true << true << QStringLiteral("reporting-on-primary-replica-unused");
    QTest::newRow("no replica, reports on primary") << false << true << QStringLiteral("reporting-on-primary-no-replica");
    QTest::newRow("reports on the replica") << true << false << QString();
}

void TestFindingsEngine::reportingOnPrimary()
{
    QFETCH(bool, replica);
    QFETCH(bool, onPrimary);
    QFETCH(QString, expectedRule);
    Review r;
    r.stations = {station(QStringLiteral("postgresql-primary"), QStringLiteral("pg"), 4)};
    if (replica)
        r.stations.push_back(station(QStringLiteral("postgresql-replica"), QStringLiteral("pg-ro"), 4));
    r.classes = {openClass(QStringLiteral("orders"), 10.0, {{QStringLiteral("pg"), 0.1}}),
                 openClass(QStringLiteral("reporting"), 2.0, {{onPrimary ? QStringLiteral("pg") : QStringLiteral("pg-ro"), 0.5}})};
    const auto found = run(r, {QStringLiteral("reporting-on-primary-replica-unused"), QStringLiteral("reporting-on-primary-no-replica")});
    if (expectedRule.isEmpty()) {
        QVERIFY(found.empty());
        return;
    }
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found.front().ruleId, expectedRule);
    // Reporting on pg: 2 × 0.5 / 4 = 0.25; all classes: 0.25 + 10 × 0.1 / 4 = 0.5.
    QVERIFY(qAbs(found.front().evidence.at(0).value - 0.25) < 1e-9);
    QVERIFY(qAbs(found.front().evidence.at(1).value - 0.5) < 1e-9);
}

void TestFindingsEngine::solverErrorIsReported()
{
    Review r;
    r.stations = {station(QStringLiteral("postgresql-primary"), QStringLiteral("pg"), 1)};
    r.classes = {openClass(QStringLiteral("orders"), 1.0, {{QStringLiteral("pg"), -0.1}})};
    const Result<FindingsResult> res = evaluate(r, shippedRules({QStringLiteral("pg-saturated")}));
    QVERIFY(!res.ok());
    QVERIFY2(res.error().toString().contains(QStringLiteral("orders")), qPrintable(res.error().toString()));
}

QTEST_GUILESS_MAIN(TestFindingsEngine)
#include "tst_findingsengine.moc"
