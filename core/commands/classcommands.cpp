#include "classcommands.h"

#include "commandids.h"
#include "commandlog.h"

#include "core/log.h"

namespace hostreview::commands {

using detail::report;

AddClassCommand::AddClassCommand(core::ReviewDocument *document, const core::WorkloadClass &workloadClass, int index,
                                 QUndoCommand *parent)
    : QUndoCommand(tr("Add class %1").arg(workloadClass.id), parent), m_document(document), m_class(workloadClass),
      m_index(index)
{
}

void AddClassCommand::redo()
{
    const core::Result<void> r = m_document->addClass(m_class, m_index);
    report(r, "add class");
    if (!r)
        setObsolete(true);
}

void AddClassCommand::undo() { HR_ASSERT(m_document->removeClass(m_class.id).has_value(), return); }

RemoveClassCommand::RemoveClassCommand(core::ReviewDocument *document, const QString &id, QUndoCommand *parent)
    : QUndoCommand(tr("Delete class %1").arg(id), parent), m_document(document), m_id(id)
{
}

void RemoveClassCommand::redo()
{
    m_removed = m_document->removeClass(m_id);
    if (!m_removed)
        setObsolete(true);
}

void RemoveClassCommand::undo()
{
    HR_ASSERT(m_removed.has_value(), return);
    report(m_document->restoreClass(*m_removed), "restore class");
}

EditClassCommand::EditClassCommand(core::ReviewDocument *document, const core::WorkloadClass &after,
                                   const QString &field, QUndoCommand *parent)
    : QUndoCommand(field.isEmpty() ? tr("Edit class %1").arg(after.id) : tr("Edit %1 of %2").arg(field, after.id),
                   parent),
      m_document(document), m_after(after), m_field(field)
{
    const core::WorkloadClass *c = document->review().workloadClass(after.id);
    m_before = c ? *c : after;
}

void EditClassCommand::redo()
{
    const core::Result<void> r = m_document->setClass(m_after.id, m_after);
    report(r, "edit class");
    if (!r)
        setObsolete(true);
}

void EditClassCommand::undo() { report(m_document->setClass(m_before.id, m_before), "edit class"); }

int EditClassCommand::id() const { return m_field.isEmpty() ? -1 : EditClassId; }

bool EditClassCommand::mergeWith(const QUndoCommand *other)
{
    auto *o = static_cast<const EditClassCommand *>(other);
    if (o->m_after.id != m_after.id || o->m_field != m_field)
        return false;
    m_after = o->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

EditProfileCommand::EditProfileCommand(core::ReviewDocument *document, const QString &classId,
                                       const std::optional<core::Profile> &after, QUndoCommand *parent)
    : QUndoCommand(tr("Edit profile of %1").arg(classId), parent), m_document(document), m_classId(classId),
      m_after(after)
{
    if (const core::Profile *p = document->review().profile(classId))
        m_before = *p;
}

void EditProfileCommand::redo()
{
    const core::Result<void> r = m_document->setProfile(m_classId, m_after);
    report(r, "edit profile");
    if (!r)
        setObsolete(true);
}

void EditProfileCommand::undo() { report(m_document->setProfile(m_classId, m_before), "edit profile"); }

QString AddClassCommand::auditTarget() const { return targetPath(QStringLiteral("classes"), m_class.id); }

QString RemoveClassCommand::auditTarget() const { return targetPath(QStringLiteral("classes"), m_id); }

QString EditClassCommand::auditTarget() const { return targetPath(QStringLiteral("classes"), m_after.id, m_field); }

QString EditProfileCommand::auditTarget() const { return targetPath(QStringLiteral("profiles"), m_classId); }

} // namespace hostreview::commands
