#include "commentsdock.h"

#include "core/commands/commentcommands.h"
#include "core/document/reviewdocument.h"
#include "models/collab/commenttreemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hostreview::widgets {

using models::CommentTreeModel;

namespace {
QVariant targetData(const QString &kind, const QString &id) { return QStringList{kind, id}; }
} // namespace

CommentsDock::CommentsDock(QWidget *parent) : QWidget(parent), m_model(new CommentTreeModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_unresolvedOnly = new QCheckBox(tr("Unresolved only"));
    m_unresolvedOnly->setToolTip(tr("Hide threads that were resolved"));
    m_count = new QLabel;
    top->addWidget(m_unresolvedOnly);
    top->addStretch();
    top->addWidget(m_count);
    layout->addLayout(top);

    m_view = new QTreeView;
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CommentTreeModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CommentTreeModel::TargetColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CommentTreeModel::AuthorColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CommentTreeModel::WhenColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CommentTreeModel::StateColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(new QLabel(tr("On:")));
    m_target = new QComboBox;
    m_target->setToolTip(tr("What a new comment is about (Add Comment in the canvas or checklist context menu picks it)"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(20);
    targetRow->addWidget(m_target, 1);
    layout->addLayout(targetRow);

    m_text = new QPlainTextEdit;
    m_text->setPlaceholderText(tr("Write a comment or a reply…"));
    m_text->setMaximumHeight(80);
    layout->addWidget(m_text);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Comment"));
    m_add->setToolTip(tr("Start a new thread on the chosen object"));
    m_reply = new QPushButton(tr("&Reply"));
    m_reply->setToolTip(tr("Answer the selected comment"));
    m_resolve = new QPushButton(tr("Re&solve"));
    m_remove = new QPushButton(tr("&Delete"));
    m_remove->setToolTip(tr("Delete the selected comment and its replies"));
    m_goTo = new QPushButton(tr("&Go To"));
    m_goTo->setToolTip(tr("Show the object the selected thread is about"));
    for (QPushButton *b : {m_add, m_reply, m_resolve, m_remove, m_goTo})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_unresolvedOnly, &QCheckBox::toggled, m_model, &CommentTreeModel::setUnresolvedOnly);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CommentsDock::updateButtons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentsDock::updateButtons);
    connect(m_target, &QComboBox::currentIndexChanged, this, &CommentsDock::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &CommentsDock::addComment);
    connect(m_reply, &QPushButton::clicked, this, &CommentsDock::reply);
    connect(m_resolve, &QPushButton::clicked, this, &CommentsDock::toggleResolved);
    connect(m_remove, &QPushButton::clicked, this, &CommentsDock::removeSelected);
    connect(m_goTo, &QPushButton::clicked, this, &CommentsDock::goToSelected);
    connect(m_view, &QTreeView::doubleClicked, this, &CommentsDock::goToSelected);
    updateButtons();
}

void CommentsDock::setDocument(core::ReviewDocument *document, QUndoStack *stack)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_stack = stack;
    m_model->setDocument(document);
    if (document) {
        connect(document, &core::ReviewDocument::reset, this, [this] {
            m_extraTargets.clear();
            fillTargets();
        });
        connect(document, &core::ReviewDocument::stationAdded, this, &CommentsDock::fillTargets);
        connect(document, &core::ReviewDocument::stationRemoved, this, &CommentsDock::fillTargets);
        connect(document, &core::ReviewDocument::classesChanged, this, &CommentsDock::fillTargets);
    }
    fillTargets();
}

void CommentsDock::setAuthor(const QString &name) { m_author = name; }

QString CommentsDock::author() const { return m_author.isEmpty() ? core::defaultReviewerName() : m_author; }

void CommentsDock::fillTargets()
{
    const QVariant current = m_target->currentData();
    const QSignalBlocker block(m_target);
    m_target->clear();
    if (m_document) {
        const core::Review &review = m_document->review();
        for (const core::Station &s : review.stations)
            m_target->addItem(CommentTreeModel::describeTarget(core::commentTargets::station(), s.id),
                              targetData(core::commentTargets::station(), s.id));
        for (const core::WorkloadClass &c : review.classes)
            m_target->addItem(CommentTreeModel::describeTarget(core::commentTargets::workloadClass(), c.id),
                              targetData(core::commentTargets::workloadClass(), c.id));
        for (const QString &extra : std::as_const(m_extraTargets)) {
            const QStringList parts = extra.split(QChar(0x1f));
            m_target->addItem(CommentTreeModel::describeTarget(parts[0], parts[1]), targetData(parts[0], parts[1]));
        }
    }
    const int i = m_target->findData(current);
    m_target->setCurrentIndex(i >= 0 ? i : (m_target->count() ? 0 : -1));
    updateButtons();
}

