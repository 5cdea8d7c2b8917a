#pragma once

#include "../model/review.h"
#include "../result.h"

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <vector>

namespace hostreview::core {

/** Which of the two edited reviews a merged value comes from. */
enum class Side {
    Ours,   ///< the first edited review (the one being merged into)
    Theirs, ///< the second edited review
};

/** What happened to one field or list element between two reviews. */
enum class ChangeKind {
    Added,   ///< present in the newer review only
    Removed, ///< present in the older review only
    Changed, ///< present in both with different values
};

/** Where a merged change came from (unused by diffReviews()). */
enum class ChangeOrigin {
    None,   ///< a plain difference between two reviews
    Ours,   ///< changed on our side only
    Theirs, ///< changed on their side only
    Both,   ///< changed the same way on both sides
};

/** The path of an element of a list by its stable id: "stations[pg]" (`path` "stations", `key` "pg"). */
QString elementPath(const QString &path, const QString &key);
/** The path of an object's member: "stations[pg].servers"; just `key` at the top level (empty `path`). */
QString memberPath(const QString &path, const QString &key);
/** The stable id of a link in those paths: "web→db". */
QString linkKey(const QString &from, const QString &to);

/**
 * One difference between two reviews, addressed in interchange words: the list, the element's
 * stable id in brackets, then the field ("stations[pg].servers", "links[web→db].calls.orders",
 * "answers[backups]"). Values are the canonical JSON of the field; Undefined when absent.
 */
struct Difference {
    QString path;
    ChangeKind kind = ChangeKind::Changed;
    QJsonValue before;  ///< the older value (base, or diff's first review); Undefined when added
    QJsonValue after;   ///< the newer value; Undefined when removed
    ChangeOrigin origin = ChangeOrigin::None;
    QString text;       ///< one line for people: "stations[pg].servers: 4 → 8", "stations[cache]: added"
};

/**
 * A field (or list element) both sides changed, differently: both values stay available so that the
 * user picks one. `path` names it as Difference::path does; delete-versus-edit and add-versus-add
 * of the same id are conflicts on the element ("stations[pg]").
 */
struct Conflict {
    QString path;
    QJsonValue base;    ///< Undefined when the base had none
    QJsonValue ours;    ///< Undefined when our side removed it
    QJsonValue theirs;  ///< Undefined when their side removed it
    QString text;       ///< "stations[pg].servers: base 4, ours 8, theirs 6"
};

/**
 * The outcome of a three-way merge. `merged` takes "ours" provisionally for every conflict;
 * resolveConflicts() builds the final review from the user's choices.
 */
struct MergeResult {
    Review merged;
    QList<Difference> applied;     ///< changes from the base taken into `merged` (origin says from where)
    QList<Conflict> conflicts;
    std::vector<Problem> problems; ///< validation of `merged`

    // The inputs, kept so that resolveConflicts() can merge again with choices.
    Review base;
    Review ours;
    Review theirs;
};

/**
 * Merges two edited copies of a review with their common ancestor, by stable ids: lists of stations,
 * classes and scenarios by `id`, links by (from, to), profiles by class, answers by item, evidence and
 * comments by id, hosting answers and properties by key, demands by station. Per field: changed on one
 * side, or the same on both, is taken; changed differently on both is a Conflict. Audit logs are
 * united in time order, histories by revision id. Fails only when the merged document cannot be read
 * back (never for mere validation problems, which are in MergeResult::problems).
 */
Result<MergeResult> mergeReviews(const Review &base, const Review &ours, const Review &theirs);

/**
 * Builds the merged review with each conflict resolved as `choices` says (conflict path → side);
 * conflicts without a choice keep "ours". Fails when a choice names no conflict of `result` or the
 * merged document cannot be read back.
 */
Result<Review> resolveConflicts(const MergeResult &result, const QMap<QString, Side> &choices);

/**
 * Returns every difference from `a` to `b` in their content (the audit log, history and revision id
 * are not compared), in document order.
 */
QList<Difference> diffReviews(const Review &a, const Review &b);

/** Returns "ours" or "theirs". */
QString sideName(Side side);

} // namespace hostreview::core
