#include "common.h"

#include "core/model/validation.h"
#include "core/paths.h"

#include <QDir>
#include <QFileInfo>

using namespace hostreview;
using namespace hostreview::app::cli;

namespace {

QStringList availableTemplates()
{
    const QString dir = core::templatePath(QStringLiteral("samples"));
    if (dir.isEmpty())
        return {};
    QStringList names;
    for (const QString &file : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << QFileInfo(file).completeBaseName();
    return names;
}

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Starts a review from a bundled sample (templates/samples/NAME.json) and writes it to FILE: a project\n"
        "file, or interchange JSON when FILE ends in .json. An existing FILE is replaced atomically and kept\n"
        "as FILE~."));
    const QCommandLineOption templateOption({QStringLiteral("t"), QStringLiteral("template")},
                                            QStringLiteral("the sample to start from"), QStringLiteral("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("the file to write (.hostreview or .json)"), QStringLiteral("FILE"));
    parser.addOption(templateOption);
    parser.addOption(output);
    if (const std::optional<int> exit = parseCommandLine(parser, args, 0, 0))
        return *exit;
    const QString program = args.value(0);

    const QStringList templates = availableTemplates();
    const QString available = templates.isEmpty() ? QStringLiteral("none found (no templates/samples folder)")
                                                  : templates.join(QStringLiteral(", "));
    if (!parser.isSet(templateOption))
        return usageError(program, QStringLiteral("--template NAME is required; available: %1").arg(available));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(program, QStringLiteral("-o FILE is required"));
    const QString name = parser.value(templateOption);
    if (!templates.contains(name))
        return usageError(program, QStringLiteral("unknown template '%1'; available: %2").arg(name, available));

    const QString samplePath = core::templatePath(QStringLiteral("samples/%1.json").arg(name));
    const std::optional<core::Review> review = loadReview(program, samplePath);
    if (!review)
        return ExitInvalid;
    if (!validateAndReport(samplePath, *review))
        return ExitInvalid;
    const QString target = parser.value(output);
    if (!saveReview(program, *review, target))
        return ExitInvalid;
    out() << "Created " << target << " from the template " << name << '\n';
    out().flush();
    return ExitOk;
}

const CliRegistration registration({"new", "start a review from a bundled template", runNew});

} // namespace
