// loadProject(): opens a `.hostreview` file as untrusted input. Every check below exists because a
// project file arrives by mail or on a share from someone else; see docs/project-file.md,
// "Defensive open", for the reason behind each.

#include "projectfile.h"
#include "projectcollab.h"
#include "projectschema.h"
#include "projectvalues.h"
#include "sqliteconnection.h"
#include "untrusted.h"

#include "../log.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cmath>
#include <limits>
#include <memory>

namespace hostreview::core {

int projectSchemaVersion()
{
    return detail::migrationSteps().back().fromVersion + 1;
}

qint32 projectApplicationId()
{
    return detail::kProjectApplicationId;
}

namespace {

using detail::ColumnSpec;
using detail::ColumnType;
using detail::TableSpec;

/** The 16 bytes every SQLite 3 database starts with (https://www.sqlite.org/fileformat.html §1.3). */
constexpr char kSqliteHeader[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.simplified();
}

QString sqlError(const QSqlError &error)
{
    return oneLine(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

QString quoted(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString typeOfName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer: return QStringLiteral("integer");
    case ColumnType::Real: return QStringLiteral("real");
    case ColumnType::Blob: return QStringLiteral("blob");
    case ColumnType::Text: break;
    }
    return QStringLiteral("text");
}

/**
 * Reads the columns of one row of a table whose storage classes and sizes were already checked,
 * converting them to model values; the first problem is kept, naming table, row id and column.
 */
class RowReader {
public:
    RowReader(const TableSpec &table, const QSqlQuery &query) : m_table(table), m_query(query) {}

    qint64 rowId() const { return m_query.value(0).toLongLong(); }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    /** Records a problem with `column` of this row ("station row 3, column servers: …"). */
    void fail(const QString &column, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 row %2, column %3: %4").arg(m_table.name).arg(rowId()).arg(column, message);
    }

    bool isNull(const QString &column) const { return value(column).isNull(); }

    QString text(const QString &column) const { return value(column).toString(); }
    std::optional<QString> optionalText(const QString &column) const
    {
        return isNull(column) ? std::nullopt : std::optional<QString>(text(column));
    }
    qint64 integer(const QString &column) const { return value(column).toLongLong(); }
    QByteArray blob(const QString &column) const { return value(column).toByteArray(); }

    int toInt(const QString &column)
    {
        const qint64 v = integer(column);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
            fail(column, QStringLiteral("%1 is out of range").arg(v));
            return 0;
        }
        return int(v);
    }
    std::optional<int> optionalInt(const QString &column)
    {
        return isNull(column) ? std::nullopt : std::optional<int>(toInt(column));
    }
    bool boolean(const QString &column)
    {
        const qint64 v = integer(column);
        if (v != 0 && v != 1)
            fail(column, QStringLiteral("expected 0 or 1, got %1").arg(v));
        return v == 1;
    }
    double real(const QString &column)
    {
        const double v = value(column).toDouble();
        if (!std::isfinite(v))
            fail(column, QStringLiteral("must be a finite number, got %1").arg(v));
        return v;
    }
    std::optional<double> optionalReal(const QString &column)
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }
    QJsonObject json(const QString &column)
    {
        QString why;
        const auto object = detail::jsonObjectFromText(text(column), &why);
        if (!object)
            fail(column, why);
        return object.value_or(QJsonObject());
    }
    QJsonValue jsonValue(const QString &column)
    {
        QString why;
        const auto v = detail::jsonValueFromText(text(column), &why);
        if (!v)
            fail(column, why);
        return v.value_or(QJsonValue());
    }
    QDate date(const QString &column)
    {
        const auto t = optionalText(column);
        if (!t)
            return QDate();
        const QDate d = QDate::fromString(*t, Qt::ISODate);
        if (!d.isValid())
            fail(column, QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(t->left(40)));
        return d;
    }
    QDateTime dateTime(const QString &column)
    {
        const auto t = optionalText(column);
        if (!t)
            return QDateTime();
        const QDateTime d = QDateTime::fromString(*t, Qt::ISODateWithMs);
        if (!d.isValid())
            fail(column, QStringLiteral("\"%1\" is not an ISO 8601 date and time").arg(t->left(40)));
        return d;
    }
    template<typename Enum>
    Enum enumValue(const QString &column, std::optional<Enum> (*parse)(const QString &), Enum fallback)
    {
        const QString name = text(column);
        const std::optional<Enum> v = parse(name);
        if (!v)
            fail(column, QStringLiteral("unknown value \"%1\"").arg(name.left(40)));
        return v.value_or(fallback);
    }

private:
    QVariant value(const QString &column) const
    {
        for (std::size_t i = 0; i < m_table.columns.size(); ++i)
            if (m_table.columns[i].name == column)
                return m_query.value(int(i) + 1);
        HR_ASSERT(false, return QVariant());
        return QVariant();
    }

