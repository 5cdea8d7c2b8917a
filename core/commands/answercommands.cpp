#include "answercommands.h"

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

} // namespace hostreview::commands
