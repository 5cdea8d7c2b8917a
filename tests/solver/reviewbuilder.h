#pragma once

// Small hand-made Reviews for the solver tests (no JSON codec involved).

#include "core/model/review.h"

#include <initializer_list>
#include <optional>
#include <utility>

namespace hostreview::tests {

inline core::Station queue(const QString &id, int servers = 1)
{
    core::Station s;
    s.id = id;
    s.name = id;
    s.discipline = core::Discipline::Queue;
    s.servers = servers;
    return s;
}

inline core::Station delay(const QString &id)
{
    core::Station s = queue(id);
    s.discipline = core::Discipline::Delay;
    return s;
}

inline core::Demand demand(const QString &station, double serviceTime, std::optional<double> visits = 1.0)
{
    core::Demand d;
    d.station = station;
    d.serviceTime = serviceTime;
    d.visits = visits;
    return d;
}

inline core::WorkloadClass openClass(const QString &id, double rate, std::vector<core::Demand> demands,
                                     const QString &entry = QString())
{
    core::WorkloadClass c;
    c.id = id;
    c.name = id;
    c.type = core::ClassType::Open;
    c.arrivalRate = rate;
    c.entry = entry;
    c.demands = std::move(demands);
    return c;
}

inline core::WorkloadClass closedClass(const QString &id, int population, double think, std::vector<core::Demand> demands,
                                       const QString &entry = QString())
{
    core::WorkloadClass c;
    c.id = id;
    c.name = id;
    c.type = core::ClassType::Closed;
    c.population = population;
    c.thinkTime = think;
    c.entry = entry;
    c.demands = std::move(demands);
    return c;
}

inline core::Link link(const QString &from, const QString &to, std::initializer_list<std::pair<QString, double>> calls)
{
    core::Link l;
    l.from = from;
    l.to = to;
    for (const auto &[c, v] : calls)
        l.calls.insert(c, v);
    return l;
}

/** Relative agreement |a − b| ≤ tol·max(1e-300, |b|). */
inline bool near(double a, double b, double tol = 1e-9)
{
    return std::abs(a - b) <= tol * std::max(std::abs(b), 1e-300);
}

} // namespace hostreview::tests
