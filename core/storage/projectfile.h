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

/** Returns the PRAGMA application_id every project file carries: 0x48525657, "HRVW". */
qint32 projectApplicationId();

namespace detail {

/** The steps of saveProject(), in the order they run; a fault can be injected at each (tests only). */
enum class SaveStep {
    None = 0,        ///< no fault
    CreateTemp,      ///< create `.NAME.hostreview.XXXXXX` beside the target
    WriteDatabase,   ///< write the whole review into the temporary file, in one transaction
    CloseDatabase,   ///< close the SQLite connection
    SyncFile,        ///< fsync the temporary file
    Backup,          ///< keep the previous file as `path~` (hard link, else copy)
    Rename,          ///< rename() the temporary file over the target
    SyncDirectory,   ///< fsync the directory (on failure the rename is undone)
};

/**
 * For tests only: makes the next saves fail at `step` as if the system call had failed
 * (SaveStep::None switches faults off). Not thread-safe with concurrent saves in other tests.
 */
void setSaveFaultForTesting(SaveStep step);

} // namespace detail

} // namespace hostreview::core
