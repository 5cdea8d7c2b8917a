#include "common.h"

#include "core/model/review.h"

using namespace hostreview;
using namespace hostreview::app::cli;

namespace {

/** Prints `comment` and, indented below it, its replies in document order. */
void printThread(const core::Review &review, const core::Comment &comment, int depth)
{
    const QString indent(2 * depth, QLatin1Char(' '));
    out() << indent << '[' << comment.id << "] " << (comment.author.isEmpty() ? QStringLiteral("(anonymous)") : comment.author);
    if (comment.created.isValid())
        out() << ", " << comment.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'"));
    out() << (comment.resolved ? "  (resolved)" : "") << '\n' << indent << "  " << oneLine(comment.text) << '\n';
    for (const core::Comment &c : review.comments)
        if (c.parentId == comment.id)
            printThread(review, c, depth + 1);
}

int runComments(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints a review's comment threads, grouped by what they are on (station, class, checklist\n"
        "item, finding), replies indented below the comment they answer. --open leaves out resolved threads."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("a project file or interchange JSON"));
    const QCommandLineOption open(QStringLiteral("open"), QStringLiteral("only threads that are not resolved"));
    parser.addOption(open);
    if (const std::optional<int> exit = parseCommandLine(parser, args, 1, 1))
        return *exit;
    const std::optional<core::Review> review = loadReview(args.value(0), parser.positionalArguments().constFirst());
    if (!review)
        return ExitInvalid;
    int threads = 0;
    QString lastTarget;
    for (const core::Comment &c : review->comments) {
        if (!c.parentId.isEmpty() || (parser.isSet(open) && c.resolved))
            continue;
        const QString target = c.targetKind + QLatin1Char(' ') + c.targetId;
        if (target != lastTarget)
            out() << (threads > 0 ? "\n" : "") << target << ":\n";
        lastTarget = target;
        printThread(*review, c, 1);
        ++threads;
    }
    if (threads == 0)
        out() << (parser.isSet(open) ? "No open comment.\n" : "No comment.\n");
    out().flush();
    return ExitOk;
}

const CliRegistration registration({"comments", "print a review's comment threads", runComments});

} // namespace
