// The schema v2 tables of a project file: comments, the audit log and the revision history
// (issue 7). The loader has already checked every value's storage class, nullability and size
// against projectTables(), so these readers only check meaning: unique ids, dates, flags.

#include "projectcollab.h"

#include "projectschema.h"
#include "projectvalues.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace hostreview::core::detail {

namespace {

/** Inserts rows into one table with one prepared statement, keeping the first problem. */
class TableInserter {
public:
    TableInserter(QSqlDatabase &db, const QString &table, QString *error) : m_query(db), m_error(error)
    {
        const TableSpec &spec = projectTable(table);
        QStringList names;
        QStringList marks;
        for (const ColumnSpec &c : spec.columns) {
            names << QLatin1Char('"') + c.name + QLatin1Char('"');
            marks << QStringLiteral("?");
        }
        if (!m_query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))))
            setError(table + QStringLiteral(": ") + m_query.lastError().text());
    }

    void insert(const QVariantList &values)
    {
        if (!m_error->isEmpty())
            return;
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values.at(i));
        if (!m_query.exec())
            setError(m_query.lastError().text());
    }

    /** A TEXT value within the loader's limit; a null string is stored as ''. */
    QVariant text(const QString &value, const QString &where)
    {
        if (value.toUtf8().size() > kMaxTextBytes)
            setError(QStringLiteral("%1: text of %2 bytes exceeds the limit of %3 bytes")
                         .arg(where)
                         .arg(value.toUtf8().size())
                         .arg(kMaxTextBytes));
        return QVariant(value.isNull() ? QStringLiteral("") : value);
    }

    /** A date-time as ISO 8601 UTC, NULL when invalid. */
    static QVariant dateTime(const QDateTime &value)
    {
        const QString text = dateTimeText(value);
        return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    }

    void setError(const QString &error)
    {
        if (m_error->isEmpty())
            *m_error = error;
    }

    /** Refuses an id seen before in this table: the loader would refuse the file. */
    void unique(const QString &id, const QString &where)
    {
        if (m_ids.contains(id))
            setError(where + QStringLiteral(".id: duplicated id \"%1\"").arg(id));
        m_ids.insert(id);
    }

private:
    QSqlQuery m_query;
    QString *m_error;
    QSet<QString> m_ids;
};

QString checkRows(const char *table, std::size_t rows)
{
    if (qint64(rows) > kMaxRowsPerTable)
        return QStringLiteral("%1: %2 rows exceed the limit of %3 rows per table")
            .arg(QLatin1String(table))
            .arg(rows)
            .arg(kMaxRowsPerTable);
    return {};
}

/** Reads the rows of one table in `ord` order; `row` returns an error text for a bad row. */
QString forEachRow(QSqlDatabase &db, const QString &table, const QString &orderBy,
                   const std::function<QString(const QSqlQuery &, qint64 rowId)> &row)
{
    QStringList columns{QStringLiteral("rowid")};
    for (const ColumnSpec &c : projectTable(table).columns)
        columns << QLatin1Char('"') + c.name + QLatin1Char('"');
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QLatin1Char(',')), table, orderBy)))
        return table + QStringLiteral(": ") + query.lastError().text();
    while (query.next())
        if (const QString why = row(query, query.value(0).toLongLong()); !why.isEmpty())
            return why;
    return {};
}

QString rowError(const QString &table, qint64 rowId, const QString &column, const QString &message)
{
    return QStringLiteral("%1 row %2, column %3: %4").arg(table).arg(rowId).arg(column, message);
}

/** Parses a nullable ISO 8601 column; returns false (and the message) for text that is not a date-time. */
bool readDateTime(const QVariant &value, QDateTime *out, QString *why)
{
    if (value.isNull()) {
        *out = QDateTime();
        return true;
    }
    *out = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!out->isValid()) {
        *why = QStringLiteral("\"%1\" is not an ISO 8601 date and time").arg(value.toString().left(40));
        return false;
    }
    *out = out->toUTC();
    return true;
}

} // namespace

