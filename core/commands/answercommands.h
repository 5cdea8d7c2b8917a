#pragma once

#include "audittarget.h"

#include "core/document/reviewdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hostreview::commands {

/** Sets (or, with nullopt, clears) the answer to one checklist item. */
class EditAnswerCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(EditAnswerCommand)
public:
    EditAnswerCommand(core::ReviewDocument *document, const QString &itemId,
                      const std::optional<core::ChecklistAnswer> &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_itemId;
    std::optional<core::ChecklistAnswer> m_before, m_after;
};

/**
 * Sets the evidence notes of one checklist item's answer (the answer as a whole, so reviewer and
 * time travel with the text). Consecutive notes edits of the same item merge into one undo step,
 * so typing a paragraph is undone at once (Qt undoframework: id()/mergeWith()).
 */
class EditAnswerNotesCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(EditAnswerNotesCommand)
public:
    EditAnswerNotesCommand(core::ReviewDocument *document, const QString &itemId,
                           const std::optional<core::ChecklistAnswer> &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const QString &itemId() const { return m_itemId; }

private:
    core::ReviewDocument *m_document;
    QString m_itemId;
    std::optional<core::ChecklistAnswer> m_before, m_after;
};

/**
 * Attaches an evidence file to a checklist item: stores the bytes in the review and adds the
 * evidence id to the item's answer (creating a "not assessed" answer when there is none).
 */
class AttachEvidenceCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(AttachEvidenceCommand)
public:
    AttachEvidenceCommand(core::ReviewDocument *document, const QString &itemId, const core::EvidenceFile &file,
                          const QString &reviewer, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_itemId;
    core::EvidenceFile m_file;
    std::optional<core::ChecklistAnswer> m_before;
    core::ChecklistAnswer m_after;
};

/**
 * Detaches an evidence file from a checklist item; the stored bytes go too unless another answer
 * still refers to them. Undo puts both back where they were.
 */
class RemoveEvidenceCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(RemoveEvidenceCommand)
public:
    RemoveEvidenceCommand(core::ReviewDocument *document, const QString &itemId, const QString &evidenceId,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_itemId;
    QString m_evidenceId;
    std::optional<core::ChecklistAnswer> m_before, m_after;
    std::optional<std::pair<core::EvidenceFile, int>> m_removed;
};

} // namespace hostreview::commands
