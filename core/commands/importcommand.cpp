#include "importcommand.h"

#include "classcommands.h"

namespace hostreview::commands {

ApplyImportCommand::ApplyImportCommand(core::ReviewDocument *document, const core::Review &after, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent), m_before(document->review()), m_after(after)
{
    // Children run in order on redo and in reverse on undo: classes exist before their profiles are
    // set, and profiles are put back before the classes that were added are taken out again.
    for (const core::WorkloadClass &c : m_after.classes) {
        if (!m_before.workloadClass(c.id))
            new AddClassCommand(document, c, -1, this);
    }
    for (const core::WorkloadClass &c : m_after.classes) {
        const core::WorkloadClass *old = m_before.workloadClass(c.id);
        if (old && !(*old == c))
            new EditClassCommand(document, c, QString(), this);
    }
    for (const core::Profile &p : m_after.profiles) {
        const core::Profile *old = m_before.profile(p.classId);
        if (!old || !(*old == p))
            new EditProfileCommand(document, p.classId, p, this);
    }
    // The rules the import classified with, and any other document-level key it changed.
    QStringList keys = m_before.extra.keys() + m_after.extra.keys();
    keys.removeDuplicates();
    for (const QString &key : keys)
        if (m_before.extra.value(key) != m_after.extra.value(key))
            new SetExtraValueCommand(document, key, m_after.extra.value(key), this);
    // Profiles the import dropped (applyImport never does, but the step must reach `after` exactly).
    for (const core::Profile &p : m_before.profiles) {
        if (!m_after.profile(p.classId) && m_after.workloadClass(p.classId))
            new EditProfileCommand(document, p.classId, std::nullopt, this);
    }
}

SetExtraValueCommand::SetExtraValueCommand(core::ReviewDocument *document, const QString &key, const QJsonValue &after,
                                           QUndoCommand *parent)
    : QUndoCommand(tr("Set %1").arg(key), parent), m_document(document), m_key(key),
      m_before(document->review().extra.value(key)), m_after(after)
{
}

void SetExtraValueCommand::redo() { m_document->setExtraValue(m_key, m_after); }

void SetExtraValueCommand::undo() { m_document->setExtraValue(m_key, m_before); }

// An import changes the measured classes and their profiles together.
QString ApplyImportCommand::auditTarget() const { return QStringLiteral("profiles"); }

QString SetExtraValueCommand::auditTarget() const { return m_key; }

} // namespace hostreview::commands
