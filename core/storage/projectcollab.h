#pragma once

#include "../model/review.h"

#include <QSqlDatabase>
#include <QString>

namespace hostreview::core::detail {

/**
 * Writes the review's comments, audit log, revisions (with their snapshots) and revision id into
 * the schema v2 tables `comment`, `audit`, `revision` and `revision_head` of a database being
 * saved; returns an empty string, or the first problem ("comments[c-1].body: text of … bytes …").
 */
QString writeCollabTables(QSqlDatabase &db, const Review &review);

/**
 * Reads those tables into `review` from a database whose value types and sizes the loader already
 * checked; returns an empty string, or the first problem naming table, row and column.
 */
QString readCollabTables(QSqlDatabase &db, Review *review);

} // namespace hostreview::core::detail
