#include "logimport.h"

#include "linereader.h"
#include "loadaggregator.h"
#include "logparsers.h"

#include "../log.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace hostreview::core::import {

namespace {

constexpr int kMaxReportedMalformed = 5;
constexpr qint64 kMaxUndetectedLines = 1000;

QString lower(const std::string &s) { return QString::fromStdString(s).trimmed().toLower(); }

int columnIndex(const std::vector<std::string> &header, const QString &name)
{
    if (name.isEmpty())
        return -1;
    const QString wanted = name.toLower();
    for (std::size_t i = 0; i < header.size(); ++i)
        if (lower(header[i]) == wanted)
            return int(i);
    return -1;
}

bool toDouble(const std::string &s, double &out)
{
    const char *b = s.data();
    const char *e = s.data() + s.size();
    while (b < e && *b == ' ')
        ++b;
    while (e > b && e[-1] == ' ')
        --e;
    if (b == e)
        return false;
    const auto [ptr, ec] = std::from_chars(b, e, out);
    return ec == std::errc() && ptr == e && std::isfinite(out);
}

double unitScale(DurationUnit u)
{
    switch (u) {
    case DurationUnit::Milliseconds: return 1e-3;
    case DurationUnit::Microseconds: return 1e-6;
    case DurationUnit::Nanoseconds: return 1e-9;
    case DurationUnit::Seconds: break;
    }
    return 1.0;
}

/** "SELECT sale_order", "UPDATE stock_quant", "INSERT mail_message", "BEGIN", … */
QString sqlFamily(const QString &query)
{
    static const QRegularExpression verbRe(QStringLiteral("^\\s*(?:/\\*.*?\\*/\\s*)?(?:WITH\\b.*?\\)\\s*)?(\\w+)"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tableRe(
        QStringLiteral("\\b(?:FROM|INTO|UPDATE|JOIN)\\s+(?:ONLY\\s+)?\"?([A-Za-z_][A-Za-z0-9_.]*)\"?"),
        QRegularExpression::CaseInsensitiveOption);
    const auto v = verbRe.match(query);
    const QString verb = v.hasMatch() ? v.captured(1).toUpper() : QStringLiteral("OTHER");
    const auto t = tableRe.match(query);
    return t.hasMatch() ? verb + QLatin1Char(' ') + t.captured(1) : verb;
}

struct Counters {
    ImportResult &res;
    FileSummary &file;
    QString fileName;
    void malformed(qint64 line, const QString &reason)
    {
        ++res.malformed;
        ++file.malformed;
        if (int(res.firstMalformed.size()) < kMaxReportedMalformed)
            res.firstMalformed.push_back(SkippedLine{fileName, line, reason});
    }
};

struct CsvState {
    bool haveHeader = false;
    std::vector<std::string> header;
    std::vector<std::string> fields;
    std::string pending;
    qint64 pendingLine = 0;
    // generic CSV columns
    int ts = -1, cls = -1, path = -1, method = -1, dur = -1, app = -1, db = -1;
    // pg_stat_statements columns
    int query = -1, calls = -1, total = -1, rows = -1, hit = -1, read = -1, queryId = -1;
};

} // namespace

Result<CsvMapping> csvMappingFromSpec(const QString &spec)
{
    CsvMapping m;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(QStringLiteral("--columns"), QStringLiteral("expected key=value, got \"%1\"").arg(part));
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (key == QLatin1String("timestamp"))
            m.timestamp = value;
        else if (key == QLatin1String("class"))
            m.classColumn = value;
        else if (key == QLatin1String("path"))
            m.pathColumn = value;
        else if (key == QLatin1String("method"))
            m.methodColumn = value;
        else if (key == QLatin1String("duration"))
            m.duration = value;
        else if (key == QLatin1String("app"))
            m.appColumn = value;
        else if (key == QLatin1String("db"))
            m.dbColumn = value;
        else if (key == QLatin1String("unit")) {
            if (value == QLatin1String("s"))
                m.unit = DurationUnit::Seconds;
            else if (value == QLatin1String("ms"))
                m.unit = DurationUnit::Milliseconds;
            else if (value == QLatin1String("us"))
                m.unit = DurationUnit::Microseconds;
            else if (value == QLatin1String("ns"))
                m.unit = DurationUnit::Nanoseconds;
            else
                return fail(QStringLiteral("--columns.unit"), QStringLiteral("must be s, ms, us or ns, got \"%1\"").arg(value));
        } else if (key == QLatin1String("delimiter")) {
            if (value == QLatin1String("tab"))
                m.delimiter = '\t';
            else if (value.size() == 1 && value.at(0).unicode() < 128)
                m.delimiter = char(value.at(0).unicode());
            else
                return fail(QStringLiteral("--columns.delimiter"), QStringLiteral("must be one ASCII character or \"tab\""));
        } else {
            return fail(QStringLiteral("--columns"), QStringLiteral("unknown key \"%1\"").arg(key));
        }
    }
    return m;
}

Result<int> parseBucketMinutes(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\s*(m|min|h)?$"));
    const auto match = re.match(text.trimmed());
    if (!match.hasMatch())
        return fail(QStringLiteral("--bucket"), QStringLiteral("expected minutes like 15m or 1h, got \"%1\"").arg(text));
    int minutes = match.captured(1).toInt();
    if (match.captured(2) == QLatin1String("h"))
        minutes *= 60;
    if (minutes <= 0 || 1440 % minutes != 0)
        return fail(QStringLiteral("--bucket"),
                    QStringLiteral("must divide a day into whole buckets (5m, 10m, 15m, 30m, 1h, …), got %1 min").arg(minutes));
    return minutes;
}

Result<ImportResult> importLogs(const QStringList &files, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (files.isEmpty())
        return fail(QString(), QStringLiteral("no files to import"));
    if (options.bucketMinutes <= 0 || 1440 % options.bucketMinutes != 0)
        return fail(QStringLiteral("bucket_minutes"),
                    QStringLiteral("must divide a day into whole buckets, got %1").arg(options.bucketMinutes));
    if (!options.timeZone.isValid())
        return fail(QStringLiteral("time zone"), QStringLiteral("is not a valid IANA time zone"));
    const std::vector<ClassificationRule> rules = options.rules.empty() ? defaultClassificationRules() : options.rules;
    Result<Classifier> created = Classifier::create(rules);
    if (!created)
        return created.error();
    Classifier classifier = std::move(created).value();

    qint64 totalBytes = 0;
    for (const QString &f : files)
        totalBytes += QFileInfo(f).size();

    ImportResult res;
    res.rules = rules;
    res.bucketMinutes = options.bucketMinutes;
    LoadAggregator aggregator(options.bucketMinutes, options.timeZone);
    TraefikJsonParser jsonParser;
    std::string scratch;
    std::map<QString, QueryFamily> families;
    QStringList formatsUsed;
    qint64 doneBefore = 0;
    const double csvScale = unitScale(options.csv.unit);
    auto log = logger("core.import");

    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        LineReader reader;
        if (Result<void> opened = reader.open(path); !opened)
            return opened.error();
        res.files.push_back(FileSummary{path, QString(), reader.size(), 0, 0, 0, 0});
        FileSummary &fs = res.files.back();
        Counters counters{res, fs, name};
        LogFormat format = options.format;
        CsvState csv;
        RequestRecord rec;
        qint64 lastProgressBytes = 0;
        std::string_view line;

        auto request = [&](const RequestRecord &r) {
            const int cls = r.classId.empty() ? classifier.classify(r.method, r.path, r.router)
                                              : classifier.classIndex(r.classId);
            aggregator.add(cls, r);
            ++res.requests;
            ++fs.requests;
            if (cls < 0) {
                ++res.unclassified;
                aggregator.noteUnclassified(r.path);
            }
        };
        auto truncated = [&](qint64 lineNo) {
            return fail(name, QStringLiteral("is truncated: its last line (%1) stops in the middle of a record "
                                             "without a final newline; nothing was imported")
                                  .arg(lineNo));
        };

        while (reader.next(line)) {
            const qint64 lineNo = reader.lineNumber();
            ++fs.lines;
            if (options.progress && reader.bytesDone() - lastProgressBytes >= qint64(LineReader::kChunkBytes)) {
                lastProgressBytes = reader.bytesDone();
                if (!options.progress(doneBefore + lastProgressBytes, totalBytes))
                    return fail(QString(), QStringLiteral("import cancelled"));
            }
            if (reader.tooLong()) {
                counters.malformed(lineNo, QStringLiteral("line longer than 1 MiB"));
                continue;
            }
            if (csv.pending.empty()) {
                std::size_t i = 0;
                while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
                    ++i;
                if (i == line.size()) {
                    ++res.ignored;
                    ++fs.ignored;
                    continue;
                }
            }
            if (format == LogFormat::Auto) {
                // A rotated log may start inside a traceback: lines before the first recognisable
                // one count as other lines, up to a limit.
                const auto detected = detectLogFormat(line);
                if (!detected) {
                    if (lineNo >= kMaxUndetectedLines)
                        return fail(name, QStringLiteral("cannot tell the format from its first %1 lines; name it with "
                                                         "--format (%2)")
                                              .arg(lineNo)
                                              .arg(logFormatNames().mid(1).join(QStringLiteral(", "))));
                    ++res.ignored;
                    ++fs.ignored;
                    continue;
                }
                format = *detected;
            }
            switch (format) {
            case LogFormat::TraefikJson:
                if (jsonParser.parse(line, reader.capacityFrom(line.data()), rec))
                    request(rec);
                else if (reader.unterminated())
                    return truncated(lineNo);
                else
                    counters.malformed(lineNo, QStringLiteral("not a Traefik JSON access-log object with StartUTC and Duration"));
                break;
            case LogFormat::TraefikClf:
                if (parseTraefikClf(line, rec))
                    request(rec);
                else if (reader.unterminated())
                    return truncated(lineNo);
                else
                    counters.malformed(lineNo, QStringLiteral("not a Traefik common-log-format line"));
                break;
            case LogFormat::Odoo:
                switch (parseOdooLine(line, rec, scratch)) {
                case OdooLineKind::Request:
                    request(rec);
                    break;
                case OdooLineKind::Other:
                    ++res.ignored;
                    ++fs.ignored;
                    break;
                case OdooLineKind::Malformed:
                    if (reader.unterminated())
                        return truncated(lineNo);
                    counters.malformed(lineNo, QStringLiteral("werkzeug request line without status, size and perf_info"));
                    break;
                }
                break;
            case LogFormat::PgStatStatements:
            case LogFormat::Csv: {
                if (csv.pending.empty()) {
                    csv.pending.assign(line);
                    csv.pendingLine = lineNo;
                } else {
                    csv.pending.push_back('\n');
                    csv.pending.append(line);
                }
                if (hasOpenQuote(csv.pending)) {
                    if (reader.unterminated())
                        return truncated(lineNo);
                    continue; // a quoted field runs on to the next line
                }
                const char delimiter = format == LogFormat::Csv ? options.csv.delimiter : ',';
                splitCsv(csv.pending, delimiter, csv.fields);
                const qint64 recLine = csv.pendingLine;
                csv.pending.clear();
                if (!csv.haveHeader) {
                    csv.haveHeader = true;
                    csv.header = csv.fields;
                    ++res.ignored;
                    ++fs.ignored;
                    if (format == LogFormat::PgStatStatements) {
                        csv.query = columnIndex(csv.header, QStringLiteral("query"));
                        csv.queryId = columnIndex(csv.header, QStringLiteral("queryid"));
                        csv.calls = columnIndex(csv.header, QStringLiteral("calls"));
                        csv.total = columnIndex(csv.header, QStringLiteral("total_exec_time"));
                        if (csv.total < 0)
                            csv.total = columnIndex(csv.header, QStringLiteral("total_time")); // PostgreSQL ≤ 12
                        csv.rows = columnIndex(csv.header, QStringLiteral("rows"));
                        csv.hit = columnIndex(csv.header, QStringLiteral("shared_blks_hit"));
                        csv.read = columnIndex(csv.header, QStringLiteral("shared_blks_read"));
                        if (csv.calls < 0 || csv.total < 0)
                            return fail(name, QStringLiteral("pg_stat_statements CSV needs the header columns calls and "
                                                             "total_exec_time (or total_time)"));
                    } else {
                        const CsvMapping &m = options.csv;
                        csv.ts = columnIndex(csv.header, m.timestamp);
                        csv.cls = columnIndex(csv.header, m.classColumn);
                        csv.path = columnIndex(csv.header, m.pathColumn);
                        csv.method = columnIndex(csv.header, m.methodColumn);
                        csv.dur = columnIndex(csv.header, m.duration);
                        csv.app = columnIndex(csv.header, m.appColumn);
                        csv.db = columnIndex(csv.header, m.dbColumn);
                        QStringList missing;
                        if (csv.ts < 0)
                            missing << QStringLiteral("timestamp=%1").arg(m.timestamp);
                        if (csv.dur < 0)
                            missing << QStringLiteral("duration=%1").arg(m.duration);
                        if (csv.cls < 0 && csv.path < 0)
                            missing << QStringLiteral("class=%1 or path=%2").arg(m.classColumn, m.pathColumn);
                        if (!m.appColumn.isEmpty() && csv.app < 0)
                            missing << QStringLiteral("app=%1").arg(m.appColumn);
                        if (!m.dbColumn.isEmpty() && csv.db < 0)
                            missing << QStringLiteral("db=%1").arg(m.dbColumn);
                        if (!missing.isEmpty())
                            return fail(name, QStringLiteral("CSV header lacks the mapped column(s) %1 (map them with --columns)")
                                                  .arg(missing.join(QStringLiteral(", "))));
                    }
                    continue;
                }
                auto field = [&](int i) -> const std::string * {
                    return i >= 0 && std::size_t(i) < csv.fields.size() ? &csv.fields[std::size_t(i)] : nullptr;
                };
                if (format == LogFormat::PgStatStatements) {
                    double calls = 0, total = 0, rows = 0, hit = 0, read = 0;
                    if (csv.fields.size() != csv.header.size() || !toDouble(*field(csv.calls), calls)
                        || !toDouble(*field(csv.total), total) || calls < 0 || total < 0
                        || (csv.rows >= 0 && !toDouble(*field(csv.rows), rows))
                        || (csv.hit >= 0 && !toDouble(*field(csv.hit), hit))
                        || (csv.read >= 0 && !toDouble(*field(csv.read), read))) {
                        counters.malformed(recLine, QStringLiteral("pg_stat_statements row with %1 fields (header has %2) "
                                                                   "or non-numeric calls/times")
                                                        .arg(csv.fields.size())
                                                        .arg(csv.header.size()));
                        continue;
                    }
                    const QString text = csv.query >= 0 ? QString::fromStdString(*field(csv.query))
                                                        : QStringLiteral("queryid ") + QString::fromStdString(*field(csv.queryId));
                    QueryFamily &f = families[sqlFamily(text)];
                    ++f.statements;
                    f.calls += qint64(calls);
                    f.totalTime += total / 1000.0; // pg_stat_statements times are milliseconds
                    f.rows += qint64(rows);
                    f.sharedBlksHit += qint64(hit);
                    f.sharedBlksRead += qint64(read);
                    ++fs.requests;
                    continue;
                }
                // Generic CSV request.
                rec = RequestRecord();
                double d = 0;
                const std::string *tsField = field(csv.ts);
                std::optional<qint64> ts;
                if (tsField) {
                    ts = parseIso8601Ms(*tsField);
                    double epoch = 0;
                    if (!ts && toDouble(*tsField, epoch))
                        ts = qint64(std::llround(epoch * 1000.0));
                }
                const std::string *durField = field(csv.dur);
                if (!ts || !durField || !toDouble(*durField, d) || d < 0) {
                    counters.malformed(recLine, QStringLiteral("CSV row without a valid timestamp and duration"));
                    continue;
                }
                rec.startMs = *ts;
                rec.response = d * csvScale;
                double part = 0;
                if (const std::string *a = field(csv.app); a && toDouble(*a, part) && part >= 0)
                    rec.app = part * csvScale;
                if (const std::string *b = field(csv.db); b && toDouble(*b, part) && part >= 0)
                    rec.db = part * csvScale;
                if (const std::string *c = field(csv.cls); c && !c->empty())
                    rec.classId = *c;
                if (const std::string *p = field(csv.path))
                    rec.path = *p;
                if (const std::string *m = field(csv.method))
                    rec.method = *m;
                if (rec.classId.empty() && rec.path.empty()) {
                    counters.malformed(recLine, QStringLiteral("CSV row with neither class nor path"));
                    continue;
                }
                request(rec);
                break;
            }
            case LogFormat::Auto:
                break;
            }
        }
        if (!reader.readError().isEmpty())
            return fail(name, QStringLiteral("read error after line %1: %2").arg(reader.lineNumber()).arg(reader.readError()));
        if (!csv.pending.empty())
            return truncated(reader.lineNumber());
        if (format == LogFormat::Auto)
            return fail(name, QStringLiteral("cannot tell the format of any of its %1 lines; name it with --format (%2)")
                                  .arg(reader.lineNumber())
                                  .arg(logFormatNames().mid(1).join(QStringLiteral(", "))));
        fs.format = logFormatName(format);
        if (!formatsUsed.contains(fs.format))
            formatsUsed << fs.format;
        res.linesRead += fs.lines;
        doneBefore += reader.size();
        if (options.progress && !options.progress(doneBefore, totalBytes))
            return fail(QString(), QStringLiteral("import cancelled"));
    }

