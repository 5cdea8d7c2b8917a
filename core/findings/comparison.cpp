// Before and after: the current scenario against the target architecture, each at its own peak bucket.
#include "findings.h"

#include "../log.h"
#include "../solver/sweep.h"

#include <algorithm>

namespace hostreview::core::findings {

std::optional<QString> targetScenarioId(const Review &review)
{
    for (const Scenario &sc : review.scenarios)
        if (sc.target)
            return sc.id;
    return std::nullopt;
}

namespace {

Result<ScenarioSnapshot> snapshot(const Review &review, const QString &scenarioId, const CompareOptions &options,
                                  const RuleSet &rules, const std::optional<checklist::Scorecard> &scorecard)
{
    solver::SweepOptions so;
    so.scenarios = {scenarioId};
    so.method = options.method;
    so.knee = options.knee;
    so.keepResults = true;
    const Result<solver::Sweep> sweep = solver::sweep(review, so);
    if (!sweep)
        return sweep.error();
    HR_ASSERT(!sweep->scenarios.empty() && !sweep->scenarios.front().results.empty(),
              return fail(scenarioId, QStringLiteral("the solver returned no result")));
    const solver::ScenarioSweep &sc = sweep->scenarios.front();
    const int peak = sc.peakBucket.value_or(0);
    const solver::SolveResult &r = sc.results[size_t(std::clamp(peak, 0, int(sc.results.size()) - 1))];

    ScenarioSnapshot s;
    s.scenario = scenarioId;
    s.bucket = r.bucket;
    if (r.bucket && sweep->bucketMinutes > 0)
        s.time = bucketTimeLabel(*r.bucket, sweep->bucketMinutes);
    for (const auto &st : r.stations)
        if (!st.delay)
            s.topStations.push_back(StationLoad{st.id, st.utilization, st.saturated});
    std::stable_sort(s.topStations.begin(), s.topStations.end(),
                     [](const StationLoad &a, const StationLoad &b) { return a.utilization > b.utilization; });
    if (int(s.topStations.size()) > options.topStations)
        s.topStations.resize(size_t(std::max(0, options.topStations)));
    s.headroom = r.headroom;
    s.headroomStation = r.headroomStation;
    for (const WorkloadClass &cls : review.classes) {
        const solver::ClassResult *cr = r.workloadClass(cls.id);
        s.classes.push_back(ClassResponse{cls.id, cr ? cr->responseTime : std::nullopt, cls.targetResponseTime});
    }
    if (scorecard)
        s.domains = scorecard->domains;

    EngineOptions eo;
    eo.scenarios = {scenarioId};
    eo.method = options.method;
    eo.knee = options.knee;
    eo.checklist = options.checklist;
    const Result<FindingsResult> found = evaluate(review, rules, eo);
    if (!found)
        return found.error();
    for (const Finding &f : found->findings)
        if (f.severity == FindingSeverity::Critical || f.severity == FindingSeverity::High) {
            ++s.openHighRisks;
            s.highRiskFindings << f.id;
        }
    return s;
}

} // namespace

Result<Comparison> compare(const Review &review, const QString &currentScenario, const QString &targetScenario,
                           const CompareOptions &options)
{
    RuleSet defaults;
    const RuleSet *rules = options.rules;
    if (!rules) {
        Result<RuleSet> loaded = loadRules(defaultRulesPath());
        if (!loaded)
            return loaded.error();
        defaults = std::move(loaded).value();
        rules = &defaults;
    }
    for (const QString &id : {currentScenario, targetScenario})
        if (id != baselineScenarioId() && !review.scenario(id))
            return fail(QStringLiteral("scenarios[%1]").arg(id), QStringLiteral("no such scenario in the review"));
    std::optional<checklist::Scorecard> scorecard;
    if (options.checklist)
        scorecard = checklist::score(*options.checklist, review);
    Result<ScenarioSnapshot> current = snapshot(review, currentScenario, options, *rules, scorecard);
    if (!current)
        return current.error();
    Result<ScenarioSnapshot> target = snapshot(review, targetScenario, options, *rules, scorecard);
    if (!target)
        return target.error();
    return Comparison{std::move(current).value(), std::move(target).value()};
}

} // namespace hostreview::core::findings
