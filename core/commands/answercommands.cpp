#include "answercommands.h"

#include "commandids.h"
#include "commandlog.h"

#include "core/log.h"

#include <algorithm>

namespace hostreview::commands {

using detail::report;

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
    report(r, "edit answer");
    if (!r)
        setObsolete(true);
}

void EditAnswerCommand::undo()
{
    const core::Result<void> r = m_document->setAnswer(m_itemId, m_before);
    report(r, "edit answer");
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
    report(r, "edit answer notes");
    if (!r)
        setObsolete(true);
}

void EditAnswerNotesCommand::undo()
{
    const core::Result<void> r = m_document->setAnswer(m_itemId, m_before);
    report(r, "edit answer notes");
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

AttachEvidenceCommand::AttachEvidenceCommand(core::ReviewDocument *document, const QString &itemId,
                                             const core::EvidenceFile &file, const QString &reviewer,
                                             QUndoCommand *parent)
    : QUndoCommand(tr("Attach %1 to %2").arg(file.fileName, itemId), parent), m_document(document), m_itemId(itemId),
      m_file(file)
{
    if (const core::ChecklistAnswer *a = document->review().answer(itemId))
        m_before = *a;
    m_after = m_before.value_or(core::ChecklistAnswer{});
    m_after.itemId = itemId;
    if (m_after.reviewer.isEmpty())
        m_after.reviewer = reviewer;
    m_after.evidenceIds.append(file.id);
}

void AttachEvidenceCommand::redo()
{
    if (const auto r = m_document->addEvidence(m_file); !r) {
        report(r, "attach evidence");
        setObsolete(true);
        return;
    }
    if (const auto r = m_document->setAnswer(m_itemId, m_after); !r)
        report(r, "attach evidence");
}

void AttachEvidenceCommand::undo()
{
    if (const auto r = m_document->setAnswer(m_itemId, m_before); !r)
        report(r, "attach evidence undo");
    if (const auto r = m_document->removeEvidence(m_file.id); !r)
        report(r, "attach evidence undo");
}

RemoveEvidenceCommand::RemoveEvidenceCommand(core::ReviewDocument *document, const QString &itemId,
                                             const QString &evidenceId, QUndoCommand *parent)
    : QUndoCommand(tr("Remove evidence from %1").arg(itemId), parent), m_document(document), m_itemId(itemId),
      m_evidenceId(evidenceId)
{
    if (const core::ChecklistAnswer *a = document->review().answer(itemId)) {
        m_before = *a;
        m_after = *a;
        m_after->evidenceIds.removeAll(evidenceId);
    }
}

void RemoveEvidenceCommand::redo()
{
    if (const auto r = m_document->setAnswer(m_itemId, m_after); !r)
        report(r, "remove evidence");
    const auto &answers = m_document->review().answers;
    const bool stillUsed = std::any_of(answers.begin(), answers.end(), [&](const core::ChecklistAnswer &a) {
        return a.evidenceIds.contains(m_evidenceId);
    });
    m_removed.reset();
    if (!stillUsed) {
        auto removed = m_document->removeEvidence(m_evidenceId);
        if (removed)
            m_removed = *removed;
        else
            report(removed, "remove evidence");
    }
}

void RemoveEvidenceCommand::undo()
{
    if (m_removed) {
        if (const auto r = m_document->addEvidence(m_removed->first, m_removed->second); !r)
            report(r, "remove evidence undo");
    }
    if (const auto r = m_document->setAnswer(m_itemId, m_before); !r)
        report(r, "remove evidence undo");
}

QString EditAnswerCommand::auditTarget() const { return targetPath(QStringLiteral("answers"), m_itemId); }

QString EditAnswerNotesCommand::auditTarget() const
{
    return targetPath(QStringLiteral("answers"), m_itemId, QStringLiteral("notes"));
}

QString AttachEvidenceCommand::auditTarget() const
{
    return targetPath(QStringLiteral("answers"), m_itemId, QStringLiteral("evidence"));
}

QString RemoveEvidenceCommand::auditTarget() const
{
    return targetPath(QStringLiteral("answers"), m_itemId, QStringLiteral("evidence"));
}

} // namespace hostreview::commands
