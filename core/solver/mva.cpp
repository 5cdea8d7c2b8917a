#include "mva.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

namespace hostreview::core::solver {

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

/** log(exp(a) + exp(b)) without overflow or underflow. */
inline double logAdd(double a, double b)
{
    if (a == kNegInf)
        return b;
    if (b == kNegInf)
        return a;
    return a > b ? a + std::log1p(std::exp(b - a)) : b + std::log1p(std::exp(a - b));
}

/** h ∗ f for a single-server station, f(j) = D^j: g(n) = h(n) + D·g(n−1) (Buzen 1973). */
std::vector<double> convolveSingle(const std::vector<double> &lh, double lnD)
{
    std::vector<double> g(lh.size());
    g[0] = lh[0];
    for (size_t n = 1; n < lh.size(); ++n)
        g[n] = logAdd(lh[n], lnD + g[n - 1]);
    return g;
}

/** log f(j) of an m-server station: D^j / Π_{i≤j} min(i, m), for j = 0…n. */
std::vector<double> multiServerFactor(double d, int m, int n)
{
    std::vector<double> lf(static_cast<size_t>(n) + 1);
    lf[0] = 0.0;
    const double lnD = std::log(d);
    for (int j = 1; j <= n; ++j)
        lf[size_t(j)] = lf[size_t(j) - 1] + lnD - std::log(double(std::min(j, m)));
    return lf;
}

/**
 * h ∗ f for an m-server station in O(N·m): the head j < m term by term, the tail j ≥ m by
 * T(n) = f(m)·h(n−m) + (D/m)·T(n−1), since f(j+1) = f(j)·D/m beyond m.
 */
std::vector<double> convolveMulti(const std::vector<double> &lh, double d, int m)
{
    const int n = int(lh.size()) - 1;
    const std::vector<double> lf = multiServerFactor(d, m, std::min(n, m));
    const double lnStep = std::log(d / double(m));
    std::vector<double> g(lh.size());
    double tail = kNegInf;
    std::vector<double> terms;
    terms.reserve(size_t(std::min(n, m)) + 1);
    for (int i = 0; i <= n; ++i) {
        terms.clear();
        double top = kNegInf;
        for (int j = 0; j <= std::min(i, m - 1); ++j) {
            const double t = lf[size_t(j)] + lh[size_t(i - j)];
            terms.push_back(t);
            top = std::max(top, t);
        }
        if (i >= m) {
            tail = logAdd(lf[size_t(m)] + lh[size_t(i - m)], lnStep + tail);
            top = std::max(top, tail);
        }
        double head = kNegInf;
        if (top != kNegInf) {
            double s = 0.0;
            for (double t : terms)
                s += std::exp(t - top);
            if (i >= m)
                s += std::exp(tail - top);
            head = top + std::log(s);
        }
        g[size_t(i)] = head;
    }
    return g;
}

/** Linear-domain h ∗ f for a single-server station (demand already scaled). */
void convolveSingleLinear(std::vector<double> &g, double d)
{
    for (size_t n = 1; n < g.size(); ++n)
        g[n] += d * g[n - 1];
}

/**
 * Linear-domain h ∗ f for an m-server station (demand already scaled), O(N·m), into `g`. The head
 * (j < m) is added one factor at a time over the whole array: every g(i) gets its terms in the same
 * order as a per-i sum, but the updates of different i are independent, so the loop runs at memory
 * speed instead of waiting on one long chain of additions.
 */
void convolveMultiLinear(const std::vector<double> &h, double d, int m, std::vector<double> &g)
{
    const size_t size = h.size();
    const int n = int(size) - 1;
    g.assign(size, 0.0);
    const double *__restrict hp = h.data();
    double *__restrict gp = g.data();
    double f = 1.0; // f(j) = d^j / j! for j < m
    const int head = std::min(n, m - 1);
    for (int j = 0; j <= head; ++j) {
        if (j > 0)
            f *= d / j;
        for (size_t i = size_t(j); i < size; ++i)
            gp[i] += f * hp[i - size_t(j)];
    }
    if (n >= m) {
        // Beyond m servers f(j+1) = f(j)·d/m: T(i) = f(m)·h(i−m) + (d/m)·T(i−1).
        const double step = d / m;
        const double fm = f * step;
        double tail = 0.0;
        for (int i = m; i <= n; ++i) {
            tail = fm * hp[size_t(i - m)] + step * tail;
            gp[size_t(i)] += tail;
        }
    }
}

std::vector<double> convolveMultiLinear(const std::vector<double> &h, double d, int m)
{
    std::vector<double> g;
    convolveMultiLinear(h, d, m, g);
    return g;
}

/** True when every value is a positive normal double comfortably inside the range. */
bool wellScaled(const std::vector<double> &g)
{
    for (double v : g)
        if (!(v > 1e-280 && v < 1e280))
            return false;
    return true;
}

/**
 * The convolution of solveSingleClassExact in plain doubles, demands scaled by 1/c so that the
 * normalising constants stay near 1 (G'(n) = G(n)/cⁿ: a geometric scaling commutes with convolution). Every
 * step still adds positive terms only; returns false when the range check fails, and the caller
 * then uses the log-space version.
 */
bool convolutionLinear(const ClosedNetwork &net, double zt, const std::vector<int> &single, const std::vector<int> &multi,
                       ClosedDetail detail, ClosedSolution &sol)
{
    const int n = net.population[0];
    const int k = net.stations;
    double c = 0.0;
    double total = zt;
    for (int s = 0; s < k; ++s) {
        const double d = net.demand[size_t(s)];
        if (d <= 0.0 || net.servers[size_t(s)] == 0)
            continue;
        c = std::max(c, d / net.servers[size_t(s)]);
        total += d;
    }
    c = std::max(c, total / n);
    std::vector<double> base(size_t(n) + 1);
    base[0] = 1.0;
    for (int j = 1; j <= n; ++j)
        base[size_t(j)] = base[size_t(j) - 1] * ((zt / c) / j); // the division stays off the chain
    for (int s : single)
        convolveSingleLinear(base, net.demand[size_t(s)] / c);
    if (detail == ClosedDetail::Throughput) {
        std::vector<double> g = std::move(base), next;
        for (int s : multi) {
            convolveMultiLinear(g, net.demand[size_t(s)] / c, net.servers[size_t(s)], next);
            g.swap(next);
        }
        if (!wellScaled(g))
            return false;
        const double x = g[size_t(n) - 1] / g[size_t(n)] / c;
        sol.throughput = {x};
        return std::isfinite(x) && x > 0.0;
    }
    // G without each multi-server station, by halving (L·log₂L convolutions instead of L²): the
    // left half's arrays all contain the right half's factors and vice versa.
    std::vector<std::vector<double>> without(multi.size());
    auto convolveRange = [&](std::vector<double> g, size_t lo, size_t hi) {
        std::vector<double> next;
        for (size_t b = lo; b < hi; ++b) {
            convolveMultiLinear(g, net.demand[size_t(multi[b])] / c, net.servers[size_t(multi[b])], next);
            g.swap(next);
        }
        return g;
    };
    std::function<void(const std::vector<double> &, size_t, size_t)> leaveOneOut =
        [&](const std::vector<double> &h, size_t lo, size_t hi) {
            if (hi - lo == 1) {
                without[lo] = h;
                return;
            }
            const size_t mid = (lo + hi) / 2;
            leaveOneOut(convolveRange(h, mid, hi), lo, mid);
            leaveOneOut(convolveRange(h, lo, mid), mid, hi);
        };
    leaveOneOut(base, 0, multi.size());
    for (const std::vector<double> &w : without)
        if (!wellScaled(w))
            return false;
    // G itself: any G without one station times that station's factor; the one with the fewest servers is cheapest.
    size_t last = 0;
    for (size_t a = 1; a < multi.size(); ++a)
        if (net.servers[size_t(multi[a])] < net.servers[size_t(multi[last])])
            last = a;
    const std::vector<double> g = convolveMultiLinear(without[last], net.demand[size_t(multi[last])] / c, net.servers[size_t(multi[last])]);
    if (!wellScaled(g))
        return false;
    const double gN = g[size_t(n)];
    const double x = g[size_t(n) - 1] / gN / c;
    sol.throughput = {x};
    sol.queue.assign(size_t(k), 0.0);
    sol.residence.assign(size_t(k), 0.0);
    for (int s = 0; s < k; ++s)
        if (net.demand[size_t(s)] > 0.0 && net.servers[size_t(s)] == 0)
            sol.queue[size_t(s)] = x * net.demand[size_t(s)];
    for (int s : single) {
        const double d = net.demand[size_t(s)] / c;
        double q = 0.0, pw = 1.0;
        for (int j = 1; j <= n; ++j) {
            pw *= d;
            q += pw * g[size_t(n - j)];
        }
        sol.queue[size_t(s)] = q / gN;
    }
    for (size_t a = 0; a < multi.size(); ++a) {
        const int s = multi[a];
        const int m = net.servers[size_t(s)];
        const double d = net.demand[size_t(s)] / c;
        // f(j) = d^j / Π min(i, m): a division per step up to m, then the constant ratio d/m.
        const double *w = without[a].data();
        const double step = d / m;
        double q = 0.0, f = 1.0;
        const int head = std::min(n, m);
        for (int j = 1; j <= head; ++j) {
            f *= d / j;
            q += double(j) * f * w[n - j];
        }
        for (int j = head + 1; j <= n; ++j) {
            f *= step;
            q += double(j) * f * w[n - j];
        }
        sol.queue[size_t(s)] = q / gN;
    }
    for (int s = 0; s < k; ++s)
        sol.residence[size_t(s)] = sol.queue[size_t(s)] / x;
    return std::isfinite(x) && x > 0.0;
}

/** True when some station has at least as many servers as there are users (see withoutIdleServers). */
bool hasIdleServers(const ClosedNetwork &net)
{
    int users = 0;
    for (int n : net.population)
        users += n;
    return std::any_of(net.servers.begin(), net.servers.end(), [users](int m) { return m > 1 && m >= users; });
}

/**
 * Returns the network with every station of at least as many servers as there are users turned
 * into a delay station: min(j, m) = j for every reachable j, so the results are identical, and the
 * exact methods never iterate over more servers than users.
 */
ClosedNetwork withoutIdleServers(const ClosedNetwork &net)
{
    int users = 0;
    for (int n : net.population)
        users += n;
    ClosedNetwork out = net;
    for (int &m : out.servers)
        if (m > 1 && m >= users)
            m = 0;
    return out;
}

void plainMva(const ClosedNetwork &net, ClosedSolution &sol)
{
    const int k = net.stations;
    const int n = net.population[0];
    const double z = net.thinkTime[0];
    std::vector<double> q(static_cast<size_t>(k), 0.0), r(size_t(k), 0.0);
    double x = 0.0;
    for (int pop = 1; pop <= n; ++pop) {
        double total = z;
        for (int s = 0; s < k; ++s) {
            const double d = net.demand[size_t(s)];
            r[size_t(s)] = net.servers[size_t(s)] == 0 ? d : d * (1.0 + q[size_t(s)]);
            total += r[size_t(s)];
        }
        x = double(pop) / total;
        for (int s = 0; s < k; ++s)
            q[size_t(s)] = x * r[size_t(s)];
    }
    sol.throughput = {x};
    sol.residence = r;
    sol.queue = q;
}

} // namespace

