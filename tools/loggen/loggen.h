#pragma once

// Deterministic log generator for hostreview's import tests and benchmarks (header-only, Qt Core).
// Requests of each class arrive evenly spaced inside every bucket, count = rate × multiplier[slot]
// × bucket seconds (rounded), and their times cycle through an even grid between a minimum and a
// maximum, so the expected rates, means and percentiles are known in closed form:
//   rate(slot) = rate × multipliers[slot];  mean = (min + max) / 2;  p-quantile ≈ min + p·(max − min).

#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace hostreview::loggen {

/** Output format, named as hostreview-cli import-log --format names them. */
enum class Format { TraefikJson, TraefikClf, Odoo, Csv };

/** One generated workload class. */
struct ClassSpec {
    std::string id;      ///< only for the caller's bookkeeping (the importer classifies by path)
    std::string method = "POST";
    std::string path;
    std::string router = "odoo@docker";
    double rate = 1.0;                ///< requests per second at multiplier 1
    std::vector<double> multipliers;  ///< per slot of the local day; empty: 1 everywhere
    double appMin = 0.050, appMax = 0.150; ///< Python time (Odoo) / upstream time minus SQL (Traefik), s
    double dbMin = 0.010, dbMax = 0.030;   ///< SQL time, s
    double overhead = 0.0004;              ///< Traefik overhead, s
    int queries = 12;
};

/** The generated period. */
struct Spec {
    Format format = Format::TraefikJson;
    qint64 startUtcMs = 0;     ///< first bucket's start (a local bucket boundary)
    qint64 endUtcMs = 0;       ///< end (exclusive)
    int bucketMinutes = 15;
    QTimeZone timeZone = QTimeZone::utc();
    std::vector<ClassSpec> classes;
    int grid = 1000;           ///< size of the even time grid each class cycles through
};

inline void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    // Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days.
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(yoe) + int(era * 400) + (m <= 2);
}

struct Civil {
    int year;
    unsigned month, day, hour, minute, second, ms;
};

inline Civil civil(qint64 ms)
{
    Civil c{};
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    qint64 rest = ms - days * 86400000;
    civilFromDays(days, c.year, c.month, c.day);
    c.hour = unsigned(rest / 3600000);
    c.minute = unsigned(rest / 60000 % 60);
    c.second = unsigned(rest / 1000 % 60);
    c.ms = unsigned(rest % 1000);
    return c;
}

/** Generates the log; `sink(const char *data, size_t size)` receives each line with its newline. */
class Generator {
public:
    explicit Generator(Spec spec) : m_spec(std::move(spec)), m_counters(m_spec.classes.size(), 0) {}

    /** Returns the local slot of the bucket starting at `utcMs`. */
    int slotAt(qint64 utcMs) const
    {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, m_spec.timeZone);
        return local.time().msecsSinceStartOfDay() / 60000 / m_spec.bucketMinutes;
    }

    /** Returns the number of requests class c gets in the bucket starting at `utcMs`. */
    qint64 count(std::size_t c, qint64 utcMs) const
    {
        const ClassSpec &cls = m_spec.classes[c];
        const int slot = slotAt(utcMs);
        const double m = cls.multipliers.empty() ? 1.0 : cls.multipliers[std::size_t(slot) % cls.multipliers.size()];
        return std::llround(cls.rate * m * m_spec.bucketMinutes * 60.0);
    }

    template<typename Sink>
    qint64 generate(Sink &&sink, qint64 maxBytes = -1)
    {
        const qint64 bucketMs = qint64(m_spec.bucketMinutes) * 60000;
        qint64 bytes = 0, lines = 0;
        struct Pending {
            qint64 atMs;
            std::size_t cls;
        };
        std::vector<Pending> events;
        for (qint64 b = m_spec.startUtcMs; b < m_spec.endUtcMs; b += bucketMs) {
            events.clear();
            for (std::size_t c = 0; c < m_spec.classes.size(); ++c) {
                const qint64 n = count(c, b);
                for (qint64 j = 0; j < n; ++j)
                    events.push_back({b + qint64((double(j) + 0.5) * double(bucketMs) / double(n)), c});
            }
            std::stable_sort(events.begin(), events.end(), [](const Pending &x, const Pending &y) { return x.atMs < y.atMs; });
            for (const Pending &e : events) {
                const int len = format(e.atMs, e.cls);
                sink(m_line, std::size_t(len));
                bytes += len;
                ++lines;
                if (maxBytes >= 0 && bytes >= maxBytes)
                    return lines;
            }
        }
        return lines;
    }

    /** The header line a CSV log starts with. */
    static const char *csvHeader() { return "timestamp,method,path,duration,app,db\n"; }

