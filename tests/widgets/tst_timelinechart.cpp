#include "widgets/charts/timelinechart.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

using namespace hostreview;
using widgets::TimelineChart;

namespace {
/** Five stations over 96 quarter-hours; station k peaks at 0.15·(k+1) + 0.3 around noon. */
models::Timeline handTimeline()
{
    models::Timeline t;
    t.scenario = QStringLiteral("baseline");
    t.bucketMinutes = 15;
    t.bucketCount = 96;
    for (int k = 0; k < 5; ++k) {
        models::TimelineSeries s;
        s.stationId = QStringLiteral("s%1").arg(k);
        s.name = QStringLiteral("Station %1").arg(k);
        for (int b = 0; b < 96; ++b)
            s.utilization.push_back(b == 48 ? 0.15 * (k + 1) + 0.3 : 0.1 * (k + 1) * (b % 4) / 4.0);
        s.peak = 0.15 * (k + 1) + 0.3;
        s.peakBucket = 48;
        t.series.push_back(s);
    }
    return t;
}
} // namespace

/** The saturation timeline chart draws exactly the series and values it is given. */
class TestTimelineChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seriesCount_data();
    void seriesCount();
    void valuesEqualInput();
    void guides();
    void currentBucketMarker();
};

void TestTimelineChart::seriesCount_data()
{
    QTest::addColumn<int>("top");
    QTest::addColumn<int>("expected");
    QTest::newRow("top 3 of 5") << 3 << 3;
    QTest::newRow("top 5 of 5") << 5 << 5;
    QTest::newRow("top 8 of 5") << 8 << 5;
    QTest::newRow("top 1") << 1 << 1;
}

void TestTimelineChart::seriesCount()
{
    QFETCH(int, top);
    QFETCH(int, expected);
    TimelineChart chart;
    chart.setTopStations(top);
    chart.setTimeline(handTimeline());
    QCOMPARE(chart.stationSeries().size(), expected);
    // Plus the knee, the 100 % line and the marker.
    QCOMPARE(chart.chart()->series().size(), expected + 3);
    // Highest peak first: station 4, 3, 2…
    for (int i = 0; i < expected; ++i)
        QCOMPARE(chart.stationSeries().at(i)->name(), QStringLiteral("Station %1").arg(4 - i));
}

void TestTimelineChart::valuesEqualInput()
{
    const models::Timeline t = handTimeline();
    TimelineChart chart;
    chart.setTopStations(5);
    chart.setTimeline(t);
    for (QLineSeries *s : chart.stationSeries()) {
        const auto it = std::find_if(t.series.begin(), t.series.end(),
                                     [&](const models::TimelineSeries &ts) { return ts.name == s->name(); });
        QVERIFY(it != t.series.end());
        const QList<QPointF> points = s->points();
        QCOMPARE(points.size(), 96);
        for (int b = 0; b < 96; ++b) {
            QCOMPARE(points[b].x(), b * 15.0 / 60.0);                        // hours since midnight
            QCOMPARE(points[b].y(), it->utilization[size_t(b)] * 100.0);    // percent
        }
    }
    // The chart is redrawn, not appended to, when the timeline changes.
    models::Timeline two = t;
    two.series.resize(2);
    chart.setTimeline(two);
    QCOMPARE(chart.stationSeries().size(), 2);
    QCOMPARE(chart.chart()->series().size(), 5);
}

void TestTimelineChart::guides()
{
    TimelineChart chart;
    chart.setTimeline(handTimeline());
    QCOMPARE(chart.knee(), 0.8);
    const QList<QPointF> knee = chart.kneeSeries()->points();
    QCOMPARE(knee.size(), 2);
    QCOMPARE(knee[0].y(), 80.0);
    QCOMPARE(knee[1].y(), 80.0);
    QCOMPARE(knee[1].x(), 24.0);
    QCOMPARE(chart.kneeSeries()->pen().style(), Qt::DashLine);
    chart.setKnee(0.7);
    QCOMPARE(chart.kneeSeries()->points()[0].y(), 70.0);
    const QList<QPointF> full = chart.capacitySeries()->points();
    QCOMPARE(full[0].y(), 100.0);
    QCOMPARE(full[1].y(), 100.0);
    // Time axis: the whole day with a labelled tick every 2 h and a minor tick every hour.
    QCOMPARE(chart.timeAxis()->min(), 0.0);
    QCOMPARE(chart.timeAxis()->max(), 24.0);
    QCOMPARE(chart.timeAxis()->tickCount(), 13);
    QCOMPARE(chart.timeAxis()->minorTickCount(), 1);
    // The y axis reaches above the 100 % line.
    QVERIFY(chart.utilizationAxis()->max() > 100.0);
    QVERIFY(chart.chart()->legend()->isVisible());
}

void TestTimelineChart::currentBucketMarker()
{
    TimelineChart chart;
    chart.setTimeline(handTimeline());
    QVERIFY(!chart.markerSeries()->isVisible());
    chart.setCurrentBucket(33); // 08:15–08:30: drawn in the middle, 8.375 h
    QVERIFY(chart.markerSeries()->isVisible());
    const QList<QPointF> m = chart.markerSeries()->points();
    QCOMPARE(m.size(), 2);
    QCOMPARE(m[0].x(), 8.375);
    QCOMPARE(m[1].x(), 8.375);
    QVERIFY(chart.markerSeries()->name().contains(QStringLiteral("08:15–08:30")));
    chart.setCurrentBucket(-1);
    QVERIFY(!chart.markerSeries()->isVisible());
}

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
