// Open classes: M/M/1, M/M/m and delay closed forms through solve(), several classes sharing a
// station (BCMP processor sharing), saturation, bottleneck/headroom, bounds, bad input.
#include "core/solver/solver.h"
#include "reviewbuilder.h"

#include <QTest>

using namespace hostreview;
using namespace hostreview::core;
using namespace hostreview::core::solver;
using namespace hostreview::tests;

class TestOpenNetwork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleStation_data();
    void singleStation();
    void twoClassesShareProcessor();
    void delayStation();
    void saturation();
    void bottleneckHeadroomBounds();
    void badModels_data();
    void badModels();
};

void TestOpenNetwork::singleStation_data()
{
    QTest::addColumn<int>("servers");
    QTest::addColumn<double>("lambda");
    QTest::addColumn<double>("service");
    QTest::addColumn<double>("visits");
    QTest::addColumn<double>("residence"); // hand-worked
    // M/M/1: R = V·S/(1−U), U = λ V S.
    QTest::newRow("M/M/1 U=0.5") << 1 << 5.0 << 0.1 << 1.0 << 0.2;
    QTest::newRow("M/M/1 U=0.9, 3 visits") << 1 << 3.0 << 0.1 << 3.0 << 3.0 * 0.1 / 0.1;
    // M/M/2, S = 0.3, λ = 5 → a = 1.5: time per visit 0.3·(1 + (4.5/7)/0.5) = 0.3·16/7.
    QTest::newRow("M/M/2 rho=0.75") << 2 << 5.0 << 0.3 << 1.0 << 0.3 * 16.0 / 7.0;
    // M/M/2 W = S/(1−ρ²): ρ = 0.5 (λ = 10, S = 0.1) → 0.1/0.75.
    QTest::newRow("M/M/2 rho=0.5") << 2 << 10.0 << 0.1 << 1.0 << 0.1 / 0.75;
    // M/M/3, a = 2 (λ = 4, S = 0.5): C = 4/9; W = 0.5·(1 + (4/9)/(3·(1/3))) = 0.5·13/9.
    QTest::newRow("M/M/3 a=2") << 3 << 4.0 << 0.5 << 1.0 << 0.5 * 13.0 / 9.0;
}

void TestOpenNetwork::singleStation()
{
    QFETCH(int, servers);
    QFETCH(double, lambda);
    QFETCH(double, service);
    QFETCH(double, visits);
    QFETCH(double, residence);
    Review r;
    r.stations = {queue(QStringLiteral("q"), servers)};
    r.classes = {openClass(QStringLiteral("c"), lambda, {demand(QStringLiteral("q"), service, visits)})};
    const Result<SolveResult> res = solve(r);
    QVERIFY2(res.ok(), qPrintable(res.ok() ? QString() : res.error().toString()));
    const StationResult &s = res->stations[0];
    const double u = lambda * visits * service / servers;
    QVERIFY(near(s.utilization, u));
    QVERIFY(near(*s.perClass[0].residenceTime, residence));
    QVERIFY(near(*s.queueLength, lambda * residence)); // Little
    QVERIFY(near(s.perClass[0].throughput, lambda * visits));
    QVERIFY(near(*res->classes[0].responseTime, residence));
    QVERIFY(!res->approximate);
}

void TestOpenNetwork::twoClassesShareProcessor()
{
    // One server, two classes with different service times: PS (BCMP), so each class's time per
    // visit is S_c/(1 − U) with U the total: U = 2·0.1 + 1·0.3 = 0.5 → R_a = 0.2, R_b = 0.6.
    Review r;
    r.stations = {queue(QStringLiteral("q"))};
    r.classes = {openClass(QStringLiteral("a"), 2.0, {demand(QStringLiteral("q"), 0.1)}),
                 openClass(QStringLiteral("b"), 1.0, {demand(QStringLiteral("q"), 0.3)})};
    const Result<SolveResult> res = solve(r);
    QVERIFY(res.ok());
    QVERIFY(near(res->stations[0].utilization, 0.5));
    QVERIFY(near(*res->stations[0].perClass[0].residenceTime, 0.2));
    QVERIFY(near(*res->stations[0].perClass[1].residenceTime, 0.6));
    QVERIFY(near(*res->stations[0].queueLength, 2.0 * 0.2 + 1.0 * 0.6));
}

void TestOpenNetwork::delayStation()
{
    Review r;
    r.stations = {delay(QStringLiteral("ext")), queue(QStringLiteral("web"))};
    r.classes = {openClass(QStringLiteral("c"), 5.0, {demand(QStringLiteral("ext"), 2.0), demand(QStringLiteral("web"), 0.1)})};
    const Result<SolveResult> res = solve(r);
    QVERIFY(res.ok());
    QVERIFY(res->stations[0].delay);
    QVERIFY(near(res->stations[0].utilization, 10.0)); // mean number in service λ·D
    QVERIFY(near(*res->stations[0].perClass[0].residenceTime, 2.0));
    QCOMPARE(res->bottleneck, QStringLiteral("web")); // delay stations never bottleneck
    QVERIFY(near(*res->classes[0].responseTime, 2.0 + 0.2));
}

