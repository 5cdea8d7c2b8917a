#pragma once

#include "../model/review.h"
#include "../result.h"

#include <QHash>

#include <vector>

namespace hostreview::core::solver {

/**
 * Returns the visits per request of class `classIndex` at every station (document order of
 * `review.stations`). A demand's own `visits` wins; where a demand leaves it out, the visits come
 * from the traffic equations of interchange-v1 over the links reachable from the class's entry:
 * V[entry] = 1 + Σ_i V[i]·calls(i→entry), V[j] = Σ_i V[i]·calls(i→j).
 *
 * The routing graph is cut into strongly connected components (Boost.Graph `strong_components`),
 * which are solved in topological order; a component with a cycle is a small linear system
 * (I − Pᵀ)·V = b solved by Gaussian elimination. Its calls die out exactly when the spectral radius
 * of its call matrix P is < 1, which for a non-negative irreducible P holds exactly when (I − P) is
 * invertible with a non-negative inverse (Berman & Plemmons, *Nonnegative Matrices in the
 * Mathematical Sciences*, 1994, ch. 6, nonsingular M-matrices are exactly the inverse-positive Z-matrices); otherwise the result is an error
 * naming the cycle's stations. Stations without a demand of the class get 0 (no demand).
 */
Result<std::vector<double>> classVisits(const Review &review, int classIndex);

/** As above, with station ids already indexed (large models: no linear look-ups). */
Result<std::vector<double>> classVisits(const Review &review, int classIndex, const QHash<QString, int> &stationIndex);

/** Returns station id → document index. */
QHash<QString, int> indexStations(const Review &review);

/**
 * Returns one error per class whose routing (links reachable from its entry) holds a cycle whose
 * calls never die out, naming the class and the cycle's stations. Validation appends these.
 */
std::vector<Problem> routingProblems(const Review &review);

} // namespace hostreview::core::solver
