#pragma once

#include "classificationrules.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace hostreview::core::import {

/** Mean and percentiles of one per-request time, in seconds. */
struct DemandStats {
    qint64 samples = 0; ///< requests that recorded this time
    double mean = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;
    double p99 = 0.0;
};

/** What the logs say about one workload class. */
struct ClassMeasurement {
    QString classId;
    qint64 requests = 0;
    double meanRate = 0.0;            ///< requests/s: the mean of slotRates over the observed slots
    double peakRate = 0.0;            ///< requests/s in the class's busiest bucket of the timeline
    std::vector<double> slotRates;    ///< typical business day: requests/s per slot (0 where unobserved)
    std::vector<bool> slotObserved;   ///< whether the logs covered the slot at all
    std::vector<double> multipliers;  ///< slotRates / meanRate; empty unless every slot was observed
    DemandStats response;             ///< total time at the source (Traefik Duration, Odoo wall time)
    DemandStats app;                  ///< Odoo Python time, or Traefik's upstream time
    DemandStats db;                   ///< SQL time
    DemandStats ingress;              ///< Traefik overhead
    double meanQueries = -1.0;        ///< SQL queries per request; −1 when unknown
};

/** One bucket of the observed window (a real interval of time, not a slot of the typical day). */
struct TimelineBucket {
    qint64 startUtcMs = 0;
    QDateTime localStart;        ///< start in the import's time zone
    QDate day;                   ///< local business day
    int slot = 0;                ///< slot of the local day (local minutes since midnight / bucket)
    std::vector<qint64> counts;  ///< per class, in ImportResult::classIds order
    qint64 unclassified = 0;
    qint64 total() const;
};

/** One local business day of the window. */
struct DaySummary {
    QDate date;
    int buckets = 0;       ///< buckets the day has (92 / 100 on DST change days for 15 min)
    qint64 requests = 0;
};

/** Database demand of one query family from pg_stat_statements. */
struct QueryFamily {
    QString family;        ///< "SELECT sale_order", "UPDATE stock_quant", …
    qint64 statements = 0; ///< pg_stat_statements rows merged into the family
    qint64 calls = 0;
    double totalTime = 0.0; ///< seconds
    double meanTime = 0.0;  ///< seconds per call
    qint64 rows = 0;
    qint64 sharedBlksHit = 0;
    qint64 sharedBlksRead = 0;
};

/** A line that was skipped. */
struct SkippedLine {
    QString file;   ///< file name
    qint64 line = 0;
    QString reason;
};

/** Per-file counts. */
struct FileSummary {
    QString path;
    QString format;
    qint64 bytes = 0;
    qint64 lines = 0;
    qint64 requests = 0;
    qint64 malformed = 0;
    qint64 ignored = 0;
};

/**
 * Everything an import derived from the logs: counts, per-class rates and demands, the per-bucket
 * timeline, the peak bucket and a confidence note. Apply it with applyImport().
 */
struct ImportResult {
    std::vector<FileSummary> files;
    QString timeZone;                 ///< IANA id the buckets are local to
    int bucketMinutes = 15;
    qint64 linesRead = 0;
    qint64 requests = 0;              ///< request lines parsed (classified + unclassified)
    qint64 unclassified = 0;
    qint64 malformed = 0;
    qint64 ignored = 0;               ///< lines that are not requests (other log messages, blank lines)
    std::vector<SkippedLine> firstMalformed; ///< the first five
    std::vector<std::pair<QString, qint64>> topUnclassified; ///< most frequent unclassified paths
    QDateTime firstRequest;           ///< UTC
    QDateTime lastRequest;            ///< UTC
    QStringList classIds;             ///< columns of TimelineBucket::counts
    std::vector<ClassMeasurement> classes; ///< classes with at least one request, in classIds order
    std::vector<TimelineBucket> timeline;
    int peakBucket = -1;              ///< index into timeline of the highest classified rate
    std::vector<DaySummary> days;
    QStringList notes;                ///< confidence: sample sizes, clock gaps, time zone
    std::vector<QueryFamily> queryFamilies; ///< pg_stat_statements, by total time descending
    std::vector<ClassificationRule> rules;  ///< the rules the import used
    QString source;                   ///< provenance text: files, date range, line counts
    double elapsedSeconds = 0.0;

    /** Returns the measurement of `classId`, or nullptr. */
    const ClassMeasurement *measurement(const QString &classId) const;
};

} // namespace hostreview::core::import
