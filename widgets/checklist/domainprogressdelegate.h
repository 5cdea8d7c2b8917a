#pragma once

#include <QStyledItemDelegate>

namespace hostreview::widgets {

/**
 * Draws a domain row's "answered/total" cell over a bar filled to the share of items answered
 * (ChecklistTreeModel::ProgressRole), so progress per domain reads at a glance; item rows and
 * other cells are drawn as usual.
 */
class DomainProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hostreview::widgets
