// saveProject(): writes the whole review to a temporary file beside the target and renames it into
// place, so that a crash or a full disk at any moment leaves the old file or the new one, never a
// mixture. See docs/project-file.md, "Atomic save".

#include "projectfile.h"
#include "projectcollab.h"
#include "projectschema.h"
#include "projectvalues.h"
#include "sqliteconnection.h"

#include "../log.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <cerrno>
#include <cmath>
#include <map>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hostreview::core {

namespace detail {

namespace {
std::atomic<int> g_saveFault{static_cast<int>(SaveStep::None)};
} // namespace

void setSaveFaultForTesting(SaveStep step)
{
    g_saveFault.store(static_cast<int>(step));
}

} // namespace detail

namespace {

using detail::SaveStep;

bool faultInjected(SaveStep step)
{
    return detail::g_saveFault.load() == static_cast<int>(step);
}

QString errnoText(int error)
{
    return QString::fromStdString(std::generic_category().message(error));
}

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

/** Returns what the step does, for error messages: "cannot save x (while …): reason". */
QString stepDescription(SaveStep step, const QString &target)
{
    const QString name = QFileInfo(target).fileName();
    switch (step) {
    case SaveStep::CreateTemp: return QStringLiteral("creating the temporary file");
    case SaveStep::WriteDatabase: return QStringLiteral("writing the temporary file");
    case SaveStep::CloseDatabase: return QStringLiteral("closing the temporary file");
    case SaveStep::SyncFile: return QStringLiteral("syncing the temporary file to disk");
    case SaveStep::Backup: return QStringLiteral("keeping the previous version as %1~").arg(name);
    case SaveStep::Rename: return QStringLiteral("renaming the temporary file to %1").arg(name);
    case SaveStep::SyncDirectory: return QStringLiteral("syncing the folder to disk");
    case SaveStep::None: break;
    }
    return QStringLiteral("checking the review and the target");
}

Error saveFailed(const QString &path, SaveStep step, const QString &reason)
{
    return Error{QString(), QStringLiteral("cannot save %1 (%2): %3").arg(path, stepDescription(step, path), reason)};
}

/** Removes the temporary file on every exit path except success. */
class TempFileGuard {
public:
    explicit TempFileGuard(QString path) : m_path(std::move(path)) {}
    ~TempFileGuard()
    {
        if (!m_path.isEmpty())
            ::unlink(nativePath(m_path).constData());
    }
    TempFileGuard(const TempFileGuard &) = delete;
    TempFileGuard &operator=(const TempFileGuard &) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

/** Returns 0, or the errno of the failed open/fsync. */
int syncPath(const QString &path, bool directory)
{
    const int flags = directory ? (O_RDONLY | O_DIRECTORY | O_CLOEXEC) : (O_RDWR | O_CLOEXEC);
    const int fd = ::open(nativePath(path).constData(), flags);
    if (fd < 0)
        return errno;
    int error = 0;
    if (::fsync(fd) != 0)
        error = errno;
    ::close(fd);
    return error;
}

/**
 * Creates `.NAME.XXXXXX` beside the target with O_EXCL, mode 0666 less the umask (or the mode of the
 * file it replaces), and returns its path; errno on failure.
 */
int createTempFile(const QString &target, const struct stat *previous, QString *tempPath)
{
    const QFileInfo info(target);
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    int error = EEXIST;
    for (int attempt = 0; attempt < 100 && error == EEXIST; ++attempt) {
        QString suffix;
        for (int i = 0; i < 6; ++i)
            suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
        const QString candidate = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.') + suffix;
        const int fd = ::open(nativePath(candidate).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) {
            error = errno;
            continue;
        }
        error = 0;
        if (previous && ::fchmod(fd, previous->st_mode & 07777) != 0)
            error = errno;
        ::close(fd);
        if (error != 0) {
            ::unlink(nativePath(candidate).constData());
            return error;
        }
        *tempPath = candidate;
    }
    return error;
}

/** Builds the rows of the project tables, checking every value against the limits the loader enforces. */
class ProjectWriter {
public:
    explicit ProjectWriter(QSqlDatabase db) : m_db(std::move(db)) {}

