#pragma once

#include "audittarget.h"

#include "core/document/reviewdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <utility>
#include <vector>

namespace hostreview::commands {

/** Adds a comment (a new thread, or a reply when `comment.parentId` is set). Undo removes it. */
class AddCommentCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(AddCommentCommand)
public:
    AddCommentCommand(core::ReviewDocument *document, const core::Comment &comment, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    core::Comment m_comment;
};

/** Replaces a comment's text (the author edits it). */
class EditCommentCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(EditCommentCommand)
public:
    EditCommentCommand(core::ReviewDocument *document, const QString &id, const QString &text,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_id;
    std::optional<core::Comment> m_before;
    QString m_text;
};

/** Marks a comment (and, for a thread root, its whole thread) resolved or open again. */
class SetCommentResolvedCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(SetCommentResolvedCommand)
public:
    SetCommentResolvedCommand(core::ReviewDocument *document, const QString &id, bool resolved,
                              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_id;
    std::vector<core::Comment> m_before; ///< the comments whose flag changes, as they were
    bool m_resolved;
};

/** Deletes a comment and the replies below it; undo puts them all back where they were. */
class RemoveCommentCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(RemoveCommentCommand)
public:
    RemoveCommentCommand(core::ReviewDocument *document, const QString &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_id;
    std::vector<std::pair<int, core::Comment>> m_removed;
};

} // namespace hostreview::commands
