#pragma once

#include <QColor>
#include <QString>

#include <optional>

namespace hostreview::widgets {

/** The traffic-light bands of the canvas and its legend. */
enum class LoadBand {
    NoResult,  ///< grey: no solver result (not solved yet, or the model has errors)
    Low,       ///< green: utilisation below the knee
    AtRisk,    ///< amber: knee ≤ utilisation < 1
    Saturated, ///< red: utilisation ≥ 1 (or the solver says saturated)
    Delay,     ///< blue-grey: a delay station, whose figure is a mean number in service
};

/** Returns the band of a station: green < knee ≤ amber < 1 ≤ red; grey without a figure. */
LoadBand loadBand(std::optional<double> utilization, bool saturated, bool delay, double knee);

/** Returns the fill colour of a band (light enough for black text). */
QColor bandFill(LoadBand band);
/** Returns the stronger colour used for borders, swatches and the big number. */
QColor bandInk(LoadBand band);

} // namespace hostreview::widgets
