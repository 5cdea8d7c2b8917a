#include "linkflow.h"

namespace hostreview::core {

std::optional<double> linkThroughput(const Link &link, const solver::SolveResult &result)
{
    const solver::StationResult *from = nullptr;
    for (const solver::StationResult &s : result.stations)
        if (s.id == link.from)
            from = &s;
    if (!from)
        return std::nullopt;
    double rate = 0.0;
    for (const solver::ClassAtStation &c : from->perClass)
        rate += c.throughput * link.calls.value(c.classId, 0.0);
    return rate;
}

} // namespace hostreview::core
