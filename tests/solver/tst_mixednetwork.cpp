// Mixed open + closed models: the hand-worked single-server example (closed classes on inflated
// demands, open residence times from the closed queue lengths), and saturation with closed classes.
#include "core/solver/solver.h"
#include "reviewbuilder.h"

#include <QTest>

using namespace hostreview;
using namespace hostreview::core;
using namespace hostreview::core::solver;
using namespace hostreview::tests;

class TestMixedNetwork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handWorked_data();
    void handWorked();
    void multiServerFlaggedApproximate();
    void closedClassAtSaturatedStation();
};

void TestMixedNetwork::handWorked_data()
{
    QTest::addColumn<int>("population");
    QTest::addColumn<double>("x");      // closed throughput
    QTest::addColumn<double>("qClosed");
    // One server; open λ = 1, S = 0.2 → U_open = 0.2. Closed class: D = 0.4, Z = 1; inflated
    // D' = 0.4/0.8 = 0.5 (Lazowska et al. 1984, ch. 7, mixed models).
    // N=1: R = 0.5, X = 1/1.5 = 2/3, Q = 1/3.
    // N=2: R = 0.5·(1 + 1/3) = 2/3, X = 2/(5/3) = 6/5, Q = X·R = 4/5.
    QTest::newRow("N=1") << 1 << 2.0 / 3.0 << 1.0 / 3.0;
    QTest::newRow("N=2") << 2 << 6.0 / 5.0 << 4.0 / 5.0;
}

void TestMixedNetwork::handWorked()
{
    QFETCH(int, population);
    QFETCH(double, x);
    QFETCH(double, qClosed);
    Review r;
    r.stations = {queue(QStringLiteral("a"))};
    r.classes = {openClass(QStringLiteral("o"), 1.0, {demand(QStringLiteral("a"), 0.2)}),
                 closedClass(QStringLiteral("c"), population, 1.0, {demand(QStringLiteral("a"), 0.4)})};
    const Result<SolveResult> res = solve(r);
    QVERIFY(res.ok());
    QVERIFY(!res->approximate);
    const StationResult &a = res->stations[0];
    QVERIFY(near(res->classes[1].throughput, x));
    QVERIFY(near(*a.perClass[1].queueLength, qClosed));
    // Open residence: D·(1 + Q_closed)/(1 − U_open).
    const double rOpen = 0.2 * (1.0 + qClosed) / 0.8;
    QVERIFY(near(*a.perClass[0].residenceTime, rOpen));
    QVERIFY(near(*a.perClass[0].queueLength, 1.0 * rOpen));
    // Utilisation: open 0.2 plus closed X·D (original demand).
    QVERIFY(near(a.utilization, 0.2 + x * 0.4));
    QVERIFY(near(a.openUtilization, 0.2));
    QVERIFY(near(*res->headroom, 5.0));
    // Closed: X = N/(R + Z).
    QVERIFY(near(res->classes[1].throughput, population / (*res->classes[1].responseTime + 1.0)));
}

void TestMixedNetwork::multiServerFlaggedApproximate()
{
    Review r;
    r.stations = {queue(QStringLiteral("a"), 4)};
    r.classes = {openClass(QStringLiteral("o"), 5.0, {demand(QStringLiteral("a"), 0.2)}),
                 closedClass(QStringLiteral("c"), 10, 1.0, {demand(QStringLiteral("a"), 0.4)})};
    const Result<SolveResult> res = solve(r);
    QVERIFY(res.ok());
    QVERIFY(res->approximate);
    QVERIFY(!res->notes.isEmpty());
    QVERIFY(res->stations[0].utilization < 1.0);
}

void TestMixedNetwork::closedClassAtSaturatedStation()
{
    Review r;
    r.stations = {queue(QStringLiteral("a")), queue(QStringLiteral("b"))};
    r.classes = {openClass(QStringLiteral("o"), 20.0, {demand(QStringLiteral("a"), 0.1)}),
                 closedClass(QStringLiteral("stuck"), 5, 1.0, {demand(QStringLiteral("a"), 0.1), demand(QStringLiteral("b"), 0.1)}),
                 closedClass(QStringLiteral("free"), 5, 1.0, {demand(QStringLiteral("b"), 0.1)})};
    const Result<SolveResult> res = solve(r);
    QVERIFY(res.ok());
    QVERIFY(res->stations[0].saturated);
    QVERIFY(near(res->stations[0].utilization, 2.0));
    QVERIFY(!res->classes[1].responseTime);
    QCOMPARE(res->classes[1].throughput, 0.0);
    QVERIFY(res->classes[2].responseTime);
    QVERIFY(res->classes[2].throughput > 0.0);
    QVERIFY(res->stations[1].queueLength);
}

QTEST_APPLESS_MAIN(TestMixedNetwork)
#include "tst_mixednetwork.moc"
