#pragma once

// Small builders for hand-made reviews and a rule set holding only the shipped rules a test needs.
#include "core/findings/findings.h"
#include "core/model/stationkinds.h"

#include <QTest>

namespace hostreview::findingstest {

using namespace hostreview::core;
using namespace hostreview::core::findings;

inline Station station(const QString &kind, const QString &id, int servers, const QJsonObject &props = {},
                       const QString &zone = {}, const QString &tenant = {})
{
    Station s = makeStation(kind, id, id);
    s.servers = servers;
    for (auto it = props.constBegin(); it != props.constEnd(); ++it)
        s.properties.insert(it.key(), it.value());
    s.zone = zone;
    s.tenant = tenant;
    return s;
}

/** An open class with explicit visits of 1 at each (station, service time) pair. */
inline WorkloadClass openClass(const QString &id, double rate, const std::vector<std::pair<QString, double>> &demands,
                               std::optional<double> target = std::nullopt)
{
    WorkloadClass c;
    c.id = id;
    c.name = id;
    c.type = ClassType::Open;
    c.arrivalRate = rate;
    for (const auto &[st, s] : demands)
        c.demands.push_back(Demand{st, 1.0, s, {}});
    if (!demands.empty())
        c.entry = demands.front().first;
    c.targetResponseTime = target;
    return c;
}

inline Link link(const QString &from, const QString &to) { return Link{from, to, {}, {}}; }

inline Profile profile(const QString &classId, int bucketMinutes, std::vector<double> m)
{
    Profile p;
    p.classId = classId;
    p.bucketMinutes = bucketMinutes;
    p.multipliers = std::move(m);
    return p;
}

/** The shipped rules file, reduced to the named rules. */
inline RuleSet shippedRules(const QStringList &ids)
{
    const Result<RuleSet> all = loadRules(defaultRulesPath());
    if (!all)
        qFatal("%s", qPrintable(all.error().toString()));
    RuleSet out;
    for (const QString &id : ids) {
        const Rule *r = all->rule(id);
        if (!r)
            qFatal("no rule %s in the shipped rules file", qPrintable(id));
        out.rules.push_back(*r);
    }
    return out;
}

inline std::vector<Finding> run(const Review &review, const QStringList &ruleIds, const EngineOptions &options = {})
{
    const Result<FindingsResult> r = evaluate(review, shippedRules(ruleIds), options);
    if (!r)
        qFatal("evaluate failed: %s", qPrintable(r.error().toString()));
    return r->findings;
}

inline const Finding *byRule(const std::vector<Finding> &findings, const QString &ruleId)
{
    for (const Finding &f : findings)
        if (f.ruleId == ruleId)
            return &f;
    return nullptr;
}

inline int countRule(const std::vector<Finding> &findings, const QString &ruleId)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.ruleId == ruleId ? 1 : 0;
    return n;
}

} // namespace hostreview::findingstest
