#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace hostreview::models {

/** One station's utilisation in every bucket of the day. */
struct TimelineSeries {
    QString stationId;
    QString name;                     ///< display name (the id when the station has none)
    std::vector<double> utilization;  ///< per bucket; the offered value when saturated (may exceed 1)
    double peak = 0.0;                ///< highest utilisation over the day
    int peakBucket = -1;              ///< first bucket with that utilisation; -1 when there are no buckets
    std::optional<int> firstAtRisk;   ///< first bucket at or above the knee
    std::optional<int> firstSaturated;///< first bucket where the open load reaches capacity
};

/** The saturation timeline of one scenario: queue stations' utilisation over the day's buckets. */
struct Timeline {
    QString scenario;
    int bucketMinutes = 15;
    int bucketCount = 0;                ///< 0 when no class has a profile (the load is flat all day)
    std::vector<TimelineSeries> series; ///< queue stations, document order
    QString error;                      ///< why the timeline could not be computed; empty on success

    /** Returns the `count` series with the highest peak utilisation, highest first (ties: document order). */
    std::vector<TimelineSeries> topByPeak(int count) const;
};

} // namespace hostreview::models
