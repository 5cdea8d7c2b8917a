#include "stationcommands.h"

#include "commandids.h"
#include "commandlog.h"

#include "core/log.h"

namespace hostreview::commands {

using detail::report;

AddStationCommand::AddStationCommand(core::ReviewDocument *document, const core::Station &station, int index,
                                     QUndoCommand *parent)
    : QUndoCommand(tr("Add %1").arg(station.name.isEmpty() ? station.id : station.name), parent),
      m_document(document), m_station(station), m_index(index)
{
}

void AddStationCommand::redo()
{
    const core::Result<void> r = m_document->addStation(m_station, m_index);
    report(r, "add station");
    if (!r)
        setObsolete(true);
}

void AddStationCommand::undo()
{
    // Demands that named this id before the station was placed stay: undo restores the review
    // exactly as it was.
    HR_ASSERT(m_document->removeStation(m_station.id, core::StationRemoval::StationOnly).has_value(), return);
}

RemoveStationCommand::RemoveStationCommand(core::ReviewDocument *document, const QString &id, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_id(id)
{
    const core::Station *s = document->review().station(id);
    setText(tr("Delete %1").arg(s && !s->name.isEmpty() ? s->name : id));
}

void RemoveStationCommand::redo()
{
    m_removed = m_document->removeStation(m_id);
    if (!m_removed) {
        core::logger("commands")->error("delete station: no station \"{}\"", m_id.toStdString());
        setObsolete(true);
    }
}

void RemoveStationCommand::undo()
{
    HR_ASSERT(m_removed.has_value(), return);
    report(m_document->restoreStation(*m_removed), "restore station");
}

MoveStationsCommand::MoveStationsCommand(core::ReviewDocument *document,
                                         const QHash<QString, QPair<QPointF, QPointF>> &moves, bool mergeable,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_moves(moves), m_mergeable(mergeable)
{
    if (!mergeable)
        setText(tr("Automatic layout"));
    else if (moves.size() == 1)
        setText(tr("Move %1").arg(moves.constBegin().key()));
    else
        setText(tr("Move %n stations", nullptr, int(moves.size())));
}

void MoveStationsCommand::redo()
{
    for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it)
        report(m_document->moveStation(it.key(), it.value().second.x(), it.value().second.y()), "move station");
}

void MoveStationsCommand::undo()
{
    for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it)
        report(m_document->moveStation(it.key(), it.value().first.x(), it.value().first.y()), "move station");
}

int MoveStationsCommand::id() const { return m_mergeable ? MoveStationsId : -1; }

bool MoveStationsCommand::mergeWith(const QUndoCommand *other)
{
    auto *o = static_cast<const MoveStationsCommand *>(other);
    if (!o->m_mergeable || o->m_moves.size() != m_moves.size())
        return false;
    for (auto it = o->m_moves.cbegin(); it != o->m_moves.cend(); ++it)
        if (!m_moves.contains(it.key()))
            return false;
    for (auto it = o->m_moves.cbegin(); it != o->m_moves.cend(); ++it)
        m_moves[it.key()].second = it.value().second;
    return true;
}

EditStationCommand::EditStationCommand(core::ReviewDocument *document, const core::Station &after,
                                       const QString &field, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_after(after), m_field(field)
{
    if (const core::Station *s = document->review().station(after.id))
        m_before = *s;
    else
        m_before = after;
    setText(field.isEmpty() ? tr("Edit %1").arg(after.id) : tr("Edit %1 of %2").arg(field, after.id));
}

void EditStationCommand::redo()
{
    const core::Result<void> r = m_document->setStation(m_after.id, m_after);
    report(r, "edit station");
    if (!r)
        setObsolete(true);
}

void EditStationCommand::undo() { report(m_document->setStation(m_before.id, m_before), "edit station"); }

int EditStationCommand::id() const { return m_field.isEmpty() ? -1 : EditStationId; }

bool EditStationCommand::mergeWith(const QUndoCommand *other)
{
    auto *o = static_cast<const EditStationCommand *>(other);
    if (o->m_after.id != m_after.id || o->m_field != m_field)
        return false;
    m_after = o->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

QString AddStationCommand::auditTarget() const { return targetPath(QStringLiteral("stations"), m_station.id); }

QString RemoveStationCommand::auditTarget() const { return targetPath(QStringLiteral("stations"), m_id); }

QString MoveStationsCommand::auditTarget() const
{
    if (m_moves.size() != 1)
        return QStringLiteral("stations");
    return targetPath(QStringLiteral("stations"), m_moves.constBegin().key(), QStringLiteral("position"));
}

QString EditStationCommand::auditTarget() const { return targetPath(QStringLiteral("stations"), m_after.id, m_field); }

} // namespace hostreview::commands