    for (auto &[name, f] : families) {
        f.family = name;
        f.meanTime = f.calls > 0 ? f.totalTime / double(f.calls) : 0.0;
        res.queryFamilies.push_back(f);
    }
    std::sort(res.queryFamilies.begin(), res.queryFamilies.end(),
              [](const QueryFamily &a, const QueryFamily &b) { return a.totalTime > b.totalTime; });

    const bool onlyPgss = formatsUsed == QStringList{logFormatName(LogFormat::PgStatStatements)};
    if (onlyPgss) {
        if (res.queryFamilies.empty())
            return fail(QString(), QStringLiteral("no pg_stat_statements rows found in the files"));
        res.timeZone = QString::fromUtf8(options.timeZone.id());
        res.notes << QStringLiteral("pg_stat_statements counts from the last reset: database demand per query family, "
                                    "no arrival times.");
    } else {
        if (res.requests == 0)
            return fail(QString(), QStringLiteral("no requests found in the files (%1 lines read, %2 malformed, %3 other)")
                                       .arg(res.linesRead)
                                       .arg(res.malformed)
                                       .arg(res.ignored));
        if (Result<void> derived = aggregator.derive(classifier.classIds(), res); !derived)
            return derived.error();
        if (res.unclassified > 0)
            res.notes << QStringLiteral("%1 of %2 requests (%3 %) matched no classification rule; they count in no class.")
                             .arg(res.unclassified)
                             .arg(res.requests)
                             .arg(100.0 * double(res.unclassified) / double(res.requests), 0, 'f', 1);
        if (formatsUsed.contains(QStringLiteral("traefik-json")) || formatsUsed.contains(QStringLiteral("traefik-clf"))
            || formatsUsed.contains(QStringLiteral("csv")))
            res.notes << QStringLiteral("Traefik and CSV durations are response times: they include any queueing, so "
                                        "they overstate service times when the system was busy.");
        if (formatsUsed.contains(QStringLiteral("odoo")))
            res.notes << QStringLiteral("Odoo log times are read as UTC (the server runs with TZ=UTC); a request's arrival "
                                        "is its log time minus its wall time.");
    }

