#include "profilechartview.h"

#include "models/timeofday.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hostreview::widgets {

ProfileChartView::ProfileChartView(QWidget *parent)
    : QChartView(new QChart, parent),
      m_line(new QLineSeries),
      m_base(new QLineSeries),
      m_area(nullptr),
      m_xAxis(new QValueAxis),
      m_yAxis(new QValueAxis)
{
    // The chart is the view's from its construction: QChartView(parent) would make a default chart
    // that a later setChart() releases without deleting.
    QChart *c = chart();
    c->legend()->hide();
    c->setLocalizeNumbers(true); // axis labels in the program's locale (0,8 in German)
    m_area = new QAreaSeries(m_line, m_base);
    // An area series does not own its boundary lines (the chart owns only what addSeries() got):
    // they live and die with the area series.
    m_line->setParent(m_area);
    m_base->setParent(m_area);
    m_area->setName(tr("Multiplier"));
    QColor fill(0x3a, 0x7b, 0xd5);
    fill.setAlpha(70);
    m_area->setBrush(fill);
    QPen pen(QColor(0x1f, 0x4e, 0x99));
    pen.setWidthF(1.5);
    m_area->setPen(pen);
    m_line->setPointsVisible(true);
    c->addSeries(m_area);
    m_xAxis->setTitleText(tr("Time of day (h)"));
    m_xAxis->setRange(0.0, 24.0);
    m_xAxis->setTickCount(9);      // a label every 3 hours …
    m_xAxis->setMinorTickCount(2); // … and a tick every hour
    m_xAxis->setLabelFormat(QStringLiteral("%.0f:00")); // no width: localised labels drop a padded format
    m_yAxis->setTitleText(tr("Multiplier (×)"));
    m_yAxis->setLabelFormat(QStringLiteral("%.1f"));
    c->addAxis(m_xAxis, Qt::AlignBottom);
    c->addAxis(m_yAxis, Qt::AlignLeft);
    m_area->attachAxis(m_xAxis);
    m_area->attachAxis(m_yAxis);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 200);
    setToolTip(tr("Drag a point up or down to change that bucket's multiplier"));
}

double ProfileChartView::hourOf(int bucket) const { return models::bucketStartHours(bucket, m_bucketMinutes); }

void ProfileChartView::setTitle(const QString &title) { chart()->setTitle(title); }

void ProfileChartView::setMultipliers(const std::vector<double> &multipliers, int bucketMinutes)
{
    m_bucketMinutes = bucketMinutes > 0 ? bucketMinutes : 15;
    QList<QPointF> line;
    QList<QPointF> base;
    double top = 1.0;
    for (size_t b = 0; b < multipliers.size(); ++b) {
        line.append(QPointF(hourOf(int(b)), multipliers[b]));
        base.append(QPointF(hourOf(int(b)), 0.0));
        top = std::max(top, multipliers[b]);
    }
    m_line->replace(line);
    m_base->replace(base);
    // Headroom above the highest bucket so that a point can be dragged higher.
    m_yAxis->setRange(0.0, std::ceil(top * 1.25 * 2.0) / 2.0);
}

int ProfileChartView::bucketAt(const QPoint &pos, double radius) const
{
    const QList<QPointF> points = m_line->points();
    int best = -1;
    double bestDistance = radius;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF inChart = chart()->mapToPosition(points.at(i), m_area);
        const QPoint inView = mapFromScene(chart()->mapToScene(inChart));
        const double d = std::hypot(double(inView.x() - pos.x()), double(inView.y() - pos.y()));
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

double ProfileChartView::valueAt(const QPoint &pos) const
{
    const QPointF inChart = chart()->mapFromScene(mapToScene(pos));
    const double v = chart()->mapToValue(inChart, m_area).y();
    // A drag snaps to hundredths: a hand cannot place a point more precisely than that.
    return std::isfinite(v) ? std::max(0.0, std::round(v * 100.0) / 100.0) : 0.0;
}

void ProfileChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragBucket = bucketAt(event->position().toPoint());
        if (m_dragBucket >= 0) {
            m_dragValue = m_line->at(m_dragBucket).y();
            event->accept();
            return;
        }
    }
    QChartView::mousePressEvent(event);
}

void ProfileChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragBucket >= 0) {
        m_dragValue = valueAt(event->position().toPoint());
        m_line->replace(m_dragBucket, QPointF(hourOf(m_dragBucket), m_dragValue));
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ProfileChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragBucket >= 0 && event->button() == Qt::LeftButton) {
        const int bucket = m_dragBucket;
        m_dragBucket = -1;
        m_dragValue = valueAt(event->position().toPoint());
        event->accept();
        Q_EMIT pointDragged(bucket, m_dragValue);
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace hostreview::widgets
