// The findings engine: names, helpers, the solver-driven and checklist conditions, and evaluate().
#include "enginedetail.h"
#include "findings.h"
#include "rulesdetail.h"

#include "../log.h"
#include "../model/stationkinds.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <exception>

namespace hostreview::core::findings {

// ---------------------------------------------------------------- names

QString severityName(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::Critical: return QStringLiteral("critical");
    case FindingSeverity::High: return QStringLiteral("high");
    case FindingSeverity::Medium: return QStringLiteral("medium");
    case FindingSeverity::Low: return QStringLiteral("low");
    }
    return QStringLiteral("medium");
}

std::optional<FindingSeverity> severityFromName(const QString &name)
{
    for (FindingSeverity s : {FindingSeverity::Critical, FindingSeverity::High, FindingSeverity::Medium, FindingSeverity::Low})
        if (severityName(s) == name)
            return s;
    return std::nullopt;
}

QString effortName(Effort e)
{
    switch (e) {
    case Effort::Small: return QStringLiteral("S");
    case Effort::Medium: return QStringLiteral("M");
    case Effort::Large: return QStringLiteral("L");
    }
    return QStringLiteral("M");
}

std::optional<Effort> effortFromName(const QString &name)
{
    for (Effort e : {Effort::Small, Effort::Medium, Effort::Large})
        if (effortName(e) == name)
            return e;
    return std::nullopt;
}

QString phaseName(RoadmapPhase p)
{
    switch (p) {
    case RoadmapPhase::Baseline: return QStringLiteral("baseline");
    case RoadmapPhase::PlatformControls: return QStringLiteral("platform-controls");
    case RoadmapPhase::Resilience: return QStringLiteral("gitops-resilience");
    case RoadmapPhase::Optimisation: return QStringLiteral("optimisation");
    }
    return QStringLiteral("baseline");
}

QString phaseTitle(RoadmapPhase p)
{
    switch (p) {
    case RoadmapPhase::Baseline: return QStringLiteral("Baseline assessment");
    case RoadmapPhase::PlatformControls: return QStringLiteral("Platform controls");
    case RoadmapPhase::Resilience: return QStringLiteral("GitOps, Infrastructure as Code and resilience");
    case RoadmapPhase::Optimisation: return QStringLiteral("Optimisation");
    }
    return {};
}

std::optional<RoadmapPhase> phaseFromName(const QString &name)
{
    for (RoadmapPhase p : {RoadmapPhase::Baseline, RoadmapPhase::PlatformControls, RoadmapPhase::Resilience,
                           RoadmapPhase::Optimisation})
        if (phaseName(p) == name)
            return p;
    return std::nullopt;
}

QString bucketTimeLabel(int bucket, int bucketMinutes)
{
    auto hhmm = [](int minutes) {
        return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    const int start = bucket * bucketMinutes;
    return hhmm(start) + QChar(0x2013) + hhmm(start + bucketMinutes);
}

void prioritise(std::vector<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.effort != b.effort)
            return a.effort < b.effort;
        return a.id < b.id;
    });
}

Review applyScenarioOverrides(const Review &review, const QString &scenarioId)
{
    Review out = review;
    const Scenario *sc = review.scenario(scenarioId);
    if (!sc)
        return out;
    for (auto it = sc->stationOverrides.constBegin(); it != sc->stationOverrides.constEnd(); ++it) {
        Station *st = out.station(it.key());
        if (!st)
            continue;
        const QJsonObject o = it.value();
        for (auto f = o.constBegin(); f != o.constEnd(); ++f) {
            const QString key = f.key();
            if (key == QStringLiteral("servers") && f.value().isDouble())
                st->servers = int(f.value().toDouble());
            else if (key == QStringLiteral("zone"))
                st->zone = f.value().toString();
            else if (key == QStringLiteral("tenant"))
                st->tenant = f.value().toString();
            else if (key == QStringLiteral("kind"))
                st->kind = f.value().toString();
            else if (key == QStringLiteral("properties") && f.value().isObject()) {
                const QJsonObject props = f.value().toObject();
                for (auto p = props.constBegin(); p != props.constEnd(); ++p)
                    st->properties.insert(p.key(), p.value());
            } else if (key != QStringLiteral("name") && key != QStringLiteral("discipline"))
                st->properties.insert(key, f.value()); // a typed property replaced directly
        }
    }
    return out;
}

