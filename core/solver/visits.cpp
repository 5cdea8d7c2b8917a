#include "visits.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <cmath>
#include <deque>
#include <map>

namespace hostreview::core::solver {

namespace {

QString classWhere(const WorkloadClass &c) { return QStringLiteral("classes[%1]").arg(c.id); }

bool needsDerivedVisits(const WorkloadClass &c)
{
    for (const Demand &d : c.demands)
        if (!d.visits)
            return true;
    return false;
}

/** Solves A·x = b in place by Gaussian elimination with partial pivoting; false when singular. */
bool solveLinear(std::vector<double> a, std::vector<double> &b, int n, std::vector<double> *inverse)
{
    // Augment with the identity when the inverse is wanted (for the M-matrix test).
    const int extra = inverse ? n : 0;
    const int w = n + 1 + extra;
    std::vector<double> m(static_cast<size_t>(n) * size_t(w), 0.0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j)
            m[size_t(i * w + j)] = a[size_t(i * n + j)];
        m[size_t(i * w + n)] = b[size_t(i)];
        if (inverse)
            m[size_t(i * w + n + 1 + i)] = 1.0;
    }
    for (int col = 0; col < n; ++col) {
        int piv = col;
        for (int r = col + 1; r < n; ++r)
            if (std::abs(m[size_t(r * w + col)]) > std::abs(m[size_t(piv * w + col)]))
                piv = r;
        const double p = m[size_t(piv * w + col)];
        if (!(std::abs(p) > 1e-12))
            return false;
        if (piv != col)
            for (int j = 0; j < w; ++j)
                std::swap(m[size_t(piv * w + j)], m[size_t(col * w + j)]);
        for (int r = 0; r < n; ++r) {
            if (r == col)
                continue;
            const double f = m[size_t(r * w + col)] / p;
            if (f == 0.0)
                continue;
            for (int j = col; j < w; ++j)
                m[size_t(r * w + j)] -= f * m[size_t(col * w + j)];
        }
    }
    for (int i = 0; i < n; ++i) {
        const double p = m[size_t(i * w + i)];
        b[size_t(i)] = m[size_t(i * w + n)] / p;
        if (inverse)
            for (int j = 0; j < n; ++j)
                (*inverse)[size_t(i * n + j)] = m[size_t(i * w + n + 1 + j)] / p;
    }
    return true;
}

struct Routing {
    int n = 0;
    std::vector<std::map<int, double>> out; ///< out[i][j] = calls(i→j) > 0
};

Result<Routing> buildRouting(const Review &review, const WorkloadClass &c, const QHash<QString, int> &index)
{
    Routing r;
    r.n = int(review.stations.size());
    r.out.resize(size_t(r.n));
    for (const Link &l : review.links) {
        const QString where = QStringLiteral("links[%1→%2]").arg(l.from, l.to);
        const int from = index.value(l.from, -1);
        const int to = index.value(l.to, -1);
        if (from < 0)
            return fail(where + QStringLiteral(".from"), QStringLiteral("unknown station '%1'").arg(l.from));
        if (to < 0)
            return fail(where + QStringLiteral(".to"), QStringLiteral("unknown station '%1'").arg(l.to));
        const auto it = l.calls.constFind(c.id);
        if (it == l.calls.constEnd())
            continue;
        const double calls = it.value();
        if (!std::isfinite(calls) || calls < 0.0)
            return fail(where + QStringLiteral(".calls[%1]").arg(c.id),
                        QStringLiteral("must be a finite number ≥ 0, got %1").arg(calls));
        if (calls > 0.0)
            r.out[size_t(from)][to] += calls;
    }
    return r;
}

/** Solves the traffic equations of one class; V over all stations (0 where unreachable). */
Result<std::vector<double>> derivedVisits(const Review &review, const WorkloadClass &c, const QHash<QString, int> &index)
{
    const int entry = index.value(c.entry, -1);
    if (c.entry.isEmpty())
        return fail(classWhere(c) + QStringLiteral(".entry"),
                    QStringLiteral("required when a demand leaves visits out"));
    if (entry < 0)
        return fail(classWhere(c) + QStringLiteral(".entry"), QStringLiteral("unknown station '%1'").arg(c.entry));
    Result<Routing> routing = buildRouting(review, c, index);
    if (!routing)
        return routing.error();
    const Routing &r = *routing;

    // Stations reachable from the entry.
    std::vector<int> local(size_t(r.n), -1);
    std::vector<int> nodes;
    std::deque<int> todo{entry};
    local[size_t(entry)] = 0;
    nodes.push_back(entry);
    while (!todo.empty()) {
        const int i = todo.front();
        todo.pop_front();
        for (const auto &[j, calls] : r.out[size_t(i)]) {
            Q_UNUSED(calls);
            if (local[size_t(j)] < 0) {
                local[size_t(j)] = int(nodes.size());
                nodes.push_back(j);
                todo.push_back(j);
            }
        }
    }
    const int n = int(nodes.size());
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Graph g(static_cast<size_t>(n));
    for (int li = 0; li < n; ++li)
        for (const auto &[j, calls] : r.out[size_t(nodes[size_t(li)])]) {
            Q_UNUSED(calls);
            boost::add_edge(size_t(li), size_t(local[size_t(j)]), g);
        }
    std::vector<int> comp(static_cast<size_t>(n));
    const int ncomp = int(boost::strong_components(g, boost::make_iterator_property_map(comp.begin(),
                                                                           boost::get(boost::vertex_index, g))));
    // Condensation and its topological order (Kahn), independent of Boost's numbering.
    std::vector<std::vector<int>> members(static_cast<size_t>(ncomp));
    for (int li = 0; li < n; ++li)
        members[size_t(comp[size_t(li)])].push_back(li);
    std::vector<int> indeg(static_cast<size_t>(ncomp), 0);
    std::vector<std::vector<int>> succ(static_cast<size_t>(ncomp));
    for (int li = 0; li < n; ++li)
        for (const auto &[j, calls] : r.out[size_t(nodes[size_t(li)])]) {
            Q_UNUSED(calls);
            const int a = comp[size_t(li)], b = comp[size_t(local[size_t(j)])];
            if (a != b) {
                succ[size_t(a)].push_back(b);
                ++indeg[size_t(b)];
            }
        }
    std::deque<int> ready;
    for (int k = 0; k < ncomp; ++k)
        if (indeg[size_t(k)] == 0)
            ready.push_back(k);

    std::vector<double> v(static_cast<size_t>(n), 0.0);   // solved visits (local index)
    std::vector<double> in(static_cast<size_t>(n), 0.0);  // inflow from solved components
    in[0] = 1.0;                             // the entry (local index 0)
    while (!ready.empty()) {
        const int k = ready.front();
        ready.pop_front();
        const std::vector<int> &mem = members[size_t(k)];
        const int s = int(mem.size());
        bool cyclic = s > 1;
        if (s == 1) {
            const auto &o = r.out[size_t(nodes[size_t(mem[0])])];
            cyclic = o.count(nodes[size_t(mem[0])]) > 0;
        }
        if (!cyclic) {
            v[size_t(mem[0])] = in[size_t(mem[0])];
        } else {
            std::map<int, int> pos;
            for (int a = 0; a < s; ++a)
                pos[mem[size_t(a)]] = a;
            // A = I − Pᵀ restricted to the component.
            std::vector<double> a(size_t(s * s), 0.0);
            for (int x = 0; x < s; ++x)
                a[size_t(x * s + x)] = 1.0;
            for (int x = 0; x < s; ++x)
                for (const auto &[j, calls] : r.out[size_t(nodes[size_t(mem[size_t(x)])])]) {
                    const auto it = pos.find(local[size_t(j)]);
                    if (it != pos.end())
                        a[size_t(it->second * s + x)] -= calls;
                }
            std::vector<double> b(static_cast<size_t>(s));
            for (int x = 0; x < s; ++x)
                b[size_t(x)] = in[size_t(mem[size_t(x)])];
            std::vector<double> inv(size_t(s * s));
            bool ok = solveLinear(a, b, s, &inv);
            if (ok) {
                double big = 0.0;
                for (double e : inv)
                    big = std::max(big, std::abs(e));
                for (double e : inv)
                    if (!std::isfinite(e) || e < -1e-9 * big)
                        ok = false;
                for (double x : b)
                    if (!std::isfinite(x) || x < 0.0)
                        ok = false;
            }
            if (!ok) {
                QStringList ids;
                for (int x : mem)
                    ids << review.stations[size_t(nodes[size_t(x)])].id;
                return fail(QStringLiteral("links"),
                            QStringLiteral("class '%1': the routing cycle through stations %2 never ends "
                                           "(its calls multiply to ≥ 1, so the traffic equations have no "
                                           "finite non-negative solution)")
                                .arg(c.id, ids.join(QStringLiteral(", "))));
            }
            for (int x = 0; x < s; ++x)
                v[size_t(mem[size_t(x)])] = b[size_t(x)];
        }
        for (int x : mem)
            for (const auto &[j, calls] : r.out[size_t(nodes[size_t(x)])]) {
                const int lj = local[size_t(j)];
                if (comp[size_t(lj)] != k)
                    in[size_t(lj)] += v[size_t(x)] * calls;
            }
        for (int b : succ[size_t(k)])
            if (--indeg[size_t(b)] == 0)
                ready.push_back(b);
    }
    std::vector<double> all(size_t(r.n), 0.0);
    for (int li = 0; li < n; ++li)
        all[size_t(nodes[size_t(li)])] = v[size_t(li)];
    return all;
}

} // namespace

