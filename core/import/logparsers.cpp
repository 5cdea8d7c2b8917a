#include "logparsers.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace hostreview::core::import {

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

std::optional<qint64> civilMs(int y, int mo, int d, int h, int mi, int s, int ms)
{
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000LL + qint64(s) * 1000 + ms;
}

int monthFromAbbrev(std::string_view m)
{
    static constexpr const char *names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i)
        if (m == names[i])
            return i + 1;
    return 0;
}

bool parseDouble(std::string_view s, double &out)
{
    if (s.empty())
        return false;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
}

bool parseInt(std::string_view s, qint64 &out)
{
    if (s.empty())
        return false;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
}

/** Splits off the next space-separated token of `s`. */
std::string_view token(std::string_view &s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    const std::size_t sp = s.find(' ');
    const std::string_view t = s.substr(0, sp);
    s.remove_prefix(sp == std::string_view::npos ? s.size() : sp);
    return t;
}

/** Splits `"METHOD path PROTO"` (without the quotes). */
bool splitRequestLine(std::string_view req, RequestRecord &record)
{
    const std::size_t a = req.find(' ');
    if (a == std::string_view::npos)
        return false;
    const std::size_t b = req.rfind(' ');
    record.method = req.substr(0, a);
    record.path = b > a ? req.substr(a + 1, b - a - 1) : req.substr(a + 1);
    return !record.method.empty() && !record.path.empty();
}

} // namespace

qint64 daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil.
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

std::optional<qint64> parseIso8601Ms(std::string_view s)
{
    int y, mo, d, h, mi, sec;
    if (!digits(s, 0, 4, y) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':'
        || !digits(s, 14, 2, mi) || s[16] != ':' || !digits(s, 17, 2, sec))
        return std::nullopt;
    std::size_t pos = 19;
    int ms = 0;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        int scale = 100;
        const std::size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            ms += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
    }
    qint64 offsetMin = 0;
    if (pos < s.size()) {
        const char c = s[pos];
        if (c == 'Z' || c == 'z') {
            ++pos;
        } else if (c == '+' || c == '-') {
            int oh, om = 0;
            if (!digits(s, pos + 1, 2, oh))
                return std::nullopt;
            std::size_t p = pos + 3;
            if (p < s.size() && s[p] == ':')
                ++p;
            if (p < s.size() && !digits(s, p, 2, om))
                return std::nullopt;
            p += p < s.size() ? 2 : 0;
            offsetMin = (c == '-' ? -1 : 1) * (oh * 60 + om);
            pos = p;
        } else {
            return std::nullopt;
        }
    }
    if (pos != s.size())
        return std::nullopt;
    const auto t = civilMs(y, mo, d, h, mi, sec, ms);
    if (!t)
        return std::nullopt;
    return *t - offsetMin * 60000;
}

std::optional<qint64> parseClfTimeMs(std::string_view s)
{
    // 03/May/2024:10:15:22 +0200
    int d, y, h, mi, sec, oh, om;
    if (s.size() != 26 || !digits(s, 0, 2, d) || s[2] != '/' || s[6] != '/' || !digits(s, 7, 4, y) || s[11] != ':'
        || !digits(s, 12, 2, h) || s[14] != ':' || !digits(s, 15, 2, mi) || s[17] != ':' || !digits(s, 18, 2, sec)
        || s[20] != ' ' || (s[21] != '+' && s[21] != '-') || !digits(s, 22, 2, oh) || !digits(s, 24, 2, om))
        return std::nullopt;
    const int mo = monthFromAbbrev(s.substr(3, 3));
    const auto t = civilMs(y, mo, d, h, mi, sec, 0);
    if (!t)
        return std::nullopt;
    return *t - qint64(s[21] == '-' ? -1 : 1) * (oh * 60 + om) * 60000;
}

std::optional<qint64> parseAsctimeMs(std::string_view s)
{
    int y, mo, d, h, mi, sec, ms;
    if (s.size() != 23 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d) || s[10] != ' ' || !digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, mi)
        || s[16] != ':' || !digits(s, 17, 2, sec) || s[19] != ',' || !digits(s, 20, 3, ms))
        return std::nullopt;
    return civilMs(y, mo, d, h, mi, sec, ms);
}