namespace detail {

// ---------------------------------------------------------------- helpers

QString fillTemplate(const QString &text, const Vars &vars)
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const auto v = vars.constFind(m.captured(1));
        out += v != vars.constEnd() ? *v : m.captured(0);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

Finding makeFinding(const Rule &rule, const QStringList &subjects, Vars vars)
{
    vars.insert(QStringLiteral("rule"), rule.id);
    Finding f;
    f.ruleId = rule.id;
    f.condition = rule.condition;
    f.id = subjects.isEmpty() ? rule.id : rule.id + QLatin1Char(':') + subjects.join(QLatin1Char('+'));
    f.severity = rule.severity;
    f.effort = rule.effort;
    f.phase = rule.phase;
    f.title = fillTemplate(rule.title, vars);
    f.summary = fillTemplate(rule.summary, vars);
    for (Recommendation rec : rule.recommendations) {
        rec.text = fillTemplate(rec.text, vars);
        f.recommendations.push_back(rec);
    }
    f.sources = rule.sources;
    return f;
}

QString formatPercent(double fraction) { return QString::number(std::round(fraction * 100.0), 'f', 0) + QStringLiteral(" %"); }

QString formatSeconds(double seconds)
{
    if (seconds < 10.0)
        return QString::number(seconds, 'f', 2) + QStringLiteral(" s");
    return QString::number(seconds, 'f', 1) + QStringLiteral(" s");
}

QString formatNumber(double value)
{
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'f', 2);
}

Evidence evidence(const QString &label, double value, const QString &unit)
{
    Evidence e{label, value, unit, {}};
    if (unit == QStringLiteral("%"))
        e.text = formatPercent(value);
    else if (unit == QStringLiteral("s"))
        e.text = formatSeconds(value);
    else if (unit == QStringLiteral("×"))
        e.text = QString::number(value, 'f', 2) + QStringLiteral("×");
    else
        e.text = formatNumber(value) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
    return e;
}

double propertyNumber(const Station &station, const QString &key)
{
    const QJsonValue v = station.properties.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (const StationKind *kind = findStationKind(station.kind))
        for (const PropertySpec &p : kind->properties)
            if (p.key == key)
                return p.defaultValue.toDouble();
    return 0.0;
}

int odooProcesses(const Station &station)
{
    int n = station.servers;
    if (station.kind == QStringLiteral("odoo-http"))
        n += int(propertyNumber(station, QStringLiteral("max_cron_threads")));
    return n;
}

QString scenarioName(const Review &review, const QString &scenarioId)
{
    if (const Scenario *sc = review.scenario(scenarioId))
        return sc->name.isEmpty() ? sc->id : sc->name;
    if (scenarioId == baselineScenarioId())
        return QStringLiteral("Baseline");
    return scenarioId;
}

double classMultiplier(const Review &review, const QString &classId, std::optional<int> bucket)
{
    if (!bucket)
        return 1.0;
    const Profile *p = review.profile(classId);
    if (!p || *bucket < 0 || size_t(*bucket) >= p->multipliers.size())
        return 1.0;
    return p->multipliers[size_t(*bucket)];
}

bool classMatches(const WorkloadClass &cls, const QStringList &patterns)
{
    for (const QString &p : patterns)
        if (cls.id.contains(p, Qt::CaseInsensitive) || cls.name.contains(p, Qt::CaseInsensitive))
            return true;
    return false;
}

