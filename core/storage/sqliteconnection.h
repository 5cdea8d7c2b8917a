#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hostreview::core::detail {

/**
 * Owns one QSQLITE connection under a name no other call uses, and removes it when destroyed, so
 * that loads and saves never share a connection (QSqlDatabase connections belong to one thread).
 * Every QSqlQuery made on it must be destroyed before the connection is.
 */
class SqliteConnection {
public:
    /** How the file is opened. */
    enum class Mode {
        ReadOnly,  ///< QSQLITE_OPEN_READONLY: the user's file, never written on load
        ReadWrite, ///< a temporary file of our own (save, migration copy)
    };

    SqliteConnection(const QString &fileName, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /** Opens the file; on failure returns false and errorText() says why. */
    bool open();

    /** Returns the connection (valid until this object is destroyed). */
    QSqlDatabase database() const;

    /** Closes the connection; the file handle is released so the file can be synced and renamed. */
    void close();

    /** Returns the driver's text for the last failure of open(). */
    QString errorText() const { return m_errorText; }

private:
    QString m_connectionName;
    QString m_fileName;
    Mode m_mode;
    QString m_errorText;
};

} // namespace hostreview::core::detail
