#pragma once

#include "models/timeline.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace hostreview::widgets {

/**
 * The saturation timeline: utilisation (%) of the busiest queue stations over the day's buckets,
 * a dashed knee line (80 % by default), a 100 % capacity line, hour ticks on the time axis, a
 * legend and a vertical marker at the current bucket. It draws what it is given
 * (models::Timeline) and computes nothing.
 */
class TimelineChart : public QChartView {
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);

    /** Shows the `topStations` stations of `timeline` with the highest peak utilisation. */
    void setTimeline(const models::Timeline &timeline);
    /** Sets how many stations are drawn (default 5). */
    void setTopStations(int count);
    int topStations() const { return m_topStations; }

    /** Returns the series of the drawn stations, in legend order (highest peak first). */
    QList<QLineSeries *> stationSeries() const { return m_stationSeries; }
    QLineSeries *kneeSeries() const { return m_knee; }
    QLineSeries *capacitySeries() const { return m_capacity; }
    QLineSeries *markerSeries() const { return m_marker; }
    QValueAxis *timeAxis() const { return m_xAxis; }
    QValueAxis *utilizationAxis() const { return m_yAxis; }
    double knee() const { return m_kneeValue; }
    int currentBucket() const { return m_currentBucket; }

public Q_SLOTS:
    /** Moves the knee line (a fraction, 0.8 = 80 %). */
    void setKnee(double knee);
    /** Moves the current-bucket marker; -1 hides it. */
    void setCurrentBucket(int bucket);

private:
    void rebuild();
    void updateGuides();
    double hourOf(int bucket) const;

    models::Timeline m_timeline;
    int m_topStations = 5;
    double m_kneeValue = 0.8;
    int m_currentBucket = -1;
    double m_yMax = 120.0;
    QList<QLineSeries *> m_stationSeries;
    QLineSeries *m_knee;
    QLineSeries *m_capacity;
    QLineSeries *m_marker;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
};

} // namespace hostreview::widgets
