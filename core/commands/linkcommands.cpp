#include "linkcommands.h"

#include "commandids.h"
#include "commandlog.h"

#include "core/log.h"
#include "core/merge/merge.h"

namespace hostreview::commands {

using detail::report;

AddLinkCommand::AddLinkCommand(core::ReviewDocument *document, const core::Link &link, int index, QUndoCommand *parent)
    : QUndoCommand(tr("Link %1 to %2").arg(link.from, link.to), parent), m_document(document), m_link(link),
      m_index(index)
{
}

void AddLinkCommand::redo()
{
    const core::Result<void> r = m_document->addLink(m_link, m_index);
    report(r, "add link");
    if (!r)
        setObsolete(true);
}

void AddLinkCommand::undo() { HR_ASSERT(m_document->removeLink(m_link.from, m_link.to).has_value(), return); }

RemoveLinkCommand::RemoveLinkCommand(core::ReviewDocument *document, const QString &from, const QString &to,
                                     QUndoCommand *parent)
    : QUndoCommand(tr("Delete link %1 to %2").arg(from, to), parent), m_document(document), m_from(from), m_to(to)
{
}

void RemoveLinkCommand::redo()
{
    m_removed = m_document->removeLink(m_from, m_to);
    if (!m_removed)
        setObsolete(true);
}

void RemoveLinkCommand::undo()
{
    HR_ASSERT(m_removed.has_value(), return);
    report(m_document->addLink(m_removed->second, m_removed->first), "restore link");
}

EditLinkCommand::EditLinkCommand(core::ReviewDocument *document, const core::Link &after, const QString &field,
                                 QUndoCommand *parent)
    : QUndoCommand(tr("Edit calls %1 to %2").arg(after.from, after.to), parent), m_document(document),
      m_after(after), m_field(field)
{
    const core::Link *l = document->review().link(after.from, after.to);
    m_before = l ? *l : after;
}

void EditLinkCommand::redo()
{
    const core::Result<void> r = m_document->setLink(m_after.from, m_after.to, m_after);
    report(r, "edit link");
    if (!r)
        setObsolete(true);
}

void EditLinkCommand::undo() { report(m_document->setLink(m_before.from, m_before.to, m_before), "edit link"); }

int EditLinkCommand::id() const { return m_field.isEmpty() ? -1 : EditLinkId; }

bool EditLinkCommand::mergeWith(const QUndoCommand *other)
{
    auto *o = static_cast<const EditLinkCommand *>(other);
    if (o->m_after.from != m_after.from || o->m_after.to != m_after.to || o->m_field != m_field)
        return false;
    m_after = o->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

QString AddLinkCommand::auditTarget() const { return targetPath(QStringLiteral("links"), core::linkKey(m_link.from, m_link.to)); }

QString RemoveLinkCommand::auditTarget() const { return targetPath(QStringLiteral("links"), core::linkKey(m_from, m_to)); }

QString EditLinkCommand::auditTarget() const
{
    return targetPath(QStringLiteral("links"), core::linkKey(m_after.from, m_after.to), m_field);
}

} // namespace hostreview::commands
