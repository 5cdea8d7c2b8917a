#pragma once

#include "reporttemplate.h"

#include "core/model/review.h"

#include <QFont>
#include <QMap>
#include <QPainter>
#include <QRectF>

namespace hostreview::reports {

/**
 * Draws the review's topology as vector graphics: zone rectangles around the stations of each
 * zone, one box per station at its canvas position with its name and kind, links as lines with
 * arrow heads, and each queue station coloured by utilisation (green below the knee, amber from
 * the knee to 1, red from 1). Delay stations, which have no utilisation in that sense, are grey.
 * Paints only paths and text, never an image, so the PDF keeps the diagram sharp at any zoom.
 */
class DiagramRenderer {
public:
    DiagramRenderer(const core::Review &review, const ReportColors &colors, const QString &fontFamily);

    /** Sets the utilisation that colours each station (station id → utilisation); absent: not coloured. */
    void setUtilization(const QMap<QString, double> &utilization, double knee);

    /** Returns the box of a station in scene units (its position is the box's top left). */
    static QRectF stationBox(const core::Station &station);

    /** Paints the whole diagram scaled to fit `target`, keeping the aspect ratio. */
    void paint(QPainter &painter, const QRectF &target) const;

    /** Returns the height `paint` needs for the diagram to fill `width` (aspect ratio of the scene). */
    double heightForWidth(double width) const;

    /** Returns the colour of a utilisation: good < knee ≤ warning < 1 ≤ critical. */
    static QColor utilizationColor(double utilization, double knee, const ReportColors &colors);

private:
    QRectF sceneRect() const;

    const core::Review &m_review;
    ReportColors m_colors;
    QString m_family;
    QMap<QString, double> m_utilization;
    double m_knee = 0.8;
};

} // namespace hostreview::reports
