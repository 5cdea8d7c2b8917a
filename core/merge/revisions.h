#pragma once

#include "../model/review.h"
#include "../result.h"

#include <QDateTime>
#include <QString>

namespace hostreview::core {

/**
 * Records that `review` is being saved as a new revision: appends a Revision (new UUID, parent =
 * the current revisionId, `secondParentId` for a merge) holding a compressed snapshot of the content,
 * makes it the revisionId, and keeps only the newest kMaxRevisionSnapshots snapshots and
 * kMaxRevisionHistory revisions. Call it right before writing a project file.
 */
void recordRevision(Review &review, const QString &who, const QDateTime &when = QDateTime::currentDateTimeUtc(),
                    const QString &secondParentId = {});

/**
 * Returns `review` with an audit entry for `action` on `target` by `who` (stamped now, this host)
 * appended and a new revision recorded: what a command-line change does before it writes the file.
 */
Review withRecordedChange(Review review, const QString &who, const QString &action, const QString &target = {},
                          const QString &secondParentId = {});

/** Returns the review's content as recorded in snapshots: canonical JSON without audit, history and revision id. */
QByteArray snapshotJson(const Review &review);

/** Returns the review a revision's snapshot holds; an error naming the revision when it has none or it is unreadable. */
Result<Review> snapshotReview(const Revision &revision);

/**
 * Returns the newest revision (by time, then by place in `a`'s history) present in both histories
 * whose snapshot either review keeps, with that snapshot filled in; an error when the two share no
 * revision with a snapshot.
 */
Result<Revision> commonAncestor(const Review &a, const Review &b);

} // namespace hostreview::core