    const TableSpec &m_table;
    const QSqlQuery &m_query;
    QString m_error;
};

/** Loads one project file; every refusal is one line that starts with the file's path. */
class ProjectLoader {
public:
    explicit ProjectLoader(QString path) : m_path(std::move(path)) {}

    Result<Review> load();

private:
    Error refuse(const QString &what) const { return Error{QString(), m_path + QLatin1Char(' ') + oneLine(what)}; }
    Error corrupt(const QString &what) const { return refuse(QStringLiteral("is corrupt: ") + what); }
    Error invalid(const QString &what) const { return refuse(QStringLiteral("is not a valid project file: ") + what); }
    /** A failed read of a table's values: over SQLite's length limit (untrusted.h), or corrupt. */
    Error valueFailure(const QSqlError &error, const QString &table) const
    {
        if (detail::isTooBigError(error.nativeErrorCode()))
            return invalid(QStringLiteral("table %1 holds a value over %2 bytes, the most a project file may hold")
                               .arg(table)
                               .arg(detail::kMaxSqliteValueBytes));
        return corrupt(sqlError(error));
    }

    std::optional<Error> checkHeader() const;
    std::optional<Error> checkDatabase(QSqlDatabase &db, int *version) const;
    std::optional<Error> migrate(const QString &copyPath, int fromVersion) const;
    std::optional<Error> checkSchema(QSqlDatabase &db) const;
    std::optional<Error> checkValues(QSqlDatabase &db, const TableSpec &table) const;
    std::optional<Error> readReview(QSqlDatabase &db, Review *review) const;

    /** Runs `SELECT rowid, <columns> FROM table ORDER BY …` and calls `row(reader)` for each row. */
    template<typename RowFn>
    std::optional<Error> forEachRow(QSqlDatabase &db, const QString &table, const QString &orderBy, RowFn row) const;

    QString m_path;
};

std::optional<Error> ProjectLoader::checkHeader() const
{
    if (const auto why = detail::unusableFileKind(QFileInfo(m_path)))
        return refuse(*why);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("cannot be read: ") + file.errorString());
    // SQLite would treat an empty file as a new, empty database and anything else as "not a
    // database" only when first queried: check the header before SQLite sees the file.
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return refuse(QStringLiteral("is not an SQLite database (the file is empty)"));
    if (header.size() < 100 || !header.startsWith(QByteArray(kSqliteHeader, sizeof kSqliteHeader)))
        return refuse(QStringLiteral("is not an SQLite database"));
    // Bytes 18 and 19 are the write and read format versions: 1 for a rollback journal, 2 for WAL.
    // A WAL file keeps committed pages in a side file, and opening it even read-only creates
    // `-shm`/`-wal` files beside the user's file; hostreview never writes WAL files.
    const auto formatVersion = [&](int i) { return int(quint8(header.at(i))); };
    if ((formatVersion(18) != 1 && formatVersion(18) != 2) || (formatVersion(19) != 1 && formatVersion(19) != 2))
        return corrupt(QStringLiteral("the SQLite header has file format versions %1 and %2, expected 1 or 2")
                           .arg(formatVersion(18))
                           .arg(formatVersion(19)));
    if (formatVersion(18) != 1 || formatVersion(19) != 1)
        return refuse(QStringLiteral("uses SQLite write-ahead logging (journal_mode=WAL); project files use a rollback "
                                     "journal (run PRAGMA journal_mode=DELETE on it)"));
    return std::nullopt;
}