    /** Returns the first problem met, or an empty string. */
    const QString &error() const { return m_error; }

    void writeReview(const Review &review);

private:
    void setError(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }

    QVariant text(const QString &value, const QString &where)
    {
        if (value.size() > detail::kMaxTextBytes / 3 && value.toUtf8().size() > detail::kMaxTextBytes)
            setError(QStringLiteral("%1: text of %2 bytes exceeds the limit of %3 bytes")
                         .arg(where)
                         .arg(value.toUtf8().size())
                         .arg(detail::kMaxTextBytes));
        // A null QString would be bound as SQL NULL; the columns hold '' instead.
        return QVariant(value.isNull() ? QStringLiteral("") : value);
    }
    QVariant optionalText(const QString &value, const QString &where)
    {
        return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : text(value, where);
    }
    QVariant json(const QJsonObject &value, const QString &where) { return text(detail::jsonObjectText(value), where); }
    QVariant real(double value, const QString &where)
    {
        if (!std::isfinite(value))
            setError(QStringLiteral("%1: must be a finite number, got %2").arg(where).arg(value));
        return QVariant(value);
    }
    QVariant optionalReal(const std::optional<double> &value, const QString &where)
    {
        return value ? real(*value, where) : QVariant(QMetaType::fromType<double>());
    }
    static QVariant integer(qint64 value) { return QVariant(value); }
    static QVariant optionalInteger(const std::optional<int> &value)
    {
        return value ? QVariant(qint64(*value)) : QVariant(QMetaType::fromType<qint64>());
    }
    QVariant blob(const QByteArray &value, const QString &where)
    {
        if (value.size() > detail::kMaxEvidenceBytes)
            setError(QStringLiteral("%1: %2 bytes exceed the limit of %3 bytes")
                         .arg(where)
                         .arg(value.size())
                         .arg(detail::kMaxEvidenceBytes));
        // A null QByteArray would be bound as SQL NULL; an empty attachment is a zero-length BLOB.
        return QVariant(value.isNull() ? QByteArray("", 0) : value);
    }

    void checkRowCount(const char *table, std::size_t rows)
    {
        if (qint64(rows) > detail::kMaxRowsPerTable)
            setError(QStringLiteral("%1: %2 rows exceed the limit of %3 rows per table")
                         .arg(QLatin1String(table))
                         .arg(rows)
                         .arg(detail::kMaxRowsPerTable));
    }

    void insert(const QString &table, const QVariantList &values);

    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_statements;
    QString m_error;
};

void ProjectWriter::insert(const QString &table, const QVariantList &values)
{
    if (!m_error.isEmpty())
        return;
    const detail::TableSpec &spec = detail::projectTable(table);
    HR_ASSERT(int(spec.columns.size()) == values.size(), setError(QStringLiteral("internal: %1 column count").arg(table)); return);
    auto it = m_statements.find(table);
    if (it == m_statements.end()) {
        QStringList names;
        QStringList marks;
        for (const detail::ColumnSpec &c : spec.columns) {
            names << QLatin1Char('"') + c.name + QLatin1Char('"');
            marks << QStringLiteral("?");
        }
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))))) {
            setError(QStringLiteral("%1: %2").arg(table, query.lastError().text()));
            return;
        }
        it = m_statements.emplace(table, std::move(query)).first;
    }
    QSqlQuery &query = it->second;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        setError(QStringLiteral("%1: %2").arg(table, query.lastError().text()));
}

