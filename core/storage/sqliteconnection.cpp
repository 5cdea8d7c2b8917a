#include "sqliteconnection.h"
#include "untrusted.h"

#include <QSqlError>

#include <atomic>

namespace hostreview::core::detail {

namespace {
QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("hostreview-storage-%1").arg(counter.fetch_add(1) + 1);
}
} // namespace

SqliteConnection::SqliteConnection(const QString &fileName, Mode mode)
    : m_connectionName(uniqueConnectionName()), m_fileName(fileName), m_mode(mode)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_fileName);
    if (m_mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
}

SqliteConnection::~SqliteConnection()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqliteConnection::open()
{
    QSqlDatabase db = database();
    if (!db.isValid()) {
        m_errorText = QStringLiteral("the Qt SQLite driver (QSQLITE) is not available");
        return false;
    }
    if (!db.open()) {
        m_errorText = db.lastError().text();
        return false;
    }
    // Every file this class opens is the user's or a copy of it: secure it before any statement runs.
    if (const auto why = hardenSqliteConnection(db)) {
        m_errorText = *why;
        db.close();
        return false;
    }
    return true;
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void SqliteConnection::close()
{
    QSqlDatabase db = database();
    if (db.isOpen())
        db.close();
}

} // namespace hostreview::core::detail
