#pragma once

#include "core/checklist/checklist.h"
#include "core/document/reviewdocument.h"

#include <QPointer>
#include <QWidget>

#include <map>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace hostreview::widgets {

/**
 * Edits the answer to one checklist item: its status (met / partly / not met / n/a / not
 * assessed) and evidence notes, and shows the item's question, what good looks like, its sources
 * ("file:line") and the evidence files attached to the answer (name, size, added by, date).
 *
 * Every change is pushed on the undo stack as a command (a status change as one step; typing in
 * the notes merges into one step per item). The editor follows the document, so undo and redo
 * show up here too. It never reads or writes files: "Attach…" and "Remove" only emit
 * attachEvidenceRequested() / removeEvidenceRequested(), and the main window does the rest.
 */
class AnswerEditor : public QWidget {
    Q_OBJECT
public:
    explicit AnswerEditor(QWidget *parent = nullptr);

    /** Follows `document` and pushes edits on `stack` (both may be nullptr: the editor is then read-only). */
    void setDocument(core::ReviewDocument *document, QUndoStack *stack);
    /** Sets the checklist whose items are edited (copied). */
    void setChecklist(const core::checklist::Checklist &checklist);

    /** Shows item `itemId` (empty or unknown: nothing to edit). */
    void setItem(const QString &itemId);
    QString itemId() const { return m_itemId; }

    /** Sets the name written into answers as their reviewer (the app passes it from its settings). */
    void setReviewerName(const QString &name);
    QString reviewerName() const { return m_reviewer; }

    /** The radio button of a status (for tests and keyboard users). */
    QAbstractButton *statusButton(core::AnswerStatus status) const;
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLabel *questionLabel() const { return m_question; }
    QLabel *goodLabel() const { return m_good; }
    QLabel *sourcesLabel() const { return m_sources; }
    QLabel *answeredByLabel() const { return m_answeredBy; }
    QTreeWidget *evidenceList() const { return m_evidence; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    /** The user asked to attach an evidence file to the answer of `itemId`. */
    void attachEvidenceRequested(const QString &itemId);
    /** The user asked to detach evidence `evidenceId` from the answer of `itemId`. */
    void removeEvidenceRequested(const QString &itemId, const QString &evidenceId);

private:
    void onAnswerChanged(const QString &itemId);
    void onStatusClicked(int status);
    void onNotesChanged();
    void refresh();
    void refreshAnswer();
    void refreshEvidence();
    /** The current answer with reviewer and time stamped, or a new one for the item. */
    core::ChecklistAnswer editedAnswer() const;
    /** nullopt for an answer that says nothing (not assessed, no notes, no evidence): removing it keeps files clean. */
    static std::optional<core::ChecklistAnswer> keepIfMeaningful(const core::ChecklistAnswer &answer);

    QPointer<core::ReviewDocument> m_document;
    QPointer<QUndoStack> m_stack;
    core::checklist::Checklist m_checklist;
    QString m_itemId;
    QString m_reviewer;
    bool m_updating = false; // set while the editor writes into its own widgets: no commands then

    QLabel *m_question;
    QLabel *m_details;
    QButtonGroup *m_statusGroup;
    std::map<core::AnswerStatus, QAbstractButton *> m_statusButtons;
    QLabel *m_answeredBy;
    QPlainTextEdit *m_notes;
    QLabel *m_good;
    QLabel *m_sources;
    QTreeWidget *m_evidence;
    QPushButton *m_attach;
    QPushButton *m_remove;
};

} // namespace hostreview::widgets
