#pragma once

#include "../model/review.h"
#include "../result.h"

#include <QHash>
#include <QPointF>
#include <QString>

namespace hostreview::core {

/** Tuning of autoLayout(). */
struct LayoutOptions {
    double width = 1200.0;     ///< scene units available across
    double height = 800.0;     ///< scene units available down
    int iterations = 100;      ///< Fruchterman–Reingold cooling steps
    double grid = 20.0;        ///< positions are snapped to this grid (0: no snapping)
};

/**
 * Computes positions for every station: stations are first put in layers by their longest distance
 * from a station nobody links to (ingress at the top, databases further down), then refined with
 * Boost.Graph's Fruchterman–Reingold force-directed layout (Fruchterman & Reingold, "Graph Drawing
 * by Force-directed Placement", 1991) and snapped to the grid. The result is deterministic.
 * Returns station id → position (the station's centre, scene units).
 */
Result<QHash<QString, QPointF>> autoLayout(const Review &review, const LayoutOptions &options = {});

} // namespace hostreview::core