ClosedSolution solveSingleClassExact(const ClosedNetwork &input, ClosedDetail detail)
{
    // Copies the network only when a station changes (most solves of a sweep keep every station).
    std::optional<ClosedNetwork> reduced;
    if (hasIdleServers(input))
        reduced = withoutIdleServers(input);
    const ClosedNetwork &net = reduced ? *reduced : input;
    ClosedSolution sol;
    const int k = net.stations;
    const int n = net.population[0];
    bool loadDependent = false;
    for (int s = 0; s < k; ++s)
        if (net.servers[size_t(s)] > 1 && net.demand[size_t(s)] > 0.0)
            loadDependent = true;
    if (!loadDependent || n <= 0) {
        plainMva(net, sol);
        return sol;
    }

    // Convolution (Buzen 1973): G = f_delay ∗ f_1 ∗ … ∗ f_K, in log space.
    // All delay stations and the think time merge into one infinite-server factor Zt^j / j!.
    double zt = net.thinkTime[0];
    std::vector<int> single, multi;
    for (int s = 0; s < k; ++s) {
        const double d = net.demand[size_t(s)];
        if (d <= 0.0)
            continue;
        if (net.servers[size_t(s)] == 0)
            zt += d;
        else if (net.servers[size_t(s)] == 1)
            single.push_back(s);
        else
            multi.push_back(s);
    }
    if (convolutionLinear(net, zt, single, multi, detail, sol))
        return sol;
    std::vector<double> base(static_cast<size_t>(n) + 1, kNegInf);
    base[0] = 0.0;
    if (zt > 0.0) {
        const double lnZ = std::log(zt);
        for (int j = 1; j <= n; ++j)
            base[size_t(j)] = double(j) * lnZ - std::lgamma(double(j) + 1.0);
    }
    for (int s : single)
        base = convolveSingle(base, std::log(net.demand[size_t(s)]));
    if (detail == ClosedDetail::Throughput) {
        for (int s : multi)
            base = convolveMulti(base, net.demand[size_t(s)], net.servers[size_t(s)]);
        sol.throughput = {std::exp(base[size_t(n) - 1] - base[size_t(n)])};
        return sol;
    }

    // G without station k, for every multi-server station k (needed for its marginal probabilities).
    std::vector<std::vector<double>> without(multi.size());
    for (size_t a = 0; a < multi.size(); ++a) {
        std::vector<double> g = base;
        for (size_t b = 0; b < multi.size(); ++b)
            if (b != a)
                g = convolveMulti(g, net.demand[size_t(multi[b])], net.servers[size_t(multi[b])]);
        without[a] = std::move(g);
    }
    const std::vector<double> g = convolveMulti(without[0], net.demand[size_t(multi[0])], net.servers[size_t(multi[0])]);
    const double lgN = g[size_t(n)];
    const double x = std::exp(g[size_t(n) - 1] - lgN);

    sol.throughput = {x};
    sol.queue.assign(size_t(k), 0.0);
    sol.residence.assign(size_t(k), 0.0);
    for (int s = 0; s < k; ++s) {
        const double d = net.demand[size_t(s)];
        if (d > 0.0 && net.servers[size_t(s)] == 0)
            sol.queue[size_t(s)] = x * d;
    }
    // Single server: P(n_i ≥ j) = D_i^j G(N−j) / G(N), so Q_i = Σ_j D_i^j G(N−j) / G(N).
    for (int s : single) {
        const double lnD = std::log(net.demand[size_t(s)]);
        double q = 0.0;
        for (int j = 1; j <= n; ++j)
            q += std::exp(double(j) * lnD + g[size_t(n - j)] - lgN);
        sol.queue[size_t(s)] = q;
    }
    // Multi-server: p_k(j) = f_k(j) G_{−k}(N−j) / G(N), Q_k = Σ_j j p_k(j).
    for (size_t a = 0; a < multi.size(); ++a) {
        const int s = multi[a];
        const std::vector<double> lf = multiServerFactor(net.demand[size_t(s)], net.servers[size_t(s)], n);
        double q = 0.0;
        for (int j = 1; j <= n; ++j)
            q += double(j) * std::exp(lf[size_t(j)] + without[a][size_t(n - j)] - lgN);
        sol.queue[size_t(s)] = q;
    }
    for (int s = 0; s < k; ++s)
        sol.residence[size_t(s)] = sol.queue[size_t(s)] / x;
    return sol;
}

