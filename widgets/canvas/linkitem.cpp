#include "linkitem.h"

#include "stationitem.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QLocale>

#include <cmath>

namespace hostreview::widgets {

namespace {

// Where the segment from the centre of `r` towards `target` leaves the rectangle.
QPointF borderPoint(const QRectF &r, const QPointF &target)
{
    const QPointF c = r.center();
    const QPointF d = target - c;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return c;
    const double tx = std::abs(d.x()) > 1e-9 ? (r.width() / 2) / std::abs(d.x()) : 1e300;
    const double ty = std::abs(d.y()) > 1e-9 ? (r.height() / 2) / std::abs(d.y()) : 1e300;
    const double t = std::min(tx, ty);
    return c + d * t;
}

QString rateText(double r)
{
    if (r >= 100)
        return QLocale().toString(r, 'f', 0);
    if (r >= 10)
        return QLocale().toString(r, 'f', 1);
    return QLocale().toString(r, 'g', 3);
}

} // namespace

LinkItem::LinkItem(const core::Link &link, StationItem *from, StationItem *to) : m_link(link), m_from(from), m_to(to)
{
    setFlags(ItemIsSelectable);
    setZValue(5);
    setLink(link);
    updateGeometry();
}

void LinkItem::setLink(const core::Link &link)
{
    m_link = link;
    QStringList calls;
    for (auto it = link.calls.cbegin(); it != link.calls.cend(); ++it)
        calls << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    setToolTip(QCoreApplication::translate("hostreview::widgets::LinkItem", "<b>%1 → %2</b><br>calls per visit: %3")
                   .arg(link.from, link.to,
                        calls.isEmpty() ? QCoreApplication::translate("hostreview::widgets::LinkItem", "none")
                                        : calls.join(QStringLiteral(", "))));
}

void LinkItem::setThroughput(std::optional<double> requestsPerSecond)
{
    const QString label = requestsPerSecond ? rateText(*requestsPerSecond) + QStringLiteral("/s") : QString();
    if (label == m_label)
        return;
    prepareGeometryChange();
    m_label = label;
    update();
}

void LinkItem::updateGeometry()
{
    prepareGeometryChange();
    const QRectF a = m_from->mapRectToScene(QRectF(-StationItem::Width / 2, -StationItem::Height / 2,
                                                  StationItem::Width, StationItem::Height));
    const QRectF b = m_to->mapRectToScene(QRectF(-StationItem::Width / 2, -StationItem::Height / 2,
                                                StationItem::Width, StationItem::Height));
    const QPointF p1 = borderPoint(a, b.center());
    const QPointF p2 = borderPoint(b, a.center());
    QPainterPath path(p1);
    path.lineTo(p2);
    setPath(path);
    const QPointF d = p2 - p1;
    const double len = std::hypot(d.x(), d.y());
    m_arrow.clear();
    if (len > 1e-6) {
        const QPointF u = d / len, n(-u.y(), u.x());
        m_arrow << p2 << p2 - u * 12 + n * 5 << p2 - u * 12 - n * 5;
    }
    m_labelPos = (p1 + p2) / 2;
}

QRectF LinkItem::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().united(m_arrow.boundingRect()).united(
        QRectF(m_labelPos - QPointF(40, 12), QSizeF(80, 24))).adjusted(-4, -4, 4, 4);
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path());
}

void LinkItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const QColor colour = selected ? QColor(0x1e, 0x63, 0xd6) : QColor(0x55, 0x5b, 0x66);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(colour, selected ? 2.5 : 1.6));
    p->drawPath(path());
    p->setBrush(colour);
    p->drawPolygon(m_arrow);
    const double lod = option->levelOfDetailFromTransform(p->worldTransform());
    if (m_label.isEmpty() || lod < 0.4)
        return;
    QFont f = p->font();
    f.setPixelSize(11);
    p->setFont(f);
    const QRectF box = p->fontMetrics().boundingRect(m_label).adjusted(-4, -2, 4, 2);
    const QRectF at(m_labelPos - QPointF(box.width() / 2, box.height() / 2), box.size());
    p->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.8));
    p->setBrush(QColor(255, 255, 255, 230));
    p->drawRoundedRect(at, 4, 4);
    p->setPen(QColor(0x30, 0x30, 0x30));
    p->drawText(at, Qt::AlignCenter, m_label);
}

} // namespace hostreview::widgets