private:
    double gridValue(double lo, double hi, qint64 k, qint64 phase) const
    {
        const qint64 g = m_spec.grid;
        return lo + (hi - lo) * (double((k + phase) % g) + 0.5) / double(g);
    }

    int format(qint64 startMs, std::size_t c)
    {
        const ClassSpec &cls = m_spec.classes[c];
        const qint64 k = m_counters[c]++;
        const double app = gridValue(cls.appMin, cls.appMax, k, 0);
        const double db = gridValue(cls.dbMin, cls.dbMax, k, m_spec.grid / 3);
        const Civil t = civil(startMs);
        static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        switch (m_spec.format) {
        case Format::TraefikJson: {
            const qint64 origin = std::llround((app + db) * 1e9);
            const qint64 overhead = std::llround(cls.overhead * 1e9);
            const int offset = m_spec.timeZone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc()));
            const Civil l = civil(startMs + qint64(offset) * 1000);
            const char sign = offset < 0 ? '-' : '+';
            const int absOffset = offset < 0 ? -offset : offset;
            return std::snprintf(
                m_line, sizeof m_line,
                "{\"ClientAddr\":\"10.1.2.3:51234\",\"ClientHost\":\"10.1.2.3\",\"ClientPort\":\"51234\","
                "\"ClientUsername\":\"-\",\"DownstreamContentSize\":1834,\"DownstreamStatus\":200,"
                "\"Duration\":%lld,\"OriginContentSize\":1834,\"OriginDuration\":%lld,\"OriginStatus\":200,"
                "\"Overhead\":%lld,\"RequestAddr\":\"erp.example.com\",\"RequestContentSize\":312,"
                "\"RequestCount\":%lld,\"RequestHost\":\"erp.example.com\",\"RequestMethod\":\"%s\","
                "\"RequestPath\":\"%s\",\"RequestPort\":\"-\",\"RequestProtocol\":\"HTTP/1.1\","
                "\"RequestScheme\":\"https\",\"RetryAttempts\":0,\"RouterName\":\"%s\","
                "\"ServiceAddr\":\"172.18.0.5:8069\",\"ServiceName\":\"odoo@docker\","
                "\"ServiceURL\":{\"Scheme\":\"http\",\"Host\":\"172.18.0.5:8069\"},"
                "\"StartLocal\":\"%04d-%02u-%02uT%02u:%02u:%02u.%03u000000%c%02d:%02d\","
                "\"StartUTC\":\"%04d-%02u-%02uT%02u:%02u:%02u.%03u000000Z\",\"entryPointName\":\"websecure\","
                "\"level\":\"info\",\"msg\":\"\",\"time\":\"%04d-%02u-%02uT%02u:%02u:%02uZ\"}\n",
                (long long)(origin + overhead), (long long)origin, (long long)overhead, (long long)k + 1,
                cls.method.c_str(), cls.path.c_str(), cls.router.c_str(), l.year, l.month, l.day, l.hour, l.minute,
                l.second, l.ms, sign, absOffset / 3600, absOffset / 60 % 60, t.year, t.month, t.day, t.hour, t.minute, t.second, t.ms, t.year, t.month, t.day,
                t.hour, t.minute, t.second);
        }
        case Format::TraefikClf: {
            const double totalMs = (app + db + cls.overhead) * 1000.0;
            return std::snprintf(m_line, sizeof m_line,
                                 "10.1.2.3 - - [%02u/%s/%04d:%02u:%02u:%02u +0000] \"%s %s HTTP/1.1\" 200 1834 \"-\" "
                                 "\"Mozilla/5.0 (X11; Linux x86_64)\" %lld \"%s\" \"http://172.18.0.5:8069\" %lldms\n",
                                 t.day, months[t.month - 1], t.year, t.hour, t.minute, t.second, cls.method.c_str(),
                                 cls.path.c_str(), (long long)k + 1, cls.router.c_str(), (long long)std::llround(totalMs));
        }
        case Format::Odoo: {
            // Odoo logs when the request ends: arrival + SQL + Python time.
            const double appR = std::round(app * 1000.0) / 1000.0;
            const double dbR = std::round(db * 1000.0) / 1000.0;
            const Civil e = civil(startMs + std::llround((appR + dbR) * 1000.0));
            return std::snprintf(m_line, sizeof m_line,
                                 "%04d-%02u-%02u %02u:%02u:%02u,%03u 4242 INFO prod werkzeug: 10.1.2.3 - - "
                                 "[%02u/%s/%04d %02u:%02u:%02u] \"%s %s HTTP/1.1\" 200 - %d %.3f %.3f\n",
                                 e.year, e.month, e.day, e.hour, e.minute, e.second, e.ms, e.day, months[e.month - 1],
                                 e.year, e.hour, e.minute, e.second, cls.method.c_str(), cls.path.c_str(), cls.queries,
                                 dbR, appR);
        }
        case Format::Csv:
            return std::snprintf(m_line, sizeof m_line, "%04d-%02u-%02uT%02u:%02u:%02u.%03uZ,%s,%s,%.6f,%.6f,%.6f\n",
                                 t.year, t.month, t.day, t.hour, t.minute, t.second, t.ms, cls.method.c_str(),
                                 cls.path.c_str(), app + db, app, db);
        }
        return 0;
    }

    Spec m_spec;
    std::vector<qint64> m_counters;
    char m_line[4096];
};

/** A business day shaped like the seeds' distributors: quiet nights, peaks mid-morning and mid-afternoon. */
inline std::vector<double> officeDay(int bucketMinutes)
{
    const int slots = 1440 / bucketMinutes;
    std::vector<double> m(static_cast<std::size_t>(slots));
    for (int s = 0; s < slots; ++s) {
        const double hour = (s + 0.5) * bucketMinutes / 60.0;
        const double day = hour >= 7 && hour < 19 ? 1.0 : 0.0;
        const double peaks = std::exp(-std::pow((hour - 10.0) / 1.5, 2)) + 0.8 * std::exp(-std::pow((hour - 14.5) / 1.5, 2));
        m[std::size_t(s)] = 0.2 + 1.0 * day + 1.6 * peaks;
    }
    return m;
}

} // namespace hostreview::loggen
