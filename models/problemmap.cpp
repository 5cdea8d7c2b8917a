#include "problemmap.h"

namespace hostreview::models {

ProblemMap::ProblemMap(const std::vector<core::Problem> &problems)
{
    for (const core::Problem &p : problems) {
        m_byWhere[p.where].append(Entry{p.severity, p.message});
        ++m_count;
    }
}

QStringList ProblemMap::messages(const QString &where) const
{
    QStringList out;
    for (const Entry &e : m_byWhere.value(where))
        out << e.message;
    return out;
}

bool ProblemMap::hasError(const QString &where) const
{
    for (const Entry &e : m_byWhere.value(where))
        if (e.severity == core::Severity::Error)
            return true;
    return false;
}

QString classFieldWhere(const QString &classId, const QString &field)
{
    return QStringLiteral("classes[%1].%2").arg(classId, field);
}

QString demandFieldWhere(const QString &classId, const QString &stationId, const QString &field)
{
    return QStringLiteral("classes[%1].demands[%2].%3").arg(classId, stationId, field);
}

QString demandFieldWhere(const QString &classId, int demandIndex, const QString &field)
{
    return QStringLiteral("classes[%1].demands[%2].%3").arg(classId).arg(demandIndex).arg(field);
}

} // namespace hostreview::models
