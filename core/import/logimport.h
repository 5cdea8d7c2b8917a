#pragma once

#include "classificationrules.h"
#include "importresult.h"
#include "logformat.h"

#include "../result.h"

#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace hostreview::core::import {

/** Unit of a generic CSV duration column. */
enum class DurationUnit { Seconds, Milliseconds, Microseconds, Nanoseconds };

/**
 * Column mapping of a generic CSV log: header names of the columns to read. `classColumn` wins over
 * `pathColumn` (classification rules) when both are present in the header.
 */
struct CsvMapping {
    QString timestamp = QStringLiteral("timestamp"); ///< ISO 8601 (offset or Z; none = UTC) or epoch seconds
    QString classColumn = QStringLiteral("class");
    QString pathColumn = QStringLiteral("path");
    QString methodColumn = QStringLiteral("method");
    QString duration = QStringLiteral("duration");
    QString appColumn;   ///< optional application (Python) time column
    QString dbColumn;    ///< optional SQL time column
    DurationUnit unit = DurationUnit::Seconds;
    char delimiter = ',';
};

/**
 * Parses a mapping like "timestamp=ts,class=route,duration=elapsed_ms,unit=ms,delimiter=;"
 * (keys: timestamp, class, path, method, duration, app, db, unit = s|ms|us|ns, delimiter).
 */
Result<CsvMapping> csvMappingFromSpec(const QString &spec);

/** Parses a bucket length: "15m", "30m", "1h", "15"; it must divide a day. */
Result<int> parseBucketMinutes(const QString &text);

/** Called with bytes done and total bytes of all files; returning false cancels the import. */
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

/** What and how to import. */
struct ImportOptions {
    LogFormat format = LogFormat::Auto;       ///< Auto: detected per file
    int bucketMinutes = 15;
    QTimeZone timeZone = QTimeZone::utc();    ///< business-day time zone of the buckets
    std::vector<ClassificationRule> rules;    ///< empty: defaultClassificationRules()
    CsvMapping csv;
    ProgressFn progress;                      ///< optional; may cancel
};

/**
 * Reads the files as a stream (fixed-size chunks, constant memory), classifies every request and
 * derives the per-class rates, demands, daily profile, timeline, peak bucket and confidence notes.
 * Malformed lines are skipped and counted (the first five with file and line number); an empty,
 * binary, compressed or truncated file, an unknown format or a cancel fails the whole import.
 */
Result<ImportResult> importLogs(const QStringList &files, const ImportOptions &options);

/**
 * Returns the timeline as CSV: one row per bucket with its local start (ISO 8601 with offset),
 * local day, slot, then requests per second of every class that had requests and of the
 * unclassified requests.
 */
QByteArray timelineCsv(const ImportResult &result);

/** Returns the human-readable summary the CLI prints (and the GUI can show). */
QString importSummaryText(const ImportResult &result);

} // namespace hostreview::core::import
