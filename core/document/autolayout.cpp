#include "autolayout.h"

#include "../log.h"

#include <QCoreApplication>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <vector>

namespace hostreview::core {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::rectangle_topology<boost::minstd_rand>;
using Point = Topology::point_type;

double snap(double v, double grid) { return grid > 0 ? std::round(v / grid) * grid : v; }

// Longest distance from a station without incoming links, relaxed at most n times so that
// cycles (a worker calling back into the ingress) end with a finite depth.
std::vector<int> layersOf(const Review &review, const QHash<QString, int> &index)
{
    const int n = int(review.stations.size());
    std::vector<int> depth(std::size_t(n), 0);
    for (int pass = 0; pass < n; ++pass) {
        bool changed = false;
        for (const Link &l : review.links) {
            const int a = index.value(l.from, -1), b = index.value(l.to, -1);
            if (a < 0 || b < 0 || a == b)
                continue;
            const int d = std::min(depth[std::size_t(a)] + 1, n - 1);
            if (d > depth[std::size_t(b)]) {
                depth[std::size_t(b)] = d;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return depth;
}

} // namespace

Result<QHash<QString, QPointF>> autoLayout(const Review &review, const LayoutOptions &options)
{
    if (!(options.width > 0) || !(options.height > 0))
        return fail(QStringLiteral("layout.width"), QCoreApplication::translate("hostreview::core", "must be > 0"));
    QHash<QString, QPointF> result;
    const int n = int(review.stations.size());
    if (n == 0)
        return result;
    try {
        QHash<QString, int> index;
        for (int i = 0; i < n; ++i)
            index.insert(review.stations[std::size_t(i)].id, i);
        Graph g{std::size_t(n)};
        for (const Link &l : review.links) {
            const int a = index.value(l.from, -1), b = index.value(l.to, -1);
            if (a >= 0 && b >= 0 && a != b)
                boost::add_edge(std::size_t(a), std::size_t(b), g);
        }

        const std::vector<int> depth = layersOf(review, index);
        const int layers = *std::max_element(depth.begin(), depth.end()) + 1;
        std::map<int, std::vector<int>> byLayer;
        for (int i = 0; i < n; ++i)
            byLayer[depth[std::size_t(i)]].push_back(i);

        // Start from the layered arrangement, spread evenly across.
        const double w = options.width, h = options.height;
        std::vector<Point> pos{static_cast<std::size_t>(n)};
        for (const auto &[layer, members] : byLayer) {
            for (std::size_t k = 0; k < members.size(); ++k) {
                Point p;
                p[0] = -w / 2 + w * (double(k) + 0.5) / double(members.size());
                p[1] = -h / 2 + h * (double(layer) + 0.5) / double(layers);
                pos[std::size_t(members[k])] = p;
            }
        }
        boost::minstd_rand gen(20261122u);
        Topology topology(gen, -w / 2, -h / 2, w / 2, h / 2);
        auto posMap = boost::make_iterator_property_map(pos.begin(), boost::get(boost::vertex_index, g));
        boost::fruchterman_reingold_force_directed_layout(
            g, posMap, topology, boost::cooling(boost::linear_cooling<double>(std::max(1, options.iterations))));

        // Keep the layers as rows (readable top-down flow), take the horizontal order from the
        // force layout, and keep at least one node width between neighbours.
        const double minGap = 180.0;
        const double rowGap = std::max(140.0, h / std::max(1, layers));
        for (auto &[layer, members] : byLayer) {
            std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
                return pos[std::size_t(a)][0] < pos[std::size_t(b)][0];
            });
            const double rowWidth = std::max(w, minGap * double(members.size()));
            const double step = rowWidth / double(members.size());
            for (std::size_t k = 0; k < members.size(); ++k) {
                const double x = -rowWidth / 2 + step * (double(k) + 0.5);
                const double y = double(layer) * rowGap;
                const Station &s = review.stations[std::size_t(members[k])];
                result.insert(s.id, QPointF(snap(x, options.grid), snap(y, options.grid)));
            }
        }
    } catch (const std::exception &e) {
        logger("core.document")->error("automatic layout failed: {}", e.what());
        return fail(QStringLiteral("layout"), QString::fromUtf8(e.what()));
    }
    return result;
}

} // namespace hostreview::core
