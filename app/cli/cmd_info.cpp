#include "common.h"

#include "core/interchange/reviewfile.h"
#include "core/storage/projectfile.h"

using namespace hostreview;
using namespace hostreview::app::cli;

namespace {

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints a review's name, client, how many stations, links, classes, profiles, scenarios and\n"
        "checklist answers it holds, and the file's format and schema version."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("a .hostreview project file or a .json document"));
    if (const std::optional<int> exit = parseCommandLine(parser, args, 1, 1))
        return *exit;
    const QString program = args.value(0);
    const QString path = parser.positionalArguments().constFirst();
    const std::optional<core::Review> review = loadReview(program, path);
    if (!review)
        return ExitInvalid;

    const bool project = core::reviewFileType(path) == core::ReviewFileType::Project;
    const int version = core::reviewFileVersion(path);
    QString format;
    if (project)
        format = QStringLiteral("project file, schema version %1").arg(version);
    else
        format = QStringLiteral("interchange JSON (hostreview-model), version %1").arg(version);
    if (project && version < core::projectSchemaVersion())
        format += QStringLiteral(" (migrated to %1 when saved)").arg(core::projectSchemaVersion());

    auto line = [](const char *key, const QString &value) {
        out() << QString::fromLatin1(key).leftJustified(11) << value << '\n';
    };
    line("file:", path);
    line("format:", format);
    line("name:", review->name);
    line("client:", review->meta.client);
    line("stations:", QString::number(review->stations.size()));
    line("links:", QString::number(review->links.size()));
    line("classes:", QString::number(review->classes.size()));
    line("profiles:", QString::number(review->profiles.size()));
    line("scenarios:", QString::number(review->scenarios.size()));
    line("answers:", QString::number(review->answers.size()));
    line("evidence:", QString::number(review->evidence.size()));
    out().flush();
    return ExitOk;
}

const CliRegistration registration({"info", "print a review's name, client and counts", runInfo});

} // namespace
