#include "models/timelinemodel.h"

#include "core/document/reviewdocument.h"
#include "core/interchange/reviewfile.h"
#include "core/paths.h"
#include "reviewfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace hostreview;
using models::Timeline;
using models::TimelineModel;

namespace {
/**
 * A stand-in sweep whose answer is known in closed form: station k (document order) has
 * utilisation (k + 1) × 0.1 × the multiplier of "orders" in the bucket. With `fail` it refuses.
 */
models::SweepFunction fakeSweep(bool fail = false, QList<core::solver::SweepOptions> *calls = nullptr)
{
    return [fail, calls](const core::Review &r,
                         const core::solver::SweepOptions &o) -> core::Result<core::solver::Sweep> {
        if (calls)
            calls->append(o);
        if (fail)
            return core::fail(QStringLiteral("classes[orders].arrival_rate"), QStringLiteral("must be > 0, got 0"));
        const core::Profile *p = r.profile(QStringLiteral("orders"));
        core::solver::Sweep sweep;
        sweep.bucketCount = p ? int(p->multipliers.size()) : 0;
        sweep.bucketMinutes = p ? p->bucketMinutes : 0;
        for (const QString &id : o.scenarios) {
            core::solver::ScenarioSweep ss;
            ss.scenario = id;
            for (size_t k = 0; k < r.stations.size(); ++k) {
                core::solver::StationTimeline st;
                st.stationId = r.stations[k].id;
                for (int b = 0; b < std::max(1, sweep.bucketCount); ++b) {
                    const double m = p ? p->multipliers[size_t(b)] : 1.0;
                    st.utilization.push_back(double(k + 1) * 0.1 * m);
                    if (st.utilization.back() >= 1.0 && !st.firstSaturated)
                        st.firstSaturated = b;
                }
                ss.stations.push_back(st);
            }
            sweep.scenarios.push_back(ss);
        }
        return sweep;
    };
}

core::Review profiled()
{
    core::Review r = testing::smallReview();
    core::Profile p;
    p.classId = QStringLiteral("orders");
    p.bucketMinutes = 60;
    p.multipliers = {0.5, 1.0, 4.0, 2.0}; // four hourly buckets keep the table short
    r.profiles.push_back(p);
    return r;
}
} // namespace

/** The day timeline: one sweep, values taken from the solver as they are. */
class TestTimelineModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compute();
    void topByPeak();
    void failureIsReported();
    void realSweepMatchesUtilizationLaw();
    void noProfile();
    void tableAndDocument();
    void bundledSamples_data();
    void bundledSamples();
};

void TestTimelineModel::compute()
{
    QList<core::solver::SweepOptions> calls;
    const Timeline t = TimelineModel::compute(profiled(), QStringLiteral("peak-order-day"), fakeSweep(false, &calls), 0.7);
    QVERIFY(t.error.isEmpty());
    QCOMPARE(t.bucketCount, 4);
    QCOMPARE(t.bucketMinutes, 60);
    QCOMPARE(calls.size(), 1); // one sweep for the whole day
    QCOMPARE(calls[0].scenarios, QStringList{QStringLiteral("peak-order-day")});
    QCOMPARE(calls[0].knee, 0.7);
    // Queue stations only (carrier is a delay station), in document order.
    QCOMPARE(int(t.series.size()), 3);
    QCOMPARE(t.series[2].stationId, QStringLiteral("pg"));
    QCOMPARE(t.series[2].name, QStringLiteral("PostgreSQL primary"));
    // pg is station 3: 0.3 × multiplier.
    const std::vector<double> mult{0.5, 1.0, 4.0, 2.0};
    for (size_t b = 0; b < 4; ++b)
        QCOMPARE(t.series[2].utilization[b], 3 * 0.1 * mult[b]);
    QCOMPARE(t.series[2].peak, 3 * 0.1 * 4.0);
    QCOMPARE(t.series[2].peakBucket, 2);
    QCOMPARE(t.series[2].firstSaturated, std::optional<int>(2));
    QVERIFY(!t.series[0].firstSaturated);
}

void TestTimelineModel::realSweepMatchesUtilizationLaw()
{
    // One open class on one queue station: U = λ × m_b × S / c (utilisation law), per bucket.
    core::Review r;
    core::Station pg;
    pg.id = QStringLiteral("pg");
    pg.name = QStringLiteral("PostgreSQL");
    pg.servers = 2;
    r.stations = {pg};
    core::WorkloadClass c;
    c.id = QStringLiteral("orders");
    c.arrivalRate = 4.0;
    c.entry = QStringLiteral("pg");
    c.demands = {core::Demand{QStringLiteral("pg"), 1.0, 0.1, {}}};
    r.classes = {c};
    core::Profile p;
    p.classId = QStringLiteral("orders");
    p.bucketMinutes = 360;
    p.multipliers = {0.5, 1.0, 3.0, 6.0};
    r.profiles = {p};
    TimelineModel m;
    core::ReviewDocument doc;
    doc.setReview(r);
    m.setDocument(&doc);
    const Timeline &t = m.timeline();
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QCOMPARE(t.bucketCount, 4);
    QCOMPARE(t.bucketMinutes, 360);
    QCOMPARE(int(t.series.size()), 1);
    for (size_t b = 0; b < 4; ++b)
        QCOMPARE(t.series[0].utilization[b], 4.0 * p.multipliers[b] * 0.1 / 2.0);
    QCOMPARE(t.series[0].peakBucket, 3);
    QCOMPARE(t.series[0].firstSaturated, std::optional<int>(3)); // 4 × 6 × 0.1 / 2 = 1.2 ≥ 1
}

