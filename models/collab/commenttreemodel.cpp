#include "commenttreemodel.h"

#include "models/reviewaccess.h"

#include "core/document/reviewdocument.h"

#include <QHash>
#include <QLocale>

namespace hostreview::models {

namespace {
// Internal ids: 0 for a thread root, thread index + 1 for its replies.
constexpr quintptr RootTag = 0;
} // namespace

CommentTreeModel::CommentTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void CommentTreeModel::setDocument(core::ReviewDocument *document)
{
    detail::switchDocument(this, m_document, document, [this](core::ReviewDocument *d) {
        connect(d, &core::ReviewDocument::commentAdded, this, &CommentTreeModel::rebuild);
        connect(d, &core::ReviewDocument::commentChanged, this, &CommentTreeModel::rebuild);
        connect(d, &core::ReviewDocument::commentRemoved, this, &CommentTreeModel::rebuild);
        connect(d, &core::ReviewDocument::reset, this, &CommentTreeModel::rebuild);
    });
    rebuild();
}

void CommentTreeModel::setUnresolvedOnly(bool on)
{
    if (m_unresolvedOnly == on)
        return;
    m_unresolvedOnly = on;
    rebuild();
}

void CommentTreeModel::setTargetFilter(const QString &kind, const QString &id)
{
    m_filterKind = kind;
    m_filterId = id;
    rebuild();
}

void CommentTreeModel::rebuild()
{
    beginResetModel();
    m_threads.clear();
    if (m_document) {
        const auto &comments = m_document->review().comments;
        QHash<QString, int> position;
        for (int i = 0; i < int(comments.size()); ++i)
            position.insert(comments[size_t(i)].id, i);
        // Each comment's thread root, found by walking up; a broken chain (a cycle, a missing parent)
        // makes the comment a root of its own so that nothing disappears from view.
        auto rootOf = [&](int i) {
            int current = i;
            for (size_t steps = 0; steps <= comments.size(); ++steps) {
                const QString parent = comments[size_t(current)].parentId;
                if (parent.isEmpty())
                    return current;
                const auto it = position.constFind(parent);
                if (it == position.constEnd())
                    return current;
                current = *it;
            }
            return i;
        };
        QHash<int, size_t> threadOfRoot;
        std::vector<Thread> all;
        for (int i = 0; i < int(comments.size()); ++i) {
            const int root = rootOf(i);
            if (!threadOfRoot.contains(root)) {
                threadOfRoot.insert(root, all.size());
                all.push_back(Thread{root, {}});
            }
            if (root != i)
                all[threadOfRoot.value(root)].replies.push_back(i);
        }
        for (Thread &t : all) {
            const core::Comment &root = comments[size_t(t.root)];
            if (m_unresolvedOnly && root.resolved)
                continue;
            if (!m_filterKind.isEmpty() && (root.targetKind != m_filterKind || root.targetId != m_filterId))
                continue;
            m_threads.push_back(std::move(t));
        }
    }
    endResetModel();
}

QModelIndex CommentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_threads.size()) ? createIndex(row, column, RootTag) : QModelIndex();
    if (parent.internalId() != RootTag)
        return {};
    const Thread &t = m_threads[size_t(parent.row())];
    return row < int(t.replies.size()) ? createIndex(row, column, quintptr(parent.row()) + 1) : QModelIndex();
}

QModelIndex CommentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == RootTag)
        return {};
    return createIndex(int(child.internalId() - 1), 0, RootTag);
}

int CommentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_threads.size());
    if (parent.internalId() != RootTag || parent.column() != 0)
        return 0;
    return int(m_threads[size_t(parent.row())].replies.size());
}

int CommentTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

const core::Comment *CommentTreeModel::commentAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_document)
        return nullptr;
    const auto &comments = m_document->review().comments;
    int i = -1;
    if (index.internalId() == RootTag) {
        if (index.row() < int(m_threads.size()))
            i = m_threads[size_t(index.row())].root;
    } else {
        const size_t thread = size_t(index.internalId() - 1);
        if (thread < m_threads.size() && index.row() < int(m_threads[thread].replies.size()))
            i = m_threads[thread].replies[size_t(index.row())];
    }
    return i >= 0 && i < int(comments.size()) ? &comments[size_t(i)] : nullptr;
}

QString CommentTreeModel::commentId(const QModelIndex &index) const
{
    const core::Comment *c = commentAt(index);
    return c ? c->id : QString();
}

QModelIndex CommentTreeModel::indexOfComment(const QString &id) const
{
    for (int r = 0; r < int(m_threads.size()); ++r) {
        const QModelIndex root = index(r, 0);
        if (commentId(root) == id)
            return root;
        for (int c = 0; c < rowCount(root); ++c)
            if (commentId(index(c, 0, root)) == id)
                return index(c, 0, root);
    }
    return {};
}

QString CommentTreeModel::describeTarget(const QString &kind, const QString &id)
{
    if (kind == core::commentTargets::station())
        return tr("station %1").arg(id);
    if (kind == core::commentTargets::workloadClass())
        return tr("class %1").arg(id);
    if (kind == core::commentTargets::checklistItem())
        return tr("checklist item %1").arg(id);
    if (kind == core::commentTargets::finding())
        return tr("finding %1").arg(id);
    return QStringLiteral("%1 %2").arg(kind, id);
}

QVariant CommentTreeModel::data(const QModelIndex &index, int role) const
{
    const core::Comment *c = commentAt(index);
    if (!c)
        return {};
    const bool isRoot = index.internalId() == RootTag;
    switch (role) {
    case CommentIdRole: return c->id;
    case TargetKindRole: return c->targetKind;
    case TargetIdRole: return c->targetId;
    case ResolvedRole: return c->resolved;
    case IsRootRole: return isRoot;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return c->text;
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TargetColumn: return isRoot ? describeTarget(c->targetKind, c->targetId) : tr("↳ reply");
        case AuthorColumn: return c->author;
        case WhenColumn: return QLocale().toString(c->created.toLocalTime(), QLocale::ShortFormat);
        case TextColumn: return c->text.simplified();
        case StateColumn:
            if (!isRoot)
                return QVariant();
            return c->resolved ? tr("resolved") : tr("open");
        default: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant CommentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn: return tr("On");
    case AuthorColumn: return tr("Author");
    case WhenColumn: return tr("When");
    case TextColumn: return tr("Comment");
    case StateColumn: return tr("State");
    default: return {};
    }
}

} // namespace hostreview::models