void ProjectWriter::writeReview(const Review &review)
{
    checkRowCount("reviewer", std::size_t(review.meta.reviewers.size()));
    checkRowCount("station", review.stations.size());
    checkRowCount("link", review.links.size());
    checkRowCount("workload_class", review.classes.size());
    checkRowCount("profile", review.profiles.size());
    checkRowCount("scenario", review.scenarios.size());
    checkRowCount("checklist_answer", review.answers.size());
    checkRowCount("evidence", review.evidence.size());
    checkRowCount("hosting_answer", std::size_t(review.hostingAnswers.size()));

    // Identifiers the loader refuses to see twice: refuse them here too, so that a save never
    // writes a file that cannot be opened again.
    const auto checkUnique = [this](QSet<QString> &seen, const QString &key, const QString &where) {
        if (seen.contains(key))
            setError(QStringLiteral("%1: duplicated id \"%2\"").arg(where, key));
        seen.insert(key);
    };

    insert(QStringLiteral("review"),
           {integer(1), text(review.name, QStringLiteral("name")), text(review.checklistId, QStringLiteral("checklist")),
            text(review.meta.client, QStringLiteral("review.client")),
            optionalText(detail::dateText(review.meta.startDate), QStringLiteral("review.start_date")),
            optionalText(detail::dateText(review.meta.endDate), QStringLiteral("review.end_date")),
            text(review.meta.version, QStringLiteral("review.version")),
            text(review.meta.notes, QStringLiteral("review.notes")), json(review.meta.extra, QStringLiteral("review")),
            json(review.extra, QStringLiteral("document"))});
    for (qsizetype i = 0; i < review.meta.reviewers.size(); ++i)
        insert(QStringLiteral("reviewer"),
               {integer(i), text(review.meta.reviewers.at(i), QStringLiteral("review.reviewers[%1]").arg(i))});

    QSet<QString> ids;
    for (std::size_t i = 0; i < review.stations.size(); ++i) {
        const Station &s = review.stations[i];
        const QString w = QStringLiteral("stations[%1]").arg(s.id);
        checkUnique(ids, s.id, w + QStringLiteral(".id"));
        insert(QStringLiteral("station"),
               {integer(qint64(i)), text(s.id, w + QStringLiteral(".id")), text(s.name, w + QStringLiteral(".name")),
                text(s.kind, w + QStringLiteral(".kind")), text(disciplineName(s.discipline), w),
                integer(s.servers), text(s.zone, w + QStringLiteral(".zone")),
                text(s.tenant, w + QStringLiteral(".tenant")), real(s.x, w + QStringLiteral(".position.x")),
                real(s.y, w + QStringLiteral(".position.y")), json(s.properties, w + QStringLiteral(".properties")),
                text(s.notes, w + QStringLiteral(".notes")), json(s.extra, w)});
    }

    QSet<QString> pairs;
    for (std::size_t i = 0; i < review.links.size(); ++i) {
        const Link &l = review.links[i];
        const QString w = QStringLiteral("links[%1→%2]").arg(l.from, l.to);
        if (pairs.contains(l.from + QChar(0) + l.to))
            setError(QStringLiteral("%1: duplicated link").arg(w));
        pairs.insert(l.from + QChar(0) + l.to);
        insert(QStringLiteral("link"),
               {integer(qint64(i)), text(l.from, w + QStringLiteral(".from")), text(l.to, w + QStringLiteral(".to")),
                json(l.extra, w)});
        checkRowCount("link_call", std::size_t(l.calls.size()));
        for (auto it = l.calls.cbegin(); it != l.calls.cend(); ++it) {
            const QString wc = w + QStringLiteral(".calls[%1]").arg(it.key());
            insert(QStringLiteral("link_call"), {integer(qint64(i)), text(it.key(), wc), real(it.value(), wc)});
        }
    }

    ids.clear();
    std::size_t demandRows = 0;
    for (std::size_t i = 0; i < review.classes.size(); ++i) {
        const WorkloadClass &c = review.classes[i];
        const QString w = QStringLiteral("classes[%1]").arg(c.id);
        checkUnique(ids, c.id, w + QStringLiteral(".id"));
        insert(QStringLiteral("workload_class"),
               {integer(qint64(i)), text(c.id, w + QStringLiteral(".id")), text(c.name, w + QStringLiteral(".name")),
                text(classTypeName(c.type), w), optionalReal(c.arrivalRate, w + QStringLiteral(".arrival_rate")),
                optionalInteger(c.population), optionalReal(c.thinkTime, w + QStringLiteral(".think_time")),
                text(c.entry, w + QStringLiteral(".entry")),
                optionalReal(c.targetResponseTime, w + QStringLiteral(".target_response_time")),
                text(provenanceName(c.provenance), w), text(c.source, w + QStringLiteral(".source")),
                json(c.extra, w)});
        demandRows += c.demands.size();
        for (std::size_t d = 0; d < c.demands.size(); ++d) {
            const Demand &dm = c.demands[d];
            const QString wd = w + QStringLiteral(".demands[%1]").arg(d);
            insert(QStringLiteral("demand"),
                   {integer(qint64(i)), integer(qint64(d)), text(dm.station, wd + QStringLiteral(".station")),
                    optionalReal(dm.visits, wd + QStringLiteral(".visits")),
                    real(dm.serviceTime, wd + QStringLiteral(".service_time")), json(dm.extra, wd)});
        }
    }
    checkRowCount("demand", demandRows);

    ids.clear();
    std::size_t multiplierRows = 0;
    for (std::size_t i = 0; i < review.profiles.size(); ++i) {
        const Profile &p = review.profiles[i];
        const QString w = QStringLiteral("profiles[%1]").arg(p.classId);
        checkUnique(ids, p.classId, w + QStringLiteral(".class"));
        insert(QStringLiteral("profile"),
               {integer(qint64(i)), text(p.classId, w + QStringLiteral(".class")), integer(p.bucketMinutes),
                text(provenanceName(p.provenance), w), text(p.source, w + QStringLiteral(".source")),
                json(p.extra, w)});
        multiplierRows += p.multipliers.size();
        for (std::size_t m = 0; m < p.multipliers.size(); ++m)
            insert(QStringLiteral("profile_multiplier"),
                   {integer(qint64(i)), integer(qint64(m)),
                    real(p.multipliers[m], w + QStringLiteral(".multipliers[%1]").arg(m))});
    }
    checkRowCount("profile_multiplier", multiplierRows);

    ids.clear();
    std::size_t scaleRows = 0;
    std::size_t overrideRows = 0;
    for (std::size_t i = 0; i < review.scenarios.size(); ++i) {
        const Scenario &s = review.scenarios[i];
        const QString w = QStringLiteral("scenarios[%1]").arg(s.id);
        checkUnique(ids, s.id, w + QStringLiteral(".id"));
        insert(QStringLiteral("scenario"),
               {integer(qint64(i)), text(s.id, w + QStringLiteral(".id")), text(s.name, w + QStringLiteral(".name")),
                text(s.description, w + QStringLiteral(".description")), integer(s.target ? 1 : 0),
                text(provenanceName(s.provenance), w), json(s.extra, w)});
        scaleRows += std::size_t(s.classScale.size());
        for (auto it = s.classScale.cbegin(); it != s.classScale.cend(); ++it) {
            const QString ws = w + QStringLiteral(".class_scale[%1]").arg(it.key());
            insert(QStringLiteral("scenario_class_scale"), {integer(qint64(i)), text(it.key(), ws), real(it.value(), ws)});
        }
        overrideRows += std::size_t(s.stationOverrides.size());
        for (auto it = s.stationOverrides.cbegin(); it != s.stationOverrides.cend(); ++it) {
            const QString wo = w + QStringLiteral(".station_overrides[%1]").arg(it.key());
            insert(QStringLiteral("scenario_station_override"),
                   {integer(qint64(i)), text(it.key(), wo), json(it.value(), wo)});
        }
    }
    checkRowCount("scenario_class_scale", scaleRows);
    checkRowCount("scenario_station_override", overrideRows);

    ids.clear();
    std::size_t answerEvidenceRows = 0;
    for (std::size_t i = 0; i < review.answers.size(); ++i) {
        const ChecklistAnswer &a = review.answers[i];
        const QString w = QStringLiteral("answers[%1]").arg(a.itemId);
        checkUnique(ids, a.itemId, w + QStringLiteral(".item"));
        insert(QStringLiteral("checklist_answer"),
               {integer(qint64(i)), text(a.itemId, w + QStringLiteral(".item")), text(answerStatusName(a.status), w),
                text(a.notes, w + QStringLiteral(".notes")), text(a.reviewer, w + QStringLiteral(".reviewer")),
                optionalText(detail::dateTimeText(a.answeredAt), w + QStringLiteral(".answered_at")), json(a.extra, w)});
        answerEvidenceRows += std::size_t(a.evidenceIds.size());
        for (qsizetype e = 0; e < a.evidenceIds.size(); ++e)
            insert(QStringLiteral("answer_evidence"),
                   {integer(qint64(i)), integer(e), text(a.evidenceIds.at(e), w + QStringLiteral(".evidence[%1]").arg(e))});
    }
    checkRowCount("answer_evidence", answerEvidenceRows);

    ids.clear();
    for (std::size_t i = 0; i < review.evidence.size(); ++i) {
        const EvidenceFile &e = review.evidence[i];
        const QString w = QStringLiteral("evidence[%1]").arg(e.id);
        checkUnique(ids, e.id, w + QStringLiteral(".id"));
        insert(QStringLiteral("evidence"),
               {integer(qint64(i)), text(e.id, w + QStringLiteral(".id")),
                text(e.fileName, w + QStringLiteral(".file_name")), text(e.mimeType, w + QStringLiteral(".mime_type")),
                blob(e.data, w + QStringLiteral(".data")),
                optionalText(detail::dateTimeText(e.addedAt), w + QStringLiteral(".added_at")),
                text(e.addedBy, w + QStringLiteral(".added_by")), json(e.extra, w)});
    }

    qint64 ord = 0;
    for (auto it = review.hostingAnswers.constBegin(); it != review.hostingAnswers.constEnd(); ++it, ++ord) {
        const QString w = QStringLiteral("hosting_questionnaire[%1]").arg(it.key());
        insert(QStringLiteral("hosting_answer"),
               {integer(ord), text(it.key(), w), text(detail::jsonValueText(it.value()), w)});
    }
}

