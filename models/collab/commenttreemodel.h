#pragma once

#include "core/model/collab.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <vector>

namespace hostreview::core {
class ReviewDocument;
}

namespace hostreview::models {

/**
 * The comments of a review as threads: each top-level row is a thread root, its children are the
 * replies below it (all depths, in document order, so a thread reads top to bottom). Columns: what
 * the comment is on, author, when, text, state. Follows the document's comment signals. Can show
 * only unresolved threads, and only the threads on one target.
 */
class CommentTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TargetColumn, AuthorColumn, WhenColumn, TextColumn, StateColumn, ColumnCount };
    enum Role {
        CommentIdRole = Qt::UserRole + 1, ///< QString: comment id
        TargetKindRole,                   ///< QString: "station", "class", "checklist-item", "finding"
        TargetIdRole,                     ///< QString: id of the object commented on
        ResolvedRole,                     ///< bool: the comment (for a root: the thread) is resolved
        IsRootRole,                       ///< bool: a thread root (not a reply)
    };

    explicit CommentTreeModel(QObject *parent = nullptr);

    /** Follows `document` (nullptr: empty). */
    void setDocument(core::ReviewDocument *document);

    /** With true, threads whose root is resolved are left out. */
    void setUnresolvedOnly(bool on);
    bool unresolvedOnly() const { return m_unresolvedOnly; }
    /** Shows only threads on this target (empty kind: all targets). */
    void setTargetFilter(const QString &kind, const QString &id);

    /** Returns the index of comment `id` in column 0 (invalid when not shown). */
    QModelIndex indexOfComment(const QString &id) const;
    /** Returns the id of the comment at `index`. */
    QString commentId(const QModelIndex &index) const;
    /** Returns the number of threads shown. */
    int threadCount() const { return int(m_threads.size()); }

    /** Returns a short human name of a target: "station web", "class order-entry", "checklist item backups". */
    static QString describeTarget(const QString &kind, const QString &id);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Thread {
        int root = -1;            ///< index into review().comments
        std::vector<int> replies; ///< indexes into review().comments, document order
    };
    void rebuild();
    const core::Comment *commentAt(const QModelIndex &index) const;

    QPointer<core::ReviewDocument> m_document;
    std::vector<Thread> m_threads;
    bool m_unresolvedOnly = false;
    QString m_filterKind;
    QString m_filterId;
};

} // namespace hostreview::models
