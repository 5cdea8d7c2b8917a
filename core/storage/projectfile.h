#pragma once

#include "../model/review.h"
#include "../result.h"

#include <QString>

namespace hostreview::core {

/** The schema version this build writes (PRAGMA user_version); older versions are migrated on load. */
int projectSchemaVersion();

/**
 * Opens a `.hostreview` project file (SQLite) defensively, read-only: no extensions,
 * trusted_schema off, application_id and integrity_check verified, triggers and views refused,
 * every table validated, sizes bounded. A newer schema, a non-hostreview file or a corrupt one
 * is refused with a one-line message; never a crash.
 */
Result<Review> loadProject(const QString &path);

/**
 * Saves atomically: writes a temporary file beside `path`, fsyncs it, keeps the previous file as
 * `path~` and renames the new one into place, so a crash at any moment leaves the old or the new
 * file, never a broken one.
 */
Result<void> saveProject(const Review &review, const QString &path);

} // namespace hostreview::core
