#pragma once

#include "../model/link.h"
#include "../solver/solver.h"

#include <optional>

namespace hostreview::core {

/**
 * Returns the request rate carried by a drawn link, requests per second: the sum over classes of
 * (class throughput × visits at `from`) × calls_c(from → to), the first factor being the solver's
 * `per_class[].throughput` at `from` (interchange-v1, links and solver output). nullopt when the
 * result has no figures for `from`.
 */
std::optional<double> linkThroughput(const Link &link, const solver::SolveResult &result);

} // namespace hostreview::core