QString bucketRanges(const std::vector<int> &buckets, int bucketMinutes)
{
    QStringList parts;
    size_t i = 0;
    while (i < buckets.size()) {
        size_t j = i;
        while (j + 1 < buckets.size() && buckets[j + 1] == buckets[j] + 1)
            ++j;
        const QString a = bucketTimeLabel(buckets[i], bucketMinutes).section(QChar(0x2013), 0, 0);
        const QString b = bucketTimeLabel(buckets[j], bucketMinutes).section(QChar(0x2013), 1, 1);
        parts << a + QChar(0x2013) + b;
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString timeOf(const solver::SolveResult &result, int bucketMinutes)
{
    return result.bucket && bucketMinutes > 0 ? bucketTimeLabel(*result.bucket, bucketMinutes) : QString();
}

namespace {

void setScenario(Finding &f, const Review &review, const solver::SolveResult &r, int bucketMinutes)
{
    f.scenario = r.scenario;
    f.bucket = r.bucket;
    f.time = timeOf(r, bucketMinutes);
    (void)review;
}

Vars scenarioVars(const Review &review, const solver::SolveResult &r, int bucketMinutes)
{
    const QString time = timeOf(r, bucketMinutes);
    return {{QStringLiteral("scenario"), r.scenario},
            {QStringLiteral("scenario_name"), scenarioName(review, r.scenario)},
            {QStringLiteral("time"), time.isEmpty() ? QStringLiteral("all day") : time}};
}

Vars stationVars(const Station &st)
{
    return {{QStringLiteral("station"), st.id},
            {QStringLiteral("station_name"), st.name.isEmpty() ? st.id : st.name},
            {QStringLiteral("kind"), st.kind},
            {QStringLiteral("servers"), QString::number(st.servers)}};
}

void merge(Vars &into, const Vars &from)
{
    for (auto it = from.constBegin(); it != from.constEnd(); ++it)
        into.insert(it.key(), it.value());
}

// A class's per-station figures in one result, or nullptr.
const solver::ClassAtStation *atStation(const solver::StationResult &st, const QString &classId)
{
    for (const auto &c : st.perClass)
        if (c.classId == classId)
            return &c;
    return nullptr;
}

} // namespace

// ---------------------------------------------------------------- station_utilization

void evalStationUtilization(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    const Review &review = *ctx.review;
    const QStringList kinds = listParam(rule, QStringLiteral("kinds"));
    const QStringList excluded = listParam(rule, QStringLiteral("exclude_kinds"));
    const double minU = rule.parameters.contains(QStringLiteral("min_utilization"))
                            ? numberParam(rule, QStringLiteral("min_utilization"))
                            : ctx.knee;
    const std::optional<bool> wantSaturated = boolParam(rule, QStringLiteral("saturated"));

    for (const Station &st : review.stations) {
        if (!kinds.isEmpty() && !kinds.contains(st.kind))
            continue;
        if (excluded.contains(st.kind))
            continue;
        const solver::SolveResult *worst = nullptr;
        const solver::StationResult *worstSt = nullptr;
        bool anySaturated = false;
        QStringList scenariosHit;
        for (const auto &sc : ctx.sweep->scenarios) {
            for (const auto &r : sc.results) {
                const solver::StationResult *sr = r.station(st.id);
                if (!sr || sr->delay)
                    continue;
                const bool hit = sr->saturated || sr->utilization >= minU;
                if (hit && !scenariosHit.contains(scenarioName(review, sc.scenario)))
                    scenariosHit << scenarioName(review, sc.scenario);
                anySaturated = anySaturated || sr->saturated;
                const bool better = !worstSt || (sr->saturated && !worstSt->saturated)
                                    || (sr->saturated == worstSt->saturated && sr->utilization > worstSt->utilization);
                if (better) {
                    worst = &r;
                    worstSt = sr;
                }
            }
        }
        if (!worstSt)
            continue;
        if (wantSaturated && *wantSaturated && !anySaturated)
            continue;
        if (wantSaturated && !*wantSaturated && anySaturated)
            continue;
        if (!anySaturated && worstSt->utilization < minU)
            continue;

        const double u = worstSt->utilization;
        const double headroom = u > 0 ? 1.0 / u : 0.0;
        Vars vars = stationVars(st);
        merge(vars, scenarioVars(review, *worst, ctx.sweep->bucketMinutes));
        vars.insert(QStringLiteral("utilization"), formatPercent(u));
        vars.insert(QStringLiteral("headroom"), QString::number(headroom, 'f', 2) + QStringLiteral("×"));
        vars.insert(QStringLiteral("scenarios"), scenariosHit.join(QStringLiteral(", ")));
        Finding f = makeFinding(rule, {st.id}, vars);
        f.stations << st.id;
        setScenario(f, review, *worst, ctx.sweep->bucketMinutes);
        f.evidence.push_back(evidence(st.id + QStringLiteral(" utilisation"), u, QStringLiteral("%")));
        f.evidence.push_back(evidence(QStringLiteral("headroom (1 / utilisation)"), headroom, QStringLiteral("×")));
        f.evidence.push_back(evidence(QStringLiteral("servers"), st.servers, QStringLiteral("servers")));
        f.evidence.push_back(evidence(QStringLiteral("scenarios affected"), scenariosHit.size(), QStringLiteral("scenarios")));
        for (const auto &c : worstSt->perClass)
            if (c.utilization > 0.0 && u > 0.0 && c.utilization / u >= 0.2)
                f.classes << c.classId; // the classes that carry at least a fifth of the load
        out.push_back(f);
    }
}

// ---------------------------------------------------------------- class_response_time

void evalClassResponseTime(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    const Review &review = *ctx.review;
    const double factor = numberParam(rule, QStringLiteral("factor"));
    for (const WorkloadClass &cls : review.classes) {
        if (!cls.targetResponseTime)
            continue;
        const solver::SolveResult *worst = nullptr;
        std::optional<double> worstR;
        bool unbounded = false;
        for (const auto &sc : ctx.sweep->scenarios) {
            for (const auto &r : sc.results) {
                if (classMultiplier(review, cls.id, r.bucket) <= 0.0)
                    continue; // idle in this bucket
                const solver::ClassResult *cr = r.workloadClass(cls.id);
                if (!cr)
                    continue;
                if (!cr->responseTime) {
                    if (!unbounded) {
                        unbounded = true;
                        worst = &r;
                    }
                } else if (!unbounded && (!worstR || *cr->responseTime > *worstR)) {
                    worstR = cr->responseTime;
                    worst = &r;
                }
            }
        }
        if (!worst)
            continue;
        const double target = *cls.targetResponseTime;
        if (!unbounded && !(worstR && *worstR > factor * target))
            continue;
        const solver::ClassResult *cr = worst->workloadClass(cls.id);
        Vars vars = scenarioVars(review, *worst, ctx.sweep->bucketMinutes);
        vars.insert(QStringLiteral("class"), cls.id);
        vars.insert(QStringLiteral("class_name"), cls.name.isEmpty() ? cls.id : cls.name);
        vars.insert(QStringLiteral("response_time"), unbounded ? QStringLiteral("unbounded (it visits a saturated station)")
                                                                : formatSeconds(*worstR));
        vars.insert(QStringLiteral("target"), formatSeconds(target));
        const QString bottleneck = cr ? cr->bounds.bottleneckStation : worst->bottleneck;
        vars.insert(QStringLiteral("bottleneck"), bottleneck);
        Finding f = makeFinding(rule, {cls.id}, vars);
        f.classes << cls.id;
        if (!bottleneck.isEmpty())
            f.stations << bottleneck;
        setScenario(f, review, *worst, ctx.sweep->bucketMinutes);
        if (worstR && !unbounded) {
            f.evidence.push_back(evidence(cls.id + QStringLiteral(" response time"), *worstR, QStringLiteral("s")));
            f.evidence.push_back(evidence(QStringLiteral("response time / target"), *worstR / target, QStringLiteral("×")));
        } else {
            Evidence e{cls.id + QStringLiteral(" response time"), std::numeric_limits<double>::infinity(), QStringLiteral("s"),
                       QStringLiteral("unbounded")};
            f.evidence.push_back(e);
        }
        f.evidence.push_back(evidence(QStringLiteral("target response time"), target, QStringLiteral("s")));
        out.push_back(f);
    }
}

// ---------------------------------------------------------------- class_overlaps_peak

void evalClassOverlapsPeak(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    const Review &review = *ctx.review;
    if (ctx.sweep->bucketCount == 0) {
        ctx.notes->append(QStringLiteral("%1: the review has no load profiles, so peak hours are unknown").arg(rule.id));
        return;
    }
    const QStringList patterns = listParam(rule, QStringLiteral("class_match"));
    const double peakFraction = numberParam(rule, QStringLiteral("peak_fraction"));
    const double activeFraction = numberParam(rule, QStringLiteral("active_fraction"));
    const double minUtilization = numberParam(rule, QStringLiteral("min_utilization"));
    QSet<QString> matched;
    for (const WorkloadClass &cls : review.classes)
        if (classMatches(cls, patterns))
            matched.insert(cls.id);

    QSet<QString> done;
    for (const auto &sc : ctx.sweep->scenarios) {
        const int n = int(sc.results.size());
        const size_t stationCount = n > 0 ? sc.results.front().stations.size() : 0;
        // others[k][b]: utilisation of queue station k in bucket b by every class the rule does not match.
        std::vector<std::vector<double>> others(stationCount, std::vector<double>(size_t(n), 0.0));
        std::vector<double> peakOthers(stationCount, 0.0);
        for (int b = 0; b < n; ++b)
            for (size_t k = 0; k < stationCount && k < sc.results[size_t(b)].stations.size(); ++k) {
                double u = 0.0;
                for (const auto &c : sc.results[size_t(b)].stations[k].perClass)
                    if (!matched.contains(c.classId))
                        u += c.utilization;
                others[k][size_t(b)] = u;
                peakOthers[k] = std::max(peakOthers[k], u);
            }
        for (const WorkloadClass &cls : review.classes) {
            if (!matched.contains(cls.id) || done.contains(cls.id))
                continue;
            const Profile *profile = review.profile(cls.id);
            double maxM = 1.0;
            if (profile && !profile->multipliers.empty())
                maxM = *std::max_element(profile->multipliers.begin(), profile->multipliers.end());
            if (maxM <= 0.0)
                continue;
            // An overlap: the class is active in a bucket where a queue station it shares with the other
            // classes is at the others' own peak for that station, and the station is busy.
            std::vector<int> overlap;
            int bestBucket = -1;
            size_t bestStation = 0;
            double bestTotal = -1.0;
            for (int b = 0; b < n; ++b) {
                const double m = classMultiplier(review, cls.id, b);
                if (m <= 0.0 || m < activeFraction * maxM)
                    continue;
                bool hit = false;
                const auto &stations = sc.results[size_t(b)].stations;
                for (size_t k = 0; k < stationCount && k < stations.size(); ++k) {
                    const auto &st = stations[k];
                    if (st.delay || peakOthers[k] <= 0.0)
                        continue;
                    const solver::ClassAtStation *mine = atStation(st, cls.id);
                    if (!mine || mine->utilization <= 0.0)
                        continue;
                    if (others[k][size_t(b)] < peakFraction * peakOthers[k] || st.utilization < minUtilization)
                        continue;
                    hit = true;
                    if (st.utilization > bestTotal) {
                        bestTotal = st.utilization;
                        bestBucket = b;
                        bestStation = k;
                    }
                }
                if (hit)
                    overlap.push_back(b);
            }
            if (overlap.empty())
                continue;
            done.insert(cls.id);
            const solver::SolveResult &r = sc.results[size_t(bestBucket)];
            const solver::StationResult &sr = r.stations[bestStation];
            const solver::ClassAtStation *mine = atStation(sr, cls.id);
            const Station *st = review.station(sr.id);
            Vars vars = scenarioVars(review, r, ctx.sweep->bucketMinutes);
            vars.insert(QStringLiteral("class"), cls.id);
            vars.insert(QStringLiteral("class_name"), cls.name.isEmpty() ? cls.id : cls.name);
            vars.insert(QStringLiteral("station"), sr.id);
            vars.insert(QStringLiteral("station_name"), st && !st->name.isEmpty() ? st->name : sr.id);
            vars.insert(QStringLiteral("overlap"), bucketRanges(overlap, ctx.sweep->bucketMinutes));
            vars.insert(QStringLiteral("peak_utilization"), formatPercent(sr.utilization));
            Finding f = makeFinding(rule, {cls.id}, vars);
            f.classes << cls.id;
            f.stations << sr.id;
            setScenario(f, review, r, ctx.sweep->bucketMinutes);
            f.evidence.push_back(evidence(QStringLiteral("overlap duration"),
                                          double(overlap.size()) * ctx.sweep->bucketMinutes, QStringLiteral("min")));
            f.evidence.push_back(evidence(sr.id + QStringLiteral(" utilisation, all classes"), sr.utilization, QStringLiteral("%")));
            f.evidence.push_back(evidence(sr.id + QStringLiteral(" utilisation by the other classes"),
                                          others[bestStation][size_t(bestBucket)], QStringLiteral("%")));
            f.evidence.push_back(evidence(sr.id + QStringLiteral(" utilisation added by ") + cls.id,
                                          mine ? mine->utilization : 0.0, QStringLiteral("%")));
            out.push_back(f);
        }
    }
}

// ---------------------------------------------------------------- reporting_on_primary

void evalReportingOnPrimary(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    const Review &review = *ctx.review;
    const QStringList patterns = listParam(rule, QStringLiteral("class_match"));
    const QStringList primaryKinds = listParam(rule, QStringLiteral("primary_kinds"));
    const QStringList replicaKinds = listParam(rule, QStringLiteral("replica_kinds"));
    const QString replicaWanted = stringParam(rule, QStringLiteral("replica"));
    QStringList replicas;
    for (const Station &st : review.stations)
        if (replicaKinds.contains(st.kind))
            replicas << st.id;
    if (replicaWanted == QStringLiteral("present") && replicas.isEmpty())
        return;
    if (replicaWanted == QStringLiteral("absent") && !replicas.isEmpty())
        return;
    if (ctx.sweep->scenarios.empty())
        return;
    const auto &sc = ctx.sweep->scenarios.front(); // the first scenario looked at: baseline by default

    for (const WorkloadClass &cls : review.classes) {
        if (!classMatches(cls, patterns))
            continue;
        for (const Station &primary : review.stations) {
            if (!primaryKinds.contains(primary.kind))
                continue;
            const solver::SolveResult *best = nullptr;
            double bestU = 0.0;
            double total = 0.0;
            for (const auto &r : sc.results) {
                const solver::StationResult *sr = r.station(primary.id);
                const solver::ClassAtStation *c = sr ? atStation(*sr, cls.id) : nullptr;
                if (c && c->utilization > bestU) {
                    bestU = c->utilization;
                    best = &r;
                    total = sr->utilization;
                }
            }
            if (!best)
                continue;
            Vars vars = stationVars(primary);
            merge(vars, scenarioVars(review, *best, ctx.sweep->bucketMinutes));
            vars.insert(QStringLiteral("class"), cls.id);
            vars.insert(QStringLiteral("class_name"), cls.name.isEmpty() ? cls.id : cls.name);
            vars.insert(QStringLiteral("class_utilization"), formatPercent(bestU));
            vars.insert(QStringLiteral("utilization"), formatPercent(total));
            vars.insert(QStringLiteral("replica"), replicas.isEmpty()
                                                       ? QStringLiteral("no replica exists")
                                                       : QStringLiteral("a replica exists (%1)").arg(replicas.join(QStringLiteral(", "))));
            Finding f = makeFinding(rule, {cls.id, primary.id}, vars);
            f.classes << cls.id;
            f.stations << primary.id << replicas;
            setScenario(f, review, *best, ctx.sweep->bucketMinutes);
            f.evidence.push_back(evidence(primary.id + QStringLiteral(" utilisation from ") + cls.id, bestU, QStringLiteral("%")));
            f.evidence.push_back(evidence(primary.id + QStringLiteral(" utilisation, all classes"), total, QStringLiteral("%")));
            f.evidence.push_back(evidence(QStringLiteral("replicas"), double(replicas.size()), QStringLiteral("stations")));
            out.push_back(f);
        }
    }
}

// ---------------------------------------------------------------- tenants_peak_together

void evalTenantsPeakTogether(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    const Review &review = *ctx.review;
    if (ctx.sweep->bucketCount == 0) {
        ctx.notes->append(QStringLiteral("%1: the review has no load profiles, so tenant peaks are unknown").arg(rule.id));
        return;
    }
    if (ctx.sweep->scenarios.empty())
        return;
    const auto &sc = ctx.sweep->scenarios.front();
    const int minTenants = int(numberParam(rule, QStringLiteral("min_tenants")));
    const double peakFraction = numberParam(rule, QStringLiteral("peak_fraction"));
    const QStringList sharedTenants = listParam(rule, QStringLiteral("shared_tenants"));

    QStringList zones;
    for (const Station &st : review.stations)
        if (!st.zone.isEmpty() && !zones.contains(st.zone))
            zones << st.zone;

    for (const QString &zone : zones) {
        QStringList tenants;
        QStringList shared;  // stations of the zone no single tenant owns
        QStringList zoneStations;
        for (const Station &st : review.stations) {
            if (st.zone != zone)
                continue;
            zoneStations << st.id;
            if (st.tenant.isEmpty() || sharedTenants.contains(st.tenant))
                shared << st.id;
            else if (!tenants.contains(st.tenant))
                tenants << st.tenant;
        }
        if (tenants.size() < minTenants)
            continue;
        const QStringList measured = shared.isEmpty() ? zoneStations : shared;
        // A class belongs to the tenant of its entry station, else of the first tenant station it visits.
        QMap<QString, QString> classTenant;
        for (const WorkloadClass &cls : review.classes) {
            QString t;
            if (const Station *e = review.station(cls.entry); e && tenants.contains(e->tenant))
                t = e->tenant;
            for (size_t d = 0; t.isEmpty() && d < cls.demands.size(); ++d)
                if (const Station *s = review.station(cls.demands[d].station); s && tenants.contains(s->tenant))
                    t = s->tenant;
            if (!t.isEmpty())
                classTenant.insert(cls.id, t);
        }
        const int n = int(sc.results.size());
        QMap<QString, std::vector<double>> load;
        for (const QString &t : tenants)
            load.insert(t, std::vector<double>(size_t(n), 0.0));
        for (int b = 0; b < n; ++b)
            for (const auto &st : sc.results[size_t(b)].stations) {
                if (!measured.contains(st.id))
                    continue;
                for (const auto &c : st.perClass) {
                    const auto t = classTenant.constFind(c.classId);
                    if (t != classTenant.constEnd())
                        load[*t][size_t(b)] += c.utilization;
                }
            }
        // Buckets where each tenant is within peak_fraction of its own peak.
        std::vector<QStringList> peaking(static_cast<size_t>(n));
        QMap<QString, int> tenantPeak;
        for (const QString &t : tenants) {
            const auto &l = load[t];
            const double mx = n > 0 ? *std::max_element(l.begin(), l.end()) : 0.0;
            if (mx <= 0.0)
                continue;
            tenantPeak.insert(t, int(std::max_element(l.begin(), l.end()) - l.begin()));
            for (int b = 0; b < n; ++b)
                if (l[size_t(b)] >= peakFraction * mx)
                    peaking[size_t(b)] << t;
        }
        int best = -1;
        double bestU = -1.0;
        QString bestStation;
        std::vector<int> together;
        for (int b = 0; b < n; ++b) {
            if (peaking[size_t(b)].size() < minTenants)
                continue;
            together.push_back(b);
            double u = 0.0;
            QString sid;
            for (const auto &st : sc.results[size_t(b)].stations)
                if (measured.contains(st.id) && !st.delay && st.utilization > u) {
                    u = st.utilization;
                    sid = st.id;
                }
            if (best < 0 || peaking[size_t(b)].size() > peaking[size_t(best)].size()
                || (peaking[size_t(b)].size() == peaking[size_t(best)].size() && u > bestU)) {
                best = b;
                bestU = u;
                bestStation = sid;
            }
        }
        if (best < 0)
            continue;
        const QStringList who = peaking[size_t(best)];
        const solver::SolveResult &r = sc.results[size_t(best)];
        const Station *st = review.station(bestStation);
        Vars vars = scenarioVars(review, r, ctx.sweep->bucketMinutes);
        vars.insert(QStringLiteral("time"), bucketRanges(together, ctx.sweep->bucketMinutes));
        vars.insert(QStringLiteral("zone"), zone);
        vars.insert(QStringLiteral("tenants"), who.join(QStringLiteral(", ")));
        vars.insert(QStringLiteral("tenant_count"), QString::number(who.size()));
        vars.insert(QStringLiteral("station"), bestStation);
        vars.insert(QStringLiteral("station_name"), st && !st->name.isEmpty() ? st->name : bestStation);
        vars.insert(QStringLiteral("utilization"), formatPercent(std::max(0.0, bestU)));
        Finding f = makeFinding(rule, {zone}, vars);
        for (const Station &s : review.stations)
            if (s.zone == zone && (measured.contains(s.id)))
                f.stations << s.id;
        for (auto it = classTenant.constBegin(); it != classTenant.constEnd(); ++it)
            if (who.contains(it.value()))
                f.classes << it.key();
        setScenario(f, review, r, ctx.sweep->bucketMinutes);
        f.evidence.push_back(evidence(QStringLiteral("tenants peaking together"), double(who.size()), QStringLiteral("tenants")));
        for (const QString &t : who)
            f.evidence.push_back(Evidence{t + QStringLiteral(" peak"), double(tenantPeak.value(t)), QStringLiteral("bucket"),
                                          bucketTimeLabel(tenantPeak.value(t), ctx.sweep->bucketMinutes)});
        f.evidence.push_back(evidence(QStringLiteral("shared time at peak"), double(together.size()) * ctx.sweep->bucketMinutes,
                                      QStringLiteral("min")));
        if (!bestStation.isEmpty())
            f.evidence.push_back(evidence(bestStation + QStringLiteral(" utilisation"), bestU, QStringLiteral("%")));
        out.push_back(f);
    }
}

// ---------------------------------------------------------------- checklist_risk

void evalChecklistRisk(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    if (!ctx.checklist || !ctx.scorecard) {
        ctx.notes->append(QStringLiteral("%1: no checklist given, checklist answers were not looked at").arg(rule.id));
        return;
    }
    const QStringList levels = listParam(rule, QStringLiteral("levels"));
    for (const checklist::RiskItem &risk : ctx.scorecard->risks) {
        if (!levels.contains(checklist::riskLevelName(risk.level)))
            continue;
        const checklist::ChecklistItem *item = ctx.checklist->item(risk.itemId);
        const checklist::ChecklistDomain *domain = ctx.checklist->domain(risk.domainId);
        Vars vars{{QStringLiteral("item"), risk.itemId},
                  {QStringLiteral("question"), risk.question},
                  {QStringLiteral("status"), answerStatusName(risk.status)},
                  {QStringLiteral("level"), checklist::riskLevelName(risk.level)},
                  {QStringLiteral("domain"), domain ? domain->name : risk.domainId},
                  {QStringLiteral("notes"), risk.notes.isEmpty() ? QStringLiteral("none") : risk.notes}};
        Finding f = makeFinding(rule, {risk.itemId}, vars);
        f.checklistItems << risk.itemId;
        if (item && !item->good.isEmpty())
            f.recommendations.insert(f.recommendations.begin(), Recommendation{item->good, item->sources});
        if (item)
            for (const QString &s : item->sources)
                if (!f.sources.contains(s))
                    f.sources << s;
        f.evidence.push_back(Evidence{QStringLiteral("answer"), 0.0, QString(), answerStatusName(risk.status)});
        f.evidence.push_back(evidence(QStringLiteral("item weight"), risk.weight, QStringLiteral("of 5")));
        f.evidence.push_back(Evidence{QStringLiteral("risk level"), 0.0, QString(), checklist::riskLevelName(risk.level)});
        out.push_back(f);
    }
}

// ---------------------------------------------------------------- time_limit_vs_response

void evalTimeLimitVsResponse(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    const Review &review = *ctx.review;
    const double fraction = numberParam(rule, QStringLiteral("fraction"));
    const QStringList odooKinds = listParam(rule, QStringLiteral("odoo_kinds"));
    for (const WorkloadClass &cls : review.classes) {
        const solver::SolveResult *worst = nullptr;
        double worstR = -1.0;
        for (const auto &sc : ctx.sweep->scenarios)
            for (const auto &r : sc.results) {
                if (classMultiplier(review, cls.id, r.bucket) <= 0.0)
                    continue;
                const solver::ClassResult *cr = r.workloadClass(cls.id);
                if (cr && cr->responseTime && *cr->responseTime > worstR) {
                    worstR = *cr->responseTime;
                    worst = &r;
                }
            }
        if (!worst)
            continue;
        for (const Station &st : review.stations) {
            if (!odooKinds.contains(st.kind))
                continue;
            const solver::StationResult *sr = worst->station(st.id);
            if (!sr || !atStation(*sr, cls.id))
                continue;
            const double limit = propertyNumber(st, QStringLiteral("limit_time_real"));
            if (limit <= 0.0 || worstR <= fraction * limit)
                continue;
            Vars vars = stationVars(st);
            merge(vars, scenarioVars(review, *worst, ctx.sweep->bucketMinutes));
            vars.insert(QStringLiteral("class"), cls.id);
            vars.insert(QStringLiteral("class_name"), cls.name.isEmpty() ? cls.id : cls.name);
            vars.insert(QStringLiteral("response_time"), formatSeconds(worstR));
            vars.insert(QStringLiteral("limit_time_real"), formatSeconds(limit));
            Finding f = makeFinding(rule, {cls.id, st.id}, vars);
            f.classes << cls.id;
            f.stations << st.id;
            setScenario(f, review, *worst, ctx.sweep->bucketMinutes);
            f.evidence.push_back(evidence(cls.id + QStringLiteral(" response time at peak"), worstR, QStringLiteral("s")));
            f.evidence.push_back(evidence(st.id + QStringLiteral(" limit_time_real"), limit, QStringLiteral("s")));
            out.push_back(f);
        }
    }
}

} // namespace detail

// ---------------------------------------------------------------- evaluate

Result<FindingsResult> evaluate(const Review &review, const RuleSet &rules, const EngineOptions &options)
{
    FindingsResult result;
    try {
        QStringList scenarios = options.scenarios;
        if (scenarios.isEmpty()) {
            scenarios << baselineScenarioId();
            for (const Scenario &sc : review.scenarios)
                if (!sc.target && sc.id != baselineScenarioId())
                    scenarios << sc.id;
        }
        solver::SweepOptions so;
        so.scenarios = scenarios;
        so.method = options.method;
        so.knee = options.knee;
        so.keepResults = true;
        const Result<solver::Sweep> sweep = solver::sweep(review, so);
        if (!sweep)
            return sweep.error();

        // Configuration checks look at the stations as configured: with one scenario, its overrides apply.
        const Review configured = scenarios.size() == 1 ? applyScenarioOverrides(review, scenarios.front()) : review;
        std::optional<checklist::Scorecard> scorecard;
        if (options.checklist)
            scorecard = checklist::score(*options.checklist, review);

        detail::EvalContext ctx;
        ctx.review = &configured;
        ctx.sweep = &*sweep;
        ctx.knee = options.knee;
        ctx.checklist = options.checklist;
        ctx.scorecard = scorecard ? &*scorecard : nullptr;
        ctx.notes = &result.notes;

        using Fn = void (*)(const Rule &, const detail::EvalContext &, std::vector<Finding> &);
        static const QMap<QString, Fn> dispatch{
            {QStringLiteral("station_utilization"), &detail::evalStationUtilization},
            {QStringLiteral("class_response_time"), &detail::evalClassResponseTime},
            {QStringLiteral("class_overlaps_peak"), &detail::evalClassOverlapsPeak},
            {QStringLiteral("single_threaded_roles"), &detail::evalSingleThreadedRoles},
            {QStringLiteral("reporting_on_primary"), &detail::evalReportingOnPrimary},
            {QStringLiteral("tenants_peak_together"), &detail::evalTenantsPeakTogether},
            {QStringLiteral("checklist_risk"), &detail::evalChecklistRisk},
            {QStringLiteral("pgbouncer_client_budget"), &detail::evalPgBouncerClientBudget},
            {QStringLiteral("postgres_connection_budget"), &detail::evalPostgresConnectionBudget},
            {QStringLiteral("memory_budget"), &detail::evalMemoryBudget},
            {QStringLiteral("workers_vs_cores"), &detail::evalWorkersVsCores},
            {QStringLiteral("time_limit_vs_response"), &detail::evalTimeLimitVsResponse},
        };
        for (const Rule &rule : rules.rules) {
            if (!rule.enabled)
                continue;
            const Fn fn = dispatch.value(rule.condition, nullptr);
            HR_ASSERT(fn, continue);
            fn(rule, ctx, result.findings);
        }
    } catch (const std::exception &e) {
        logger("core.findings")->error("findings engine failed: {}", e.what());
        return fail(QString(), QStringLiteral("the findings engine failed: %1").arg(QString::fromUtf8(e.what())));
    }
    prioritise(result.findings);
    return result;
}

} // namespace hostreview::core::findings