bool exec(QSqlDatabase &db, const QString &sql, QString *why)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *why = query.lastError().text();
    return false;
}

/** Writes the whole review into the empty SQLite file at `tempPath`; returns an empty string or why it failed. */
QString writeDatabase(const Review &review, detail::SqliteConnection &connection)
{
    QString why;
    if (!connection.open())
        return connection.errorText();
    QSqlDatabase db = connection.database();
    const QStringList pragmas = {
        QStringLiteral("PRAGMA encoding = 'UTF-8'"),
        // The file is fsynced once, as a whole, before it is renamed into place: SQLite's own
        // journal and syncs would only slow the write of a file nobody else can see yet.
        QStringLiteral("PRAGMA journal_mode = MEMORY"),
        QStringLiteral("PRAGMA synchronous = OFF"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA application_id = %1").arg(detail::kProjectApplicationId),
        QStringLiteral("PRAGMA user_version = %1").arg(projectSchemaVersion()),
    };
    for (const QString &pragma : pragmas)
        if (!exec(db, pragma, &why))
            return pragma + QStringLiteral(": ") + why;
    if (!db.transaction())
        return db.lastError().text();
    for (const QString &statement : detail::createSchemaStatements())
        if (!exec(db, statement, &why)) {
            db.rollback();
            return why;
        }
    {
        ProjectWriter writer(db);
        writer.writeReview(review);
        if (!writer.error().isEmpty()) {
            db.rollback();
            return writer.error();
        }
    }
    if (const QString why = detail::writeCollabTables(db, review); !why.isEmpty()) { // projectcollab.cpp
        db.rollback();
        return why;
    }
    if (faultInjected(SaveStep::WriteDatabase)) {
        db.rollback();
        return QStringLiteral("injected fault");
    }
    if (!db.commit())
        return db.lastError().text();
    return QString();
}

} // namespace

