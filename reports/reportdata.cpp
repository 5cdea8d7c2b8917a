#include "reportdata.h"

#include "core/log.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QTime>

#include <algorithm>

namespace hostreview::reports {

using namespace hostreview::core;

QString ReportData::stationName(const QString &id) const
{
    const Station *s = review.station(id);
    return s && !s->name.isEmpty() ? s->name : id;
}

QString ReportData::timeOfBucket(int bucket) const
{
    const int minutes = bucket * std::max(bucketMinutes, 1);
    return QTime(0, 0).addSecs(minutes * 60).toString(QStringLiteral("HH:mm"));
}

namespace {

bool isQueueStation(const Review &review, const QString &id)
{
    const Station *s = review.station(id);
    return s && s->discipline == Discipline::Queue;
}

} // namespace

Result<ReportData> buildReportData(const Review &review, const ReportDataOptions &options)
{
    ReportData data;
    data.review = review;
    data.knee = options.knee;
    data.collab = core::summariseCollab(review);

    solver::SweepOptions sweepOptions;
    sweepOptions.knee = options.knee;
    sweepOptions.keepResults = false;
    Result<solver::Sweep> sweep = solver::sweep(review, sweepOptions);
    if (!sweep)
        return sweep.error();
    data.bucketCount = sweep->bucketCount;
    data.bucketMinutes = sweep->bucketMinutes;

    double worst = -1.0;
    for (solver::ScenarioSweep &s : sweep->scenarios) {
        ScenarioSummary summary;
        summary.id = s.scenario;
        if (const Scenario *sc = review.scenario(s.scenario)) {
            summary.name = sc->name.isEmpty() ? sc->id : sc->name;
            summary.description = sc->description;
            summary.target = sc->target;
        } else {
            summary.name = s.scenario == baselineScenarioId()
                               ? QCoreApplication::translate("hostreview::reports::Report", "Baseline")
                               : s.scenario;
        }
        summary.peakBucket = s.peakBucket;
        const int peakIndex = s.peakBucket.value_or(0);

        // The chart follows the stations whose busiest bucket is highest; the table ranks them at the peak.
        std::vector<std::pair<double, QString>> byMax;
        for (const solver::StationTimeline &t : s.stations) {
            if (!isQueueStation(review, t.stationId) || t.utilization.empty())
                continue;
            byMax.emplace_back(*std::max_element(t.utilization.begin(), t.utilization.end()), t.stationId);
        }
        std::stable_sort(byMax.begin(), byMax.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (size_t i = 0; i < byMax.size() && int(i) < options.topStations; ++i)
            summary.topStations << byMax[i].second;

        solver::SolveOptions solveOptions;
        solveOptions.scenario = s.scenario;
        if (data.bucketCount > 0)
            solveOptions.bucket = peakIndex;
        solveOptions.knee = options.knee;
        Result<solver::SolveResult> peak = solver::solve(review, solveOptions);
        if (!peak)
            return peak.error();
        summary.headroom = peak->headroom;
        std::vector<BottleneckRow> rows;
        for (const solver::StationResult &r : peak->stations) {
            if (r.delay)
                continue;
            BottleneckRow row;
            row.stationId = r.id;
            row.stationName = data.stationName(r.id);
            row.utilization = r.utilization;
            row.queueLength = r.queueLength;
            row.servers = review.station(r.id) ? review.station(r.id)->servers : 1;
            if (const Scenario *sc = review.scenario(s.scenario)) {
                const QJsonObject o = sc->stationOverrides.value(r.id);
                if (o.contains(QStringLiteral("servers")))
                    row.servers = o.value(QStringLiteral("servers")).toInt(row.servers);
            }
            for (const solver::StationTimeline &t : s.stations) {
                if (t.stationId == r.id) {
                    row.firstAtRisk = t.firstAtRisk;
                    row.firstSaturated = t.firstSaturated;
                }
            }
            rows.push_back(row);
        }
        std::stable_sort(rows.begin(), rows.end(),
                         [](const BottleneckRow &a, const BottleneckRow &b) { return a.utilization > b.utilization; });
        if (!rows.empty()) {
            summary.peakStation = rows.front().stationId;
            summary.peakUtilization = rows.front().utilization;
        }
        if (int(rows.size()) > options.topStations)
            rows.resize(size_t(options.topStations));
        summary.bottlenecks = std::move(rows);

        if (s.scenario == baselineScenarioId()) {
            for (const solver::StationTimeline &t : s.stations) {
                if (!t.utilization.empty())
                    data.baselinePeakUtilization.insert(
                        t.stationId, *std::max_element(t.utilization.begin(), t.utilization.end()));
            }
        }
        summary.sweep = std::move(s);
        if (summary.peakUtilization > worst) {
            worst = summary.peakUtilization;
            data.worstScenario = int(data.scenarios.size());
        }
        data.scenarios.push_back(std::move(summary));
    }

    // Checklist and scorecard.
    Result<checklist::Checklist> cl = checklist::loadShippedChecklist(review.checklistId);
    if (!cl) {
        data.notes << cl.error().toString();
        logger("reports")->warn("report without checklist: {}", cl.error().toString().toStdString());
    } else {
        data.scorecard = checklist::score(*cl, review);
        data.checklist = std::move(cl.value());
    }

    Result<checklist::HostingRules> rules = checklist::loadHostingRules(templatePath(QStringLiteral("hosting/hosting-decision.json")));
    if (!rules) {
        data.notes << rules.error().toString();
    } else {
        Result<checklist::HostingRecommendation> rec = checklist::recommendHosting(*rules, review.hostingAnswers);
        if (!rec)
            data.notes << rec.error().toString();
        else
            data.hosting = rec.value();
        data.hostingRules = std::move(rules.value());
    }

#ifdef HOSTREVIEW_HAVE_FINDINGS
    Result<findings::RuleSet> ruleSet = findings::loadRules(findings::defaultRulesPath());
    if (!ruleSet) {
        data.notes << ruleSet.error().toString();
    } else {
        findings::EngineOptions engine;
        engine.knee = options.knee;
        engine.checklist = data.checklist ? &*data.checklist : nullptr;
        Result<findings::FindingsResult> found = findings::evaluate(review, *ruleSet, engine);
        if (!found) {
            data.notes << found.error().toString();
        } else {
            data.findingsAvailable = true;
            data.findings = found->findings;
            data.roadmap = findings::buildRoadmap(data.findings);
        }
        const std::optional<QString> target = findings::targetScenarioId(review);
        if (target && data.worst() && data.worst()->id != *target) {
            findings::CompareOptions compareOptions;
            compareOptions.knee = options.knee;
            compareOptions.checklist = engine.checklist;
            compareOptions.rules = &*ruleSet;
            Result<findings::Comparison> comparison = findings::compare(review, data.worst()->id, *target, compareOptions);
            if (comparison)
                data.comparison = std::move(comparison).value();
            else
                data.notes << comparison.error().toString();
        }
    }
#else
    data.notes << QStringLiteral("findings: this build has no findings engine");
#endif
    return data;
}

} // namespace hostreview::reports
