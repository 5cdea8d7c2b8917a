#pragma once

#include "../model/collab.h"
#include "../result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace hostreview::core {

/**
 * Who has a review file open: the JSON record `NAME.hostreview.lock` beside the file (issue 7). It is
 * advisory: it lets a second reviewer see "open by Ana on ws-12 since 09:14" before editing a copy
 * that would later have to be merged, it never stops anyone from reading the file.
 */
struct LockRecord {
    QString reviewer;   ///< the reviewer name from the settings (may be empty)
    QString host;       ///< machine host name (currentHostName(), model/collab.h)
    qint64 pid = 0;     ///< process id of the program holding the file
    QDateTime since;    ///< when the file was opened, UTC
    QString appVersion; ///< version of the program that wrote the record

    bool operator==(const LockRecord &) const = default;
};

/** What acquireLock() found beside the file. */
enum class LockState {
    Acquired,  ///< there was no lock: ours is written now
    Ours,      ///< the lock already names this process on this host (reopening the same file)
    TookOver,  ///< a stale lock (this host, process gone, or unreadable) was replaced by ours
    HeldByOther, ///< another live process on this host, or any process on another host, holds it
};

/** The outcome of acquireLock(): the state and the record that was found there (if any). */
struct LockOutcome {
    LockState state = LockState::Acquired;
    std::optional<LockRecord> previous; ///< the record found before ours (TookOver, HeldByOther, Ours)
};

/** Tells whether a process id is alive on this machine; replaceable in tests. */
using ProcessAliveCheck = std::function<bool(qint64 pid)>;

/** Returns the lock file of a review file: `path + ".lock"`. */
QString lockPathFor(const QString &reviewPath);

/** Returns true when a process with this id exists on this machine (kill(pid, 0)); false for pid ≤ 0. */
bool isProcessAlive(qint64 pid);

/** Returns the record as JSON (`reviewer`, `host`, `pid`, `since` ISO 8601 UTC, `app_version`). */
QByteArray lockRecordToJson(const LockRecord &record);

/** Reads a lock record; an Error names the lock file and the field that is missing or wrong. */
Result<LockRecord> readLockRecord(const QString &lockPath);

/**
 * Creates or replaces the lock of `reviewPath` with `self`, unless another live process holds it.
 * The record is written to a temporary file and then put in place in one step (a hard link when no
 * lock exists, so two programs racing for a free file cannot both win; a rename over a stale one),
 * so no reader ever sees half a record. A lock from another host always counts as held: its
 * process cannot be checked from here. An unreadable lock counts as stale. Fails (nothing changed)
 * when the folder cannot be written.
 */
Result<LockOutcome> acquireLock(const QString &reviewPath, const LockRecord &self,
                                const ProcessAliveCheck &alive = isProcessAlive);

/**
 * Returns the lock of `reviewPath` when another live program holds it (what acquireLock() would
 * call HeldByOther), without writing anything; nullopt when the file is free, ours, stale or the
 * lock is unreadable. The GUI asks this before it replaces the open document.
 */
std::optional<LockRecord> heldByOther(const QString &reviewPath, const LockRecord &self,
                                      const ProcessAliveCheck &alive = isProcessAlive);

/**
 * Removes the lock of `reviewPath` if it names `self`'s host and pid; leaves someone else's lock
 * alone. Returns true when a lock of ours was removed.
 */
bool releaseLock(const QString &reviewPath, const LockRecord &self);

/** Returns the "open by <reviewer> on <host> since <time>" sentence shown to a second reviewer. */
QString describeLock(const LockRecord &record);

namespace detail {

/** Reads a small JSON object file (a lock record, a recovery sidecar); an Error names the file. */
Result<QJsonObject> readSmallJsonObject(const QString &path, qint64 maxBytes);
/** Reads `o["pid"]` as a whole number ≥ 1; an Error names `where.pid`. */
Result<qint64> readPid(const QJsonObject &o, const QString &where);
/** Reads `o[key]` as an ISO 8601 date-time, returned in UTC; an Error names `where.key`. */
Result<QDateTime> readUtcTime(const QJsonObject &o, const QString &key, const QString &where);

} // namespace detail

} // namespace hostreview::core
