#include "answercommands.h"

#include "commandids.h"

#include "core/log.h"

namespace hostreview::commands {

EditAnswerCommand::EditAnswerCommand(core::ReviewDocument *document, const QString &itemId,
                                     const std::optional<core::ChecklistAnswer> &after, QUndoCommand *parent)
    : QUndoCommand(tr("Answer %1").arg(itemId), parent), m_document(document), m_itemId(itemId), m_after(after)
{
    if (const core::ChecklistAnswer *a = document->review().answer(itemId))
        m_before = *a;
}

void EditAnswerCommand::redo()
{
    const core::Result<void> r = m_document->setAnswer(m_itemId, m_after);
    if (!r) {
        core::logger("commands")->error("edit answer failed: {}", r.error().toString().toStdString());
        setObsolete(true);
    }
}

void EditAnswerCommand::undo()
{
    const core::Result<void> r = m_document->setAnswer(m_itemId, m_before);
    if (!r)
        core::logger("commands")->error("edit answer failed: {}", r.error().toString().toStdString());
}

EditAnswerNotesCommand::EditAnswerNotesCommand(core::ReviewDocument *document, const QString &itemId,
                                               const std::optional<core::ChecklistAnswer> &after,
                                               QUndoCommand *parent)
    : QUndoCommand(tr("Edit notes of %1").arg(itemId), parent), m_document(document), m_itemId(itemId), m_after(after)
{
    if (const core::ChecklistAnswer *a = document->review().answer(itemId))
        m_before = *a;
}

void EditAnswerNotesCommand::redo()
{
    const core::Result<void> r = m_document->setAnswer(m_itemId, m_after);
    if (!r) {
        core::logger("commands")->error("edit answer notes failed: {}", r.error().toString().toStdString());
        setObsolete(true);
    }
}

void EditAnswerNotesCommand::undo()
{
    const core::Result<void> r = m_document->setAnswer(m_itemId, m_before);
    if (!r)
        core::logger("commands")->error("edit answer notes failed: {}", r.error().toString().toStdString());
}

int EditAnswerNotesCommand::id() const
{
    return EditAnswerNotesId;
}

bool EditAnswerNotesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditAnswerNotesCommand *>(other);
    if (next->m_document != m_document || next->m_itemId != m_itemId)
        return false;
    m_after = next->m_after; // keep the oldest "before": one undo restores the text before typing began
    return true;
}

} // namespace hostreview::commands