// ---------------------------------------------------------------------------------------------
struct TraefikJsonParser::Impl {
    // The DOM parser dispatches at run time to the best kernel of the CPU (the On-Demand API is
    // compiled for the build machine's baseline only, which on a generic Debian build is the slow
    // fallback).
    simdjson::dom::parser parser;
};

TraefikJsonParser::TraefikJsonParser() : d(std::make_unique<Impl>()) {}
TraefikJsonParser::~TraefikJsonParser() = default;

bool TraefikJsonParser::parse(std::string_view line, std::size_t capacity, RequestRecord &r)
{
    using namespace simdjson;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    if (line.empty() || line.front() != '{' || capacity < line.size() + simdjson::SIMDJSON_PADDING)
        return false;
    dom::element doc;
    if (d->parser.parse(line.data(), line.size(), false).get(doc))
        return false;
    dom::object obj;
    if (doc.get_object().get(obj))
        return false;
    r = RequestRecord();
    bool haveStart = false;
    bool haveDuration = false;
    double origin = -1.0;
    int64_t originStatus = -1;
    for (const dom::key_value_pair field : obj) {
        const std::string_view key = field.key;
        std::string_view text;
        double number = 0;
        if (key == "StartUTC") {
            if (field.value.get_string().get(text))
                return false;
            const auto t = parseIso8601Ms(text);
            if (!t)
                return false;
            r.startMs = *t;
            haveStart = true;
        } else if (key == "Duration") {
            if (field.value.get_double().get(number) || number < 0)
                return false;
            r.response = number * 1e-9;
            haveDuration = true;
        } else if (key == "OriginDuration") {
            if (field.value.get_double().get(number) || number < 0)
                return false;
            origin = number * 1e-9;
        } else if (key == "Overhead") {
            if (field.value.get_double().get(number) || number < 0)
                return false;
            r.ingress = number * 1e-9;
        } else if (key == "OriginStatus") {
            if (field.value.get_int64().get(originStatus))
                return false;
        } else if (key == "RequestMethod") {
            if (field.value.get_string().get(text))
                return false;
            r.method = text;
        } else if (key == "RequestPath") {
            if (field.value.get_string().get(text))
                return false;
            r.path = text;
        } else if (key == "RouterName") {
            if (field.value.get_string().get(text))
                return false;
            r.router = text;
        }
    }
    // OriginStatus 0: Traefik answered itself (no upstream), so there is no application time.
    if (origin >= 0 && originStatus != 0)
        r.app = origin;
    return haveStart && haveDuration;
}

