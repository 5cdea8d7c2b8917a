// hostreview-cli solve: solves reviews and prints the results of interchange-v1.
#include "clicommand.h"

#include "core/interchange/reviewfile.h"
#include "core/log.h"
#include "core/model/validation.h"
#include "core/solver/resultsjson.h"
#include "core/solver/solver.h"
#include "core/solver/sweep.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

using namespace hostreview;
using namespace hostreview::app::cli;
namespace solver = hostreview::core::solver;

namespace {

enum class Format { Table, Json, Csv };

struct SolveArgs {
    QStringList files;
    QString scenario = QStringLiteral("baseline"); ///< an id or "all"
    QString bucket;                                 ///< empty (none), a number, "all" or "peak"
    Format format = Format::Table;
    solver::Method method = solver::Method::Auto;
    double knee = 0.8;
};

QString fmt(double v, int precision = 4) { return QString::number(v, 'g', precision); }
QString fmt(const std::optional<double> &v, int precision = 4)
{
    return v ? fmt(*v, precision) : QStringLiteral("–");
}

/** Solves one file for the requested scenarios and buckets. */
core::Result<std::vector<solver::SolveResult>> solveFile(const core::Review &review, const SolveArgs &a)
{
    QStringList scenarios;
    if (a.scenario == QStringLiteral("all")) {
        scenarios << core::baselineScenarioId();
        for (const core::Scenario &s : review.scenarios)
            if (s.id != core::baselineScenarioId())
                scenarios << s.id;
    } else {
        scenarios << a.scenario;
    }
    std::vector<solver::SolveResult> results;
    if (a.bucket == QStringLiteral("all") || a.bucket == QStringLiteral("peak")) {
        const bool all = a.bucket == QStringLiteral("all");
        solver::SweepOptions so;
        so.scenarios = scenarios;
        so.method = a.method;
        so.knee = a.knee;
        so.keepResults = all; // peak: the timeline finds the bucket, then one full solve
        core::Result<solver::Sweep> sw = solver::sweep(review, so);
        if (!sw)
            return sw.error();
        for (solver::ScenarioSweep &ss : sw->scenarios) {
            if (all) {
                for (solver::SolveResult &r : ss.results)
                    results.push_back(std::move(r));
                continue;
            }
            solver::SolveOptions o;
            o.scenario = ss.scenario;
            o.bucket = ss.peakBucket; // nullopt when the model has no profiles
            o.method = a.method;
            o.knee = a.knee;
            core::Result<solver::SolveResult> r = solver::solve(review, o);
            if (!r)
                return r.error();
            results.push_back(std::move(*r));
        }
        return results;
    }
    for (const QString &id : std::as_const(scenarios)) {
        solver::SolveOptions o;
        o.scenario = id;
        o.method = a.method;
        o.knee = a.knee;
        if (!a.bucket.isEmpty())
            o.bucket = a.bucket.toInt();
        core::Result<solver::SolveResult> r = solver::solve(review, o);
        if (!r)
            return r.error();
        results.push_back(std::move(*r));
    }
    return results;
}

void printTable(QTextStream &s, const QString &file, const std::vector<solver::SolveResult> &results)
{
    for (const solver::SolveResult &r : results) {
        s << file << " — scenario " << r.scenario << ", bucket "
          << (r.bucket ? QString::number(*r.bucket) : QStringLiteral("none"))
          << (r.approximate ? QStringLiteral(" (approximate)") : QString()) << '\n';
        s << "bottleneck: " << (r.bottleneck.isEmpty() ? QStringLiteral("none") : r.bottleneck) << "    headroom: "
          << (r.headroom ? fmt(*r.headroom) + QStringLiteral("× (") + r.headroomStation + QLatin1Char(')')
                         : QStringLiteral("n/a (no open classes)"))
          << '\n';
        std::vector<const solver::StationResult *> order;
        for (const solver::StationResult &st : r.stations)
            order.push_back(&st);
        std::stable_sort(order.begin(), order.end(), [](const auto *x, const auto *y) {
            if (x->delay != y->delay)
                return !x->delay; // queue stations first
            return x->utilization > y->utilization;
        });
        s << QStringLiteral("  %1 %2 %3  %4\n")
                 .arg(QStringLiteral("station"), -24)
                 .arg(QStringLiteral("utilisation"), 12)
                 .arg(QStringLiteral("queue"), 10)
                 .arg(QStringLiteral("state"));
        for (const solver::StationResult *st : order) {
            QString state;
            if (st->delay)
                state = QStringLiteral("delay (mean number in service)");
            else if (st->saturated)
                state = QStringLiteral("SATURATED");
            else if (st->atRisk)
                state = QStringLiteral("at risk");
            const QString u = st->delay ? fmt(st->utilization) : fmt(st->utilization * 100.0, 4) + QLatin1Char('%');
            s << QStringLiteral("  %1 %2 %3  %4\n")
                     .arg(st->id, -24)
                     .arg(u, 12)
                     .arg(fmt(st->queueLength), 10)
                     .arg(state);
        }
        s << QStringLiteral("  %1 %2 %3\n")
                 .arg(QStringLiteral("class"), -24)
                 .arg(QStringLiteral("throughput/s"), 12)
                 .arg(QStringLiteral("response s"), 12);
        for (const solver::ClassResult &c : r.classes)
            s << QStringLiteral("  %1 %2 %3\n")
                     .arg(c.id, -24)
                     .arg(fmt(c.throughput), 12)
                     .arg(c.responseTime ? fmt(*c.responseTime) : QStringLiteral("saturated"), 12);
        for (const QString &n : r.notes)
            s << "  note: " << n << '\n';
        s << '\n';
    }
}

QString csvField(const QString &f)
{
    if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(f).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return f;
}

QString csvNumber(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

void printCsv(QTextStream &s, const QString &file, const std::vector<solver::SolveResult> &results)
{
    for (const solver::SolveResult &r : results)
        for (const solver::StationResult &st : r.stations)
            s << csvField(file) << ',' << csvField(r.scenario) << ','
              << (r.bucket ? QString::number(*r.bucket) : QString()) << ',' << (r.approximate ? "true" : "false")
              << ',' << csvField(st.id) << ',' << (st.delay ? "delay" : "queue") << ','
              << csvNumber(st.utilization) << ',' << csvNumber(st.openUtilization) << ','
              << csvNumber(st.queueLength) << ',' << (st.saturated ? "true" : "false") << ','
              << (st.atRisk ? "true" : "false") << ',' << (st.id == r.bottleneck ? "true" : "false") << '\n';
}

/** Returns a JSON string literal for `s` (QJsonDocument does the escaping). */
QByteArray jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{QJsonValue(s)}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

/** The line of a FILE that fails: {"file": …, "error": …}, keys in the contract's order. */
QByteArray errorLine(const QString &file, const QString &message)
{
    return "{\"file\":" + jsonString(file) + ",\"error\":" + jsonString(message) + "}";
}

int runSolve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Solves the queueing model of each FILE (project file or interchange JSON) and prints the results."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Project file or interchange JSON."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"), QStringLiteral("Scenario id, or all (default baseline)."),
                                         QStringLiteral("ID|all"), QStringLiteral("baseline"));
    const QCommandLineOption bucketOpt(QStringLiteral("bucket"),
                                       QStringLiteral("Profile bucket: a number, all, or peak (default: no profile)."),
                                       QStringLiteral("N|all|peak"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("Output: table, json or csv (default table)."),
                                       QStringLiteral("table|json|csv"), QStringLiteral("table"));
    const QCommandLineOption methodOpt(QStringLiteral("method"),
                                       QStringLiteral("Closed classes: auto, exact or approximate (default auto)."),
                                       QStringLiteral("auto|exact|approximate"), QStringLiteral("auto"));
    const QCommandLineOption kneeOpt(QStringLiteral("knee"), QStringLiteral("Utilisation from which a station is at risk (default 0.8)."),
                                     QStringLiteral("X"), QStringLiteral("0.8"));
    parser.addOptions({scenarioOpt, bucketOpt, formatOpt, methodOpt, kneeOpt});
    if (!parser.parse(arguments)) {
        err() << "hostreview-cli solve: " << parser.errorText() << "\n" << parser.helpText();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    SolveArgs a;
    a.files = parser.positionalArguments();
    a.scenario = parser.value(scenarioOpt);
    a.bucket = parser.value(bucketOpt);
    auto usage = [&](const QString &message) {
        err() << "hostreview-cli solve: " << message << "\n" << parser.helpText();
        return int(ExitUsage);
    };
    if (a.files.isEmpty())
        return usage(QStringLiteral("no FILE given"));
    const QString format = parser.value(formatOpt);
    if (format == QStringLiteral("table"))
        a.format = Format::Table;
    else if (format == QStringLiteral("json"))
        a.format = Format::Json;
    else if (format == QStringLiteral("csv"))
        a.format = Format::Csv;
    else
        return usage(QStringLiteral("--format must be table, json or csv, got '%1'").arg(format));
    const QString method = parser.value(methodOpt);
    if (method == QStringLiteral("auto"))
        a.method = solver::Method::Auto;
    else if (method == QStringLiteral("exact"))
        a.method = solver::Method::Exact;
    else if (method == QStringLiteral("approximate"))
        a.method = solver::Method::Approximate;
    else
        return usage(QStringLiteral("--method must be auto, exact or approximate, got '%1'").arg(method));
    bool ok = false;
    a.knee = parser.value(kneeOpt).toDouble(&ok);
    if (!ok || !std::isfinite(a.knee) || a.knee <= 0.0)
        return usage(QStringLiteral("--knee must be a number > 0, got '%1'").arg(parser.value(kneeOpt)));
    if (!a.bucket.isEmpty() && a.bucket != QStringLiteral("all") && a.bucket != QStringLiteral("peak")) {
        const int b = a.bucket.toInt(&ok);
        if (!ok || b < 0)
            return usage(QStringLiteral("--bucket must be a bucket number ≥ 0, all or peak, got '%1'").arg(a.bucket));
    }
    if (a.scenario.isEmpty())
        return usage(QStringLiteral("--scenario must name a scenario or be all"));

    auto log = core::logger("core.solver");
    int code = ExitOk;
    if (a.format == Format::Csv)
        out() << "file,scenario,bucket,approximate,station,discipline,utilization,open_utilization,queue_length,"
                 "saturated,at_risk,bottleneck\n";
    for (const QString &file : std::as_const(a.files)) {
        QString failure;
        core::Result<core::Review> review = core::readReviewFile(file);
        if (!review) {
            failure = review.error().toString();
            err() << file << ": " << failure << "\n";
        } else {
            const std::vector<core::Problem> problems = core::validate(*review);
            QStringList errors;
            for (const core::Problem &p : problems) {
                err() << file << ": " << p.toString() << "\n";
                if (p.severity == core::Severity::Error)
                    errors << (p.where.isEmpty() ? p.message : p.where + QStringLiteral(": ") + p.message);
            }
            if (!errors.isEmpty())
                failure = errors.join(QStringLiteral("; "));
        }
        std::vector<solver::SolveResult> results;
        if (failure.isEmpty()) {
            core::Result<std::vector<solver::SolveResult>> r = solveFile(*review, a);
            if (!r) {
                failure = r.error().toString();
                err() << file << ": error: " << failure << "\n";
            } else {
                results = std::move(*r);
            }
        }
        if (!failure.isEmpty()) {
            log->info("solve {}: {}", file.toStdString(), failure.toStdString());
            code = ExitInvalid;
            if (a.format == Format::Json)
                out() << errorLine(file, failure) << '\n';
            continue;
        }
        switch (a.format) {
        case Format::Json: out() << solver::resultsToJson(results) << '\n'; break;
        case Format::Csv: printCsv(out(), file, results); break;
        case Format::Table: printTable(out(), file, results); break;
        }
    }
    return code;
}

const CliRegistration reg{{"solve", "Solve the queueing model (results as table, JSON or CSV)", &runSolve}};

} // namespace
