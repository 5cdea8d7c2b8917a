#include "common.h"

#include "core/model/validation.h"

using namespace hostreview;
using namespace hostreview::app::cli;

namespace {

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks a review (project file or interchange JSON) and prints every problem on stderr, one per line:\n"
        "FILE: error|warning: object.field: message. Exit 1 when there is any error; warnings alone exit 0."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("a .hostreview project file or a .json document"));
    if (const std::optional<int> exit = parseCommandLine(parser, args, 1, 1))
        return *exit;

    const QString program = args.value(0);
    const QString path = parser.positionalArguments().constFirst();
    const std::optional<core::Review> review = loadReview(program, path);
    if (!review)
        return ExitInvalid;
    const std::vector<core::Problem> problems = core::validate(*review);
    printProblems(path, problems);
    if (core::hasErrors(problems))
        return ExitInvalid;
    const qsizetype warnings = qsizetype(problems.size());
    out() << path << ": valid"
          << (warnings == 0 ? QString() : QStringLiteral(" (%1 warning%2)").arg(warnings).arg(warnings == 1 ? QString() : QStringLiteral("s")))
          << '\n';
    out().flush();
    return ExitOk;
}

const CliRegistration registration({"validate", "check a review and list every problem", runValidate});

} // namespace
