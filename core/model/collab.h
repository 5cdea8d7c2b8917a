#pragma once

#include "../result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

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

struct Review;

/**
 * Checks one comment against the review it is (or is to be) part of: a valid id, a known target
 * kind, a target, an existing parent on the same target, a text of at most kMaxCommentChars. Does
 * not check that the id is unused. A station or class target that does not exist is an error here
 * (adding a comment to nothing); validateCollab() only warns about it (the object was deleted later).
 */
std::optional<Error> checkComment(const Review &review, const Comment &comment);

/**
 * Returns the problems of the review's comments, audit log and history, naming them as the JSON
 * does ("comments[c-2].parent: …"): duplicated or invalid ids, missing parents, reply cycles,
 * unknown target kinds, over-long texts, comments on deleted stations or classes (warnings), audit
 * entries without an action, duplicated revision ids and a revision id missing from the history.
 */
std::vector<Problem> validateCollab(const Review &review);

/** Returns an audit entry for `action` on `target` by `who`, stamped now (UTC) on this host. */
AuditEntry makeAuditEntry(const QString &who, const QString &action, const QString &target = {});

/** What a review's audit log, history and comments add up to: the report's "review history". */
struct CollabSummary {
    struct Reviewer {
        QString name;
        int entries = 0;  ///< audit entries (edits, undos and redos) recorded under this name
        QDateTime first;  ///< UTC; invalid when no entry has a time
        QDateTime last;
    };
    struct Object {
        QString path;     ///< the object an entry names, without the field: "stations[pg]"
        int entries = 0;
    };
    int entries = 0;                ///< audit entries in all
    QDateTime first, last;          ///< the oldest and newest entry time (UTC); invalid when none has one
    std::vector<Reviewer> reviewers; ///< most entries first, then by name
    std::vector<Object> objects;     ///< the most changed objects, most entries first, then by path
    int revisions = 0;              ///< saved revisions in the history
    int merges = 0;                 ///< revisions with a second parent
    int threads = 0;                ///< comment threads (root comments)
    int openThreads = 0;            ///< threads whose root is not resolved
};

/**
 * Sums up `review`'s audit log, history and comments. An entry's object is its target up to the
 * first "]" ("stations[pg].servers" counts for "stations[pg]"); entries without a target count
 * for their reviewer only. `maxObjects` bounds the list of objects (the most changed ones).
 */
CollabSummary summariseCollab(const Review &review, int maxObjects = 8);

} // namespace hostreview::core
