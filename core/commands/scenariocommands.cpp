#include "scenariocommands.h"

#include "commandids.h"
#include "commandlog.h"

#include "core/log.h"

namespace hostreview::commands {

using detail::report;

AddScenarioCommand::AddScenarioCommand(core::ReviewDocument *document, const core::Scenario &scenario, int index,
                                       QUndoCommand *parent)
    : QUndoCommand(tr("Add scenario %1").arg(scenario.id), parent), m_document(document), m_scenario(scenario),
      m_index(index)
{
}

void AddScenarioCommand::redo()
{
    const core::Result<void> r = m_document->addScenario(m_scenario, m_index);
    report(r, "add scenario");
    if (!r)
        setObsolete(true);
}

void AddScenarioCommand::undo() { HR_ASSERT(m_document->removeScenario(m_scenario.id).has_value(), return); }

RemoveScenarioCommand::RemoveScenarioCommand(core::ReviewDocument *document, const QString &id, QUndoCommand *parent)
    : QUndoCommand(tr("Delete scenario %1").arg(id), parent), m_document(document), m_id(id)
{
}

void RemoveScenarioCommand::redo()
{
    m_removed = m_document->removeScenario(m_id);
    if (!m_removed)
        setObsolete(true);
}

void RemoveScenarioCommand::undo()
{
    HR_ASSERT(m_removed.has_value(), return);
    report(m_document->addScenario(m_removed->second, m_removed->first), "restore scenario");
}

EditScenarioCommand::EditScenarioCommand(core::ReviewDocument *document, const core::Scenario &after,
                                         const QString &field, QUndoCommand *parent)
    : QUndoCommand(tr("Edit scenario %1").arg(after.id), parent), m_document(document), m_after(after),
      m_field(field)
{
    const core::Scenario *s = document->review().scenario(after.id);
    m_before = s ? *s : after;
}

void EditScenarioCommand::redo()
{
    const core::Result<void> r = m_document->setScenario(m_after.id, m_after);
    report(r, "edit scenario");
    if (!r)
        setObsolete(true);
}

void EditScenarioCommand::undo() { report(m_document->setScenario(m_before.id, m_before), "edit scenario"); }

int EditScenarioCommand::id() const { return m_field.isEmpty() ? -1 : EditScenarioId; }

bool EditScenarioCommand::mergeWith(const QUndoCommand *other)
{
    auto *o = static_cast<const EditScenarioCommand *>(other);
    if (o->m_after.id != m_after.id || o->m_field != m_field)
        return false;
    m_after = o->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

QString AddScenarioCommand::auditTarget() const { return targetPath(QStringLiteral("scenarios"), m_scenario.id); }

QString RemoveScenarioCommand::auditTarget() const { return targetPath(QStringLiteral("scenarios"), m_id); }

QString EditScenarioCommand::auditTarget() const
{
    return targetPath(QStringLiteral("scenarios"), m_after.id, m_field);
}

} // namespace hostreview::commands
