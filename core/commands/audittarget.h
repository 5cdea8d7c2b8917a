#pragma once

#include <QString>

class QUndoCommand;

namespace hostreview::commands {

/**
 * Implemented by the undo commands that know which object they change. The audit recorder writes
 * it as the entry's target, so the log says what was changed in the words a diff or a merge
 * conflict uses ("stations[pg].servers"), not only in the command's translated text.
 */
class AuditTarget {
public:
    virtual ~AuditTarget() = default;
    /** The object the command changes, in interchange words; empty when it is not one object. */
    virtual QString auditTarget() const = 0;
};

/** Returns `command`'s audit target; empty for a command that names none. */
QString auditTargetOf(const QUndoCommand *command);

/**
 * Returns "list[key]", followed by ".field" when `field` is not empty: a path as diff and merge
 * write it (core::elementPath(), core::memberPath(); a link's key is core::linkKey()).
 */
QString targetPath(const QString &list, const QString &key, const QString &field = {});

} // namespace hostreview::commands