    QStringList names;
    for (const FileSummary &f : res.files)
        names << QFileInfo(f.path).fileName();
    QString range;
    if (res.firstRequest.isValid()) {
        const QTimeZone tz = options.timeZone;
        range = QStringLiteral(", %1 – %2 %3")
                    .arg(res.firstRequest.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         res.lastRequest.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")), res.timeZone);
    }
    res.source = QStringLiteral("%1 (%2%3; %4 lines, %5 requests, %6 unclassified, %7 malformed)")
                     .arg(names.join(QStringLiteral(", ")), formatsUsed.join(QLatin1Char('+')), range)
                     .arg(res.linesRead)
                     .arg(res.requests)
                     .arg(res.unclassified)
                     .arg(res.malformed);
    res.elapsedSeconds = double(timer.nsecsElapsed()) / 1e9;
    log->info("imported {} lines from {} file(s) in {:.2f} s", res.linesRead, files.size(), res.elapsedSeconds);
    return res;
}

QByteArray timelineCsv(const ImportResult &r)
{
    QByteArray csv("local_start,day,slot");
    std::vector<int> columns;
    for (int c = 0; c < r.classIds.size(); ++c)
        if (r.measurement(r.classIds.at(c))) {
            columns.push_back(c);
            csv += ',' + r.classIds.at(c).toUtf8();
        }
    csv += ",unclassified\n";
    const double seconds = r.bucketMinutes * 60.0;
    for (const TimelineBucket &b : r.timeline) {
        csv += b.localStart.toString(Qt::ISODate).toUtf8() + ',' + b.day.toString(Qt::ISODate).toUtf8() + ','
               + QByteArray::number(b.slot);
        for (int c : columns)
            csv += ',' + QByteArray::number(double(b.counts[std::size_t(c)]) / seconds, 'g', 8);
        csv += ',' + QByteArray::number(double(b.unclassified) / seconds, 'g', 8) + '\n';
    }
    return csv;
}

QString importSummaryText(const ImportResult &r)
{
    QString s;
    QTextStream out(&s);
    auto ms = [](double seconds) { return QString::number(seconds * 1000.0, 'f', 1); };
    for (const FileSummary &f : r.files)
        out << QStringLiteral("%1: %2, %3 lines, %4 records, %5 malformed, %6 other\n")
                   .arg(QFileInfo(f.path).fileName(), f.format)
                   .arg(f.lines)
                   .arg(f.requests)
                   .arg(f.malformed)
                   .arg(f.ignored);
    out << QStringLiteral("Lines read: %1; requests: %2; unclassified: %3; malformed: %4; other lines: %5\n")
               .arg(r.linesRead)
               .arg(r.requests)
               .arg(r.unclassified)
               .arg(r.malformed)
               .arg(r.ignored);
    if (!r.firstMalformed.empty()) {
        out << "First malformed lines:\n";
        for (const SkippedLine &l : r.firstMalformed)
            out << QStringLiteral("  %1:%2: %3\n").arg(l.file).arg(l.line).arg(l.reason);
    }
    if (!r.classes.empty()) {
        out << QStringLiteral("Classes (rates per second; demands in ms: mean / p50 / p95 / p99):\n");
        for (const ClassMeasurement &m : r.classes) {
            out << QStringLiteral("  %1: %2 requests, mean rate %3/s, peak %4/s")
                       .arg(m.classId)
                       .arg(m.requests)
                       .arg(m.meanRate, 0, 'g', 5)
                       .arg(m.peakRate, 0, 'g', 5);
            out << '\n';
            auto line = [&](const char *label, const DemandStats &d) {
                if (d.samples > 0)
                    out << QStringLiteral("      %1 %2 / %3 / %4 / %5 (n=%6)\n")
                               .arg(QString::fromLatin1(label).leftJustified(9), ms(d.mean), ms(d.p50), ms(d.p95), ms(d.p99))
                               .arg(d.samples);
            };
            line("response", m.response);
            line("app", m.app);
            line("db", m.db);
            line("ingress", m.ingress);
            if (m.meanQueries >= 0)
                out << QStringLiteral("      queries  %1 per request\n").arg(m.meanQueries, 0, 'f', 1);
        }
    }
    if (!r.topUnclassified.empty()) {
        out << "Most frequent unclassified paths:\n";
        for (const auto &[path, count] : r.topUnclassified)
            out << QStringLiteral("  %1  %2\n").arg(count, 8).arg(path);
    }
    if (r.peakBucket >= 0 && std::size_t(r.peakBucket) < r.timeline.size()) {
        const TimelineBucket &p = r.timeline[std::size_t(r.peakBucket)];
        const double seconds = r.bucketMinutes * 60.0;
        out << QStringLiteral("Peak bucket: %1 %2 (%3 classified requests/s)\n")
                   .arg(p.localStart.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.timeZone)
                   .arg(double(p.total() - p.unclassified) / seconds, 0, 'g', 5);
        for (int c = 0; c < r.classIds.size(); ++c)
            if (p.counts[std::size_t(c)] > 0)
                out << QStringLiteral("  %1: %2/s\n").arg(r.classIds.at(c)).arg(double(p.counts[std::size_t(c)]) / seconds, 0, 'g', 5);
    }
    if (!r.queryFamilies.empty()) {
        double total = 0;
        for (const QueryFamily &f : r.queryFamilies)
            total += f.totalTime;
        out << "Database demand by query family (pg_stat_statements):\n";
        for (std::size_t i = 0; i < r.queryFamilies.size() && i < 15; ++i) {
            const QueryFamily &f = r.queryFamilies[i];
            out << QStringLiteral("  %1: %2 calls, %3 s total (%4 %), %5 ms per call\n")
                       .arg(f.family)
                       .arg(f.calls)
                       .arg(f.totalTime, 0, 'f', 1)
                       .arg(total > 0 ? 100.0 * f.totalTime / total : 0.0, 0, 'f', 1)
                       .arg(f.meanTime * 1000.0, 0, 'f', 3);
        }
    }
    if (!r.notes.isEmpty()) {
        out << "Confidence:\n";
        for (const QString &n : r.notes)
            out << "  - " << n << '\n';
    }
    out << QStringLiteral("Read in %1 s\n").arg(r.elapsedSeconds, 0, 'f', 2);
    return s;
}

} // namespace hostreview::core::import
