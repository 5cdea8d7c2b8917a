#pragma once

#include <QChartView>

#include <vector>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace hostreview::widgets {

/**
 * Draws one class's day profile (multiplier per bucket) as a line over a filled area and lets the
 * user drag a point up or down. The view only reports the drag (pointDragged); the owner turns it
 * into an edit, and the new profile comes back through setMultipliers().
 */
class ProfileChartView : public QChartView {
    Q_OBJECT
public:
    explicit ProfileChartView(QWidget *parent = nullptr);

    /** Shows `multipliers` for buckets of `bucketMinutes` minutes. */
    void setMultipliers(const std::vector<double> &multipliers, int bucketMinutes);
    /** Sets the chart title (the class shown and its provenance). */
    void setTitle(const QString &title);

    QLineSeries *lineSeries() const { return m_line; }
    QAreaSeries *areaSeries() const { return m_area; }
    QValueAxis *timeAxis() const { return m_xAxis; }
    QValueAxis *multiplierAxis() const { return m_yAxis; }

    /** Returns the bucket whose point is within `radius` pixels of viewport position `pos`, or -1. */
    int bucketAt(const QPoint &pos, double radius = 8.0) const;
    /** Returns the multiplier under viewport position `pos`, snapped to 0.01 and never below the axis's 0. */
    double valueAt(const QPoint &pos) const;

Q_SIGNALS:
    /** The user dropped bucket `bucket`'s point at `multiplier`. */
    void pointDragged(int bucket, double multiplier);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    double hourOf(int bucket) const;

    QLineSeries *m_line;
    QLineSeries *m_base;
    QAreaSeries *m_area;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
    int m_bucketMinutes = 15;
    int m_dragBucket = -1;
    double m_dragValue = 0.0;
};

} // namespace hostreview::widgets
