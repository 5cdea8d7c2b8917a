#include "common.h"

#include "core/model/review.h"

using namespace hostreview;
using namespace hostreview::app::cli;

namespace {

QString timeText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")) : QStringLiteral("(no time)");
}

int runAudit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints a review's audit log, oldest first: time (UTC), who@host, what was done and on what.\n"
        "With --history, prints the saved revisions instead (id, parents, time, who, snapshot kept)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("a project file or interchange JSON"));
    const QCommandLineOption history(QStringLiteral("history"), QStringLiteral("print the revisions instead"));
    parser.addOption(history);
    if (const std::optional<int> exit = parseCommandLine(parser, args, 1, 1))
        return *exit;
    const QString program = args.value(0);
    const std::optional<core::Review> review = loadReview(program, parser.positionalArguments().constFirst());
    if (!review)
        return ExitInvalid;

    if (parser.isSet(history)) {
        for (const core::Revision &r : review->history) {
            out() << r.id << "  " << timeText(r.when) << "  " << r.who;
            if (!r.parentId.isEmpty())
                out() << "  parent " << r.parentId;
            if (!r.secondParentId.isEmpty())
                out() << " + " << r.secondParentId;
            out() << (r.snapshot.isEmpty() ? "" : "  [snapshot]") << (r.id == review->revisionId ? "  (current)" : "")
                  << '\n';
        }
        if (review->history.empty())
            out() << "No revision recorded.\n";
    } else {
        for (const core::AuditEntry &e : review->audit) {
            out() << timeText(e.when) << "  " << e.who;
            if (!e.host.isEmpty())
                out() << '@' << e.host;
            out() << "  " << oneLine(e.action);
            if (!e.target.isEmpty())
                out() << "  [" << e.target << ']';
            out() << '\n';
        }
        if (review->audit.empty())
            out() << "The audit log is empty.\n";
    }
    out().flush();
    return ExitOk;
}

const CliRegistration registration({"audit", "print a review's audit log (or its revisions)", runAudit});

} // namespace
