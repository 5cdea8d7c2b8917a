// hostreview-cli report: the executive recommendation report of a review as PDF (docs/report.md).
#include "clicommand.h"
#include "common.h"

#include "reports/reportwriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace hostreview::core;
using namespace hostreview::reports;

namespace hostreview::app::cli {
namespace {

int runReport(const QStringList &args)
{
    const QString program = args.value(0, QStringLiteral("hostreview-cli report"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the executive recommendation report of a review as PDF: cover, executive summary, topology "
        "diagram, saturation charts and bottlenecks per scenario, domain scorecard, findings, roadmap, "
        "hosting-model recommendation and appendices."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("review: project file or interchange JSON"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("PDF to write."),
                                    QStringLiteral("PDF"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Report language: en (default), de or fr."),
                                  QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption tmpl(QStringLiteral("template"),
                                  QStringLiteral("Report template: templates/report/NAME.json (default: default)."),
                                  QStringLiteral("NAME"), QStringLiteral("default"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("a4 (default) or letter."),
                                      QStringLiteral("a4|letter"), QStringLiteral("a4"));
    const QCommandLineOption knee(QStringLiteral("knee"),
                                  QStringLiteral("Utilisation from which a station is at risk (default 0.8)."),
                                  QStringLiteral("FRACTION"), QStringLiteral("0.8"));
    parser.addOptions({output, lang, tmpl, pageSize, knee});
    if (const std::optional<int> exit = parseCommandLine(parser, args, 1, 1))
        return *exit;
    if (!parser.isSet(output))
        return usageError(program, QStringLiteral("missing -o PDF"));
    const std::optional<QPageSize::PageSizeId> size = pageSizeFromName(parser.value(pageSize));
    if (!size)
        return usageError(program, QStringLiteral("--page-size: expected a4 or letter, got '%1'").arg(parser.value(pageSize)));
    bool kneeOk = false;
    const double kneeValue = parser.value(knee).toDouble(&kneeOk);
    if (!kneeOk || !(kneeValue > 0.0 && kneeValue < 1.0))
        return usageError(program, QStringLiteral("--knee: must be a number > 0 and < 1, got '%1'").arg(parser.value(knee)));

    const QString file = parser.positionalArguments().first();
    std::optional<Review> review = loadReview(program, file);
    if (!review)
        return ExitInvalid;
    if (!validateAndReport(file, *review))
        return ExitInvalid;

    ReportOptions options;
    options.language = parser.value(lang);
    options.templateName = parser.value(tmpl);
    options.pageSize = *size;
    options.knee = kneeValue;
    QElapsedTimer timer;
    timer.start();
    ReportWriter writer(std::move(*review), options);
    const Result<void> written = writer.writePdf(parser.value(output));
    if (!written) {
        err() << program << ": " << oneLine(written.error().toString()) << '\n';
        return ExitInvalid;
    }
    out() << "wrote " << parser.value(output) << ": " << writer.pageCount() << " pages in " << timer.elapsed()
          << " ms\n";
    return ExitOk;
}

static const CliRegistration reg{{"report", "Write the executive recommendation report as PDF", &runReport}};

} // namespace
} // namespace hostreview::app::cli
