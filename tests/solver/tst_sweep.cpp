// Scenarios and profiles applied exactly as interchange-v1 says (open rate × multiplier × scale,
// closed population rounded half away from zero, station overrides), the peak bucket, and the
// saturation timeline of a sweep.
#include "core/solver/solver.h"
#include "core/solver/sweep.h"
#include "core/solver/syntheticmodel.h"
#include "reviewbuilder.h"

#include <QTest>

using namespace hostreview;
using namespace hostreview::core;
using namespace hostreview::core::solver;
using namespace hostreview::tests;

class TestSweep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void openScaling_data();
    void openScaling();
    void closedRounding_data();
    void closedRounding();
    void stationOverrides();
    void timeline();
    void sweepMatchesSolve();
    void bucketOutOfRange();
};

namespace {

/** One server, S = 0.2, λ = 4 → U = 0.8 × multiplier × scale. */
Review profiled()
{
    Review r;
    r.stations = {queue(QStringLiteral("q")), delay(QStringLiteral("think"))};
    r.classes = {openClass(QStringLiteral("o"), 4.0, {demand(QStringLiteral("q"), 0.2)}),
                 closedClass(QStringLiteral("c"), 3, 0.0, {demand(QStringLiteral("think"), 2.0)})};
    Profile p;
    p.classId = QStringLiteral("o");
    p.multipliers = {0.5, 1.0, 2.0, 0.25};
    Profile pc;
    pc.classId = QStringLiteral("c");
    pc.multipliers = {0.5, 0.1, 0.49 / 3.0, 1.0};
    r.profiles = {p, pc};
    Scenario s;
    s.id = QStringLiteral("double");
    s.classScale.insert(QStringLiteral("o"), 0.5);
    s.classScale.insert(QStringLiteral("c"), 2.0);
    r.scenarios = {s};
    return r;
}

} // namespace

void TestSweep::openScaling_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("bucket"); // -1: none
    QTest::addColumn<double>("u");
    QTest::newRow("baseline, no profile") << QStringLiteral("baseline") << -1 << 0.8;
    QTest::newRow("baseline, bucket 0") << QStringLiteral("baseline") << 0 << 0.4;
    QTest::newRow("baseline, bucket 2") << QStringLiteral("baseline") << 2 << 1.6;
    QTest::newRow("double, no profile") << QStringLiteral("double") << -1 << 0.4;
    QTest::newRow("double, bucket 2") << QStringLiteral("double") << 2 << 0.8;
}

void TestSweep::openScaling()
{
    QFETCH(QString, scenario);
    QFETCH(int, bucket);
    QFETCH(double, u);
    SolveOptions o;
    o.scenario = scenario;
    if (bucket >= 0)
        o.bucket = bucket;
    const Result<SolveResult> res = solve(profiled(), o);
    QVERIFY(res.ok());
    QVERIFY(near(res->stations[0].utilization, u));
    QCOMPARE(res->stations[0].saturated, u >= 1.0);
    QCOMPARE(res->scenario, scenario);
    QCOMPARE(res->bucket.has_value(), bucket >= 0);
}

void TestSweep::closedRounding_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<int>("users");
    // Population 3 on a pure delay of 2 s: X = N/2 reveals N.
    QTest::newRow("3 × 0.5 = 1.5 → 2") << QStringLiteral("baseline") << 0 << 2;
    QTest::newRow("3 × 0.1 = 0.3 → 0 (idle)") << QStringLiteral("baseline") << 1 << 0;
    QTest::newRow("3 × 0.49/3 = 0.49 → 0") << QStringLiteral("baseline") << 2 << 0;
    QTest::newRow("3 × 0.5 × 2 = 3") << QStringLiteral("double") << 0 << 3;
    QTest::newRow("3 × 0.1 × 2 = 0.6 → 1") << QStringLiteral("double") << 1 << 1;
    QTest::newRow("no profile × 2 = 6") << QStringLiteral("double") << -1 << 6;
}

void TestSweep::closedRounding()
{
    QFETCH(QString, scenario);
    QFETCH(int, bucket);
    QFETCH(int, users);
    SolveOptions o;
    o.scenario = scenario;
    if (bucket >= 0)
        o.bucket = bucket;
    const Result<SolveResult> res = solve(profiled(), o);
    QVERIFY(res.ok());
    QVERIFY(near(res->classes[1].throughput + 1.0, users / 2.0 + 1.0));
    QVERIFY(res->classes[1].responseTime); // an idle class still reports what one request would see
}

