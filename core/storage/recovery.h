#pragma once

#include "lockrecord.h"

#include "../model/review.h"
#include "../result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace hostreview::core {

/**
 * What the small JSON sidecar beside an autosaved review says: whose unsaved work it is and where it
 * belongs. The review itself is a normal project file written with saveProject().
 */
struct RecoveryInfo {
    QString originalPath; ///< the file the review was opened from or saved to; empty for an untitled review
    QString reviewName;   ///< Review::name at the time of the autosave (shown in the recovery dialog)
    QString reviewer;     ///< reviewer name from the settings
    QString host;         ///< machine that wrote it
    qint64 pid = 0;       ///< process that wrote it: its work is orphaned once that process is gone
    QDateTime savedAt;    ///< when it was written, UTC
    QString appVersion;

    bool operator==(const RecoveryInfo &) const = default;
};

/** One autosaved review in the recovery folder. */
struct RecoveryEntry {
    QString projectPath; ///< `<dir>/<name>.hostreview`
    QString sidecarPath; ///< `<dir>/<name>.recovery.json`
    RecoveryInfo info;
};

/** Returns `<AppDataLocation>/recovery` (QStandardPaths), the folder the GUI autosaves to. */
QString defaultRecoveryDir();

/**
 * Returns the stable base name of the autosave of one document in one process: the original
 * file's base name, 8 hex digits of a hash of its absolute path and the pid
 * (`shop-1a2b3c4d-4242`), or `untitled-<pid>`. The pid keeps two programs that have the same file
 * open (one read-only) from writing over each other's autosave.
 */
QString recoveryBaseName(const QString &originalPath, qint64 pid);

/**
 * Writes `review` to `<dir>/<recoveryBaseName>.hostreview` with the atomic saveProject() and then
 * the sidecar; creates `dir` when needed. Only ever writes inside `dir`: never the original file.
 */
Result<RecoveryEntry> writeRecovery(const QString &dir, const Review &review, const RecoveryInfo &info);

/** Reads one sidecar; an Error names the sidecar and the field. */
Result<RecoveryInfo> readRecoveryInfo(const QString &sidecarPath);

/**
 * Returns every autosave in `dir` whose sidecar and project file both exist, newest first.
 * Unreadable sidecars are skipped with a warning in the log.
 */
std::vector<RecoveryEntry> listRecoveries(const QString &dir);

/**
 * Returns the autosaves left behind by programs that are gone: written on this host (`host`) by a
 * process that is no longer alive. Autosaves of live programs, and those from other hosts (whose
 * processes cannot be checked from here), are not offered.
 */
std::vector<RecoveryEntry> orphanedRecoveries(const QString &dir, const QString &host,
                                              const ProcessAliveCheck &alive = isProcessAlive);

/** Deletes an autosave: its project file, the `~` backup saveProject keeps, and the sidecar. */
bool removeRecovery(const RecoveryEntry &entry);

} // namespace hostreview::core