std::optional<Error> ProjectLoader::checkDatabase(QSqlDatabase &db, int *version) const
{
    QSqlQuery query(db);
    // trusted_schema off: functions and virtual tables named in the schema (views, triggers,
    // CHECK, DEFAULT and index expressions) may not run anything with side effects.
    for (const char *pragma : {"PRAGMA trusted_schema = OFF", "PRAGMA query_only = ON", "PRAGMA cell_size_check = ON"})
        if (!query.exec(QString::fromLatin1(pragma)))
            return corrupt(sqlError(query.lastError()));

    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return corrupt(sqlError(query.lastError()));
    const qint64 applicationId = query.value(0).toLongLong();
    if (applicationId != detail::kProjectApplicationId)
        return refuse(QStringLiteral("is not a hostreview project (application_id %1)").arg(applicationId));

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return corrupt(sqlError(query.lastError()));
    *version = query.value(0).toInt();
    if (*version > projectSchemaVersion())
        return refuse(QStringLiteral("was written by a newer hostreview (schema %1; this version reads up to %2)")
                          .arg(*version)
                          .arg(projectSchemaVersion()));
    if (*version < 0)
        return refuse(QStringLiteral("has an unknown schema version %1").arg(*version));

    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return corrupt(QStringLiteral("integrity_check: ") + sqlError(query.lastError()));
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (query.lastError().isValid())
        return corrupt(QStringLiteral("integrity_check: ") + sqlError(query.lastError()));
    if (problems != QStringList{QStringLiteral("ok")}) {
        const QString first = problems.isEmpty() ? QStringLiteral("no answer") : problems.first();
        return corrupt(QStringLiteral("integrity_check: %1%2")
                           .arg(first.left(200),
                                problems.size() > 1 ? QStringLiteral(" (and %1 more problems)").arg(problems.size() - 1)
                                                    : QString()));
    }

    // A project file holds tables and their indexes only: a trigger or a view is code that would run
    // (or be read) on the user's behalf, so its presence alone refuses the file.
    if (!query.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type NOT IN ('table', 'index') "
                                   "ORDER BY type, name LIMIT 1")))
        return corrupt(sqlError(query.lastError()));
    if (query.next())
        return refuse(QStringLiteral("contains a %1 (\"%2\"); project files never hold triggers or views")
                          .arg(query.value(0).toString(), query.value(1).toString().left(64)));
    if (query.lastError().isValid())
        return corrupt(sqlError(query.lastError()));
    return std::nullopt;
}

std::optional<Error> ProjectLoader::migrate(const QString &copyPath, int fromVersion) const
{
    auto log = logger("core.storage");
    detail::SqliteConnection connection(copyPath, detail::SqliteConnection::Mode::ReadWrite);
    if (!connection.open())
        return refuse(QStringLiteral("cannot be migrated: ") + oneLine(connection.errorText()));
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA trusted_schema = OFF")))
        return corrupt(sqlError(query.lastError()));
    for (const detail::MigrationStep &step : detail::migrationSteps()) {
        if (step.fromVersion < fromVersion)
            continue;
        const QString fail = QStringLiteral("cannot be migrated from schema %1 to %2: ").arg(step.fromVersion).arg(step.fromVersion + 1);
        if (!db.transaction())
            return refuse(fail + sqlError(db.lastError()));
        for (const QString &statement : step.statements)
            if (!query.exec(statement)) {
                const QString why = sqlError(query.lastError());
                query.finish();
                db.rollback();
                return refuse(fail + why);
            }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.fromVersion + 1))) {
            const QString why = sqlError(query.lastError());
            query.finish();
            db.rollback();
            return refuse(fail + why);
        }
        query.finish();
        if (!db.commit())
            return refuse(fail + sqlError(db.lastError()));
        log->info("migrated {} in memory: {}", m_path.toStdString(), step.summary.toStdString());
    }
    return std::nullopt;
}

