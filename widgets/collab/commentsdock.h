#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;
class QUndoStack;

namespace hostreview::core {
class ReviewDocument;
}
namespace hostreview::models {
class CommentTreeModel;
}

namespace hostreview::widgets {

/**
 * Threaded comments on stations, classes, checklist items and findings (issue 7): the threads as a
 * tree (replies under their thread), a filter for unresolved threads, and below it a text field with
 * the target picker. "Comment" starts a thread on the picked target, "Reply" answers the selected
 * comment, "Resolve"/"Reopen" flips the selected thread, "Delete" removes a comment with its replies,
 * "Go to" (or a double click) asks the window to show the target. Every change is an undo command
 * on the document's stack.
 */
class CommentsDock : public QWidget {
    Q_OBJECT
public:
    explicit CommentsDock(QWidget *parent = nullptr);

    /** Follows `document` and pushes edits on `stack`. */
    void setDocument(core::ReviewDocument *document, QUndoStack *stack);
    /** Sets the author written into new comments (the reviewer name from the settings). */
    void setAuthor(const QString &name);

    /** Picks `kind`/`id` as the target of the next comment (adding it to the picker) and focuses the text. */
    void startComment(const QString &kind, const QString &id);

    /** Starts a thread on the picked target with the text typed; false when there is no text or target. */
    bool addComment();
    /** Replies to the selected comment with the text typed; false when nothing is selected or no text. */
    bool reply();
    /** Resolves the selected thread, or reopens it when it is resolved; false when nothing is selected. */
    bool toggleResolved();
    /** Deletes the selected comment and its replies. */
    bool removeSelected();
    /** Selects comment `id` in the tree (false when it is not shown). */
    bool selectComment(const QString &id);
    /** Returns the id of the selected comment (empty when none). */
    QString selectedCommentId() const;

    models::CommentTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *targetBox() const { return m_target; }
    QCheckBox *unresolvedOnlyBox() const { return m_unresolvedOnly; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *replyButton() const { return m_reply; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *goToButton() const { return m_goTo; }

Q_SIGNALS:
    /** The user asked to see the object a comment is on. */
    void targetActivated(const QString &kind, const QString &id);

private:
    void fillTargets();
    bool pushComment(const QString &parentId, const QString &kind, const QString &id);
    void updateButtons();
    void goToSelected();
    QString author() const;

    QPointer<core::ReviewDocument> m_document;
    QPointer<QUndoStack> m_stack;
    QString m_author;
    QStringList m_extraTargets; ///< "kind\x1fid" of targets added by startComment() that are not stations or classes
    models::CommentTreeModel *m_model;
    QTreeView *m_view;
    QCheckBox *m_unresolvedOnly;
    QLabel *m_count;
    QComboBox *m_target;
    QPlainTextEdit *m_text;
    QPushButton *m_add;
    QPushButton *m_reply;
    QPushButton *m_resolve;
    QPushButton *m_remove;
    QPushButton *m_goTo;
};

} // namespace hostreview::widgets
