#include "untrusted.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace hostreview::core::detail {

std::optional<QString> hardenSqliteConnection(const QSqlDatabase &db)
{
    // The QSQLITE plugin of Debian links the system libsqlite3, which hostreview_core links too, so
    // the handle belongs to the same library (docs/robustness.md explains the assumption).
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return QStringLiteral("the SQLite driver gives no native handle to secure the connection with");
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (!sqlite)
        return QStringLiteral("the SQLite connection is not open");

    struct Setting {
        int option;
        int value;
        const char *name;
    };
    const Setting settings[] = {
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, "load_extension"},
        {SQLITE_DBCONFIG_DEFENSIVE, 1, "defensive"},
        {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, "trusted_schema"},
        {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, "triggers"},
        {SQLITE_DBCONFIG_ENABLE_VIEW, 0, "views"},
    };
    for (const Setting &s : settings) {
        int now = -1;
        if (sqlite3_db_config(sqlite, s.option, s.value, &now) != SQLITE_OK || now != s.value)
            return QStringLiteral("SQLite refused to switch %1 %2").arg(QLatin1String(s.name), s.value ? u"on" : u"off");
    }
    sqlite3_limit(sqlite, SQLITE_LIMIT_LENGTH, int(kMaxSqliteValueBytes));
    sqlite3_limit(sqlite, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(sqlite, SQLITE_LIMIT_TRIGGER_DEPTH, 0);
    return std::nullopt;
}

std::optional<QString> unusableFileKind(const QFileInfo &info)
{
    if (info.isSymLink() && !info.exists())
        return QStringLiteral("is a symbolic link whose target cannot be reached (missing, or a loop of links)");
    if (!info.exists())
        return QStringLiteral("does not exist");
    if (info.isDir())
        return QStringLiteral("is a folder, not a project file");
    if (!info.isFile())
        return QStringLiteral("is not a regular file (a device, pipe or socket)");
    return std::nullopt;
}

namespace {

QString quotedName(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

const TableSpec *findTable(const std::vector<TableSpec> &tables, const QString &name)
{
    for (const TableSpec &t : tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

std::optional<QString> unexpectedSchemaObject(QSqlDatabase &db, const std::vector<TableSpec> &tables)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master ORDER BY type DESC, name")))
        return QStringLiteral("its schema cannot be read: ") + query.lastError().text();
    struct Object {
        QString type, name, table;
    };
    std::vector<Object> objects;
    while (query.next() && objects.size() < 10000)
        objects.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});

    for (const Object &o : objects) {
        const bool internal = o.name == QLatin1String("sqlite_sequence") || o.name.startsWith(QLatin1String("sqlite_stat"));
        if (o.type == QLatin1String("table") && !internal && !findTable(tables, o.name))
            return QStringLiteral("holds a table \"%1\" that is not part of the project schema").arg(o.name.left(64));
        if (o.type == QLatin1String("index") && !findTable(tables, o.table))
            return QStringLiteral("holds an index \"%1\" on \"%2\", which is not a project table")
                .arg(o.name.left(64), o.table.left(64));
    }

    // table_xinfo also lists hidden and generated columns, which table_info leaves out.
    for (const TableSpec &table : tables) {
        if (!query.exec(QStringLiteral("PRAGMA table_xinfo(%1)").arg(quotedName(table.name))))
            return QStringLiteral("the columns of table %1 cannot be read: %2").arg(table.name, query.lastError().text());
        while (query.next()) {
            const QString column = query.value(1).toString();
            const int hidden = query.value(6).toInt();
            if (hidden != 0)
                return QStringLiteral("column %1.%2 is a generated or hidden column").arg(table.name, column.left(64));
            if (!table.column(column))
                return QStringLiteral("table %1 has an unexpected column \"%2\"").arg(table.name, column.left(64));
        }
    }
    return std::nullopt;
}

bool isTooBigError(const QString &nativeErrorCode)
{
    return nativeErrorCode == QString::number(SQLITE_TOOBIG);
}

} // namespace hostreview::core::detail
