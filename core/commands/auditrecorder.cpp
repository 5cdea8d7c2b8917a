#include "auditrecorder.h"

#include "audittarget.h"

#include <QUndoStack>

namespace hostreview::commands {

AuditRecorder::AuditRecorder(QUndoStack *stack, core::ReviewDocument *document, QObject *parent)
    : QObject(parent), m_stack(stack), m_document(document), m_reviewer(core::defaultReviewerName())
{
    resync();
    connect(stack, &QUndoStack::indexChanged, this, &AuditRecorder::onIndexChanged);
}

void AuditRecorder::setReviewer(const QString &name)
{
    m_reviewer = name.trimmed().isEmpty() ? core::defaultReviewerName() : name.trimmed();
}

void AuditRecorder::resync()
{
    m_index = m_stack ? m_stack->index() : 0;
    m_count = m_stack ? m_stack->count() : 0;
    m_next = m_stack ? m_stack->command(m_index) : nullptr;
    m_top = m_stack && m_index > 0 ? m_stack->command(m_index - 1) : nullptr;
}

void AuditRecorder::onIndexChanged(int index)
{
    if (!m_stack || !m_document)
        return;
    const int count = m_stack->count();
    const auto record = [&](const QString &action, int command) {
        m_document->appendAudit(core::makeAuditEntry(m_reviewer, action, auditTargetOf(m_stack->command(command))));
    };
    if (count == 0) {
        // clear(): a new document, nothing was done.
    } else if (index == m_index) {
        // A push merged into the current command (typing in a field) keeps the same command on top:
        // already recorded. A new command on top at the same index is a push at the undo limit.
        if (index > 0 && m_stack->command(index - 1) != m_top)
            record(m_stack->text(index - 1), index - 1);
    } else if (index == m_index + 1 && (count != m_count || m_stack->command(index - 1) != m_next)) {
        // A push: the commands that could have been redone are gone, a new one is on top.
        record(m_stack->text(index - 1), index - 1);
    } else if (index > m_index) {
        for (int i = m_index; i < index; ++i)
            record(tr("Redo %1").arg(m_stack->text(i)), i);
    } else {
        for (int i = m_index - 1; i >= index; --i)
            record(tr("Undo %1").arg(m_stack->text(i)), i);
    }
    resync();
}

} // namespace hostreview::commands
