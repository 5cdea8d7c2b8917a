#include "stationpalette.h"

#include "kindglyph.h"

#include "core/model/stationkinds.h"
#include "models/kindtext.h"

#include <QHeaderView>
#include <QMimeData>

namespace hostreview::widgets {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
}

StationPalette::StationPalette(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setIconSize(QSize(24, 24));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setRootIsDecorated(false);
    setIndentation(8);
    setToolTip(tr("Drag a kind onto the canvas to place a station, or double-click it."));

    QHash<QString, QTreeWidgetItem *> groups;
    for (const core::StationKind &kind : core::stationKinds()) {
        QTreeWidgetItem *group = groups.value(kind.category);
        if (!group) {
            group = new QTreeWidgetItem(this, QStringList(models::kindCategory(kind)));
            group->setFlags(Qt::ItemIsEnabled);
            QFont f = font();
            f.setBold(true);
            group->setFont(0, f);
            group->setForeground(0, categoryColor(kind.category));
            groups.insert(kind.category, group);
        }
        auto *item = new QTreeWidgetItem(group, QStringList(models::kindLabel(kind)));
        item->setIcon(0, kindIcon(kind.id));
        item->setData(0, KindRole, kind.id);
        item->setToolTip(0, QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                                .arg(models::kindLabel(kind).toHtmlEscaped(), models::kindDescription(kind).toHtmlEscaped(),
                                     tr("%1, %n server(s) by default", nullptr, kind.defaultServers)
                                         .arg(kind.discipline == core::Discipline::Delay ? tr("delay") : tr("queue"))));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    expandAll();
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString kind = item->data(0, KindRole).toString();
        if (!kind.isEmpty())
            Q_EMIT kindActivated(kind);
    });
}

QTreeWidgetItem *StationPalette::itemForKind(const QString &kindId) const
{
    for (int g = 0; g < topLevelItemCount(); ++g)
        for (int i = 0; i < topLevelItem(g)->childCount(); ++i)
            if (topLevelItem(g)->child(i)->data(0, KindRole).toString() == kindId)
                return topLevelItem(g)->child(i);
    return nullptr;
}

QStringList StationPalette::mimeTypes() const { return {stationKindMimeType()}; }

QMimeData *StationPalette::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    const QString kind = items.constFirst()->data(0, KindRole).toString();
    if (kind.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(stationKindMimeType(), kind.toUtf8());
    return mime;
}

} // namespace hostreview::widgets