std::optional<Error> ProjectLoader::checkSchema(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    for (const TableSpec &table : detail::projectTables()) {
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
        query.addBindValue(table.name);
        if (!query.exec())
            return corrupt(sqlError(query.lastError()));
        if (!query.next())
            return invalid(QStringLiteral("table %1 is missing").arg(table.name));
        if (query.value(0).toString().trimmed().startsWith(QStringLiteral("CREATE VIRTUAL"), Qt::CaseInsensitive))
            return invalid(QStringLiteral("table %1 is a virtual table").arg(table.name));

        if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table.name))))
            return corrupt(sqlError(query.lastError()));
        QHash<QString, QString> declared;
        while (query.next())
            declared.insert(query.value(1).toString(), query.value(2).toString());
        for (const ColumnSpec &column : table.columns) {
            const auto it = declared.constFind(column.name);
            if (it == declared.constEnd())
                return invalid(QStringLiteral("table %1 has no column %2").arg(table.name, column.name));
            if (it->compare(detail::columnTypeName(column.type), Qt::CaseInsensitive) != 0)
                return invalid(QStringLiteral("column %1.%2 is declared %3, expected %4")
                                   .arg(table.name, column.name, it->left(40), detail::columnTypeName(column.type)));
        }
    }
    if (const auto why = detail::unexpectedSchemaObject(db, detail::projectTables()))
        return invalid(*why);
    return std::nullopt;
}

std::optional<Error> ProjectLoader::checkValues(QSqlDatabase &db, const TableSpec &table) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name))) || !query.next())
        return corrupt(sqlError(query.lastError()));
    const qint64 rows = query.value(0).toLongLong();
    if (rows > detail::kMaxRowsPerTable)
        return invalid(QStringLiteral("table %1 has %2 rows, more than the limit of %3")
                           .arg(table.name)
                           .arg(rows)
                           .arg(detail::kMaxRowsPerTable));

    // Storage class and size of every value, without fetching the values themselves: a 1 GiB
    // string is refused before it is ever copied into memory.
    QStringList select{QStringLiteral("rowid")};
    for (const ColumnSpec &c : table.columns)
        // length() of a BLOB column reads its size from the record header without loading it; a
        // TEXT value's byte length needs the CAST, which loads it once (bounded by kMaxSqliteValueBytes).
        select << QStringLiteral("typeof(%1)").arg(quoted(c.name))
               << (c.type == ColumnType::Blob ? QStringLiteral("length(%1)") : QStringLiteral("length(CAST(%1 AS BLOB))"))
                      .arg(quoted(c.name));
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(select.join(QLatin1Char(',')), quoted(table.name))))
        return valueFailure(query.lastError(), table.name);
    while (query.next()) {
        const qint64 rowId = query.value(0).toLongLong();
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const ColumnSpec &c = table.columns[i];
            const QString type = query.value(int(2 * i + 1)).toString();
            const qint64 bytes = query.value(int(2 * i + 2)).toLongLong();
            const auto where = [&] { return QStringLiteral("%1 row %2, column %3: ").arg(table.name).arg(rowId).arg(c.name); };
            if (type == QLatin1String("null")) {
                if (!c.nullable)
                    return invalid(where() + QStringLiteral("is NULL"));
                continue;
            }
            const bool typeOk = type == typeOfName(c.type)
                                || (c.type == ColumnType::Real && type == QLatin1String("integer"));
            if (!typeOk)
                return invalid(where() + QStringLiteral("expected %1, got %2")
                                             .arg(detail::columnTypeName(c.type), type.toUpper().left(16)));
            if (c.type == ColumnType::Text && bytes > detail::kMaxTextBytes)
                return invalid(where() + QStringLiteral("text of %1 bytes exceeds the limit of %2 bytes")
                                             .arg(bytes)
                                             .arg(detail::kMaxTextBytes));
            if (c.type == ColumnType::Blob && bytes > detail::kMaxEvidenceBytes)
                return invalid(where() + QStringLiteral("%1 bytes exceed the limit of %2 bytes")
                                             .arg(bytes)
                                             .arg(detail::kMaxEvidenceBytes));
        }
    }
    if (query.lastError().isValid())
        return valueFailure(query.lastError(), table.name);
    return std::nullopt;
}

template<typename RowFn>
std::optional<Error> ProjectLoader::forEachRow(QSqlDatabase &db, const QString &tableName, const QString &orderBy,
                                               RowFn row) const
{
    const TableSpec &table = detail::projectTable(tableName);
    QStringList select{QStringLiteral("rowid")};
    for (const ColumnSpec &c : table.columns)
        select << quoted(c.name);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(select.join(QLatin1Char(',')), quoted(table.name), orderBy)))
        return corrupt(sqlError(query.lastError()));
    while (query.next()) {
        RowReader reader(table, query);
        row(reader);
        if (!reader.ok())
            return invalid(reader.error());
    }
    if (query.lastError().isValid())
        return corrupt(sqlError(query.lastError()));
    return std::nullopt;
}

