#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace hostreview::core::import {

/** The log and export formats the importer reads (docs/import.md describes each). */
enum class LogFormat {
    Auto,            ///< "auto": guessed from the first non-empty line of each file
    TraefikJson,     ///< "traefik-json": Traefik access log, `format: json`, one object per line
    TraefikClf,      ///< "traefik-clf": Traefik access log, common log format with Traefik's extra fields
    Odoo,            ///< "odoo": Odoo server log; werkzeug request lines with perf_info
    PgStatStatements,///< "pgss": pg_stat_statements exported as CSV with a header
    Csv,             ///< "csv": generic CSV (timestamp, class or path, duration) with a column mapping
};

/** Returns the command-line name of a format ("traefik-json", …). */
QString logFormatName(LogFormat format);

/** Returns the format named `name`, or nullopt. */
std::optional<LogFormat> logFormatFromName(const QString &name);

/** Returns every format name, "auto" first. */
QStringList logFormatNames();

/**
 * Guesses the format of a file from its first non-empty line: a JSON object → traefik-json;
 * `YYYY-MM-DD HH:MM:SS,mmm PID LEVEL` → odoo; a CSV header naming `calls` and `total_exec_time`
 * (or `total_time`) → pgss; a line with `[dd/Mon/yyyy:` and a trailing `NNNms` → traefik-clf;
 * another CSV header → csv. Nullopt when nothing fits.
 */
std::optional<LogFormat> detectLogFormat(std::string_view firstLine);

} // namespace hostreview::core::import
