#include "loadaggregator.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace hostreview::core::import {

namespace {

constexpr double kMinSeconds = 1e-6;
constexpr double kMaxSeconds = 1e4;
constexpr double kGrowth = 1.005;
const double kLogGrowth = std::log(kGrowth);
const int kBins = int(std::ceil(std::log(kMaxSeconds / kMinSeconds) / std::log(kGrowth))) + 2;
constexpr qint64 kMaxWindowDays = 400;
constexpr std::size_t kMaxUnclassifiedPaths = 4096;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QString hhmm(const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

} // namespace

qint64 TimelineBucket::total() const
{
    qint64 sum = unclassified;
    for (qint64 c : counts)
        sum += c;
    return sum;
}

const ClassMeasurement *ImportResult::measurement(const QString &classId) const
{
    for (const ClassMeasurement &m : classes)
        if (m.classId == classId)
            return &m;
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
DurationHistogram::DurationHistogram() : m_bins(std::size_t(kBins), 0) {}

void DurationHistogram::add(double s)
{
    if (!(s >= 0.0) || !std::isfinite(s))
        return;
    int bin = 0; // bin 0 holds everything below 1 µs
    if (s >= kMinSeconds)
        bin = std::min(kBins - 1, 1 + int(std::log(s / kMinSeconds) / kLogGrowth));
    ++m_bins[std::size_t(bin)];
    if (m_count == 0) {
        m_min = m_max = s;
    } else {
        m_min = std::min(m_min, s);
        m_max = std::max(m_max, s);
    }
    ++m_count;
    m_sum += s;
}

double DurationHistogram::quantile(double p) const
{
    if (m_count == 0)
        return 0.0;
    const double rank = std::ceil(p * double(m_count) - 1e-9);
    const quint64 target = quint64(std::max(1.0, rank));
    quint64 cumulative = 0;
    for (int b = 0; b < kBins; ++b) {
        cumulative += m_bins[std::size_t(b)];
        if (cumulative >= target) {
            if (b == 0)
                return m_min;
            // Geometric middle of the bin [min·g^(b−1), min·g^b).
            const double lo = kMinSeconds * std::exp(double(b - 1) * kLogGrowth);
            const double value = lo * std::sqrt(kGrowth);
            return std::clamp(value, m_min, m_max);
        }
    }
    return m_max;
}

DemandStats DurationHistogram::stats() const
{
    DemandStats s;
    s.samples = m_count;
    if (m_count == 0)
        return s;
    s.mean = mean();
    s.p50 = quantile(0.50);
    s.p95 = quantile(0.95);
    s.p99 = quantile(0.99);
    return s;
}

// ---------------------------------------------------------------------------------------------
LoadAggregator::LoadAggregator(int bucketMinutes, const QTimeZone &timeZone)
    : m_bucketMs(qint64(bucketMinutes) * 60000), m_timeZone(timeZone)
{
}

std::vector<qint64> &LoadAggregator::bucket(qint64 index)
{
    if (m_cached && m_cachedIndex == index)
        return *m_cached;
    m_cached = &m_buckets[index];
    m_cachedIndex = index;
    return *m_cached;
}

void LoadAggregator::add(int classIndex, const RequestRecord &r)
{
    if (!m_started) {
        m_started = true;
        m_firstMs = m_lastMs = m_prevMs = r.startMs;
        // Align the bucket grid with the local day: buckets start at local multiples of the bucket
        // length when the zone's standard offset is not a multiple of it (UTC+05:30, hourly buckets).
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(r.startMs, QTimeZone::utc());
        const qint64 offsetMs = qint64(m_timeZone.standardTimeOffset(at)) * 1000;
        m_phaseMs = ((-offsetMs % m_bucketMs) + m_bucketMs) % m_bucketMs;
    }
    m_firstMs = std::min(m_firstMs, r.startMs);
    m_lastMs = std::max(m_lastMs, r.startMs);
    if (r.startMs < m_prevMs - 60000)
        ++m_backwardJumps;
    m_prevMs = r.startMs;

    std::vector<qint64> &counts = bucket(floorDiv(r.startMs - m_phaseMs, m_bucketMs));
    const std::size_t column = std::size_t(classIndex + 1);
    if (counts.size() <= column)
        counts.resize(column + 1, 0);
    ++counts[column];
    if (classIndex < 0)
        return;
    if (m_classes.size() <= std::size_t(classIndex))
        m_classes.resize(std::size_t(classIndex) + 1);
    ClassStats &c = m_classes[std::size_t(classIndex)];
    ++c.requests;
    if (r.response >= 0)
        c.response.add(r.response);
    if (r.app >= 0)
        c.app.add(r.app);
    if (r.db >= 0)
        c.db.add(r.db);
    if (r.ingress >= 0)
        c.ingress.add(r.ingress);
    if (r.queries >= 0) {
        c.queries += r.queries;
        ++c.querySamples;
    }
}

void LoadAggregator::noteUnclassified(std::string_view path)
{
    if (const std::size_t q = path.find('?'); q != std::string_view::npos)
        path = path.substr(0, q);
    const std::string key(path);
    auto it = m_unclassified.find(key);
    if (it != m_unclassified.end())
        ++it->second;
    else if (m_unclassified.size() < kMaxUnclassifiedPaths)
        m_unclassified.emplace(key, 1);
}

Result<void> LoadAggregator::derive(const QStringList &classIds, ImportResult &res) const
{
    if (!m_started)
        return fail(QString(), QStringLiteral("no requests found in the files"));
    const qint64 first = floorDiv(m_firstMs - m_phaseMs, m_bucketMs);
    const qint64 last = floorDiv(m_lastMs - m_phaseMs, m_bucketMs);
    const qint64 n = last - first + 1;
    const QDateTime firstT = QDateTime::fromMSecsSinceEpoch(m_firstMs, QTimeZone::utc());
    const QDateTime lastT = QDateTime::fromMSecsSinceEpoch(m_lastMs, QTimeZone::utc());
    if (n * m_bucketMs > kMaxWindowDays * 86400000LL)
        return fail(QStringLiteral("timestamps"),
                    QStringLiteral("the requests span %1 days (%2 to %3 UTC), more than %4: check for bogus timestamps "
                                   "or import one period at a time")
                        .arg((m_lastMs - m_firstMs) / 86400000)
                        .arg(hhmm(firstT), hhmm(lastT))
                        .arg(kMaxWindowDays));

    const int bucketMinutes = int(m_bucketMs / 60000);
    const int slots = 1440 / bucketMinutes;
    const int nClasses = int(classIds.size());
    res.bucketMinutes = bucketMinutes;
    res.timeZone = QString::fromUtf8(m_timeZone.id());
    res.classIds = classIds;
    res.firstRequest = firstT;
    res.lastRequest = lastT;

    std::vector<double> exposure(std::size_t(slots), 0.0);
    std::vector<std::vector<double>> slotCounts(std::size_t(nClasses), std::vector<double>(std::size_t(slots), 0.0));
    std::set<int> offsets;
    res.timeline.clear();
    res.timeline.reserve(std::size_t(n));
    auto it = m_buckets.lower_bound(first);
    qint64 emptyBuckets = 0, longestEmpty = 0, run = 0;
    int longestEmptyEnd = -1;
    for (qint64 b = first; b <= last; ++b) {
        TimelineBucket tb;
        tb.startUtcMs = b * m_bucketMs + m_phaseMs;
        tb.localStart = QDateTime::fromMSecsSinceEpoch(tb.startUtcMs, m_timeZone);
        tb.day = tb.localStart.date();
        tb.slot = std::min(slots - 1, tb.localStart.time().msecsSinceStartOfDay() / 60000 / bucketMinutes);
        offsets.insert(tb.localStart.offsetFromUtc());
        tb.counts.assign(std::size_t(nClasses), 0);
        if (it != m_buckets.end() && it->first == b) {
            const std::vector<qint64> &counts = it->second;
            if (!counts.empty())
                tb.unclassified = counts[0];
            for (std::size_t c = 1; c < counts.size() && int(c) <= nClasses; ++c)
                tb.counts[c - 1] = counts[c];
            ++it;
        }
        exposure[std::size_t(tb.slot)] += double(m_bucketMs) / 1000.0;
        for (int c = 0; c < nClasses; ++c)
            slotCounts[std::size_t(c)][std::size_t(tb.slot)] += double(tb.counts[std::size_t(c)]);
        if (tb.total() == 0) {
            ++emptyBuckets;
            if (++run > longestEmpty) {
                longestEmpty = run;
                longestEmptyEnd = int(res.timeline.size());
            }
        } else {
            run = 0;
        }
        res.timeline.push_back(std::move(tb));
    }

    // Days of the window, and the peak bucket (highest classified rate).
    res.days.clear();
    res.peakBucket = -1;
    qint64 peakCount = -1;
    for (std::size_t i = 0; i < res.timeline.size(); ++i) {
        const TimelineBucket &tb = res.timeline[i];
        if (res.days.empty() || res.days.back().date != tb.day)
            res.days.push_back(DaySummary{tb.day, 0, 0});
        ++res.days.back().buckets;
        res.days.back().requests += tb.total();
        const qint64 classified = tb.total() - tb.unclassified;
        if (classified > peakCount) {
            peakCount = classified;
            res.peakBucket = int(i);
        }
    }

    int observedSlots = 0;
    for (double e : exposure)
        observedSlots += e > 0 ? 1 : 0;

    res.classes.clear();
    for (int c = 0; c < nClasses; ++c) {
        const ClassStats *stats = std::size_t(c) < m_classes.size() ? &m_classes[std::size_t(c)] : nullptr;
        if (!stats || stats->requests == 0)
            continue;
        ClassMeasurement m;
        m.classId = classIds.at(c);
        m.requests = stats->requests;
        m.slotRates.assign(std::size_t(slots), 0.0);
        m.slotObserved.assign(std::size_t(slots), false);
        double sum = 0.0;
        for (int s = 0; s < slots; ++s) {
            if (exposure[std::size_t(s)] <= 0)
                continue;
            m.slotObserved[std::size_t(s)] = true;
            m.slotRates[std::size_t(s)] = slotCounts[std::size_t(c)][std::size_t(s)] / exposure[std::size_t(s)];
            sum += m.slotRates[std::size_t(s)];
        }
        m.meanRate = sum / double(observedSlots);
        if (observedSlots == slots && m.meanRate > 0) {
            m.multipliers.resize(std::size_t(slots));
            for (int s = 0; s < slots; ++s)
                m.multipliers[std::size_t(s)] = m.slotRates[std::size_t(s)] / m.meanRate;
        }
        for (const TimelineBucket &tb : res.timeline)
            m.peakRate = std::max(m.peakRate, double(tb.counts[std::size_t(c)]) / (double(m_bucketMs) / 1000.0));
        m.response = stats->response.stats();
        m.app = stats->app.stats();
        m.db = stats->db.stats();
        m.ingress = stats->ingress.stats();
        if (stats->querySamples > 0)
            m.meanQueries = double(stats->queries) / double(stats->querySamples);
        res.classes.push_back(std::move(m));
    }

    // Most frequent unclassified paths.
    std::vector<std::pair<std::string, qint64>> paths(m_unclassified.begin(), m_unclassified.end());
    std::sort(paths.begin(), paths.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    res.topUnclassified.clear();
    for (std::size_t i = 0; i < paths.size() && i < 10; ++i)
        res.topUnclassified.emplace_back(QString::fromStdString(paths[i].first), paths[i].second);

    // Confidence notes.
    const QDateTime windowStart = res.timeline.front().localStart;
    const QDateTime windowEnd = res.timeline.back().localStart.addMSecs(m_bucketMs);
    res.notes << QStringLiteral("Window %1 – %2 %3 (%4 buckets of %5 min, %6 local days); edge buckets count in full.")
                     .arg(hhmm(windowStart), hhmm(windowEnd), res.timeZone)
                     .arg(n)
                     .arg(bucketMinutes)
                     .arg(res.days.size());
    if (observedSlots < slots)
        res.notes << QStringLiteral("Only %1 of the %2 slots of a day were observed: the logs cover less than a day, "
                                    "so no daily profile is derived (the mean rate is over the observed slots).")
                         .arg(observedSlots)
                         .arg(slots);
    for (const ClassMeasurement &m : res.classes) {
        if (m.requests < 100)
            res.notes << QStringLiteral("Class %1 has only %2 requests: its rates and p95/p99 are unreliable.")
                             .arg(m.classId)
                             .arg(m.requests);
    }
    if (emptyBuckets > 0) {
        const TimelineBucket &end = res.timeline[std::size_t(longestEmptyEnd)];
        const QDateTime runStart = end.localStart.addMSecs(-(longestEmpty - 1) * m_bucketMs);
        res.notes << QStringLiteral("%1 bucket(s) without any request; the longest gap is %2 min from %3: check for "
                                    "missing log files, rotation or clock gaps if the service was open then.")
                         .arg(emptyBuckets)
                         .arg(longestEmpty * bucketMinutes)
                         .arg(hhmm(runStart));
    }
    if (m_backwardJumps > 0)
        res.notes << QStringLiteral("%1 time(s) the timestamps went back by more than a minute (files out of order, "
                                    "clock steps or very long requests).")
                         .arg(m_backwardJumps);
    QStringList offsetTexts;
    for (int o : offsets)
        offsetTexts << QStringLiteral("UTC%1%2:%3")
                           .arg(o < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                           .arg(std::abs(o) / 3600, 2, 10, QLatin1Char('0'))
                           .arg(std::abs(o) % 3600 / 60, 2, 10, QLatin1Char('0'));
    QString tzNote = QStringLiteral("Buckets are local to %1 (%2).").arg(res.timeZone, offsetTexts.join(QStringLiteral(", ")));
    QStringList odd;
    for (const DaySummary &d : res.days)
        if (d.buckets != slots && d.date != res.days.front().date && d.date != res.days.back().date)
            odd << QStringLiteral("%1 has %2 buckets").arg(d.date.toString(Qt::ISODate)).arg(d.buckets);
    if (!odd.isEmpty())
        tzNote += QStringLiteral(" Daylight-saving change: ") + odd.join(QStringLiteral(", "))
                  + QStringLiteral("; the typical day divides each slot's requests by the time it really covered.");
    res.notes << tzNote;
    return {};
}

} // namespace hostreview::core::import