/** Maps the `ord` of a parent table to the index of its item in the Review's list. */
using OrdIndex = QHash<qint64, std::size_t>;

std::optional<Error> ProjectLoader::readReview(QSqlDatabase &db, Review *review) const
{
    const QString ord = QStringLiteral("ord");
    std::optional<Error> error;

    // Records `ord` of a parent row; a second row with the same ord would make the order ambiguous.
    const auto addOrd = [](RowReader &r, OrdIndex &index, std::size_t position) {
        const qint64 o = r.integer(QStringLiteral("ord"));
        if (index.contains(o))
            r.fail(QStringLiteral("ord"), QStringLiteral("duplicated ord %1").arg(o));
        index.insert(o, position);
    };
    const auto uniqueKey = [](RowReader &r, QSet<QString> &seen, const QString &column, const QString &key) {
        if (seen.contains(key))
            r.fail(column, QStringLiteral("duplicated id \"%1\"").arg(key.left(64)));
        seen.insert(key);
    };
    // Returns the index of the parent a child row points to, or fails the row.
    const auto parent = [](RowReader &r, const OrdIndex &index, const QString &column, const QString &parentTable) {
        const qint64 o = r.integer(column);
        const auto it = index.constFind(o);
        if (it == index.constEnd()) {
            r.fail(column, QStringLiteral("no %1 row with ord %2").arg(parentTable).arg(o));
            return std::optional<std::size_t>();
        }
        return std::optional<std::size_t>(*it);
    };
    const auto uniqueChild = [](RowReader &r, QSet<QPair<qint64, QString>> &seen, qint64 parentOrd,
                                const QString &column, const QString &key) {
        if (seen.contains({parentOrd, key}))
            r.fail(column, QStringLiteral("duplicated \"%1\"").arg(key.left(64)));
        seen.insert({parentOrd, key});
    };

    // review: exactly one row.
    int reviewRows = 0;
    error = forEachRow(db, QStringLiteral("review"), QStringLiteral("id"), [&](RowReader &r) {
        if (++reviewRows > 1) {
            r.fail(QStringLiteral("id"), QStringLiteral("a project holds one review, found a second row"));
            return;
        }
        review->name = r.text(QStringLiteral("name"));
        review->checklistId = r.text(QStringLiteral("checklist"));
        review->meta.client = r.text(QStringLiteral("client"));
        review->meta.startDate = r.date(QStringLiteral("start_date"));
        review->meta.endDate = r.date(QStringLiteral("end_date"));
        review->meta.version = r.text(QStringLiteral("version"));
        review->meta.notes = r.text(QStringLiteral("notes"));
        review->meta.extra = r.json(QStringLiteral("review_extra"));
        review->extra = r.json(QStringLiteral("extra"));
    });
    if (error)
        return error;
    if (reviewRows == 0)
        return invalid(QStringLiteral("table review is empty"));

    {
        OrdIndex index;
        error = forEachRow(db, QStringLiteral("reviewer"), ord, [&](RowReader &r) {
            addOrd(r, index, std::size_t(review->meta.reviewers.size()));
            review->meta.reviewers << r.text(QStringLiteral("name"));
        });
        if (error)
            return error;
    }

    {
        OrdIndex index;
        QSet<QString> ids;
        error = forEachRow(db, QStringLiteral("station"), ord, [&](RowReader &r) {
            Station s;
            s.id = r.text(QStringLiteral("id"));
            uniqueKey(r, ids, QStringLiteral("id"), s.id);
            addOrd(r, index, review->stations.size());
            s.name = r.text(QStringLiteral("name"));
            s.kind = r.text(QStringLiteral("kind"));
            s.discipline = r.enumValue(QStringLiteral("discipline"), &detail::disciplineFromName, Discipline::Queue);
            s.servers = r.toInt(QStringLiteral("servers"));
            s.zone = r.text(QStringLiteral("zone"));
            s.tenant = r.text(QStringLiteral("tenant"));
            s.x = r.real(QStringLiteral("x"));
            s.y = r.real(QStringLiteral("y"));
            s.properties = r.json(QStringLiteral("properties"));
            s.notes = r.text(QStringLiteral("notes"));
            s.extra = r.json(QStringLiteral("extra"));
            review->stations.push_back(std::move(s));
        });
        if (error)
            return error;
    }

    {
        OrdIndex index;
        QSet<QString> pairs;
        error = forEachRow(db, QStringLiteral("link"), ord, [&](RowReader &r) {
            Link l;
            l.from = r.text(QStringLiteral("from_station"));
            l.to = r.text(QStringLiteral("to_station"));
            uniqueKey(r, pairs, QStringLiteral("to_station"), l.from + QStringLiteral("→") + l.to);
            addOrd(r, index, review->links.size());
            l.extra = r.json(QStringLiteral("extra"));
            review->links.push_back(std::move(l));
        });
        if (error)
            return error;
        QSet<QPair<qint64, QString>> seen;
        error = forEachRow(db, QStringLiteral("link_call"), QStringLiteral("link_ord, class"), [&](RowReader &r) {
            const auto i = parent(r, index, QStringLiteral("link_ord"), QStringLiteral("link"));
            const QString cls = r.text(QStringLiteral("class"));
            uniqueChild(r, seen, r.integer(QStringLiteral("link_ord")), QStringLiteral("class"), cls);
            const double calls = r.real(QStringLiteral("calls"));
            if (i && r.ok())
                review->links[*i].calls.insert(cls, calls);
        });
        if (error)
            return error;
    }

    {
        OrdIndex index;
        QSet<QString> ids;
        error = forEachRow(db, QStringLiteral("workload_class"), ord, [&](RowReader &r) {
            WorkloadClass c;
            c.id = r.text(QStringLiteral("id"));
            uniqueKey(r, ids, QStringLiteral("id"), c.id);
            addOrd(r, index, review->classes.size());
            c.name = r.text(QStringLiteral("name"));
            c.type = r.enumValue(QStringLiteral("type"), &detail::classTypeFromName, ClassType::Open);
            c.arrivalRate = r.optionalReal(QStringLiteral("arrival_rate"));
            c.population = r.optionalInt(QStringLiteral("population"));
            c.thinkTime = r.optionalReal(QStringLiteral("think_time"));
            c.entry = r.text(QStringLiteral("entry"));
            c.targetResponseTime = r.optionalReal(QStringLiteral("target_response_time"));
            c.provenance = r.enumValue(QStringLiteral("provenance"), &detail::provenanceFromName, Provenance::Estimated);
            c.source = r.text(QStringLiteral("source"));
            c.extra = r.json(QStringLiteral("extra"));
            review->classes.push_back(std::move(c));
        });
        if (error)
            return error;
        QSet<QPair<qint64, QString>> seen;
        error = forEachRow(db, QStringLiteral("demand"), QStringLiteral("class_ord, ord"), [&](RowReader &r) {
            const auto i = parent(r, index, QStringLiteral("class_ord"), QStringLiteral("workload_class"));
            uniqueChild(r, seen, r.integer(QStringLiteral("class_ord")), ord, QString::number(r.integer(ord)));
            Demand d;
            d.station = r.text(QStringLiteral("station"));
            d.visits = r.optionalReal(QStringLiteral("visits"));
            d.serviceTime = r.real(QStringLiteral("service_time"));
            d.extra = r.json(QStringLiteral("extra"));
            if (i && r.ok())
                review->classes[*i].demands.push_back(std::move(d));
        });
        if (error)
            return error;
    }

    {
        OrdIndex index;
        QSet<QString> ids;
        error = forEachRow(db, QStringLiteral("profile"), ord, [&](RowReader &r) {
            Profile p;
            p.classId = r.text(QStringLiteral("class"));
            uniqueKey(r, ids, QStringLiteral("class"), p.classId);
            addOrd(r, index, review->profiles.size());
            p.bucketMinutes = r.toInt(QStringLiteral("bucket_minutes"));
            p.provenance = r.enumValue(QStringLiteral("provenance"), &detail::provenanceFromName, Provenance::Estimated);
            p.source = r.text(QStringLiteral("source"));
            p.extra = r.json(QStringLiteral("extra"));
            review->profiles.push_back(std::move(p));
        });
        if (error)
            return error;
        QSet<QPair<qint64, QString>> seen;
        error = forEachRow(db, QStringLiteral("profile_multiplier"), QStringLiteral("profile_ord, ord"), [&](RowReader &r) {
            const auto i = parent(r, index, QStringLiteral("profile_ord"), QStringLiteral("profile"));
            uniqueChild(r, seen, r.integer(QStringLiteral("profile_ord")), ord, QString::number(r.integer(ord)));
            const double m = r.real(QStringLiteral("multiplier"));
            if (i && r.ok())
                review->profiles[*i].multipliers.push_back(m);
        });
        if (error)
            return error;
    }

    {
        OrdIndex index;
        QSet<QString> ids;
        error = forEachRow(db, QStringLiteral("scenario"), ord, [&](RowReader &r) {
            Scenario s;
            s.id = r.text(QStringLiteral("id"));
            uniqueKey(r, ids, QStringLiteral("id"), s.id);
            addOrd(r, index, review->scenarios.size());
            s.name = r.text(QStringLiteral("name"));
            s.description = r.text(QStringLiteral("description"));
            s.target = r.boolean(QStringLiteral("target"));
            s.provenance = r.enumValue(QStringLiteral("provenance"), &detail::provenanceFromName, Provenance::Estimated);
            s.extra = r.json(QStringLiteral("extra"));
            review->scenarios.push_back(std::move(s));
        });
        if (error)
            return error;
        QSet<QPair<qint64, QString>> seenScale;
        error = forEachRow(db, QStringLiteral("scenario_class_scale"), QStringLiteral("scenario_ord, class"), [&](RowReader &r) {
            const auto i = parent(r, index, QStringLiteral("scenario_ord"), QStringLiteral("scenario"));
            const QString cls = r.text(QStringLiteral("class"));
            uniqueChild(r, seenScale, r.integer(QStringLiteral("scenario_ord")), QStringLiteral("class"), cls);
            const double scale = r.real(QStringLiteral("scale"));
            if (i && r.ok())
                review->scenarios[*i].classScale.insert(cls, scale);
        });
        if (error)
            return error;
        QSet<QPair<qint64, QString>> seenOverride;
        error = forEachRow(db, QStringLiteral("scenario_station_override"), QStringLiteral("scenario_ord, station"),
                           [&](RowReader &r) {
                               const auto i = parent(r, index, QStringLiteral("scenario_ord"), QStringLiteral("scenario"));
                               const QString station = r.text(QStringLiteral("station"));
                               uniqueChild(r, seenOverride, r.integer(QStringLiteral("scenario_ord")),
                                           QStringLiteral("station"), station);
                               const QJsonObject fields = r.json(QStringLiteral("fields"));
                               if (i && r.ok())
                                   review->scenarios[*i].stationOverrides.insert(station, fields);
                           });
        if (error)
            return error;
    }

    {
        OrdIndex index;
        QSet<QString> ids;
        error = forEachRow(db, QStringLiteral("checklist_answer"), ord, [&](RowReader &r) {
            ChecklistAnswer a;
            a.itemId = r.text(QStringLiteral("item"));
            uniqueKey(r, ids, QStringLiteral("item"), a.itemId);
            addOrd(r, index, review->answers.size());
            a.status = r.enumValue(QStringLiteral("status"), &answerStatusFromName, AnswerStatus::NotAssessed);
            a.notes = r.text(QStringLiteral("notes"));
            a.reviewer = r.text(QStringLiteral("reviewer"));
            a.answeredAt = r.dateTime(QStringLiteral("answered_at"));
            a.extra = r.json(QStringLiteral("extra"));
            review->answers.push_back(std::move(a));
        });
        if (error)
            return error;
        QSet<QPair<qint64, QString>> seen;
        error = forEachRow(db, QStringLiteral("answer_evidence"), QStringLiteral("answer_ord, ord"), [&](RowReader &r) {
            const auto i = parent(r, index, QStringLiteral("answer_ord"), QStringLiteral("checklist_answer"));
            uniqueChild(r, seen, r.integer(QStringLiteral("answer_ord")), ord, QString::number(r.integer(ord)));
            const QString evidence = r.text(QStringLiteral("evidence"));
            if (i && r.ok())
                review->answers[*i].evidenceIds << evidence;
        });
        if (error)
            return error;
    }

    {
        OrdIndex index;
        QSet<QString> ids;
        error = forEachRow(db, QStringLiteral("evidence"), ord, [&](RowReader &r) {
            EvidenceFile e;
            e.id = r.text(QStringLiteral("id"));
            uniqueKey(r, ids, QStringLiteral("id"), e.id);
            addOrd(r, index, review->evidence.size());
            e.fileName = r.text(QStringLiteral("file_name"));
            e.mimeType = r.text(QStringLiteral("mime_type"));
            e.data = r.blob(QStringLiteral("data"));
            e.addedAt = r.dateTime(QStringLiteral("added_at"));
            e.addedBy = r.text(QStringLiteral("added_by"));
            e.extra = r.json(QStringLiteral("extra"));
            review->evidence.push_back(std::move(e));
        });
        if (error)
            return error;
    }

    {
        OrdIndex index;
        QSet<QString> ids;
        std::size_t count = 0;
        error = forEachRow(db, QStringLiteral("hosting_answer"), ord, [&](RowReader &r) {
            const QString question = r.text(QStringLiteral("question"));
            uniqueKey(r, ids, QStringLiteral("question"), question);
            addOrd(r, index, count++);
            const QJsonValue answer = r.jsonValue(QStringLiteral("answer"));
            if (r.ok())
                review->hostingAnswers.insert(question, answer);
        });
        if (error)
            return error;
    }
    if (const QString why = detail::readCollabTables(db, review); !why.isEmpty()) // projectcollab.cpp
        return invalid(why);
    return std::nullopt;
}