QString writeCollabTables(QSqlDatabase &db, const Review &review)
{
    QString error;
    for (const QString &why : {checkRows("comment", review.comments.size()), checkRows("audit", review.audit.size()),
                               checkRows("revision", review.history.size())})
        if (!why.isEmpty())
            return why;

    {
        TableInserter t(db, QStringLiteral("comment"), &error);
        for (std::size_t i = 0; i < review.comments.size(); ++i) {
            const Comment &c = review.comments[i];
            const QString w = QStringLiteral("comments[%1]").arg(c.id);
            t.unique(c.id, w);
            t.insert({qint64(i), t.text(c.id, w + QStringLiteral(".id")), t.text(c.parentId, w + QStringLiteral(".parent")),
                      t.text(c.targetKind, w + QStringLiteral(".target_kind")),
                      t.text(c.targetId, w + QStringLiteral(".target")), t.text(c.author, w + QStringLiteral(".author")),
                      TableInserter::dateTime(c.created), t.text(c.text, w + QStringLiteral(".text")),
                      qint64(c.resolved ? 1 : 0)});
        }
    }
    {
        TableInserter t(db, QStringLiteral("audit"), &error);
        for (std::size_t i = 0; i < review.audit.size(); ++i) {
            const AuditEntry &e = review.audit[i];
            const QString w = QStringLiteral("audit[%1]").arg(i);
            t.insert({qint64(i), TableInserter::dateTime(e.when), t.text(e.who, w + QStringLiteral(".who")),
                      t.text(e.host, w + QStringLiteral(".host")), t.text(e.action, w + QStringLiteral(".action")),
                      t.text(e.target, w + QStringLiteral(".target"))});
        }
    }
    {
        TableInserter t(db, QStringLiteral("revision"), &error);
        for (std::size_t i = 0; i < review.history.size(); ++i) {
            const Revision &r = review.history[i];
            const QString w = QStringLiteral("history[%1]").arg(r.id);
            t.unique(r.id, w);
            if (r.snapshot.size() > kMaxEvidenceBytes)
                t.setError(w + QStringLiteral(".snapshot: %1 bytes exceed the limit of %2 bytes")
                                   .arg(r.snapshot.size())
                                   .arg(kMaxEvidenceBytes));
            t.insert({qint64(i), t.text(r.id, w + QStringLiteral(".id")), t.text(r.parentId, w + QStringLiteral(".parent")),
                      t.text(r.secondParentId, w + QStringLiteral(".second_parent")), TableInserter::dateTime(r.when),
                      t.text(r.who, w + QStringLiteral(".who")),
                      QVariant(r.snapshot.isNull() ? QByteArray("", 0) : r.snapshot)});
        }
    }
    if (!review.revisionId.isEmpty()) {
        TableInserter t(db, QStringLiteral("revision_head"), &error);
        t.insert({qint64(1), t.text(review.revisionId, QStringLiteral("revision"))});
    }
    return error;
}

QString readCollabTables(QSqlDatabase &db, Review *review)
{
    const QString ord = QStringLiteral("ord");
    QSet<QString> ids;
    QString why = forEachRow(db, QStringLiteral("comment"), ord, [&](const QSqlQuery &q, qint64 rowId) {
        const auto bad = [&](const char *column, const QString &message) {
            return rowError(QStringLiteral("comment"), rowId, QLatin1String(column), message);
        };
        Comment c;
        c.id = q.value(2).toString();
        if (ids.contains(c.id))
            return bad("id", QStringLiteral("duplicated id \"%1\"").arg(c.id.left(64)));
        ids.insert(c.id);
        c.parentId = q.value(3).toString();
        c.targetKind = q.value(4).toString();
        c.targetId = q.value(5).toString();
        c.author = q.value(6).toString();
        QString dateWhy;
        if (!readDateTime(q.value(7), &c.created, &dateWhy))
            return bad("created", dateWhy);
        c.text = q.value(8).toString();
        const qint64 resolved = q.value(9).toLongLong();
        if (resolved != 0 && resolved != 1)
            return bad("resolved", QStringLiteral("expected 0 or 1, got %1").arg(resolved));
        c.resolved = resolved == 1;
        review->comments.push_back(std::move(c));
        return QString();
    });
    if (!why.isEmpty())
        return why;

    why = forEachRow(db, QStringLiteral("audit"), ord, [&](const QSqlQuery &q, qint64 rowId) {
        AuditEntry e;
        QString dateWhy;
        if (!readDateTime(q.value(2), &e.when, &dateWhy))
            return rowError(QStringLiteral("audit"), rowId, QStringLiteral("at"), dateWhy);
        e.who = q.value(3).toString();
        e.host = q.value(4).toString();
        e.action = q.value(5).toString();
        e.target = q.value(6).toString();
        review->audit.push_back(std::move(e));
        return QString();
    });
    if (!why.isEmpty())
        return why;

    ids.clear();
    why = forEachRow(db, QStringLiteral("revision"), ord, [&](const QSqlQuery &q, qint64 rowId) {
        Revision r;
        r.id = q.value(2).toString();
        if (ids.contains(r.id))
            return rowError(QStringLiteral("revision"), rowId, QStringLiteral("id"),
                            QStringLiteral("duplicated id \"%1\"").arg(r.id.left(64)));
        ids.insert(r.id);
        r.parentId = q.value(3).toString();
        r.secondParentId = q.value(4).toString();
        QString dateWhy;
        if (!readDateTime(q.value(5), &r.when, &dateWhy))
            return rowError(QStringLiteral("revision"), rowId, QStringLiteral("at"), dateWhy);
        r.who = q.value(6).toString();
        r.snapshot = q.value(7).toByteArray();
        review->history.push_back(std::move(r));
        return QString();
    });
    if (!why.isEmpty())
        return why;

    int heads = 0;
    why = forEachRow(db, QStringLiteral("revision_head"), QStringLiteral("id"), [&](const QSqlQuery &q, qint64 rowId) {
        if (++heads > 1)
            return rowError(QStringLiteral("revision_head"), rowId, QStringLiteral("id"),
                            QStringLiteral("a project has one current revision, found a second row"));
        review->revisionId = q.value(2).toString();
        return QString();
    });
    return why;
}

} // namespace hostreview::core::detail
