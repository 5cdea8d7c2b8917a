#include "common.h"

#include "core/merge/merge.h"
#include "core/merge/revisions.h"
#include "core/model/validation.h"

#include <QFileInfo>

using namespace hostreview;
using namespace hostreview::app::cli;

namespace {

/** Exit code when conflicts remain and no --prefer settles them: OUT is not written. */
constexpr int ExitConflicts = 3;

QString originName(core::ChangeOrigin origin)
{
    switch (origin) {
    case core::ChangeOrigin::Ours: return QStringLiteral("ours");
    case core::ChangeOrigin::Theirs: return QStringLiteral("theirs");
    case core::ChangeOrigin::Both: return QStringLiteral("both");
    case core::ChangeOrigin::None: break;
    }
    return QString();
}

int runMerge(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Three-way merge of two edited copies of a review by stable ids. With three files BASE is the\n"
        "common ancestor; with two, it is the newest revision both files' histories share (project files\n"
        "keep snapshots of their recent revisions). Changes made on one side, or the same on both, are\n"
        "applied; a field both sides changed differently is a conflict naming the field, and OUT is then\n"
        "not written (exit 3) unless --prefer says which side wins. Exit 0 merged, 1 invalid input or\n"
        "an invalid merged model, 2 usage error, 3 conflicts remain."));
    parser.addPositionalArgument(QStringLiteral("[BASE]"), QStringLiteral("the common ancestor (optional)"));
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("our edited copy"));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("their edited copy"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("the merged review to write (.hostreview, or .json)"),
                                    QStringLiteral("OUT"));
    const QCommandLineOption prefer(QStringLiteral("prefer"), QStringLiteral("settle every conflict with ours or theirs"),
                                    QStringLiteral("SIDE"));
    parser.addOption(output);
    parser.addOption(prefer);
    if (const std::optional<int> exit = parseCommandLine(parser, args, 2, 3))
        return *exit;
    const QString program = args.value(0);
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(program, QStringLiteral("-o OUT is required"));
    std::optional<core::Side> preferred;
    if (parser.isSet(prefer)) {
        const QString side = parser.value(prefer);
        if (side == QLatin1String("ours"))
            preferred = core::Side::Ours;
        else if (side == QLatin1String("theirs"))
            preferred = core::Side::Theirs;
        else
            return usageError(program, QStringLiteral("--prefer must be ours or theirs, got '%1'").arg(side));
    }

    const QStringList files = parser.positionalArguments();
    const QString oursPath = files.at(files.size() - 2);
    const QString theirsPath = files.at(files.size() - 1);
    const std::optional<core::Review> ours = loadReview(program, oursPath);
    const std::optional<core::Review> theirs = ours ? loadReview(program, theirsPath) : std::nullopt;
    if (!ours || !theirs)
        return ExitInvalid;
    std::optional<core::Review> base;
    if (files.size() == 3) {
        base = loadReview(program, files.at(0));
        if (!base)
            return ExitInvalid;
    } else {
        const core::Result<core::Revision> ancestor = core::commonAncestor(*ours, *theirs);
        if (!ancestor) {
            printFileError(program, oursPath + QStringLiteral(" and ") + theirsPath, ancestor.error());
            return ExitInvalid;
        }
        core::Result<core::Review> snapshot = core::snapshotReview(*ancestor);
        if (!snapshot) {
            printFileError(program, oursPath, snapshot.error());
            return ExitInvalid;
        }
        out() << "Common ancestor: revision " << ancestor->id << " of "
              << ancestor->when.toUTC().toString(Qt::ISODate) << " by " << ancestor->who << '\n';
        base = std::move(snapshot).value();
    }

    const core::Result<core::MergeResult> merged = core::mergeReviews(*base, *ours, *theirs);
    if (!merged) {
        printFileError(program, parser.value(output), merged.error());
        return ExitInvalid;
    }
    for (const core::Difference &d : merged->applied)
        out() << "applied (" << originName(d.origin) << "): " << oneLine(d.text) << '\n';
    for (const core::Conflict &c : merged->conflicts)
        out() << "conflict: " << oneLine(c.text) << '\n';
    out().flush();

    core::Review result = merged->merged;
    if (!merged->conflicts.isEmpty()) {
        if (!preferred) {
            err() << program << ": " << merged->conflicts.size()
                  << " conflict(s) remain; " << parser.value(output)
                  << " was not written (settle them in the GUI, or run again with --prefer ours|theirs)\n";
            err().flush();
            return ExitConflicts;
        }
        QMap<QString, core::Side> choices;
        for (const core::Conflict &c : merged->conflicts)
            choices.insert(c.path, *preferred);
        core::Result<core::Review> resolved = core::resolveConflicts(*merged, choices);
        if (!resolved) {
            printFileError(program, parser.value(output), resolved.error());
            return ExitInvalid;
        }
        result = std::move(resolved).value();
    }
    if (!validateAndReport(parser.value(output), result)) {
        err() << program << ": the merged review is not valid; " << parser.value(output) << " was not written\n";
        return ExitInvalid;
    }
    result = core::withRecordedChange(
        result, core::defaultReviewerName(),
        QStringLiteral("Merge %1 and %2").arg(QFileInfo(oursPath).fileName(), QFileInfo(theirsPath).fileName()), QString(),
        theirs->revisionId);
    if (!saveReview(program, result, parser.value(output)))
        return ExitInvalid;
    out() << "Merged into " << parser.value(output) << ": " << merged->applied.size() << " change(s) applied, "
          << merged->conflicts.size() << " conflict(s)"
          << (merged->conflicts.isEmpty() ? QString() : QStringLiteral(" settled with ") + core::sideName(*preferred))
          << ".\n";
    return ExitOk;
}

const CliRegistration registration({"merge", "three-way merge of two edited copies of a review", runMerge});

} // namespace