void TestSweep::stationOverrides()
{
    // λ = 10, S = 0.1: one server → U = 1 (saturated); the scenario gives 2 servers → M/M/2 at
    // ρ = 0.5, W = S/(1 − ρ²) = 0.1/0.75; a second scenario makes it a delay station (R = S).
    Review r;
    r.stations = {queue(QStringLiteral("q"))};
    r.classes = {openClass(QStringLiteral("o"), 10.0, {demand(QStringLiteral("q"), 0.1)})};
    Scenario two;
    two.id = QStringLiteral("two");
    two.stationOverrides.insert(QStringLiteral("q"), QJsonObject{{QStringLiteral("servers"), 2}});
    Scenario inf;
    inf.id = QStringLiteral("inf");
    inf.stationOverrides.insert(QStringLiteral("q"), QJsonObject{{QStringLiteral("discipline"), QStringLiteral("delay")}});
    Scenario bad;
    bad.id = QStringLiteral("bad");
    bad.stationOverrides.insert(QStringLiteral("q"), QJsonObject{{QStringLiteral("servers"), 0}});
    r.scenarios = {two, inf, bad};
    QVERIFY(solve(r)->stations[0].saturated);
    SolveOptions o;
    o.scenario = QStringLiteral("two");
    QVERIFY(near(*solve(r, o)->stations[0].perClass[0].residenceTime, 0.1 / 0.75));
    o.scenario = QStringLiteral("inf");
    QVERIFY(near(*solve(r, o)->stations[0].perClass[0].residenceTime, 0.1));
    o.scenario = QStringLiteral("bad");
    const Result<SolveResult> e = solve(r, o);
    QVERIFY(!e.ok());
    QCOMPARE(e.error().where, QStringLiteral("scenarios[bad].station_overrides[q].servers"));
}

void TestSweep::timeline()
{
    SweepOptions so;
    so.knee = 0.8;
    const Result<Sweep> sw = sweep(profiled(), so);
    QVERIFY(sw.ok());
    QCOMPARE(sw->bucketCount, 4);
    QCOMPARE(sw->scenarios.size(), size_t(2));
    const ScenarioSweep &base = sw->scenarios[0];
    QCOMPARE(base.scenario, QStringLiteral("baseline"));
    QCOMPARE(base.results.size(), size_t(4));
    // U = 0.8 × (0.5, 1, 2, 0.25) = (0.4, 0.8, 1.6, 0.2).
    const std::vector<double> expected{0.4, 0.8, 1.6, 0.2};
    for (int b = 0; b < 4; ++b)
        QVERIFY(near(base.stations[0].utilization[size_t(b)], expected[size_t(b)]));
    QCOMPARE(base.stations[0].firstAtRisk, std::optional<int>(1));
    QCOMPARE(base.stations[0].firstSaturated, std::optional<int>(2));
    QCOMPARE(base.firstBucketAtRisk, std::optional<int>(1));
    QCOMPARE(base.firstBucketSaturated, std::optional<int>(2));
    QCOMPARE(base.peakBucket, std::optional<int>(2));
    const ScenarioSweep &dbl = sw->scenarios[1];
    QCOMPARE(dbl.firstBucketSaturated, std::optional<int>());
    QCOMPARE(dbl.firstBucketAtRisk, std::optional<int>(2));
}

void TestSweep::sweepMatchesSolve()
{
    SyntheticSpec spec;
    spec.stations = 30;
    spec.openClasses = 4;
    spec.closedClasses = 1;
    spec.buckets = 12;
    spec.scenarios = 2;
    spec.seed = 7;
    const Review r = syntheticReview(spec);
    const Result<Sweep> sw = sweep(r);
    QVERIFY(sw.ok());
    // The timeline-only sweep takes the closed class's throughput from G alone (no G without each
    // multi-server station): same utilisations up to rounding.
    SweepOptions timelineOnly;
    timelineOnly.keepResults = false;
    const Result<Sweep> tl = sweep(r, timelineOnly);
    QVERIFY(tl.ok());
    QCOMPARE(tl->scenarios.size(), sw->scenarios.size());
    for (size_t s = 0; s < sw->scenarios.size(); ++s)
        for (int b = 0; b < 12; ++b)
            for (size_t k = 0; k < sw->scenarios[s].stations.size(); ++k)
                QVERIFY(near(tl->scenarios[s].stations[k].utilization[size_t(b)],
                             sw->scenarios[s].results[size_t(b)].stations[k].utilization));
    for (const ScenarioSweep &ss : sw->scenarios)
        for (int b = 0; b < 12; b += 5) {
            SolveOptions o;
            o.scenario = ss.scenario;
            o.bucket = b;
            const Result<SolveResult> one = solve(r, o);
            QVERIFY(one.ok());
            for (size_t k = 0; k < one->stations.size(); ++k) {
                QCOMPARE(ss.results[size_t(b)].stations[k].utilization, one->stations[k].utilization);
                QCOMPARE(ss.results[size_t(b)].stations[k].queueLength, one->stations[k].queueLength);
            }
        }
}

void TestSweep::bucketOutOfRange()
{
    SolveOptions o;
    o.bucket = 4;
    const Result<SolveResult> e = solve(profiled(), o);
    QVERIFY(!e.ok());
    QCOMPARE(e.error().where, QStringLiteral("bucket"));
}

QTEST_APPLESS_MAIN(TestSweep)
#include "tst_sweep.moc"
