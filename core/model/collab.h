#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hostreview::core {

/**
 * One line of a review's audit log: who changed what, when and from which machine. Entries are
 * appended (an edit, its undo and its redo each give one) and never edited; merging two reviews
 * keeps the union of both logs ordered by time.
 */
struct AuditEntry {
    QDateTime when;  ///< UTC
    QString who;     ///< the reviewer's name (settings, $HOSTREVIEW_REVIEWER or the OS user)
    QString host;    ///< machine name the change was made on
    QString action;  ///< what was done, in the undo stack's words ("Change servers of pg", "Undo Add station web")
    QString target;  ///< the object, in interchange words ("stations[pg]"); empty when not known

    bool operator==(const AuditEntry &) const = default;
};

/** The kinds of object a comment can be attached to (Comment::targetKind). */
namespace commentTargets {
inline QString station() { return QStringLiteral("station"); }
inline QString workloadClass() { return QStringLiteral("class"); }
inline QString checklistItem() { return QStringLiteral("checklist-item"); }
inline QString finding() { return QStringLiteral("finding"); }
} // namespace commentTargets

/**
 * A threaded comment on a station, a class, a checklist item or a finding. A thread is a root
 * comment (empty parentId) and its replies; resolving is a flag on each comment (the GUI resolves
 * a thread by setting it on the root).
 */
struct Comment {
    QString id;          ///< unique within the review, [A-Za-z0-9_.-]{1,64}
    QString parentId;    ///< the comment this one replies to; empty for a thread root
    QString targetKind;  ///< "station", "class", "checklist-item" or "finding"
    QString targetId;    ///< id of the station/class, checklist item id, or finding id
    QString author;
    QDateTime created;   ///< UTC
    QString text;        ///< at most kMaxCommentChars characters
    bool resolved = false;

    bool operator==(const Comment &) const = default;
};

/** The longest comment text validation accepts (characters). */
inline constexpr int kMaxCommentChars = 20000;

/**
 * One saved state of a review. Each save through recordRevision() adds one whose parent is the
 * revision the content came from; a merge has two parents. `snapshot` holds the compressed
 * canonical JSON of the content at that revision (without history and audit), kept for the most
 * recent revisions only, so that a two-file merge can find the common ancestor's content.
 */
struct Revision {
    QString id;              ///< a UUID without braces
    QString parentId;        ///< empty for the first revision
    QString secondParentId;  ///< the other side of a merge; empty otherwise
    QDateTime when;          ///< UTC
    QString who;
    QByteArray snapshot;     ///< qCompress()ed canonical JSON; empty when not kept (project file only, never in JSON)

    bool operator==(const Revision &) const = default;
};

/** How many revisions keep their snapshot (the newest ones); older revisions keep only their ids. */
inline constexpr int kMaxRevisionSnapshots = 50;
/** How many revisions the history keeps at most (the oldest are dropped). */
inline constexpr int kMaxRevisionHistory = 5000;

/**
 * Returns the reviewer's name to record when nothing better is configured: $HOSTREVIEW_REVIEWER,
 * else the OS user ($USER, $USERNAME), else "unknown".
 */
QString defaultReviewerName();

/** Returns this machine's host name (QSysInfo::machineHostName()), "unknown" when empty. */
QString currentHostName();

/** Returns an audit entry for `action` on `target` by `who`, stamped now (UTC) on this host. */
AuditEntry makeAuditEntry(const QString &who, const QString &action, const QString &target = {});

} // namespace hostreview::core
