#include "syntheticmodel.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace hostreview::core::solver {

Review syntheticReview(const SyntheticSpec &spec)
{
    std::mt19937 rng(spec.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto uniform = [&](double lo, double hi) { return lo + (hi - lo) * unit(rng); };
    Review r;
    r.name = QStringLiteral("synthetic %1").arg(spec.seed);
    const int kk = std::max(1, spec.stations);
    for (int k = 0; k < kk; ++k) {
        Station s;
        s.id = QStringLiteral("s%1").arg(k);
        s.name = s.id;
        s.discipline = (k > 0 && unit(rng) < spec.delayShare) ? Discipline::Delay : Discipline::Queue;
        s.servers = 1 + int(unit(rng) * spec.maxServers) % std::max(1, spec.maxServers);
        r.stations.push_back(s);
    }
    const int perClass = spec.demandsPerClass > 0 ? std::min(spec.demandsPerClass, kk) : kk;
    std::vector<int> order(static_cast<size_t>(kk));
    std::iota(order.begin(), order.end(), 0);
    auto addClass = [&](const QString &id, bool closed) {
        WorkloadClass c;
        c.id = id;
        c.name = id;
        c.type = closed ? ClassType::Closed : ClassType::Open;
        if (closed) {
            c.population = spec.population;
            c.thinkTime = uniform(0.5, 5.0);
        } else {
            c.arrivalRate = 1.0;
        }
        std::shuffle(order.begin() + 1, order.end(), rng);
        std::vector<int> visited(order.begin(), order.begin() + perClass);
        std::sort(visited.begin(), visited.end());
        for (int k : visited) {
            Demand d;
            d.station = r.stations[size_t(k)].id;
            d.serviceTime = uniform(0.001, 0.05);
            if (!spec.useLinks)
                d.visits = uniform(0.5, 3.0);
            c.demands.push_back(d);
        }
        if (spec.useLinks) {
            c.entry = r.stations[size_t(visited.front())].id;
            // A forward chain with branches and a damped retry loop at every visited station.
            for (size_t i = 0; i + 1 < visited.size(); ++i) {
                const QString from = r.stations[size_t(visited[i])].id;
                const QString to = r.stations[size_t(visited[i + 1])].id;
                Link *l = nullptr;
                for (Link &x : r.links)
                    if (x.from == from && x.to == to)
                        l = &x;
                if (!l) {
                    r.links.push_back(Link{from, to, {}, {}});
                    l = &r.links.back();
                }
                l->calls.insert(id, uniform(0.5, 2.0));
            }
        }
        r.classes.push_back(c);
    };
    for (int i = 0; i < spec.openClasses; ++i)
        addClass(QStringLiteral("o%1").arg(i), false);
    for (int i = 0; i < spec.closedClasses; ++i)
        addClass(QStringLiteral("c%1").arg(i), true);

    // Scale open rates: every open class gets the same rate λ so that max_k U_k = target.
    std::vector<double> u(size_t(kk), 0.0);
    for (const WorkloadClass &c : r.classes) {
        if (c.type != ClassType::Open)
            continue;
        for (const Demand &d : c.demands) {
            const int k = r.stationIndex(d.station);
            u[size_t(k)] += d.visits.value_or(1.0) * d.serviceTime / r.stations[size_t(k)].servers;
        }
    }
    double umax = 0.0;
    for (int k = 0; k < kk; ++k)
        if (r.stations[size_t(k)].discipline == Discipline::Queue)
            umax = std::max(umax, u[size_t(k)]);
    if (spec.useLinks)
        umax *= 20.0; // derived visits are larger than 1; keep well clear of saturation
    for (WorkloadClass &c : r.classes)
        if (c.type == ClassType::Open && umax > 0.0)
            c.arrivalRate = spec.targetUtilization / umax;

    if (spec.buckets > 0) {
        for (const WorkloadClass &c : r.classes) {
            Profile p;
            p.classId = c.id;
            p.bucketMinutes = 1440 / spec.buckets;
            const double phase = uniform(0.0, 0.2);
            for (int b = 0; b < spec.buckets; ++b) {
                const double t = double(b) / spec.buckets;
                p.multipliers.push_back(0.2 + 1.2 * std::pow(std::sin(M_PI * std::clamp(t - 0.25 + phase, 0.0, 0.5) / 0.5), 2.0));
            }
            r.profiles.push_back(p);
        }
    }
    for (int s = 0; s < spec.scenarios; ++s) {
        Scenario sc;
        sc.id = QStringLiteral("scenario-%1").arg(s);
        sc.name = sc.id;
        for (const WorkloadClass &c : r.classes)
            sc.classScale.insert(c.id, uniform(0.8, 1.3));
        const int k = int(unit(rng) * kk) % kk;
        if (r.stations[size_t(k)].discipline == Discipline::Queue)
            sc.stationOverrides.insert(r.stations[size_t(k)].id,
                                       QJsonObject{{QStringLiteral("servers"), r.stations[size_t(k)].servers + 1}});
        r.scenarios.push_back(sc);
    }
    return r;
}

} // namespace hostreview::core::solver