namespace {

/**
 * The population lattice of a multi-class closed network with mixed-radix indices
 * idx = Σ_c n_c·stride_c; n − e_c has the smaller index idx − stride_c, so one forward pass
 * sees every predecessor first.
 */
struct Lattice {
    int classes = 0;
    std::vector<int> population;
    std::vector<long long> stride;
    long long size = 1;

    explicit Lattice(const std::vector<int> &n) : classes(int(n.size())), population(n)
    {
        for (int c = 0; c < classes; ++c) {
            stride.push_back(size);
            size *= (n[size_t(c)] + 1);
        }
    }

    /** Calls fn(idx, digits) for every state in increasing index order. */
    template<typename Fn>
    void forEach(Fn fn) const
    {
        std::vector<int> digits(size_t(classes), 0);
        for (long long idx = 0; idx < size; ++idx) {
            fn(idx, digits);
            for (int c = 0; c < classes; ++c) {
                if (++digits[size_t(c)] <= population[size_t(c)])
                    break;
                digits[size_t(c)] = 0;
            }
        }
    }

    long long full() const { return size - 1; }
};

/** out(n) = Σ_c d_c · in(n − e_c)  (the shift operator T of a station, in generating-function terms y·). */
std::vector<double> shift(const Lattice &l, const std::vector<double> &in, const std::vector<double> &d, double factor)
{
    std::vector<double> out(in.size(), 0.0);
    l.forEach([&](long long idx, const std::vector<int> &n) {
        double s = 0.0;
        for (int c = 0; c < l.classes; ++c)
            if (n[size_t(c)] > 0)
                s += d[size_t(c)] * in[size_t(idx - l.stride[size_t(c)])];
        out[size_t(idx)] = s * factor;
    });
    return out;
}

/** In place: a(n) += r · Σ_c d_c · a(n − e_c), i.e. a ← (1 − r·T)⁻¹ a. */
void geometric(const Lattice &l, std::vector<double> &a, const std::vector<double> &d, double r)
{
    l.forEach([&](long long idx, const std::vector<int> &n) {
        double s = 0.0;
        for (int c = 0; c < l.classes; ++c)
            if (n[size_t(c)] > 0)
                s += d[size_t(c)] * a[size_t(idx - l.stride[size_t(c)])];
        a[size_t(idx)] += r * s;
    });
}

/**
 * h ∗ f for an m-server station with the same time per visit for every class. Its factor's
 * generating function is φ(y) = Σ_{j<m} y^j/j! + (y^m/m!)/(1 − y/m) with y = Σ_c D_ck·x_c
 * (BCMP 1975), so h ∗ f = Σ_{j<m} T^j h/j! + (1 − T/m)⁻¹ T^m h/m!: m shifts and one geometric
 * pass, all terms positive.
 */
std::vector<double> convolveLoadDependent(const Lattice &l, const std::vector<double> &h, const std::vector<double> &d, int m)
{
    std::vector<double> acc = h, term = h;
    for (int j = 1; j < m; ++j) {
        term = shift(l, term, d, 1.0 / j);
        for (size_t i = 0; i < acc.size(); ++i)
            acc[i] += term[i];
    }
    std::vector<double> tail = shift(l, term, d, 1.0 / m); // T^m h / m!
    geometric(l, tail, d, 1.0 / m);
    for (size_t i = 0; i < acc.size(); ++i)
        acc[i] += tail[i];
    return acc;
}

bool inRange(const std::vector<double> &a)
{
    for (double v : a)
        if (!(v >= 0.0 && v < 1e280))
            return false;
    return true;
}

/**
 * Exact multi-class solution by the convolution algorithm over the population lattice (Buzen
 * 1973 generalised to several classes; factors of BCMP 1975), used when multi-server stations
 * serve every class with the same time per visit. Only positive terms are added, so it stays
 * exact where the marginal-probability recursion of Reiser & Lavenberg loses precision. Demands
 * are scaled per class by 1/s_c (G'(n) = G(n)/Π s_c^{n_c}); returns false when the scaled
 * constants leave the double range or the work would exceed about 4·10⁸ operations.
 */
bool multiClassConvolution(const ClosedNetwork &net, ClosedSolution &sol)
{
    const int kk = net.stations;
    const int cc = net.classes;
    const Lattice l(net.population);
    std::vector<int> single, multi;
    std::vector<double> zt(size_t(cc), 0.0), scale(size_t(cc), 0.0);
    for (int c = 0; c < cc; ++c) {
        zt[size_t(c)] = net.thinkTime[size_t(c)];
        double total = net.thinkTime[size_t(c)];
        for (int k = 0; k < kk; ++k) {
            const double d = net.demand[size_t(c * kk + k)];
            if (d <= 0.0)
                continue;
            total += d;
            if (net.servers[size_t(k)] == 0)
                zt[size_t(c)] += d;
            else
                scale[size_t(c)] = std::max(scale[size_t(c)], d / net.servers[size_t(k)]);
        }
        scale[size_t(c)] = std::max(scale[size_t(c)], total / net.population[size_t(c)]);
    }
    double msum = 0.0;
    for (int k = 0; k < kk; ++k) {
        bool used = false;
        for (int c = 0; c < cc; ++c)
            used = used || net.demand[size_t(c * kk + k)] > 0.0;
        if (!used || net.servers[size_t(k)] == 0)
            continue;
        if (net.servers[size_t(k)] == 1)
            single.push_back(k);
        else {
            multi.push_back(k);
            msum += net.servers[size_t(k)] + 3;
        }
    }
    const double work = double(l.size) * cc * (2.0 * single.size() + (double(multi.size()) + 1.0) * msum);
    if (work > 4e8)
        return false;
    auto scaled = [&](int k) {
        std::vector<double> d(static_cast<size_t>(cc));
        for (int c = 0; c < cc; ++c)
            d[size_t(c)] = net.demand[size_t(c * kk + k)] / scale[size_t(c)];
        return d;
    };
    // All delay stations and think times: Π_c (Zt_c/s_c)^{n_c} / n_c!.
    std::vector<double> base(size_t(l.size), 0.0);
    base[0] = 1.0;
    l.forEach([&](long long idx, const std::vector<int> &n) {
        for (int c = 0; c < cc; ++c)
            if (n[size_t(c)] > 0) {
                base[size_t(idx)] = base[size_t(idx - l.stride[size_t(c)])] * (zt[size_t(c)] / scale[size_t(c)]) / n[size_t(c)];
                break;
            }
    });
    for (int k : single)
        geometric(l, base, scaled(k), 1.0);
    std::vector<std::vector<double>> without(multi.size());
    for (size_t a = 0; a < multi.size(); ++a) {
        std::vector<double> g = base;
        for (size_t b = 0; b < multi.size(); ++b)
            if (b != a)
                g = convolveLoadDependent(l, g, scaled(multi[b]), net.servers[size_t(multi[b])]);
        if (!inRange(g))
            return false;
        without[a] = std::move(g);
    }
    const std::vector<double> g = multi.empty() ? base
                                                : convolveLoadDependent(l, without[0], scaled(multi[0]), net.servers[size_t(multi[0])]);
    if (!inRange(g))
        return false;
    const long long top = l.full();
    const double gN = g[size_t(top)];
    if (!(gN > 1e-280))
        return false;
    sol.throughput.assign(size_t(cc), 0.0);
    for (int c = 0; c < cc; ++c)
        sol.throughput[size_t(c)] = g[size_t(top - l.stride[size_t(c)])] / gN / scale[size_t(c)];
    sol.queue.assign(size_t(cc * kk), 0.0);
    sol.residence.assign(size_t(cc * kk), 0.0);
    for (int k = 0; k < kk; ++k)
        if (net.servers[size_t(k)] == 0)
            for (int c = 0; c < cc; ++c)
                sol.queue[size_t(c * kk + k)] = sol.throughput[size_t(c)] * net.demand[size_t(c * kk + k)];
    // Single server: Q_ck = D_ck · [G ∗ (1 − T_k)⁻¹](N − e_c) / G(N).
    for (int k : single) {
        const std::vector<double> d = scaled(k);
        std::vector<double> gp = g;
        geometric(l, gp, d, 1.0);
        for (int c = 0; c < cc; ++c)
            sol.queue[size_t(c * kk + k)] = d[size_t(c)] * gp[size_t(top - l.stride[size_t(c)])] / gN;
    }
    // m servers: Q_ck = D_ck · [G_{−k} ∗ φ'(T)](N − e_c) / G(N), with
    // φ'(y) = Σ_{j≤m−2} y^j/j! + (y^{m−1}/(m−1)!)/(1 − y/m) + (y^m/(m!·m))/(1 − y/m)².
    for (size_t a = 0; a < multi.size(); ++a) {
        const int k = multi[a];
        const int m = net.servers[size_t(k)];
        const std::vector<double> d = scaled(k);
        std::vector<double> acc(size_t(l.size), 0.0), term = without[a];
        for (int j = 0; j <= m - 2; ++j) {
            if (j > 0)
                term = shift(l, term, d, 1.0 / j);
            for (size_t i = 0; i < acc.size(); ++i)
                acc[i] += term[i];
        }
        if (m >= 2)
            term = shift(l, term, d, 1.0 / (m - 1)); // T^{m−1} G_{−k} / (m−1)!
        std::vector<double> b1 = term;
        geometric(l, b1, d, 1.0 / m);
        std::vector<double> b2 = shift(l, term, d, 1.0 / (double(m) * m)); // T^m G_{−k} / (m!·m)
        geometric(l, b2, d, 1.0 / m);
        geometric(l, b2, d, 1.0 / m);
        for (int c = 0; c < cc; ++c) {
            const size_t at = size_t(top - l.stride[size_t(c)]);
            sol.queue[size_t(c * kk + k)] = d[size_t(c)] * (acc[at] + b1[at] + b2[at]) / gN;
        }
    }
    for (int c = 0; c < cc; ++c)
        for (int k = 0; k < kk; ++k)
            sol.residence[size_t(c * kk + k)] = sol.queue[size_t(c * kk + k)] / sol.throughput[size_t(c)];
    for (double v : sol.queue)
        if (!std::isfinite(v))
            return false;
    return true;
}

} // namespace

