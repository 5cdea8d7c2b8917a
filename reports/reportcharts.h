#pragma once

#include "reportdata.h"
#include "reporttemplate.h"

#include <QPainter>
#include <QRectF>

namespace hostreview::reports {

/**
 * Paints a scenario's saturation chart into `area` with vector paths: the utilisation of the
 * chart's stations per bucket of the day, a dashed knee line, a solid 100 % line, time-of-day
 * ticks and a legend below the plot.
 */
void paintSaturationChart(QPainter &painter, const QRectF &area, const ReportData &data,
                          const ScenarioSummary &scenario, const ReportTemplate &tmpl);

/** Paints the domain scorecard as horizontal bars 0–100, coloured by maturity band, with the score at each bar. */
void paintScorecardChart(QPainter &painter, const QRectF &area, const core::checklist::Scorecard &scorecard,
                         const ReportTemplate &tmpl);

/** Returns the series colours of the charts (one per station, repeating). */
QColor seriesColor(int index);

} // namespace hostreview::reports
