#include "timeline.h"

#include <algorithm>
#include <numeric>

namespace hostreview::models {

std::vector<TimelineSeries> Timeline::topByPeak(int count) const
{
    std::vector<size_t> order(series.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return series[a].peak > series[b].peak; });
    std::vector<TimelineSeries> out;
    for (size_t i = 0; i < order.size() && int(out.size()) < count; ++i)
        out.push_back(series[order[i]]);
    return out;
}

} // namespace hostreview::models
