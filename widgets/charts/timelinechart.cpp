#include "timelinechart.h"

#include "models/timeofday.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hostreview::widgets {

namespace {
constexpr double HoursPerDay = 24.0;
} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : QChartView(new QChart, parent),
      m_knee(new QLineSeries),
      m_capacity(new QLineSeries),
      m_marker(new QLineSeries),
      m_xAxis(new QValueAxis),
      m_yAxis(new QValueAxis)
{
    // The chart is the view's from its construction: QChartView(parent) would make a default chart
    // that a later setChart() releases without deleting.
    QChart *c = chart();
    c->setTitle(tr("Saturation over the day"));
    c->setLocalizeNumbers(true); // axis labels in the program's locale (0,8 in German)
    c->legend()->setAlignment(Qt::AlignBottom);
    m_xAxis->setTitleText(tr("Time of day (h)"));
    m_xAxis->setRange(0.0, HoursPerDay);
    m_xAxis->setTickCount(13);    // a label every 2 hours …
    m_xAxis->setMinorTickCount(1); // … and a tick every hour
    m_xAxis->setLabelFormat(QStringLiteral("%.0f:00")); // no width: localised labels drop a padded format
    m_yAxis->setTitleText(tr("Utilisation (%)"));
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_xAxis, Qt::AlignBottom);
    c->addAxis(m_yAxis, Qt::AlignLeft);

    m_knee->setName(tr("Knee"));
    QPen kneePen(QColor(0xd9, 0x8c, 0x00));
    kneePen.setStyle(Qt::DashLine);
    kneePen.setWidthF(1.5);
    m_knee->setPen(kneePen);
    m_capacity->setName(tr("100 %"));
    QPen capacityPen(QColor(0xb7, 0x1c, 0x1c));
    capacityPen.setWidthF(1.5);
    m_capacity->setPen(capacityPen);
    m_marker->setName(tr("Current bucket"));
    QPen markerPen(QColor(0x40, 0x40, 0x40));
    markerPen.setStyle(Qt::DotLine);
    m_marker->setPen(markerPen);
    for (QLineSeries *s : {m_knee, m_capacity, m_marker}) {
        c->addSeries(s);
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
    }
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    updateGuides();
}

double TimelineChart::hourOf(int bucket) const
{
    return models::bucketStartHours(bucket, m_timeline.bucketMinutes);
}

void TimelineChart::setTimeline(const models::Timeline &timeline)
{
    m_timeline = timeline;
    rebuild();
}

void TimelineChart::setTopStations(int count)
{
    m_topStations = std::max(1, count);
    rebuild();
}

void TimelineChart::setKnee(double knee)
{
    if (!std::isfinite(knee) || knee <= 0.0)
        return;
    m_kneeValue = knee;
    updateGuides();
}

void TimelineChart::setCurrentBucket(int bucket)
{
    m_currentBucket = bucket;
    updateGuides();
}

void TimelineChart::rebuild()
{
    QChart *c = chart();
    for (QLineSeries *s : std::as_const(m_stationSeries)) {
        c->removeSeries(s);
        delete s;
    }
    m_stationSeries.clear();

    double peak = 1.0;
    if (m_timeline.error.isEmpty()) {
        for (const models::TimelineSeries &ts : m_timeline.topByPeak(m_topStations)) {
            auto *s = new QLineSeries;
            s->setName(ts.name);
            QList<QPointF> points;
            points.reserve(qsizetype(ts.utilization.size()));
            for (size_t b = 0; b < ts.utilization.size(); ++b)
                points.append(QPointF(hourOf(int(b)), ts.utilization[b] * 100.0));
            s->replace(points);
            c->addSeries(s);
            s->attachAxis(m_xAxis);
            s->attachAxis(m_yAxis);
            m_stationSeries.append(s);
            peak = std::max(peak, ts.peak);
        }
    }
    // Leave room above the capacity line; a saturated station's offered load may go far beyond it.
    m_yMax = std::ceil(std::max(1.2, peak * 1.1) * 10.0) * 10.0;
    m_yAxis->setRange(0.0, m_yMax);
    // Ticks on round percentages so that the 80 % knee and the 100 % line sit on grid lines.
    const double step = m_yMax <= 200.0 ? 20.0 : std::ceil(m_yMax / 10.0 / 50.0) * 50.0;
    m_yMax = std::ceil(m_yMax / step) * step;
    m_yAxis->setRange(0.0, m_yMax);
    m_yAxis->setTickCount(int(m_yMax / step) + 1);
    if (!m_timeline.error.isEmpty())
        c->setTitle(tr("Saturation over the day: %1").arg(m_timeline.error));
    else if (m_timeline.bucketCount == 0)
        c->setTitle(tr("Saturation over the day: no profile (the load is the same all day)"));
    else
        c->setTitle(tr("Saturation over the day (%1)").arg(m_timeline.scenario));
    updateGuides();
}

void TimelineChart::updateGuides()
{
    m_knee->replace({QPointF(0.0, m_kneeValue * 100.0), QPointF(HoursPerDay, m_kneeValue * 100.0)});
    m_knee->setName(tr("Knee %1 %").arg(m_kneeValue * 100.0, 0, 'f', 0));
    m_capacity->replace({QPointF(0.0, 100.0), QPointF(HoursPerDay, 100.0)});
    const bool markerShown = m_currentBucket >= 0 && m_currentBucket < m_timeline.bucketCount;
    if (markerShown) {
        // The marker stands in the middle of the bucket it marks.
        const double x = hourOf(m_currentBucket) + m_timeline.bucketMinutes / 120.0;
        m_marker->replace({QPointF(x, 0.0), QPointF(x, m_yMax)});
        m_marker->setName(tr("Now: %1").arg(models::bucketSpanText(m_currentBucket, m_timeline.bucketMinutes)));
    } else {
        m_marker->clear();
    }
    m_marker->setVisible(markerShown);
    const auto markers = chart()->legend()->markers(m_marker);
    for (QLegendMarker *m : markers)
        m->setVisible(markerShown);
}

} // namespace hostreview::widgets
