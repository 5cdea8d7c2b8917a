#pragma once

#include "../model/review.h"
#include "../result.h"
#include "solver.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hostreview::core::solver {

/** What a sweep solves: scenarios × profile buckets. */
struct SweepOptions {
    QStringList scenarios;       ///< empty: "baseline" then every scenario of the document
    Method method = Method::Auto;
    double knee = 0.8;
    bool keepResults = true;     ///< false keeps only the timelines (faster, less memory)
};

/** One station over the buckets of one scenario. */
struct StationTimeline {
    QString stationId;
    std::vector<double> utilization;     ///< per bucket (offered value when saturated)
    std::optional<int> firstAtRisk;      ///< first bucket with utilisation ≥ knee
    std::optional<int> firstSaturated;   ///< first bucket where open utilisation ≥ 1
};

/** One scenario over every bucket (one bucket, null, when the model has no profiles). */
struct ScenarioSweep {
    QString scenario;
    std::vector<SolveResult> results;        ///< per bucket, in order (empty unless keepResults)
    std::vector<StationTimeline> stations;   ///< document order
    std::vector<double> bottleneckUtilization; ///< per bucket
    std::optional<int> firstBucketAtRisk;    ///< first bucket with any station at risk
    std::optional<int> firstBucketSaturated; ///< first bucket with any station saturated
    std::optional<int> peakBucket;           ///< bucket with the highest bottleneck utilisation (first on ties)
    bool approximate = false;
};

/** The saturation timeline of a review: every requested scenario over every bucket. */
struct Sweep {
    int bucketCount = 0;  ///< 0 when the model has no profiles (one result per scenario, bucket null)
    int bucketMinutes = 0;
    std::vector<ScenarioSweep> scenarios;
};

/**
 * Solves every scenario × every bucket in one call. The review is compiled once (indices, visits,
 * demands as flat arrays) and only the loads change between buckets.
 */
Result<Sweep> sweep(const Review &review, const SweepOptions &options = {});

} // namespace hostreview::core::solver