Result<Review> ProjectLoader::load()
{
    auto log = logger("core.storage");
    const auto refused = [&](const Error &e) -> Result<Review> {
        log->debug("refused: {}", e.message.toStdString());
        return e;
    };

    if (auto e = checkHeader())
        return refused(*e);

    int version = 0;
    detail::SqliteConnection original(m_path, detail::SqliteConnection::Mode::ReadOnly);
    if (!original.open())
        return refused(refuse(QStringLiteral("cannot be opened: ") + oneLine(original.errorText())));
    {
        QSqlDatabase db = original.database();
        if (auto e = checkDatabase(db, &version))
            return refused(*e);
    }

    // An older file is migrated on a private copy: opening never modifies the user's file.
    std::unique_ptr<QTemporaryDir> migrationDir;
    std::unique_ptr<detail::SqliteConnection> migrated;
    detail::SqliteConnection *source = &original;
    if (version < projectSchemaVersion()) {
        original.close();
        migrationDir = std::make_unique<QTemporaryDir>();
        const QString copyPath = migrationDir->filePath(QStringLiteral("migrating.hostreview"));
        if (!migrationDir->isValid() || !QFile::copy(m_path, copyPath))
            return refused(refuse(QStringLiteral("cannot be migrated: no temporary copy could be made")));
        if (auto e = migrate(copyPath, version))
            return refused(*e);
        migrated = std::make_unique<detail::SqliteConnection>(copyPath, detail::SqliteConnection::Mode::ReadOnly);
        if (!migrated->open())
            return refused(refuse(QStringLiteral("cannot be migrated: ") + oneLine(migrated->errorText())));
        source = migrated.get();
        QSqlDatabase db = source->database();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA trusted_schema = OFF")))
            return refused(corrupt(sqlError(query.lastError())));
    }

    Review review;
    {
        QSqlDatabase db = source->database();
        // One read transaction: the checks and the read see the same snapshot of the file.
        if (!db.transaction())
            return refused(corrupt(sqlError(db.lastError())));
        std::optional<Error> e = checkSchema(db);
        for (const TableSpec &table : detail::projectTables()) {
            if (e)
                break;
            e = checkValues(db, table);
        }
        if (!e)
            e = readReview(db, &review);
        db.rollback();
        if (e)
            return refused(*e);
    }
    log->info("loaded {} (schema {}{})", m_path.toStdString(), version,
              version < projectSchemaVersion() ? QStringLiteral(", migrated in memory to %1").arg(projectSchemaVersion()).toStdString()
                                               : std::string());
    return review;
}

} // namespace

Result<Review> loadProject(const QString &path)
{
    return ProjectLoader(path).load();
}

} // namespace hostreview::core
