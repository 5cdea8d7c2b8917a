#include "collab.h"

#include "review.h"
#include "validation.h"

#include <QHash>
#include <QSet>
#include <QSysInfo>

#include <algorithm>

namespace hostreview::core {

QString defaultReviewerName()
{
    for (const char *variable : {"HOSTREVIEW_REVIEWER", "USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

QString currentHostName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("unknown") : host;
}

AuditEntry makeAuditEntry(const QString &who, const QString &action, const QString &target)
{
    return AuditEntry{QDateTime::currentDateTimeUtc(), who, currentHostName(), action, target};
}

CollabSummary summariseCollab(const Review &review, int maxObjects)
{
    CollabSummary s;
    QHash<QString, CollabSummary::Reviewer> byName;
    QHash<QString, int> byObject;
    const auto widen = [](QDateTime &first, QDateTime &last, const QDateTime &when) {
        if (!when.isValid())
            return;
        if (!first.isValid() || when < first)
            first = when;
        if (!last.isValid() || when > last)
            last = when;
    };
    for (const AuditEntry &e : review.audit) {
        ++s.entries;
        widen(s.first, s.last, e.when);
        CollabSummary::Reviewer &r = byName[e.who];
        r.name = e.who;
        ++r.entries;
        widen(r.first, r.last, e.when);
        const qsizetype bracket = e.target.indexOf(QLatin1Char(']'));
        const QString object = bracket < 0 ? e.target : e.target.left(bracket + 1);
        if (!object.isEmpty())
            ++byObject[object];
    }
    for (const CollabSummary::Reviewer &r : std::as_const(byName))
        s.reviewers.push_back(r);
    std::sort(s.reviewers.begin(), s.reviewers.end(), [](const auto &a, const auto &b) {
        return a.entries != b.entries ? a.entries > b.entries : a.name < b.name;
    });
    for (auto it = byObject.cbegin(); it != byObject.cend(); ++it)
        s.objects.push_back({it.key(), it.value()});
    std::sort(s.objects.begin(), s.objects.end(), [](const auto &a, const auto &b) {
        return a.entries != b.entries ? a.entries > b.entries : a.path < b.path;
    });
    if (s.objects.size() > std::size_t(std::max(maxObjects, 0)))
        s.objects.resize(std::size_t(std::max(maxObjects, 0)));
    s.revisions = int(review.history.size());
    s.merges = int(std::count_if(review.history.cbegin(), review.history.cend(),
                                 [](const Revision &r) { return !r.secondParentId.isEmpty(); }));
    for (const Comment &c : review.comments) {
        if (!c.parentId.isEmpty())
            continue;
        ++s.threads;
        if (!c.resolved)
            ++s.openThreads;
    }
    return s;
}

namespace {

QString commentPath(const Comment &comment, std::size_t index)
{
    return QStringLiteral("comments[%1]").arg(isValidId(comment.id) ? comment.id : QString::number(index));
}

const QStringList &targetKinds()
{
    static const QStringList kinds = {commentTargets::station(), commentTargets::workloadClass(),
                                      commentTargets::checklistItem(), commentTargets::finding()};
    return kinds;
}

/** Returns true when the comment's station or class target is missing (other kinds are not checked). */
bool targetMissing(const Review &review, const Comment &comment)
{
    if (comment.targetKind == commentTargets::station())
        return review.station(comment.targetId) == nullptr;
    if (comment.targetKind == commentTargets::workloadClass())
        return review.workloadClass(comment.targetId) == nullptr;
    return false;
}

/** The checks of one comment shared by checkComment() and validateCollab(); the first failure. */
std::optional<Error> commentFieldError(const Review &review, const Comment &comment, const QString &where)
{
    if (!isValidId(comment.id))
        return fail(where + QStringLiteral(".id"), QStringLiteral("must match [A-Za-z0-9_.-]{1,64}, got \"%1\"").arg(comment.id.left(80)));
    if (!targetKinds().contains(comment.targetKind))
        return fail(where + QStringLiteral(".target_kind"),
                    QStringLiteral("expected %1, got \"%2\"").arg(targetKinds().join(QStringLiteral(", ")), comment.targetKind.left(40)));
    if (comment.targetId.isEmpty())
        return fail(where + QStringLiteral(".target"), QStringLiteral("must name the %1 commented on").arg(comment.targetKind));
    if (comment.text.size() > kMaxCommentChars)
        return fail(where + QStringLiteral(".text"),
                    QStringLiteral("must be at most %1 characters, got %2").arg(kMaxCommentChars).arg(comment.text.size()));
    if (!comment.parentId.isEmpty()) {
        const Comment *parent = review.comment(comment.parentId);
        if (!parent)
            return fail(where + QStringLiteral(".parent"), QStringLiteral("no comment \"%1\"").arg(comment.parentId.left(80)));
        if (parent->targetKind != comment.targetKind || parent->targetId != comment.targetId)
            return fail(where + QStringLiteral(".parent"),
                        QStringLiteral("replies to a comment on %1 %2, not on %3 %4")
                            .arg(parent->targetKind, parent->targetId, comment.targetKind, comment.targetId));
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> checkComment(const Review &review, const Comment &comment)
{
    const QString where = QStringLiteral("comments[%1]").arg(comment.id);
    if (auto e = commentFieldError(review, comment, where))
        return e;
    if (targetMissing(review, comment))
        return fail(where + QStringLiteral(".target"), QStringLiteral("no %1 \"%2\"").arg(comment.targetKind, comment.targetId));
    return std::nullopt;
}

std::vector<Problem> validateCollab(const Review &review)
{
    std::vector<Problem> problems;
    const auto error = [&](const QString &where, const QString &message) {
        problems.push_back({Severity::Error, where, message});
    };

    QSet<QString> ids;
    for (std::size_t i = 0; i < review.comments.size(); ++i) {
        const Comment &c = review.comments[i];
        const QString where = commentPath(c, i);
        if (ids.contains(c.id))
            error(where + QStringLiteral(".id"), QStringLiteral("duplicated id \"%1\"").arg(c.id));
        ids.insert(c.id);
        if (const auto e = commentFieldError(review, c, where)) {
            error(e->where, e->message);
            continue;
        }
        if (targetMissing(review, c))
            problems.push_back({Severity::Warning, where + QStringLiteral(".target"),
                                QStringLiteral("no %1 \"%2\" (deleted since the comment was made)").arg(c.targetKind, c.targetId)});
        // Follow the replies upwards: a chain longer than the list itself can only be a cycle.
        QString parent = c.parentId;
        for (std::size_t steps = 0; !parent.isEmpty(); ++steps) {
            if (parent == c.id || steps > review.comments.size()) {
                error(where + QStringLiteral(".parent"), QStringLiteral("replies form a cycle"));
                break;
            }
            const Comment *p = review.comment(parent);
            parent = p ? p->parentId : QString();
        }
    }

    for (std::size_t i = 0; i < review.audit.size(); ++i)
        if (review.audit[i].action.isEmpty())
            error(QStringLiteral("audit[%1].action").arg(i), QStringLiteral("missing (required)"));

    QSet<QString> revisions;
    for (std::size_t i = 0; i < review.history.size(); ++i) {
        const Revision &r = review.history[i];
        const QString where = QStringLiteral("history[%1]").arg(r.id.isEmpty() ? QString::number(i) : r.id);
        if (r.id.isEmpty())
            error(where + QStringLiteral(".id"), QStringLiteral("missing (required)"));
        else if (revisions.contains(r.id))
            error(where + QStringLiteral(".id"), QStringLiteral("duplicated id \"%1\"").arg(r.id));
        revisions.insert(r.id);
    }
    if (!review.revisionId.isEmpty() && !revisions.contains(review.revisionId))
        error(QStringLiteral("revision"), QStringLiteral("\"%1\" is not in the history").arg(review.revisionId));
    return problems;
}

} // namespace hostreview::core