Result<ClosedSolution> solveMultiClassExact(const ClosedNetwork &input)
{
    const ClosedNetwork net = withoutIdleServers(input);
    const int kk = net.stations;
    const int cc = net.classes;
    if (cc > kExactMaxClasses)
        return fail(QString(), QStringLiteral("exact MVA is limited to %1 closed classes, the model has %2")
                                   .arg(kExactMaxClasses).arg(cc));
    long long lattice = 1;
    for (int c = 0; c < cc; ++c) {
        lattice *= (net.population[size_t(c)] + 1);
        if (lattice > kExactLatticeBound)
            return fail(QString(), QStringLiteral("exact MVA is limited to a population lattice of %1 states "
                                                  "(Π (N_c + 1)); this model exceeds it")
                                       .arg(kExactLatticeBound));
    }
    ClosedSolution sol;

    // Station treatment: delay, single server, exact load-dependent, or Seidmann (flagged).
    enum Kind { Delay, Single, LoadDependent, Seidmann };
    std::vector<Kind> kind(static_cast<size_t>(kk));
    std::vector<int> ldOffset(static_cast<size_t>(kk), -1);
    int ldWidth = 0;
    for (int k = 0; k < kk; ++k) {
        const int m = net.servers[size_t(k)];
        if (m == 0) {
            kind[size_t(k)] = Delay;
        } else if (m == 1) {
            kind[size_t(k)] = Single;
        } else {
            double s0 = -1.0;
            bool same = true;
            for (int c = 0; c < cc; ++c) {
                if (net.demand[size_t(c * kk + k)] <= 0.0)
                    continue;
                const double s = net.serviceTime[size_t(c * kk + k)];
                if (s0 < 0.0)
                    s0 = s;
                else if (std::abs(s - s0) > 1e-12 * std::max(s, s0))
                    same = false;
            }
            kind[size_t(k)] = same ? LoadDependent : Seidmann;
            if (same) {
                ldOffset[size_t(k)] = ldWidth;
                ldWidth += m;
            } else {
                sol.approximate = true;
                sol.notes << QStringLiteral("station %1: classes with different service times on %2 servers: "
                                            "Seidmann's multi-server approximation")
                                 .arg(k < net.stationIds.size() ? net.stationIds[k] : QString::number(k)).arg(m);
            }
        }
    }

    // Load-dependent stations only (no Seidmann): the convolution over the lattice is exact and
    // stable; the marginal-probability recursion below is the fallback.
    if (ldWidth > 0 && !sol.approximate) {
        ClosedSolution conv;
        if (multiClassConvolution(net, conv))
            return conv;
    }

    // Mixed-radix index of the lattice; states grouped by level |n|.
    std::vector<long long> stride(static_cast<size_t>(cc));
    long long total = 1;
    for (int c = 0; c < cc; ++c) {
        stride[size_t(c)] = total;
        total *= (net.population[size_t(c)] + 1);
    }
    int levels = 0;
    for (int c = 0; c < cc; ++c)
        levels += net.population[size_t(c)];
    std::vector<std::vector<int>> byLevel(static_cast<size_t>(levels) + 1);
    std::vector<int> slot(static_cast<size_t>(total));
    for (long long idx = 0; idx < total; ++idx) {
        int level = 0;
        long long rest = idx;
        for (int c = 0; c < cc; ++c) {
            level += int(rest % (net.population[size_t(c)] + 1));
            rest /= (net.population[size_t(c)] + 1);
        }
        slot[size_t(idx)] = int(byLevel[size_t(level)].size());
        byLevel[size_t(level)].push_back(int(idx));
    }

    const size_t width = size_t(kk + ldWidth); // per state: Q_k, then p_k(0…m−1) of each ld station
    size_t widest = 0;
    for (const std::vector<int> &level : byLevel)
        widest = std::max(widest, level.size());
    if (double(widest) * double(width) > 3e7)
        return fail(QString(), QStringLiteral("exact MVA would keep %1 numbers per population level (limit 3·10⁷)")
                                   .arg(double(widest) * double(width), 0, 'g', 3));
    std::vector<double> prev(width, 0.0), cur;
    for (int k = 0; k < kk; ++k)
        if (ldOffset[size_t(k)] >= 0)
            prev[size_t(kk + ldOffset[size_t(k)])] = 1.0; // p_k(0 | 0) = 1
    std::vector<double> r(size_t(cc * kk), 0.0), x(size_t(cc), 0.0);
    std::vector<int> n(static_cast<size_t>(cc));
    bool unstable = false;
    for (int level = 1; level <= levels; ++level) {
        const std::vector<int> &states = byLevel[size_t(level)];
        cur.assign(states.size() * width, 0.0);
        for (size_t si = 0; si < states.size(); ++si) {
            long long rest = states[si];
            for (int c = 0; c < cc; ++c) {
                n[size_t(c)] = int(rest % (net.population[size_t(c)] + 1));
                rest /= (net.population[size_t(c)] + 1);
            }
            double *out = &cur[si * width];
            for (int c = 0; c < cc; ++c) {
                x[size_t(c)] = 0.0;
                if (n[size_t(c)] == 0)
                    continue;
                const double *p = &prev[size_t(slot[size_t(states[si] - stride[size_t(c)])]) * width];
                double sum = net.thinkTime[size_t(c)];
                for (int k = 0; k < kk; ++k) {
                    const double d = net.demand[size_t(c * kk + k)];
                    double rk = 0.0;
                    if (d > 0.0) {
                        const int m = net.servers[size_t(k)];
                        switch (kind[size_t(k)]) {
                        case Delay: rk = d; break;
                        case Single: rk = d * (1.0 + p[k]); break;
                        case Seidmann: rk = d / m * (1.0 + p[k]) + d * (m - 1) / m; break;
                        case LoadDependent: {
                            const double *pk = p + kk + ldOffset[size_t(k)];
                            double corr = 0.0;
                            for (int j = 0; j <= m - 2; ++j)
                                corr += double(m - 1 - j) * pk[j];
                            rk = d / m * (1.0 + p[k] + corr);
                            break;
                        }
                        }
                    }
                    r[size_t(c * kk + k)] = rk;
                    sum += rk;
                }
                x[size_t(c)] = n[size_t(c)] / sum;
            }
            for (int k = 0; k < kk; ++k) {
                double q = 0.0;
                for (int c = 0; c < cc; ++c)
                    if (n[size_t(c)] > 0)
                        q += x[size_t(c)] * r[size_t(c * kk + k)];
                out[k] = q;
                if (ldOffset[size_t(k)] < 0)
                    continue;
                // Marginals: p(j|n) = (1/j) Σ_c D_ck X_c p(j−1|n−e_c), j = 1…m−1; p(0|n) from
                // Σ_j min(j, m) p(j|n) = Σ_c D_ck X_c (Reiser & Lavenberg 1980).
                const int m = net.servers[size_t(k)];
                double *pk = out + kk + ldOffset[size_t(k)];
                double busy = 0.0;
                for (int c = 0; c < cc; ++c) {
                    if (n[size_t(c)] == 0)
                        continue;
                    const double dx = net.demand[size_t(c * kk + k)] * x[size_t(c)];
                    busy += dx;
                    const double *pp = &prev[size_t(slot[size_t(states[si] - stride[size_t(c)])]) * width] + kk
                                       + ldOffset[size_t(k)];
                    for (int j = 1; j < m; ++j)
                        pk[j] += dx * pp[j - 1] / j;
                }
                double p0 = m - busy;
                for (int j = 1; j < m; ++j)
                    p0 -= double(m - j) * pk[j];
                p0 /= m;
                if (p0 < -1e-9)
                    unstable = true;
                pk[0] = p0;
            }
        }
        prev.swap(cur);
    }
    if (unstable)
        return fail(QString(), QStringLiteral("the load-dependent marginal probabilities lost precision "
                                              "(a probability below −1e-9)"));
    // prev holds the single state of the top level: the full population.
    sol.throughput = x;
    sol.residence = r;
    sol.queue.assign(size_t(cc * kk), 0.0);
    for (int c = 0; c < cc; ++c)
        for (int k = 0; k < kk; ++k)
            sol.queue[size_t(c * kk + k)] = x[size_t(c)] * r[size_t(c * kk + k)];
    return sol;
}

