#include "common.h"

using namespace hostreview;
using namespace hostreview::app::cli;

namespace {

int runImportJson(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads an interchange JSON document, validates it and writes it as a project file (or as canonical\n"
        "JSON when FILE ends in .json). An invalid model is refused (problems on stderr, exit 1) and\n"
        "nothing is written. An existing FILE is replaced atomically and kept as FILE~."));
    parser.addPositionalArgument(QStringLiteral("IN.json"), QStringLiteral("the interchange JSON document"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("the project file to write (.hostreview), or .json"),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    if (const std::optional<int> exit = parseCommandLine(parser, args, 1, 1))
        return *exit;
    const QString program = args.value(0);
    if (!parser.isSet(output) || parser.value(output).isEmpty() || parser.value(output) == QStringLiteral("-"))
        return usageError(program, QStringLiteral("-o FILE is required"));

    const QString path = parser.positionalArguments().constFirst();
    const std::optional<core::Review> review = loadReview(program, path);
    if (!review)
        return ExitInvalid;
    if (!validateAndReport(path, *review))
        return ExitInvalid;
    return saveReview(program, *review, parser.value(output)) ? ExitOk : ExitInvalid;
}

const CliRegistration registration({"import-json", "validate interchange JSON and save it as a project", runImportJson});

} // namespace