void CommentsDock::startComment(const QString &kind, const QString &id)
{
    int i = m_target->findData(targetData(kind, id));
    if (i < 0) {
        m_extraTargets << kind + QChar(0x1f) + id;
        fillTargets();
        i = m_target->findData(targetData(kind, id));
    }
    m_target->setCurrentIndex(i);
    m_view->clearSelection();
    m_view->setCurrentIndex({});
    m_text->setFocus();
    updateButtons();
}

QString CommentsDock::selectedCommentId() const { return m_model->commentId(m_view->currentIndex()); }

bool CommentsDock::selectComment(const QString &id)
{
    const QModelIndex index = m_model->indexOfComment(id);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool CommentsDock::pushComment(const QString &parentId, const QString &kind, const QString &id)
{
    const QString text = m_text->toPlainText().trimmed();
    if (!m_document || !m_stack || text.isEmpty() || kind.isEmpty() || id.isEmpty())
        return false;
    core::Comment comment;
    comment.id = m_document->uniqueCommentId();
    comment.parentId = parentId;
    comment.targetKind = kind;
    comment.targetId = id;
    comment.author = author();
    comment.created = QDateTime::currentDateTimeUtc();
    comment.text = text;
    m_stack->push(new commands::AddCommentCommand(m_document, comment));
    m_text->clear();
    selectComment(comment.id);
    return true;
}

bool CommentsDock::addComment()
{
    const QStringList target = m_target->currentData().toStringList();
    return target.size() == 2 && pushComment(QString(), target[0], target[1]);
}

bool CommentsDock::reply()
{
    const core::Comment *parent = m_document ? m_document->review().comment(selectedCommentId()) : nullptr;
    return parent && pushComment(parent->id, parent->targetKind, parent->targetId);
}

bool CommentsDock::toggleResolved()
{
    QModelIndex index = m_view->currentIndex();
    if (!m_document || !m_stack || !index.isValid())
        return false;
    if (index.parent().isValid())
        index = index.parent(); // a thread is resolved on its root
    const QString id = m_model->commentId(index);
    const bool resolved = index.data(CommentTreeModel::ResolvedRole).toBool();
    m_stack->push(new commands::SetCommentResolvedCommand(m_document, id, !resolved));
    selectComment(id);
    return true;
}

bool CommentsDock::removeSelected()
{
    const QString id = selectedCommentId();
    if (!m_document || !m_stack || id.isEmpty())
        return false;
    m_stack->push(new commands::RemoveCommentCommand(m_document, id));
    return true;
}

void CommentsDock::goToSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        Q_EMIT targetActivated(index.data(CommentTreeModel::TargetKindRole).toString(),
                               index.data(CommentTreeModel::TargetIdRole).toString());
}

void CommentsDock::updateButtons()
{
    const QModelIndex index = m_view->currentIndex();
    const bool hasText = !m_text->toPlainText().trimmed().isEmpty();
    const bool editable = m_document && m_stack;
    m_add->setEnabled(editable && hasText && m_target->currentIndex() >= 0);
    m_reply->setEnabled(editable && hasText && index.isValid());
    m_remove->setEnabled(editable && index.isValid());
    m_goTo->setEnabled(index.isValid());
    const QModelIndex root = index.parent().isValid() ? index.parent() : index;
    const bool resolved = root.isValid() && root.data(CommentTreeModel::ResolvedRole).toBool();
    m_resolve->setEnabled(editable && index.isValid());
    m_resolve->setText(resolved ? tr("Re&open") : tr("Re&solve"));
    m_resolve->setToolTip(resolved ? tr("Open the selected thread again") : tr("Mark the selected thread as resolved"));
    int open = 0;
    if (m_document)
        for (const core::Comment &c : m_document->review().comments)
            open += c.parentId.isEmpty() && !c.resolved;
    m_count->setText(tr("%n open thread(s)", nullptr, open));
}

} // namespace hostreview::widgets
