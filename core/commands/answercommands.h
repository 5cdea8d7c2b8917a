#pragma once

#include "core/document/reviewdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hostreview::commands {

/** Sets (or, with nullopt, clears) the answer to one checklist item. */
class EditAnswerCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditAnswerCommand)
public:
    EditAnswerCommand(core::ReviewDocument *document, const QString &itemId,
                      const std::optional<core::ChecklistAnswer> &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    core::ReviewDocument *m_document;
    QString m_itemId;
    std::optional<core::ChecklistAnswer> m_before, m_after;
};

} // namespace hostreview::commands
