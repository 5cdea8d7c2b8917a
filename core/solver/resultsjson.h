#pragma once

#include "solver.h"

#include <QByteArray>

#include <vector>

namespace hostreview::core::solver {

/**
 * Returns the `hostreview-results` version 1 document of interchange-v1 for `results`, compact
 * (one line, no trailing newline), keys in the order the contract shows them, absent values
 * (`std::nullopt`, an empty bottleneck) as `null`, numbers in the shortest form that reads back
 * to the same double.
 */
QByteArray resultsToJson(const std::vector<SolveResult> &results);

/** Returns one result object (an element of `results`), compact. */
QByteArray resultToJson(const SolveResult &result);

} // namespace hostreview::core::solver
