#include "domainprogressdelegate.h"

#include "models/checklisttreemodel.h"

#include <QPainter>

namespace hostreview::widgets {

void DomainProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant progress = index.data(models::ChecklistTreeModel::ProgressRole);
    if (!index.data(models::ChecklistTreeModel::IsDomainRole).toBool() || !progress.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double share = progress.toDouble(); // answered/total: 0–1 by construction
    const QRectF track = QRectF(option.rect).adjusted(1.0, 2.0, -3.0, -2.0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe0, 0xe0, 0xe0));
    painter->drawRoundedRect(track, 3.0, 3.0);
    if (share > 0.0) {
        painter->setBrush(QColor(0xa5, 0xd6, 0xa7));
        painter->drawRoundedRect(QRectF(track.left(), track.top(), track.width() * share, track.height()), 3.0, 3.0);
    }
    painter->restore();

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(Qt::black);
    painter->drawText(track, Qt::AlignCenter, opt.text);
    painter->restore();
}

} // namespace hostreview::widgets
