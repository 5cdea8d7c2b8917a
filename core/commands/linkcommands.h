#pragma once

#include "audittarget.h"

#include "core/document/reviewdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hostreview::commands {

/** Draws a link between two stations (a drag between ports). */
class AddLinkCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(AddLinkCommand)
public:
    AddLinkCommand(core::ReviewDocument *document, const core::Link &link, int index = -1,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    core::Link m_link;
    int m_index;
};

/** Deletes a link; undo puts it back at the same position. */
class RemoveLinkCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(RemoveLinkCommand)
public:
    RemoveLinkCommand(core::ReviewDocument *document, const QString &from, const QString &to,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_from, m_to;
    std::optional<std::pair<int, core::Link>> m_removed;
};

/** Replaces the calls per class of one link; consecutive edits of the same class's calls merge. */
class EditLinkCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(EditLinkCommand)
public:
    EditLinkCommand(core::ReviewDocument *document, const core::Link &after, const QString &field = {},
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    core::ReviewDocument *m_document;
    core::Link m_before, m_after;
    QString m_field;
};

} // namespace hostreview::commands
