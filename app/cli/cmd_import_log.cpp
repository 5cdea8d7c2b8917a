#include "clicommand.h"

#include "core/import/applyimport.h"
#include "core/import/logimport.h"
#include "core/interchange/reviewfile.h"
#include "core/merge/revisions.h"
#include "core/model/validation.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

using namespace hostreview;
using namespace hostreview::app::cli;
namespace imp = hostreview::core::import;

namespace {

int usage(const QString &program, const QString &message)
{
    err() << program << ": " << message << "\nRun '" << program << " --help' for the options.\n";
    return ExitUsage;
}

QSet<QString> errorTexts(const core::Review &review)
{
    QSet<QString> texts;
    for (const core::Problem &p : core::validate(review))
        if (p.severity == core::Severity::Error)
            texts.insert(p.toString());
    return texts;
}

int runImportLog(const QStringList &args)
{
    const QString program = args.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Derives measured load profiles from access and server logs: per workload class the arrival rate\n"
        "per bucket of the local business day, the service demand at the Odoo workers and PostgreSQL\n"
        "(mean, p50, p95, p99), the peak bucket and a confidence note; then applies them to the project\n"
        "(arrival rates, demands' service times, profiles, all marked measured) and saves it atomically.\n"
        "Nothing is written when the import fails or with --dry-run. Requests are classified with the\n"
        "project's classification_rules (Odoo's URL space by default); see docs/import.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("log files (rotated parts of one period)"),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption into(QStringLiteral("into"), QStringLiteral("the project (.hostreview or .json) to update"),
                                  QStringLiteral("PROJECT"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("traefik-json, traefik-clf, odoo, pgss, csv (default: detected)"),
                                    QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption bucket(QStringLiteral("bucket"), QStringLiteral("bucket length, e.g. 15m or 1h (default: the project's profiles', else 15m)"),
                                    QStringLiteral("LENGTH"), QStringLiteral("15m"));
    const QCommandLineOption tz(QStringLiteral("tz"), QStringLiteral("time zone of the business day (default UTC)"),
                                QStringLiteral("ZONE"), QStringLiteral("UTC"));
    const QCommandLineOption columns(QStringLiteral("columns"),
                                     QStringLiteral("generic CSV mapping, e.g. timestamp=ts,class=route,duration=ms,unit=ms"),
                                     QStringLiteral("MAPPING"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("print the summary, change nothing"));
    const QCommandLineOption timeline(QStringLiteral("timeline"),
                                      QStringLiteral("also write the per-bucket rates of every class as CSV"),
                                      QStringLiteral("CSV"));
    parser.addOptions({into, format, bucket, tz, columns, dryRun, timeline});
    if (!parser.parse(args))
        return usage(program, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usage(program, QStringLiteral("at least one log FILE is required"));
    if (!parser.isSet(into) && !parser.isSet(dryRun))
        return usage(program, QStringLiteral("--into PROJECT is required (or --dry-run)"));

    imp::ImportOptions options;
    const auto fmt = imp::logFormatFromName(parser.value(format));
    if (!fmt)
        return usage(program, QStringLiteral("unknown --format %1 (expected %2)")
                                  .arg(parser.value(format), imp::logFormatNames().join(QStringLiteral(", "))));
    options.format = *fmt;
    const core::Result<int> minutes = imp::parseBucketMinutes(parser.value(bucket));
    if (!minutes)
        return usage(program, minutes.error().toString());
    options.bucketMinutes = *minutes;
    options.timeZone = QTimeZone(parser.value(tz).toUtf8());
    if (!options.timeZone.isValid())
        return usage(program, QStringLiteral("--tz: unknown time zone \"%1\" (IANA names like Europe/Berlin)").arg(parser.value(tz)));
    if (parser.isSet(columns)) {
        const core::Result<imp::CsvMapping> mapping = imp::csvMappingFromSpec(parser.value(columns));
        if (!mapping)
            return usage(program, mapping.error().toString());
        options.csv = *mapping;
    }

    core::Review review;
    const QString projectPath = parser.value(into);
    if (!projectPath.isEmpty()) {
        core::Result<core::Review> read = core::readReviewFile(projectPath);
        if (!read) {
            err() << program << ": " << projectPath << ": " << read.error().toString() << '\n';
            return ExitInvalid;
        }
        review = std::move(read).value();
    }
    // Profiles of one document share their bucket length: without --bucket, follow the project's.
    if (!parser.isSet(bucket) && !review.profiles.empty())
        options.bucketMinutes = review.profiles.front().bucketMinutes;
    if (options.bucketMinutes <= 0 || 1440 % options.bucketMinutes != 0)
        return usage(program, QStringLiteral("the project's profiles use %1 min buckets, which do not divide a day: "
                                             "give --bucket").arg(options.bucketMinutes));
    const core::Result<std::vector<imp::ClassificationRule>> rules = imp::rulesFromReview(review);
    if (!rules) {
        err() << program << ": " << projectPath << ": " << rules.error().toString() << '\n';
        return ExitInvalid;
    }
    options.rules = *rules;

    const core::Result<imp::ImportResult> result = imp::importLogs(files, options);
    if (!result) {
        err() << program << ": " << result.error().toString() << "\nNothing was changed.\n";
        return ExitInvalid;
    }
    out() << imp::importSummaryText(*result);
    if (parser.isSet(timeline)) {
        if (const core::Result<void> written = core::writeFileAtomically(parser.value(timeline), imp::timelineCsv(*result));
            !written) {
            err() << program << ": " << parser.value(timeline) << ": " << written.error().toString() << '\n';
            return ExitInvalid;
        }
        out() << "Timeline written to " << parser.value(timeline) << '\n';
    }
    if (parser.isSet(dryRun) || projectPath.isEmpty()) {
        out() << "Dry run: the project was not changed.\n";
        return ExitOk;
    }

    if (result->classes.empty()) {
        out() << "No workload class was measured (pg_stat_statements is a report only): the project was not changed.\n";
        return ExitOk;
    }
    QStringList notes;
    const core::Review updated = imp::applyImport(review, *result, &notes);
    for (const QString &n : notes)
        out() << "note: " << n << '\n';
    const QSet<QString> before = errorTexts(review);
    QStringList introduced;
    for (const QString &e : errorTexts(updated))
        if (!before.contains(e))
            introduced << e;
    if (!introduced.isEmpty()) {
        for (const QString &e : introduced)
            err() << projectPath << ": " << e << '\n';
        err() << program << ": applying the import would make the model invalid; nothing was changed.\n";
        for (const core::Profile &p : review.profiles)
            if (p.bucketMinutes != options.bucketMinutes) {
                err() << program << ": hint: the project's profiles use " << p.bucketMinutes
                      << " min buckets; import with --bucket " << p.bucketMinutes << "m\n";
                break;
            }
        return ExitInvalid;
    }
    if (const core::Result<void> written = core::writeReviewFile(
            core::withRecordedChange(updated, core::defaultReviewerName(), QStringLiteral("Import measurements (import-log)")),
            projectPath);
        !written) {
        err() << program << ": " << projectPath << ": " << written.error().toString() << '\n';
        return ExitInvalid;
    }
    out() << "Updated " << QFileInfo(projectPath).fileName() << " (" << result->classes.size()
          << " measured classes).\n";
    return ExitOk;
}

const CliRegistration registration({"import-log", "derive measured load profiles from logs into a project", runImportLog});

} // namespace