QHash<QString, int> indexStations(const Review &review)
{
    QHash<QString, int> index;
    index.reserve(qsizetype(review.stations.size()));
    for (size_t k = 0; k < review.stations.size(); ++k)
        index.insert(review.stations[k].id, int(k));
    return index;
}

Result<std::vector<double>> classVisits(const Review &review, int classIndex)
{
    return classVisits(review, classIndex, indexStations(review));
}

Result<std::vector<double>> classVisits(const Review &review, int classIndex, const QHash<QString, int> &index)
{
    const WorkloadClass &c = review.classes[size_t(classIndex)];
    std::vector<double> derived;
    if (needsDerivedVisits(c)) {
        Result<std::vector<double>> d = derivedVisits(review, c, index);
        if (!d)
            return d.error();
        derived = std::move(*d);
    }
    std::vector<double> visits(review.stations.size(), 0.0);
    for (size_t i = 0; i < c.demands.size(); ++i) {
        const Demand &d = c.demands[i];
        const int k = index.value(d.station, -1);
        const QString where = classWhere(c) + QStringLiteral(".demands[%1]").arg(i);
        if (k < 0)
            return fail(where + QStringLiteral(".station"), QStringLiteral("unknown station '%1'").arg(d.station));
        if (d.visits) {
            if (!std::isfinite(*d.visits) || *d.visits < 0.0)
                return fail(where + QStringLiteral(".visits"),
                            QStringLiteral("must be a finite number ≥ 0, got %1").arg(*d.visits));
            visits[size_t(k)] += *d.visits;
        } else {
            visits[size_t(k)] += derived[size_t(k)];
        }
    }
    return visits;
}

std::vector<Problem> routingProblems(const Review &review)
{
    std::vector<Problem> problems;
    const QHash<QString, int> index = indexStations(review);
    for (const WorkloadClass &c : review.classes) {
        if (!needsDerivedVisits(c) || !index.contains(c.entry))
            continue; // a missing or unknown entry is reported by the field checks
        Result<std::vector<double>> d = derivedVisits(review, c, index);
        if (!d && d.error().where == QStringLiteral("links"))
            problems.push_back(Problem{Severity::Error, d.error().where, d.error().message});
    }
    return problems;
}

} // namespace hostreview::core::solver
