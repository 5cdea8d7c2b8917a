#pragma once

#include "core/checklist/checklist.h"
#include "core/checklist/hostingdecision.h"
#include "core/checklist/scorecard.h"
#include "core/model/collab.h"
#include "core/model/review.h"
#include "core/result.h"
#include "core/solver/solver.h"
#include "core/solver/sweep.h"

#ifdef HOSTREVIEW_HAVE_FINDINGS
#include "core/findings/findings.h"
#endif

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hostreview::reports {

/** One row of a scenario's bottleneck table: a queue station at the scenario's peak bucket. */
struct BottleneckRow {
    QString stationId;
    QString stationName;
    int servers = 1;
    double utilization = 0.0;             ///< offered value when saturated
    std::optional<double> queueLength;    ///< nullopt when saturated
    std::optional<int> firstAtRisk;       ///< bucket
    std::optional<int> firstSaturated;    ///< bucket
};

/** What the report prints about one scenario. */
struct ScenarioSummary {
    QString id;
    QString name;
    QString description;
    bool target = false;
    core::solver::ScenarioSweep sweep;   ///< timelines over the buckets
    std::optional<int> peakBucket;
    QString peakStation;                 ///< queue station with the highest utilisation at the peak
    double peakUtilization = 0.0;
    std::optional<double> headroom;      ///< at the peak bucket
    std::vector<BottleneckRow> bottlenecks; ///< top queue stations at the peak, busiest first
    QStringList topStations;             ///< the stations the chart follows (busiest peak first)
};

/** Everything the report prints, computed once from the review (no painting here). */
struct ReportData {
    core::Review review;
    double knee = 0.8;
    int bucketCount = 0;
    int bucketMinutes = 0;
    std::vector<ScenarioSummary> scenarios; ///< baseline first, then document order
    int worstScenario = -1;                 ///< index of the scenario with the highest peak utilisation
    QMap<QString, double> baselinePeakUtilization; ///< station id → busiest baseline utilisation over the day

    std::optional<core::checklist::Checklist> checklist;
    std::optional<core::checklist::Scorecard> scorecard;
    std::optional<core::checklist::HostingRecommendation> hosting;
    std::optional<core::checklist::HostingRules> hostingRules;

    bool findingsAvailable = false;         ///< false when the findings engine or its rules are missing
#ifdef HOSTREVIEW_HAVE_FINDINGS
    std::vector<core::findings::Finding> findings;
    core::findings::Roadmap roadmap;
    /** The worst scenario against the target architecture (the scenario marked target), when both exist. */
    std::optional<core::findings::Comparison> comparison;
#endif
    QStringList notes;                      ///< what could not be computed, and why (printed in the assumptions)
    core::CollabSummary collab;             ///< the audit log, revisions and comments summed up (review history)

    const ScenarioSummary *worst() const { return worstScenario < 0 ? nullptr : &scenarios[size_t(worstScenario)]; }
    QString stationName(const QString &id) const;
    QString timeOfBucket(int bucket) const; ///< "08:15"
};

/** Options of buildReportData. */
struct ReportDataOptions {
    double knee = 0.8;
    int topStations = 5; ///< stations per chart and bottleneck table
};

/**
 * Solves every scenario over the day, scores the checklist, recommends the hosting model and runs the
 * findings engine. A review the solver refuses is an error naming the field; a missing checklist,
 * hosting rules or findings rules only adds a note (the report says what it could not show).
 */
core::Result<ReportData> buildReportData(const core::Review &review, const ReportDataOptions &options = {});

} // namespace hostreview::reports
