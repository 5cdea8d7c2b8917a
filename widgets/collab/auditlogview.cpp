#include "auditlogview.h"

#include "models/collab/audittablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hostreview::widgets {

using models::AuditTableModel;

AuditLogView::AuditLogView(QWidget *parent)
    : QWidget(parent), m_model(new AuditTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by reviewer, host, action or object…"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    layout->addLayout(top);
    m_view = new QTableView;
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTableModel::WhenColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AuditTableModel::ActionColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AuditLogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AuditLogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditLogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AuditLogView::updateCount);
    updateCount();
}

void AuditLogView::setDocument(core::ReviewDocument *document) { m_model->setDocument(document); }

void AuditLogView::updateCount()
{
    m_count->setText(tr("%1 of %2 entries").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace hostreview::widgets
