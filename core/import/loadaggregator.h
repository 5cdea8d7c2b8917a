#pragma once

#include "importresult.h"
#include "logparsers.h"

#include <QTimeZone>

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace hostreview::core::import {

/**
 * Log-binned histogram of non-negative times: bins grow by 0.5 % from 1 µs to 10⁴ s, so any
 * percentile is known to within ±0.25 % with a fixed 37 KiB whatever the number of samples; the
 * mean is exact (running sum).
 */
class DurationHistogram {
public:
    DurationHistogram();
    void add(double seconds);
    qint64 count() const { return m_count; }
    double mean() const { return m_count ? m_sum / double(m_count) : 0.0; }
    /** Returns the nearest-rank p-quantile (0 < p ≤ 1): the smallest x with ≥ p·n samples ≤ x. */
    double quantile(double p) const;
    DemandStats stats() const;

private:
    std::vector<quint64> m_bins;
    qint64 m_count = 0;
    double m_sum = 0.0;
    double m_min = 0.0;
    double m_max = 0.0;
};

/**
 * Accumulates requests into fixed buckets of real time and per-class histograms, in memory that
 * depends on the window's length and the number of classes, never on the number of requests.
 * derive() then builds the typical business day of the chosen time zone.
 */
class LoadAggregator {
public:
    LoadAggregator(int bucketMinutes, const QTimeZone &timeZone);

    /** Adds a request of class `classIndex` (−1: unclassified). */
    void add(int classIndex, const RequestRecord &record);

    /** Remembers an unclassified path (bounded table) for the summary. */
    void noteUnclassified(std::string_view path);

    /**
     * Fills the derived parts of `result` (classes, timeline, days, peak, notes) for `classIds`.
     * Fails when no request was read or the timestamps span more than 400 days.
     */
    Result<void> derive(const QStringList &classIds, ImportResult &result) const;

private:
    struct ClassStats {
        DurationHistogram response, app, db, ingress;
        qint64 requests = 0;
        qint64 queries = 0;
        qint64 querySamples = 0;
    };
    std::vector<qint64> &bucket(qint64 index);

    qint64 m_bucketMs;
    QTimeZone m_timeZone;
    qint64 m_phaseMs = 0;
    bool m_started = false;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    qint64 m_prevMs = 0;
    qint64 m_backwardJumps = 0;
    std::map<qint64, std::vector<qint64>> m_buckets; ///< bucket index → counts per class, last = unclassified
    qint64 m_cachedIndex = 0;
    std::vector<qint64> *m_cached = nullptr;
    std::vector<ClassStats> m_classes;
    std::unordered_map<std::string, qint64> m_unclassified;
};

} // namespace hostreview::core::import