void TestTimelineModel::topByPeak()
{
    const Timeline t = TimelineModel::compute(profiled(), QStringLiteral("baseline"), fakeSweep());
    const auto top = t.topByPeak(2);
    QCOMPARE(int(top.size()), 2);
    QCOMPARE(top[0].stationId, QStringLiteral("pg"));
    QCOMPARE(top[1].stationId, QStringLiteral("web"));
    QCOMPARE(int(t.topByPeak(10).size()), 3);
}

void TestTimelineModel::failureIsReported()
{
    const Timeline t = TimelineModel::compute(profiled(), QStringLiteral("baseline"), fakeSweep(true));
    QCOMPARE(t.error, QStringLiteral("classes[orders].arrival_rate: must be > 0, got 0"));
    for (const auto &s : t.series)
        QVERIFY(s.utilization.empty()); // no half-filled series
}

void TestTimelineModel::noProfile()
{
    const Timeline t = TimelineModel::compute(testing::smallReview(), QStringLiteral("baseline"), fakeSweep());
    QVERIFY(t.error.isEmpty());
    QCOMPARE(t.bucketCount, 0);
    QCOMPARE(int(t.series.size()), 3);
}

void TestTimelineModel::tableAndDocument()
{
    core::ReviewDocument doc;
    doc.setReview(profiled());
    TimelineModel m;
    m.setSweepFunction(fakeSweep());
    int changes = 0;
    connect(&m, &TimelineModel::timelineChanged, this, [&] { ++changes; });
    m.setDocument(&doc);
    QCOMPARE(changes, 1);
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.columnCount(), 4); // time + 3 queue stations
    QCOMPARE(m.index(2, 0).data().toString(), QStringLiteral("02:00–03:00"));
    QCOMPARE(m.index(2, 2).data(Qt::UserRole).toDouble(), 2 * 0.1 * 4.0);
    QCOMPARE(m.headerData(3, Qt::Horizontal).toString(), QStringLiteral("PostgreSQL primary"));

    // An edit of the document recomputes once, after the event loop turns.
    core::Profile p = *doc.review().profile(QStringLiteral("orders"));
    p.multipliers[0] = 3.0;
    QVERIFY(doc.setProfile(QStringLiteral("orders"), p).ok());
    QTRY_COMPARE(changes, 2);
    QCOMPARE(m.timeline().series[0].utilization[0], 1 * 0.1 * 3.0);

    m.setScenario(QStringLiteral("recovery"));
    QCOMPARE(m.timeline().scenario, QStringLiteral("recovery"));
}

void TestTimelineModel::bundledSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("national") << "samples/national-distributor.json";
    QTest::newRow("regional") << "samples/regional-distributor.json";
    QTest::newRow("omnichannel") << "samples/omnichannel-retailer.json";
}

void TestTimelineModel::bundledSamples()
{
    QFETCH(QString, file);
    const QString path = core::templatePath(file);
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP("bundled samples not found");
    const auto review = core::readReviewFile(path);
    QVERIFY2(review.ok(), qPrintable(review.ok() ? QString() : review.error().toString()));
    QStringList scenarios{core::baselineScenarioId()};
    for (const core::Scenario &s : review->scenarios)
        scenarios << s.id;
    for (const QString &scenario : scenarios) {
        QElapsedTimer timer;
        timer.start();
        const Timeline t = TimelineModel::compute(*review, scenario, [](const core::Review &r, const core::solver::SweepOptions &o) {
            return core::solver::sweep(r, o);
        });
        const qint64 ms = timer.elapsed();
        QVERIFY2(t.error.isEmpty(), qPrintable(scenario + QStringLiteral(": ") + t.error));
        QCOMPARE(t.bucketCount, review->profiles.empty() ? 0 : int(review->profiles.front().multipliers.size()));
        for (const auto &s : t.series) {
            QCOMPARE(int(s.utilization.size()), t.bucketCount);
            double peak = 0.0;
            for (double u : s.utilization) {
                QVERIFY(std::isfinite(u) && u >= 0.0);
                peak = std::max(peak, u);
            }
            QCOMPARE(s.peak, peak);
        }
        qInfo("%s / %s: %d buckets x %d queue stations in %lld ms", qPrintable(file), qPrintable(scenario),
              t.bucketCount, int(t.series.size()), ms);
    }
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
