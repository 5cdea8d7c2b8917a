#include "common.h"

#include "core/merge/merge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hostreview;
using namespace hostreview::app::cli;

namespace {

QString kindName(core::ChangeKind kind)
{
    switch (kind) {
    case core::ChangeKind::Added: return QStringLiteral("added");
    case core::ChangeKind::Removed: return QStringLiteral("removed");
    case core::ChangeKind::Changed: break;
    }
    return QStringLiteral("changed");
}

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compares two reviews (project files or interchange JSON) by stable ids and prints one line per\n"
        "difference, e.g. \"stations[pg].servers: 4 → 8\". The audit log, history and revision id are not\n"
        "compared. Exit 0 when the contents are the same, 1 when they differ, 2 on an error."));
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("the first (older) review"));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("the second (newer) review"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json"),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    if (const std::optional<int> exit = parseCommandLine(parser, args, 2, 2))
        return *exit;
    const QString program = args.value(0);
    const QString style = parser.value(format);
    if (style != QLatin1String("text") && style != QLatin1String("json"))
        return usageError(program, QStringLiteral("--format must be text or json, got '%1'").arg(style));

    const QStringList files = parser.positionalArguments();
    const std::optional<core::Review> a = loadReview(program, files.at(0));
    if (!a)
        return ExitUsage; // diff(1): 2 means trouble, 1 means different
    const std::optional<core::Review> b = loadReview(program, files.at(1));
    if (!b)
        return ExitUsage;

    const QList<core::Difference> differences = core::diffReviews(*a, *b);
    if (style == QLatin1String("json")) {
        QJsonArray list;
        for (const core::Difference &d : differences) {
            QJsonObject o{{QStringLiteral("path"), d.path}, {QStringLiteral("kind"), kindName(d.kind)},
                          {QStringLiteral("text"), d.text}};
            if (!d.before.isUndefined())
                o.insert(QStringLiteral("before"), d.before);
            if (!d.after.isUndefined())
                o.insert(QStringLiteral("after"), d.after);
            list.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("differences"), list}}).toJson());
    } else {
        for (const core::Difference &d : differences)
            out() << d.text << '\n';
    }
    out().flush();
    return differences.isEmpty() ? ExitOk : ExitInvalid;
}

const CliRegistration registration({"diff", "list the differences between two reviews", runDiff});

} // namespace
