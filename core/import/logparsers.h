#pragma once

#include <QtGlobal>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hostreview::core::import {

/**
 * One request read from a log line. The string views point into the line (or the parser's own
 * buffer) and are valid until the next line is parsed. Times are seconds; −1 means the source does
 * not record that part.
 */
struct RequestRecord {
    qint64 startMs = 0;         ///< arrival, milliseconds since 1970-01-01 UTC
    std::string_view method;
    std::string_view path;
    std::string_view router;    ///< Traefik router name; empty elsewhere
    std::string_view classId;   ///< generic CSV class column; empty elsewhere
    double response = -1.0;     ///< total time the source measured (Traefik Duration, Odoo wall time)
    double app = -1.0;          ///< application time: Odoo Python time, or Traefik's upstream time
    double db = -1.0;           ///< SQL time (Odoo perf_info query_time)
    double ingress = -1.0;      ///< Traefik's own overhead
    int queries = -1;           ///< SQL queries (Odoo perf_info query_count)
};

/** Returns days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
qint64 daysFromCivil(int year, int month, int day);

/** Parses `YYYY-MM-DD[T ]HH:MM:SS[.fraction][Z|±HH:MM|±HHMM]`; no offset means UTC. */
std::optional<qint64> parseIso8601Ms(std::string_view text);

/** Parses the common log format's `dd/Mon/yyyy:HH:MM:SS ±hhmm`. */
std::optional<qint64> parseClfTimeMs(std::string_view text);

/** Parses Python logging's default asctime `YYYY-MM-DD HH:MM:SS,mmm` as UTC. */
std::optional<qint64> parseAsctimeMs(std::string_view text);

/**
 * Parses Traefik JSON access-log lines with simdjson's On-Demand API. Needs StartUTC and Duration;
 * reads RequestMethod, RequestPath, RouterName, OriginDuration, Overhead, OriginStatus.
 */
class TraefikJsonParser {
public:
    TraefikJsonParser();
    ~TraefikJsonParser();
    TraefikJsonParser(const TraefikJsonParser &) = delete;
    TraefikJsonParser &operator=(const TraefikJsonParser &) = delete;

    /**
     * Parses one line; `capacity` is the number of readable bytes from line.data() (≥ size + 64).
     * Returns false for a malformed line.
     */
    bool parse(std::string_view line, std::size_t capacity, RequestRecord &record);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/**
 * Parses a Traefik common-log-format line: CLF followed by the request count, "router", "server
 * URL" and `NNNms`. Returns false for a malformed line.
 */
bool parseTraefikClf(std::string_view line, RequestRecord &record);

/** What an Odoo server log line is. */
enum class OdooLineKind {
    Request,   ///< a werkzeug request line (perf_info may be "- - -": times unknown)
    Other,     ///< any other log line or a traceback continuation: not a request
    Malformed, ///< a werkzeug line that does not parse
};

/**
 * Parses an Odoo server log line `asctime pid LEVEL [uid:N] db logger: message perf_info`;
 * ANSI colours (Odoo's ColoredFormatter / ColoredPerfFilter) are removed first, using `scratch`.
 * The arrival is the log time (the end of the request) minus the wall time when perf_info is known.
 */
OdooLineKind parseOdooLine(std::string_view line, RequestRecord &record, std::string &scratch);

/**
 * Splits one CSV record (RFC 4180 quoting, "" inside quotes) at `delimiter` into `fields`.
 * Returns false when a quote is left open (the record continues on the next line).
 */
bool splitCsv(std::string_view record, char delimiter, std::vector<std::string> &fields);

/** Returns true when `text` holds an odd number of '"' (an open quoted field). */
bool hasOpenQuote(std::string_view text);

} // namespace hostreview::core::import
