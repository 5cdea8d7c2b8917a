#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <limits>

namespace hostreview::tests {

/**
 * Runs raw SQL on a file through a connection of the test's own (the code under test is not
 * involved), to build damaged or hostile project files; a NaN binds to `:nan`. Returns the first
 * failing statement with the driver's text, or an empty string.
 */
inline QString runSql(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst-rawsql-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                query.prepare(sql);
                if (sql.contains(QLatin1String(":nan")))
                    query.bindValue(QStringLiteral(":nan"), std::numeric_limits<double>::quiet_NaN());
                if (!query.exec()) {
                    error = sql.left(200) + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace hostreview::tests
