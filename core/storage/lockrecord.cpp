#include "lockrecord.h"

#include "../log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <limits>

#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

namespace hostreview::core {

namespace {

constexpr qint64 kMaxLockBytes = 64 * 1024; // a record is a few hundred bytes; refuse anything huge

QByteArray nativePath(const QString &path) { return QFile::encodeName(QDir::toNativeSeparators(path)); }

/** Writes `data` to a new temporary file beside `target` and fsyncs it; returns its path. */
Result<QString> writeTemporary(const QString &target, const QByteArray &data)
{
    const QFileInfo info(target);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString temp = info.dir().filePath(QStringLiteral(".%1.%2").arg(info.fileName())
                                                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (file.error() == QFileDevice::OpenError && QFileInfo::exists(temp))
                continue; // name taken: try another
            return fail(QDir::toNativeSeparators(target), file.errorString());
        }
        const bool written = file.write(data) == data.size() && file.flush() && ::fsync(file.handle()) == 0;
        const QString why = file.errorString();
        file.close();
        if (!written) {
            QFile::remove(temp);
            return fail(QDir::toNativeSeparators(target), why);
        }
        return temp;
    }
    return fail(QDir::toNativeSeparators(target), QCoreApplication::translate("hostreview::core", "no free temporary name"));
}

bool sameHolder(const LockRecord &a, const LockRecord &b) { return a.host == b.host && a.pid == b.pid; }

/** Another host's process cannot be checked from here, so its lock always counts as held. */
bool holdsIt(const LockRecord &existing, const LockRecord &self, const ProcessAliveCheck &alive)
{
    return !sameHolder(existing, self) && (existing.host != self.host || alive(existing.pid));
}

} // namespace

QString lockPathFor(const QString &reviewPath) { return reviewPath + QStringLiteral(".lock"); }

bool isProcessAlive(qint64 pid)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    // Signal 0 checks existence and permission only; EPERM means it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

QByteArray lockRecordToJson(const LockRecord &record)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("hostreview-lock"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("reviewer"), record.reviewer);
    o.insert(QStringLiteral("host"), record.host);
    o.insert(QStringLiteral("pid"), double(record.pid));
    o.insert(QStringLiteral("since"), record.since.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("app_version"), record.appVersion);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

namespace detail {

Result<QJsonObject> readSmallJsonObject(const QString &path, qint64 maxBytes)
{
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(where, file.errorString());
    if (file.size() > maxBytes)
        return fail(where, QCoreApplication::translate("hostreview::core", "larger than %1 bytes").arg(maxBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(where, QCoreApplication::translate("hostreview::core", "not a JSON object"));
    return doc.object();
}

Result<qint64> readPid(const QJsonObject &o, const QString &where)
{
    const QJsonValue pid = o.value(QStringLiteral("pid"));
    const double p = pid.toDouble(-1);
    if (!pid.isDouble() || p < 1 || p > 9.0e15 || p != double(qint64(p)))
        return fail(where + QStringLiteral(".pid"), QCoreApplication::translate("hostreview::core", "must be a positive integer"));
    return qint64(p);
}

Result<QDateTime> readUtcTime(const QJsonObject &o, const QString &key, const QString &where)
{
    const QDateTime time = QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return fail(where + QLatin1Char('.') + key, QCoreApplication::translate("hostreview::core", "must be an ISO 8601 date-time"));
    return time.toUTC();
}

} // namespace detail

Result<LockRecord> readLockRecord(const QString &lockPath)
{
    const QString where = QDir::toNativeSeparators(lockPath);
    const Result<QJsonObject> o = detail::readSmallJsonObject(lockPath, kMaxLockBytes);
    if (!o)
        return o.error();
    LockRecord record;
    record.reviewer = o->value(QStringLiteral("reviewer")).toString();
    record.host = o->value(QStringLiteral("host")).toString();
    if (record.host.isEmpty())
        return fail(where + QStringLiteral(".host"), QCoreApplication::translate("hostreview::core", "missing"));
    const Result<qint64> pid = detail::readPid(*o, where);
    if (!pid)
        return pid.error();
    record.pid = *pid;
    const Result<QDateTime> since = detail::readUtcTime(*o, QStringLiteral("since"), where);
    if (!since)
        return since.error();
    record.since = *since;
    record.appVersion = o->value(QStringLiteral("app_version")).toString();
    return record;
}

Result<LockOutcome> acquireLock(const QString &reviewPath, const LockRecord &self, const ProcessAliveCheck &alive)
{
    const QString lockPath = lockPathFor(reviewPath);
    LockRecord mine = self;
    mine.since = self.since.isValid() ? self.since.toUTC() : QDateTime::currentDateTimeUtc();
    const Result<QString> temp = writeTemporary(lockPath, lockRecordToJson(mine));
    if (!temp)
        return temp.error();
    auto cleanup = qScopeGuard([&temp] { QFile::remove(*temp); });

    // First try: the lock does not exist. link() fails with EEXIST instead of replacing it.
    if (::link(nativePath(*temp).constData(), nativePath(lockPath).constData()) == 0)
        return LockOutcome{LockState::Acquired, std::nullopt};
    if (errno != EEXIST)
        return fail(QDir::toNativeSeparators(lockPath), QString::fromLocal8Bit(std::strerror(errno)));

    const Result<LockRecord> existing = readLockRecord(lockPath);
    LockOutcome outcome;
    if (existing) {
        outcome.previous = *existing;
        if (sameHolder(*existing, mine))
            return LockOutcome{LockState::Ours, *existing};
        if (holdsIt(*existing, mine, alive))
            return LockOutcome{LockState::HeldByOther, *existing};
        logger("core.storage")->info("taking over the stale lock of {} (pid {} on {} is gone)", reviewPath.toStdString(),
                                     existing->pid, existing->host.toStdString());
    } else {
        logger("core.storage")->warn("replacing an unreadable lock: {}", existing.error().toString().toStdString());
    }
    if (::rename(nativePath(*temp).constData(), nativePath(lockPath).constData()) != 0)
        return fail(QDir::toNativeSeparators(lockPath), QString::fromLocal8Bit(std::strerror(errno)));
    // Two programs taking over the same stale lock: the last rename wins; the loser sees the winner.
    const Result<LockRecord> now = readLockRecord(lockPath);
    if (now && !sameHolder(*now, mine))
        return LockOutcome{LockState::HeldByOther, *now};
    outcome.state = LockState::TookOver;
    return outcome;
}

std::optional<LockRecord> heldByOther(const QString &reviewPath, const LockRecord &self, const ProcessAliveCheck &alive)
{
    const Result<LockRecord> existing = readLockRecord(lockPathFor(reviewPath));
    if (existing && holdsIt(*existing, self, alive))
        return *existing;
    return std::nullopt;
}

bool releaseLock(const QString &reviewPath, const LockRecord &self)
{
    const QString lockPath = lockPathFor(reviewPath);
    const Result<LockRecord> existing = readLockRecord(lockPath);
    if (!existing || !sameHolder(*existing, self))
        return false;
    if (!QFile::remove(lockPath)) {
        logger("core.storage")->warn("cannot remove the lock {}", lockPath.toStdString());
        return false;
    }
    return true;
}

QString describeLock(const LockRecord &record)
{
    const QString who = record.reviewer.isEmpty()
                            ? QCoreApplication::translate("hostreview::core", "an unnamed reviewer")
                            : record.reviewer;
    const QString when = QLocale().toString(record.since.toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("hostreview::core", "Open by %1 on %2 since %3").arg(who, record.host, when);
}

} // namespace hostreview::core