Result<void> saveProject(const Review &review, const QString &path)
{
    auto log = logger("core.storage");
    if (path.isEmpty())
        return Error{QString(), QStringLiteral("cannot save: no file name given")};

    // Saving through a symbolic link replaces the file it points to, not the link.
    QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target).isSymLink())
        target = QFileInfo(target).symLinkTarget();
    const QString backupPath = target + QLatin1Char('~');

    struct stat previous {};
    const bool hadTarget = ::stat(nativePath(target).constData(), &previous) == 0;
    if (hadTarget && !S_ISREG(previous.st_mode))
        return saveFailed(path, SaveStep::None, QStringLiteral("it exists and is not a regular file"));

    // 1. Create the temporary file.
    if (faultInjected(SaveStep::CreateTemp))
        return saveFailed(path, SaveStep::CreateTemp, QStringLiteral("injected fault"));
    QString tempPath;
    if (const int error = createTempFile(target, hadTarget ? &previous : nullptr, &tempPath); error != 0)
        return saveFailed(path, SaveStep::CreateTemp, errnoText(error));
    TempFileGuard guard(tempPath);

    {
        // 2. Write the database, 3. close it.
        detail::SqliteConnection connection(tempPath, detail::SqliteConnection::Mode::ReadWrite);
        if (const QString why = writeDatabase(review, connection); !why.isEmpty())
            return saveFailed(path, SaveStep::WriteDatabase, why);
        if (faultInjected(SaveStep::CloseDatabase))
            return saveFailed(path, SaveStep::CloseDatabase, QStringLiteral("injected fault"));
        connection.close();
    }

    // 4. Sync the temporary file: its bytes must be on disk before the rename makes them the project.
    if (faultInjected(SaveStep::SyncFile))
        return saveFailed(path, SaveStep::SyncFile, QStringLiteral("injected fault"));
    if (const int error = syncPath(tempPath, false); error != 0)
        return saveFailed(path, SaveStep::SyncFile, errnoText(error));

    // 5. Keep the previous version as path~ (a hard link costs nothing; copy where links are not possible).
    if (hadTarget) {
        if (faultInjected(SaveStep::Backup))
            return saveFailed(path, SaveStep::Backup, QStringLiteral("injected fault"));
        if (::unlink(nativePath(backupPath).constData()) != 0 && errno != ENOENT)
            return saveFailed(path, SaveStep::Backup, errnoText(errno));
        if (::link(nativePath(target).constData(), nativePath(backupPath).constData()) != 0) {
            const int error = errno;
            log->debug("hard link {} → {} failed ({}); copying", target.toStdString(), backupPath.toStdString(),
                       errnoText(error).toStdString());
            QFile source(target);
            if (!source.copy(backupPath))
                return saveFailed(path, SaveStep::Backup, source.errorString());
        }
    }

    // 6. Rename the temporary file over the target: atomic on POSIX file systems.
    if (faultInjected(SaveStep::Rename))
        return saveFailed(path, SaveStep::Rename, QStringLiteral("injected fault"));
    if (::rename(nativePath(tempPath).constData(), nativePath(target).constData()) != 0)
        return saveFailed(path, SaveStep::Rename, errnoText(errno));
    guard.release();

    // 7. Sync the folder so that the rename itself survives a power cut.
    int dirError = faultInjected(SaveStep::SyncDirectory) ? EIO : syncPath(QFileInfo(target).absolutePath(), true);
    if (dirError != 0) {
        // Undo the rename, so that what is on disk matches what the caller is told: the save failed.
        const QString reason = faultInjected(SaveStep::SyncDirectory) ? QStringLiteral("injected fault") : errnoText(dirError);
        if (hadTarget)
            ::rename(nativePath(backupPath).constData(), nativePath(target).constData());
        else
            ::unlink(nativePath(target).constData());
        return saveFailed(path, SaveStep::SyncDirectory, reason);
    }

    log->info("saved {} (schema {}, {} stations, {} classes, {} evidence files)", target.toStdString(),
              projectSchemaVersion(), review.stations.size(), review.classes.size(), review.evidence.size());
    return {};
}

} // namespace hostreview::core
