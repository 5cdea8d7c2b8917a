#include "zoneitem.h"

#include <QPainter>

namespace hostreview::widgets {

ZoneItem::ZoneItem(Role role, const QString &label, const QRectF &rect) : m_role(role), m_label(label), m_rect(rect)
{
    setZValue(role == Role::Tenant ? -5 : -10);
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(label);
}

void ZoneItem::setGeometry(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

QRectF ZoneItem::boundingRect() const { return m_rect.adjusted(-2, -2, 2, 2); }

void ZoneItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    QColor border, fill;
    Qt::PenStyle style = Qt::SolidLine;
    switch (m_role) {
    case Role::DedicatedZone:
        border = QColor(0x4a, 0x7b, 0x9d);
        fill = QColor(0xe9, 0xf1, 0xf8);
        break;
    case Role::SharedZone:
        border = QColor(0x8a, 0x5a, 0x9d);
        fill = QColor(0xf4, 0xee, 0xf8);
        style = Qt::DashLine;
        break;
    case Role::Tenant:
        border = QColor(0xa0, 0x80, 0xb0);
        fill = QColor(0xfb, 0xf8, 0xfd);
        break;
    }
    p->setPen(QPen(border, m_role == Role::Tenant ? 1.0 : 1.8, style));
    p->setBrush(fill);
    p->drawRoundedRect(m_rect, 14, 14);
    QFont f = p->font();
    f.setPixelSize(m_role == Role::Tenant ? 11 : 13);
    f.setBold(m_role != Role::Tenant);
    p->setFont(f);
    p->setPen(border.darker(130));
    p->drawText(m_rect.adjusted(12, 4, -12, 0), Qt::AlignLeft | Qt::AlignTop,
                p->fontMetrics().elidedText(m_label, Qt::ElideRight, int(m_rect.width() - 24)));
}

} // namespace hostreview::widgets
