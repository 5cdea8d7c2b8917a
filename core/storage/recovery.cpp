#include "recovery.h"

#include "projectfile.h"

#include "../interchange/reviewfile.h"
#include "../log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace hostreview::core {

namespace {

constexpr qint64 kMaxSidecarBytes = 64 * 1024;
const QLatin1String kSidecarSuffix(".recovery.json");

QString translate(const char *text) { return QCoreApplication::translate("hostreview::core", text); }

QByteArray sidecarJson(const RecoveryInfo &info)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("hostreview-recovery"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("original_path"), info.originalPath);
    o.insert(QStringLiteral("untitled"), info.originalPath.isEmpty());
    o.insert(QStringLiteral("review_name"), info.reviewName);
    o.insert(QStringLiteral("reviewer"), info.reviewer);
    o.insert(QStringLiteral("host"), info.host);
    o.insert(QStringLiteral("pid"), double(info.pid));
    o.insert(QStringLiteral("saved_at"), info.savedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("app_version"), info.appVersion);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

QString defaultRecoveryDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString recoveryBaseName(const QString &originalPath, qint64 pid)
{
    if (originalPath.isEmpty())
        return QStringLiteral("untitled-%1").arg(pid);
    const QFileInfo info(originalPath);
    const QByteArray hash = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    QString stem = info.completeBaseName();
    if (stem.endsWith(QLatin1String(".hostreview")))
        stem.chop(11);
    // Keep file-system-safe characters only; the hash keeps different paths apart.
    for (QChar &c : stem)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')))
            c = QLatin1Char('_');
    if (stem.isEmpty())
        stem = QStringLiteral("review");
    return QStringLiteral("%1-%2-%3").arg(stem.left(48), QString::fromLatin1(hash)).arg(pid);
}

Result<RecoveryEntry> writeRecovery(const QString &dir, const Review &review, const RecoveryInfo &info)
{
    if (!QDir().mkpath(dir))
        return fail(QDir::toNativeSeparators(dir), translate("cannot create the recovery folder"));
    const QString base = QDir(dir).filePath(recoveryBaseName(info.originalPath, info.pid));
    RecoveryEntry entry{base + QStringLiteral(".hostreview"), base + kSidecarSuffix, info};
    if (!entry.info.savedAt.isValid())
        entry.info.savedAt = QDateTime::currentDateTimeUtc();
    // The review first, then the sidecar: a sidecar is only ever listed with a complete review.
    if (Result<void> saved = saveProject(review, entry.projectPath); !saved)
        return saved.error();
    if (Result<void> side = writeFileAtomically(entry.sidecarPath, sidecarJson(entry.info)); !side)
        return side.error();
    QFile::remove(entry.projectPath + QLatin1Char('~'));
    QFile::remove(entry.sidecarPath + QLatin1Char('~'));
    return entry;
}

Result<RecoveryInfo> readRecoveryInfo(const QString &sidecarPath)
{
    const QString where = QDir::toNativeSeparators(sidecarPath);
    const Result<QJsonObject> o = detail::readSmallJsonObject(sidecarPath, kMaxSidecarBytes);
    if (!o)
        return o.error();
    if (o->value(QStringLiteral("format")).toString() != QLatin1String("hostreview-recovery"))
        return fail(where + QStringLiteral(".format"), translate("must be \"hostreview-recovery\""));
    RecoveryInfo info;
    info.originalPath = o->value(QStringLiteral("original_path")).toString();
    info.reviewName = o->value(QStringLiteral("review_name")).toString();
    info.reviewer = o->value(QStringLiteral("reviewer")).toString();
    info.host = o->value(QStringLiteral("host")).toString();
    info.appVersion = o->value(QStringLiteral("app_version")).toString();
    const Result<qint64> pid = detail::readPid(*o, where);
    if (!pid)
        return pid.error();
    info.pid = *pid;
    const Result<QDateTime> savedAt = detail::readUtcTime(*o, QStringLiteral("saved_at"), where);
    if (!savedAt)
        return savedAt.error();
    info.savedAt = *savedAt;
    return info;
}

std::vector<RecoveryEntry> listRecoveries(const QString &dir)
{
    std::vector<RecoveryEntry> entries;
    const QDir folder(dir);
    for (const QFileInfo &side : folder.entryInfoList({QStringLiteral("*") + kSidecarSuffix}, QDir::Files, QDir::Name)) {
        const QString project = side.absoluteFilePath().chopped(kSidecarSuffix.size()) + QStringLiteral(".hostreview");
        if (!QFileInfo::exists(project))
            continue;
        Result<RecoveryInfo> info = readRecoveryInfo(side.absoluteFilePath());
        if (!info) {
            logger("core.storage")->warn("skipping a recovery sidecar: {}", info.error().toString().toStdString());
            continue;
        }
        entries.push_back({project, side.absoluteFilePath(), std::move(*info)});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.info.savedAt > b.info.savedAt; });
    return entries;
}

std::vector<RecoveryEntry> orphanedRecoveries(const QString &dir, const QString &host, const ProcessAliveCheck &alive)
{
    std::vector<RecoveryEntry> orphans;
    for (RecoveryEntry &entry : listRecoveries(dir))
        if (entry.info.host == host && !alive(entry.info.pid))
            orphans.push_back(std::move(entry));
    return orphans;
}

bool removeRecovery(const RecoveryEntry &entry)
{
    QFile::remove(entry.projectPath + QLatin1Char('~'));
    const bool project = !QFileInfo::exists(entry.projectPath) || QFile::remove(entry.projectPath);
    const bool sidecar = !QFileInfo::exists(entry.sidecarPath) || QFile::remove(entry.sidecarPath);
    if (!project || !sidecar)
        logger("core.storage")->warn("cannot remove the autosave {}", entry.projectPath.toStdString());
    return project && sidecar;
}

} // namespace hostreview::core