ClosedSolution solveSchweitzer(const ClosedNetwork &net)
{
    const int kk = net.stations;
    const int cc = net.classes;
    ClosedSolution sol;
    sol.approximate = true;
    std::vector<double> q(size_t(cc * kk), 0.0), r(size_t(cc * kk), 0.0), x(size_t(cc), 0.0), qk(size_t(kk), 0.0);
    for (int c = 0; c < cc; ++c) {
        int visited = 0;
        for (int k = 0; k < kk; ++k)
            if (net.demand[size_t(c * kk + k)] > 0.0)
                ++visited;
        for (int k = 0; k < kk; ++k)
            if (net.demand[size_t(c * kk + k)] > 0.0)
                q[size_t(c * kk + k)] = double(net.population[size_t(c)]) / visited;
    }
    int it = 0;
    bool converged = false;
    bool seidmann = false;
    for (; it < kSchweitzerMaxIterations && !converged; ++it) {
        std::fill(qk.begin(), qk.end(), 0.0);
        for (int c = 0; c < cc; ++c)
            for (int k = 0; k < kk; ++k)
                qk[size_t(k)] += q[size_t(c * kk + k)];
        for (int c = 0; c < cc; ++c) {
            const double nc = net.population[size_t(c)];
            double sum = net.thinkTime[size_t(c)];
            for (int k = 0; k < kk; ++k) {
                const double d = net.demand[size_t(c * kk + k)];
                double rk = 0.0;
                if (d > 0.0) {
                    const int m = net.servers[size_t(k)];
                    // Schweitzer: Q_k(N − e_c) ≈ Q_k(N) − Q_ck(N)/N_c.
                    const double seen = qk[size_t(k)] - q[size_t(c * kk + k)] / nc;
                    if (m == 0) {
                        rk = d;
                    } else if (m == 1) {
                        rk = d * (1.0 + seen);
                    } else {
                        seidmann = true;
                        rk = d / m * (1.0 + seen) + d * (m - 1) / m;
                    }
                }
                r[size_t(c * kk + k)] = rk;
                sum += rk;
            }
            x[size_t(c)] = nc / sum;
        }
        double change = 0.0;
        for (int c = 0; c < cc; ++c)
            for (int k = 0; k < kk; ++k) {
                const double nq = x[size_t(c)] * r[size_t(c * kk + k)];
                change = std::max(change, std::abs(nq - q[size_t(c * kk + k)]) / net.population[size_t(c)]);
                q[size_t(c * kk + k)] = nq;
            }
        converged = change < kSchweitzerTolerance;
    }
    sol.throughput = x;
    sol.residence = r;
    sol.queue = q;
    sol.notes << QStringLiteral("Bard–Schweitzer approximate MVA: %1 after %2 iterations (tolerance %3)")
                     .arg(converged ? QStringLiteral("converged") : QStringLiteral("NOT converged"))
                     .arg(it)
                     .arg(kSchweitzerTolerance);
    if (seidmann)
        sol.notes << QStringLiteral("multi-server stations: Seidmann's approximation (one server with D/m "
                                    "plus a delay D·(m−1)/m)");
    return sol;
}

} // namespace hostreview::core::solver
