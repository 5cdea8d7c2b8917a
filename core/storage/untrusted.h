#pragma once

// Protections for opening a project file that came from someone else (docs/robustness.md,
// "Untrusted project files"). loadProject() (projectfile.cpp) calls these; SqliteConnection applies
// the connection settings to every connection it opens.

#include "projectschema.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace hostreview::core::detail {

/**
 * The largest string or BLOB SQLite will read or build on a project-file connection
 * (SQLITE_LIMIT_LENGTH): one evidence attachment plus room for the other columns of its row. A
 * larger value fails inside SQLite before it is allocated ("string or blob too big").
 */
constexpr qint64 kMaxSqliteValueBytes = kMaxEvidenceBytes + 16 * 1024 * 1024;

/**
 * Switches off, at the level of the SQLite library, everything in a database file that could run
 * on the reader's behalf: extension loading, triggers, views, untrusted functions in the schema
 * (trusted_schema), ATTACH, and SQL that could corrupt the file (SQLITE_DBCONFIG_DEFENSIVE); and
 * bounds the size of any one value to kMaxSqliteValueBytes. Returns a reason when the driver's
 * native handle cannot be reached, in which case the connection must not be used.
 */
std::optional<QString> hardenSqliteConnection(const QSqlDatabase &db);

/**
 * Returns why a path cannot be a project file before it is opened at all: a symbolic link whose
 * target cannot be reached (missing, or a loop), a folder, or anything that is not a regular file
 * (a FIFO or a device would block or never end). std::nullopt for a regular file.
 */
std::optional<QString> unusableFileKind(const QFileInfo &info);

/**
 * Returns the first thing in the schema of a (current-version) project file that the program did
 * not put there: a table that is not one of `tables` (SQLite's own sqlite_sequence and
 * sqlite_stat* excepted), an index on such a table, a column a known table should not have, or a
 * generated or hidden column. Views and triggers are refused earlier, on the original file.
 */
std::optional<QString> unexpectedSchemaObject(QSqlDatabase &db, const std::vector<TableSpec> &tables);

/** Returns true when the last error of a query was SQLITE_TOOBIG (a value over kMaxSqliteValueBytes). */
bool isTooBigError(const QString &nativeErrorCode);

} // namespace hostreview::core::detail
