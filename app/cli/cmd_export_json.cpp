#include "common.h"

#include "core/interchange/jsoncodec.h"
#include "core/interchange/reviewfile.h"

#include <QFile>

using namespace hostreview;
using namespace hostreview::app::cli;

namespace {

int runExportJson(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a review as canonical interchange JSON (hostreview-model version 1, docs/file-format.md).\n"
        "An existing OUT is replaced atomically and kept as OUT~."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("a .hostreview project file or a .json document"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("where to write the JSON; - for standard output"),
                                    QStringLiteral("OUT.json"));
    parser.addOption(output);
    if (const std::optional<int> exit = parseCommandLine(parser, args, 1, 1))
        return *exit;
    const QString program = args.value(0);
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(program, QStringLiteral("-o OUT.json is required (- for standard output)"));

    const QString path = parser.positionalArguments().constFirst();
    const std::optional<core::Review> review = loadReview(program, path);
    if (!review)
        return ExitInvalid;
    const QByteArray json = core::reviewToJson(*review);

    const QString target = parser.value(output);
    if (target == QStringLiteral("-")) {
        out().flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(json) != json.size() || !stdOut.flush()) {
            printFileError(program, QStringLiteral("<stdout>"), core::fail({}, QStringLiteral("cannot write")));
            return ExitInvalid;
        }
        return ExitOk;
    }
    const core::Result<void> written = core::writeFileAtomically(target, json);
    if (!written.ok()) {
        printFileError(program, target, written.error());
        return ExitInvalid;
    }
    return ExitOk;
}

const CliRegistration registration({"export-json", "write a review as canonical interchange JSON", runExportJson});

} // namespace
