#include "audittarget.h"

#include <QUndoCommand>

namespace hostreview::commands {

QString auditTargetOf(const QUndoCommand *command)
{
    const auto *targeted = dynamic_cast<const AuditTarget *>(command);
    return targeted ? targeted->auditTarget() : QString();
}

QString targetPath(const QString &list, const QString &key, const QString &field)
{
    QString path = list + QLatin1Char('[') + key + QLatin1Char(']');
    if (!field.isEmpty())
        path += QLatin1Char('.') + field;
    return path;
}

QString linkKey(const QString &from, const QString &to) { return from + QStringLiteral("→") + to; }

} // namespace hostreview::commands