// ---------------------------------------------------------------------------------------------
bool parseTraefikClf(std::string_view line, RequestRecord &r)
{
    r = RequestRecord();
    while (!line.empty() && line.back() == ' ')
        line.remove_suffix(1);
    // <ip> - <user> [<time>] "<request>" <status> <size> "<referrer>" "<agent>" <count> "<router>" "<url>" <N>ms
    const std::size_t lb = line.find('[');
    const std::size_t rb = lb == std::string_view::npos ? lb : line.find(']', lb);
    if (rb == std::string_view::npos)
        return false;
    const auto t = parseClfTimeMs(line.substr(lb + 1, rb - lb - 1));
    if (!t)
        return false;
    r.startMs = *t;
    std::size_t q1 = line.find('"', rb);
    std::size_t q2 = q1 == std::string_view::npos ? q1 : line.find('"', q1 + 1);
    if (q2 == std::string_view::npos || !splitRequestLine(line.substr(q1 + 1, q2 - q1 - 1), r))
        return false;

    // From the end: duration, "url", "router", count.
    std::string_view tail = line;
    const std::size_t lastSp = tail.rfind(' ');
    if (lastSp == std::string_view::npos)
        return false;
    std::string_view dur = tail.substr(lastSp + 1);
    if (dur.size() < 3 || dur.substr(dur.size() - 2) != "ms")
        return false;
    double ms = 0;
    if (!parseDouble(dur.substr(0, dur.size() - 2), ms) || ms < 0)
        return false;
    r.response = ms / 1000.0;
    tail = tail.substr(0, lastSp);
    auto takeQuoted = [&tail](std::string_view &out) {
        if (tail.size() < 2 || tail.back() != '"')
            return false;
        const std::size_t open = tail.rfind('"', tail.size() - 2);
        if (open == std::string_view::npos)
            return false;
        out = tail.substr(open + 1, tail.size() - open - 2);
        tail = tail.substr(0, open);
        while (!tail.empty() && tail.back() == ' ')
            tail.remove_suffix(1);
        return true;
    };
    std::string_view url, router;
    if (!takeQuoted(url) || !takeQuoted(router))
        return false;
    const std::size_t countSp = tail.rfind(' ');
    qint64 count = 0;
    if (countSp == std::string_view::npos || !parseInt(tail.substr(countSp + 1), count))
        return false;
    if (router != "-")
        r.router = router;
    // Status and size follow the request line.
    std::string_view rest = line.substr(q2 + 1);
    qint64 status = 0;
    if (!parseInt(token(rest), status) || status < 100 || status > 999)
        return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
OdooLineKind parseOdooLine(std::string_view line, RequestRecord &r, std::string &scratch)
{
    if (line.find('\x1b') != std::string_view::npos) {
        // Drop ANSI SGR sequences "ESC [ ... m" written by the coloured formatter and perf filter.
        scratch.clear();
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '\x1b' && i + 1 < line.size() && line[i + 1] == '[') {
                std::size_t j = i + 2;
                while (j < line.size() && line[j] != 'm')
                    ++j;
                i = j;
                continue;
            }
            scratch.push_back(line[i]);
        }
        line = scratch;
    }
    const auto end = line.size() >= 23 ? parseAsctimeMs(line.substr(0, 23)) : std::nullopt;
    if (!end)
        return OdooLineKind::Other; // traceback continuation or foreign text
    const std::size_t w = line.find(" werkzeug: ", 23);
    if (w == std::string_view::npos)
        return OdooLineKind::Other;
    r = RequestRecord();
    std::string_view msg = line.substr(w + 11);
    // addr - - [date] "METHOD path PROTO" status size query_count query_time remaining_time
    const std::size_t q1 = msg.find('"');
    const std::size_t q2 = q1 == std::string_view::npos ? q1 : msg.find('"', q1 + 1);
    if (q2 == std::string_view::npos)
        return OdooLineKind::Other; // werkzeug's other messages (server start, warnings)
    if (!splitRequestLine(msg.substr(q1 + 1, q2 - q1 - 1), r))
        return OdooLineKind::Malformed;
    std::string_view rest = msg.substr(q2 + 1);
    qint64 status = 0;
    if (!parseInt(token(rest), status) || status < 100 || status > 999)
        return OdooLineKind::Malformed;
    const std::string_view size = token(rest);
    if (size.empty())
        return OdooLineKind::Malformed;
    const std::string_view qc = token(rest), qt = token(rest), rt = token(rest);
    r.startMs = *end;
    if (qc.empty() && qt.empty() && rt.empty())
        return OdooLineKind::Request; // logged without the perf filter
    if (qc == "-" && qt == "-" && rt == "-")
        return OdooLineKind::Request;
    qint64 count = 0;
    double sql = 0, remaining = 0;
    if (!parseInt(qc, count) || !parseDouble(qt, sql) || !parseDouble(rt, remaining) || count < 0 || sql < 0)
        return OdooLineKind::Malformed;
    // Both times are printed with "%.3f", so "-0.000" is a rounding artefact of a zero Python time;
    // anything more negative is not a time Odoo can log.
    if (remaining < -0.0005)
        return OdooLineKind::Malformed;
    const double python = remaining < 0 ? 0.0 : remaining;
    r.queries = int(count);
    r.db = sql;
    r.app = python;
    r.response = sql + python;
    r.startMs = *end - qint64(r.response * 1000.0 + 0.5);
    return OdooLineKind::Request;
}

// ---------------------------------------------------------------------------------------------
bool hasOpenQuote(std::string_view text)
{
    return std::count(text.begin(), text.end(), '"') % 2 == 1;
}

bool splitCsv(std::string_view rec, char delim, std::vector<std::string> &fields)
{
    fields.clear();
    std::string cur;
    bool quoted = false;
    bool any = false;
    for (std::size_t i = 0; i < rec.size(); ++i) {
        const char c = rec[i];
        any = true;
        if (quoted) {
            if (c == '"') {
                if (i + 1 < rec.size() && rec[i + 1] == '"') {
                    cur.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur.push_back(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == delim) {
            fields.push_back(std::move(cur));
            cur.clear();
        } else if (c != '\r') {
            cur.push_back(c);
        }
    }
    if (any)
        fields.push_back(std::move(cur));
    return !quoted;
}

} // namespace hostreview::core::import
