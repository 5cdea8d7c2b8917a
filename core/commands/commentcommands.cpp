#include "commentcommands.h"

#include "commandlog.h"

#include <QSet>

namespace hostreview::commands {

using detail::report;

AddCommentCommand::AddCommentCommand(core::ReviewDocument *document, const core::Comment &comment, QUndoCommand *parent)
    : QUndoCommand(comment.parentId.isEmpty() ? tr("Comment on %1 %2").arg(comment.targetKind, comment.targetId)
                                              : tr("Reply to comment %1").arg(comment.parentId),
                   parent),
      m_document(document), m_comment(comment)
{
}

void AddCommentCommand::redo()
{
    const core::Result<void> r = m_document->addComment(m_comment);
    report(r, "add comment");
    if (!r)
        setObsolete(true);
}

void AddCommentCommand::undo()
{
    const auto r = m_document->removeComment(m_comment.id);
    report(r, "remove added comment");
}

EditCommentCommand::EditCommentCommand(core::ReviewDocument *document, const QString &id, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(tr("Edit comment %1").arg(id), parent), m_document(document), m_id(id), m_text(text)
{
    if (const core::Comment *c = document->review().comment(id))
        m_before = *c;
}

void EditCommentCommand::redo()
{
    if (!m_before) {
        setObsolete(true);
        return;
    }
    core::Comment after = *m_before;
    after.text = m_text;
    const core::Result<void> r = m_document->setComment(m_id, after);
    report(r, "edit comment");
    if (!r)
        setObsolete(true);
}

void EditCommentCommand::undo()
{
    if (m_before)
        report(m_document->setComment(m_id, *m_before), "edit comment");
}

SetCommentResolvedCommand::SetCommentResolvedCommand(core::ReviewDocument *document, const QString &id, bool resolved,
                                                     QUndoCommand *parent)
    : QUndoCommand(resolved ? tr("Resolve comment %1").arg(id) : tr("Reopen comment %1").arg(id), parent),
      m_document(document), m_id(id), m_resolved(resolved)
{
    const core::Review &review = document->review();
    const core::Comment *target = review.comment(id);
    if (!target)
        return;
    // A thread root carries its replies with it: every comment of the thread whose flag differs.
    QSet<QString> thread{id};
    if (target->parentId.isEmpty())
        for (bool grew = true; grew;) {
            grew = false;
            for (const core::Comment &c : review.comments)
                if (!thread.contains(c.id) && thread.contains(c.parentId)) {
                    thread.insert(c.id);
                    grew = true;
                }
        }
    for (const core::Comment &c : review.comments)
        if (thread.contains(c.id) && c.resolved != resolved)
            m_before.push_back(c);
}

void SetCommentResolvedCommand::redo()
{
    if (m_before.empty()) {
        setObsolete(true);
        return;
    }
    for (const core::Comment &before : m_before) {
        core::Comment after = before;
        after.resolved = m_resolved;
        report(m_document->setComment(before.id, after), "resolve comment");
    }
}

void SetCommentResolvedCommand::undo()
{
    for (const core::Comment &before : m_before)
        report(m_document->setComment(before.id, before), "resolve comment");
}

RemoveCommentCommand::RemoveCommentCommand(core::ReviewDocument *document, const QString &id, QUndoCommand *parent)
    : QUndoCommand(tr("Delete comment %1").arg(id), parent), m_document(document), m_id(id)
{
}

void RemoveCommentCommand::redo()
{
    auto r = m_document->removeComment(m_id);
    report(r, "delete comment");
    if (!r) {
        setObsolete(true);
        return;
    }
    m_removed = std::move(r).value();
}

void RemoveCommentCommand::undo()
{
    report(m_document->restoreComments(m_removed), "restore comment");
}

QString AddCommentCommand::auditTarget() const { return targetPath(QStringLiteral("comments"), m_comment.id); }

QString EditCommentCommand::auditTarget() const { return targetPath(QStringLiteral("comments"), m_id, QStringLiteral("text")); }

QString SetCommentResolvedCommand::auditTarget() const
{
    return targetPath(QStringLiteral("comments"), m_id, QStringLiteral("resolved"));
}

QString RemoveCommentCommand::auditTarget() const { return targetPath(QStringLiteral("comments"), m_id); }

} // namespace hostreview::commands
