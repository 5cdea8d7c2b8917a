#pragma once

#include "core/document/reviewdocument.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QUndoCommand;
class QUndoStack;

namespace hostreview::commands {

/**
 * Watches a document's QUndoStack and appends one audit entry {who, when, host, action, target} to
 * the document for every push, undo and redo: the action is the command's text, "Undo …" or
 * "Redo …"; the target is what the command names as its AuditTarget (empty when it names none).
 * A push merged into the previous command (typing in a field) refreshes nothing and adds no entry.
 * Clearing the stack or moving its clean index adds nothing either.
 */
class AuditRecorder : public QObject {
    Q_OBJECT
public:
    /** Starts watching `stack`; entries go to `document`. Neither is owned. */
    AuditRecorder(QUndoStack *stack, core::ReviewDocument *document, QObject *parent = nullptr);

    /** Sets the name recorded as `who` (the reviewer's name from the settings). Default: defaultReviewerName(). */
    void setReviewer(const QString &name);
    QString reviewer() const { return m_reviewer; }

    /** Forgets the stack's position (call after the stack was cleared for another document). */
    void resync();

private:
    void onIndexChanged(int index);

    QPointer<QUndoStack> m_stack;
    QPointer<core::ReviewDocument> m_document;
    QString m_reviewer;
    int m_index = 0;
    int m_count = 0;
    const QUndoCommand *m_next = nullptr; ///< the command a redo would run (tells a redo from a push)
    const QUndoCommand *m_top = nullptr;  ///< the command an undo would run (tells a merge from a push at the limit)
};

} // namespace hostreview::commands