void TestOpenNetwork::saturation()
{
    // λ = 12, S = 0.1 on one server → U = 1.2: saturated, nulls, the offered utilisation.
    Review r;
    r.stations = {queue(QStringLiteral("q")), queue(QStringLiteral("ok"), 4)};
    r.classes = {openClass(QStringLiteral("c"), 12.0, {demand(QStringLiteral("q"), 0.1), demand(QStringLiteral("ok"), 0.1)}),
                 openClass(QStringLiteral("d"), 1.0, {demand(QStringLiteral("ok"), 0.1)})};
    const Result<SolveResult> res = solve(r);
    QVERIFY(res.ok());
    const StationResult &q = res->stations[0];
    QVERIFY(q.saturated);
    QVERIFY(q.atRisk);
    QVERIFY(near(q.utilization, 1.2));
    QVERIFY(!q.queueLength);
    QVERIFY(!q.perClass[0].residenceTime && !q.perClass[0].queueLength);
    QVERIFY(!res->classes[0].responseTime);
    // The other station and the class that avoids q are solved: U = 1.3/4 → M/M/4 figures finite.
    const StationResult &ok = res->stations[1];
    QVERIFY(!ok.saturated);
    QVERIFY(ok.queueLength && std::isfinite(*ok.queueLength) && *ok.queueLength > 0.0);
    QVERIFY(res->classes[1].responseTime);
    QVERIFY(near(*res->headroom, 1.0 / 1.2));
    QCOMPARE(res->headroomStation, QStringLiteral("q"));
}

void TestOpenNetwork::bottleneckHeadroomBounds()
{
    // a: U = 4·0.1 = 0.4; b (2 servers): U = 4·0.3/2 = 0.6 → bottleneck and headroom station b.
    Review r;
    r.stations = {queue(QStringLiteral("a")), queue(QStringLiteral("b"), 2), delay(QStringLiteral("z"))};
    r.classes = {openClass(QStringLiteral("c"), 4.0, {demand(QStringLiteral("a"), 0.1), demand(QStringLiteral("b"), 0.3),
                                                       demand(QStringLiteral("z"), 1.0)})};
    SolveOptions o;
    o.knee = 0.55;
    const Result<SolveResult> res = solve(r, o);
    QVERIFY(res.ok());
    QCOMPARE(res->bottleneck, QStringLiteral("b"));
    QVERIFY(near(*res->headroom, 1.0 / 0.6));
    QVERIFY(!res->stations[0].atRisk);
    QVERIFY(res->stations[1].atRisk);
    // Bounds (Lazowska et al. ch. 5): D_max = max(0.1, 0.3/2) = 0.15; D = 1.4.
    const ClassBounds &b = res->classes[0].bounds;
    QVERIFY(near(b.maxThroughput, 1.0 / 0.15));
    QVERIFY(near(b.minResponseTime, 1.4));
    QCOMPARE(b.bottleneckStation, QStringLiteral("b"));
    QVERIFY(!b.nStar);
}

void TestOpenNetwork::badModels_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("where");
    QTest::newRow("negative rate") << 0 << QStringLiteral("classes[c].arrival_rate");
    QTest::newRow("zero servers") << 1 << QStringLiteral("stations[q].servers");
    QTest::newRow("unknown station") << 2 << QStringLiteral("classes[c].demands[0].station");
    QTest::newRow("NaN service time") << 3 << QStringLiteral("classes[c].demands[0].service_time");
    QTest::newRow("negative visits") << 4 << QStringLiteral("classes[c].demands[0].visits");
    QTest::newRow("unknown scenario") << 5 << QStringLiteral("scenario");
    QTest::newRow("closed without population") << 6 << QStringLiteral("classes[c].population");
    QTest::newRow("closed with nothing to do") << 7 << QStringLiteral("classes[c].demands");
}

void TestOpenNetwork::badModels()
{
    QFETCH(int, which);
    QFETCH(QString, where);
    Review r;
    r.stations = {queue(QStringLiteral("q"))};
    r.classes = {openClass(QStringLiteral("c"), 1.0, {demand(QStringLiteral("q"), 0.1)})};
    SolveOptions o;
    switch (which) {
    case 0: r.classes[0].arrivalRate = -1.0; break;
    case 1: r.stations[0].servers = 0; break;
    case 2: r.classes[0].demands[0].station = QStringLiteral("nowhere"); break;
    case 3: r.classes[0].demands[0].serviceTime = std::nan(""); break;
    case 4: r.classes[0].demands[0].visits = -2.0; break;
    case 5: o.scenario = QStringLiteral("no-such"); break;
    case 6:
        r.classes[0].type = ClassType::Closed;
        r.classes[0].population.reset();
        break;
    case 7: // no think time and zero visits: X = N/0 would follow
        r.classes[0].type = ClassType::Closed;
        r.classes[0].population = 3;
        r.classes[0].thinkTime = 0.0;
        r.classes[0].demands[0].visits = 0.0;
        break;
    }
    const Result<SolveResult> res = solve(r, o);
    QVERIFY(!res.ok());
    QCOMPARE(res.error().where, where);
    QVERIFY(!res.error().message.isEmpty());
}

QTEST_APPLESS_MAIN(TestOpenNetwork)
#include "tst_opennetwork.moc"
