// Traffic equations from the links: chains, branches, a retry loop, explicit visits winning, and
// cycles whose calls never die out (an error naming the cycle's stations).
#include "core/solver/solver.h"
#include "core/solver/visits.h"
#include "reviewbuilder.h"

#include <QTest>

using namespace hostreview;
using namespace hostreview::core;
using namespace hostreview::core::solver;
using namespace hostreview::tests;

class TestVisits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void trafficEquations_data();
    void trafficEquations();
    void neverEndingCycle_data();
    void neverEndingCycle();
    void missingEntry();
    void throughSolve();
};

namespace {

Review routed(double retry, double back)
{
    // gw → app (1 call), app → db (3 calls), app → app (retry), db → app (back).
    Review r;
    r.stations = {queue(QStringLiteral("gw")), queue(QStringLiteral("app")), queue(QStringLiteral("db")),
                  queue(QStringLiteral("unused"))};
    const QString c = QStringLiteral("api");
    r.classes = {openClass(c, 1.0,
                           {demand(QStringLiteral("gw"), 0.01, std::nullopt), demand(QStringLiteral("app"), 0.05, std::nullopt),
                            demand(QStringLiteral("db"), 0.02, std::nullopt)},
                           QStringLiteral("gw"))};
    r.links = {link(QStringLiteral("gw"), QStringLiteral("app"), {{c, 1.0}}),
               link(QStringLiteral("app"), QStringLiteral("db"), {{c, 3.0}}),
               link(QStringLiteral("app"), QStringLiteral("app"), {{c, retry}}),
               link(QStringLiteral("db"), QStringLiteral("app"), {{c, back}}),
               link(QStringLiteral("unused"), QStringLiteral("gw"), {{c, 5.0}})};
    return r;
}

} // namespace

void TestVisits::trafficEquations_data()
{
    QTest::addColumn<double>("retry");
    QTest::addColumn<double>("back");
    QTest::addColumn<double>("vApp");
    QTest::addColumn<double>("vDb");
    // No loop: V_app = 1, V_db = 3.
    QTest::newRow("chain") << 0.0 << 0.0 << 1.0 << 3.0;
    // Retry loop: V_app = 1 + 0.5 V_app → 2; V_db = 6 (the contract example).
    QTest::newRow("retry 0.5") << 0.5 << 0.0 << 2.0 << 6.0;
    // Two-station cycle: V_app = 1 + 0.2 V_db, V_db = 3 V_app → V_app = 1/(1 − 0.6) = 2.5, V_db = 7.5.
    QTest::newRow("cycle app↔db") << 0.0 << 0.2 << 2.5 << 7.5;
    // Both: V_app = 1 + 0.1 V_app + 0.2·3 V_app → V_app = 1/0.3.
    QTest::newRow("retry and cycle") << 0.1 << 0.2 << 1.0 / 0.3 << 3.0 / 0.3;
}

void TestVisits::trafficEquations()
{
    QFETCH(double, retry);
    QFETCH(double, back);
    QFETCH(double, vApp);
    QFETCH(double, vDb);
    const Review r = routed(retry, back);
    const Result<std::vector<double>> v = classVisits(r, 0);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().toString()));
    QVERIFY(near((*v)[0], 1.0));
    QVERIFY(near((*v)[1], vApp));
    QVERIFY(near((*v)[2], vDb));
    QCOMPARE((*v)[3], 0.0); // not reachable from the entry (and no demand)
    QVERIFY(routingProblems(r).empty());
}

void TestVisits::neverEndingCycle_data()
{
    QTest::addColumn<double>("retry");
    QTest::addColumn<double>("back");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("self-loop of 1") << 1.0 << 0.0 << QStringList{QStringLiteral("app")};
    QTest::newRow("self-loop of 1.5") << 1.5 << 0.0 << QStringList{QStringLiteral("app")};
    // Spectral radius of [[0, 3], [0.4, 0]] is sqrt(1.2) > 1.
    QTest::newRow("app↔db, product 1.2") << 0.0 << 0.4 << QStringList{QStringLiteral("app"), QStringLiteral("db")};
    // Exactly 1: 3 × 1/3.
    QTest::newRow("app↔db, product 1") << 0.0 << 1.0 / 3.0 << QStringList{QStringLiteral("app"), QStringLiteral("db")};
}

void TestVisits::neverEndingCycle()
{
    QFETCH(double, retry);
    QFETCH(double, back);
    QFETCH(QStringList, named);
    const Review r = routed(retry, back);
    const Result<std::vector<double>> v = classVisits(r, 0);
    QVERIFY(!v.ok());
    for (const QString &s : named)
        QVERIFY2(v.error().message.contains(s), qPrintable(v.error().toString()));
    QVERIFY(v.error().message.contains(QStringLiteral("api")));
    const std::vector<Problem> problems = routingProblems(r);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems[0].severity, Severity::Error);
    const Result<SolveResult> s = solve(r);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().where, QStringLiteral("links"));
}

void TestVisits::missingEntry()
{
    Review r = routed(0.0, 0.0);
    r.classes[0].entry.clear();
    const Result<SolveResult> s = solve(r);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().where, QStringLiteral("classes[api].entry"));
}

void TestVisits::throughSolve()
{
    // Explicit visits win over the links; derived visits drive throughput and utilisation.
    Review r = routed(0.5, 0.0);
    r.classes[0].demands[2].visits = 1.0; // db: explicit 1 instead of 6
    const Result<SolveResult> s = solve(r);
    QVERIFY(s.ok());
    QVERIFY(near(s->station(QStringLiteral("app"))->perClass[0].throughput, 2.0));
    QVERIFY(near(s->station(QStringLiteral("db"))->utilization, 0.02));
    QVERIFY(s->station(QStringLiteral("unused"))->perClass.empty());
}

QTEST_APPLESS_MAIN(TestVisits)
#include "tst_visits.moc"
