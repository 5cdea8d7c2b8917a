#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace hostreview::models {

/**
 * Indexes validation problems by the object and field they name ("classes[api].arrival_rate"),
 * so that an item model can colour a cell and explain why in its tooltip.
 */
class ProblemMap {
public:
    ProblemMap() = default;
    explicit ProblemMap(const std::vector<core::Problem> &problems);

    /** Returns the messages of every problem whose `where` is exactly `where`. */
    QStringList messages(const QString &where) const;
    /** Returns true when any problem at `where` is an error (warnings do not count). */
    bool hasError(const QString &where) const;
    /** Returns true when there is any problem at `where`. */
    bool contains(const QString &where) const { return m_byWhere.contains(where); }
    /** Returns the number of problems indexed. */
    int size() const { return m_count; }

private:
    struct Entry {
        core::Severity severity;
        QString message;
    };
    QHash<QString, QList<Entry>> m_byWhere;
    int m_count = 0;
};

/** Returns "classes[<id>].<field>", the `where` validation uses for a class field. */
QString classFieldWhere(const QString &classId, const QString &field);
/** Returns "classes[<id>].demands[<station>].<field>", the `where` of a demand field. */
QString demandFieldWhere(const QString &classId, const QString &stationId, const QString &field);
/** Returns "classes[<id>].demands[<index>].<field>", the positional form of a demand field. */
QString demandFieldWhere(const QString &classId, int demandIndex, const QString &field);

} // namespace hostreview::models
