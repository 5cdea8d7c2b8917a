#include "audittarget.h"

#include "core/merge/merge.h"

#include <QUndoCommand>

namespace hostreview::commands {

QString auditTargetOf(const QUndoCommand *command)
{
    const auto *targeted = dynamic_cast<const AuditTarget *>(command);
    return targeted ? targeted->auditTarget() : QString();
}

QString targetPath(const QString &list, const QString &key, const QString &field)
{
    const QString element = core::elementPath(list, key);
    return field.isEmpty() ? element : core::memberPath(element, field);
}

} // namespace hostreview::commands
