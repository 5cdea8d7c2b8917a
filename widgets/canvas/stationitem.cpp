#include "stationitem.h"

#include "topologyscene.h"

#include "../palette/kindglyph.h"

#include "core/model/stationkinds.h"
#include "models/kindtext.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QLocale>

namespace hostreview::widgets {

namespace {
constexpr double PortRadius = 6.0;
} // namespace

StationItem::StationItem(TopologyScene *scene, const core::Station &station) : m_scene(scene), m_station(station)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(10);
    setPos(station.x, station.y);
    updateToolTip();
}

void StationItem::setStation(const core::Station &station)
{
    const bool looks = station.name != m_station.name || station.kind != m_station.kind
        || station.servers != m_station.servers || station.discipline != m_station.discipline;
    m_station = station;
    if (pos() != QPointF(station.x, station.y))
        setPos(station.x, station.y);
    updateToolTip();
    if (looks)
        update();
}

void StationItem::setLoad(std::optional<double> utilization, bool saturated, bool delay, double knee)
{
    const LoadBand band = loadBand(utilization, saturated, delay, knee);
    if (band == m_band && utilization == m_utilization && saturated == m_saturated && delay == m_delay)
        return;
    m_utilization = utilization;
    m_saturated = saturated;
    m_delay = delay;
    m_band = band;
    updateToolTip();
    update();
}

QString StationItem::figureText() const
{
    if (!m_utilization)
        return QStringLiteral("—");
    if (m_delay)
        return QLocale().toString(*m_utilization, 'f', *m_utilization < 10 ? 2 : 1);
    return QStringLiteral("%1%").arg(*m_utilization * 100.0, 0, 'f', 0);
}

void StationItem::updateToolTip()
{
    const core::StationKind *kind = core::findStationKind(m_station.kind);
    QString tip = QStringLiteral("<b>%1</b> (%2)<br>%3").arg(m_station.name.toHtmlEscaped(), m_station.id.toHtmlEscaped(),
                                                              kind ? models::kindLabel(*kind).toHtmlEscaped() : m_station.kind);
    if (m_station.discipline == core::Discipline::Delay)
        tip += QStringLiteral("<br>") + tr("delay station (no waiting)");
    else
        tip += QStringLiteral("<br>") + tr("%n server(s), FCFS queue", nullptr, m_station.servers);
    if (!m_station.zone.isEmpty())
        tip += QStringLiteral("<br>") + tr("zone %1").arg(m_station.zone.toHtmlEscaped());
    if (!m_station.tenant.isEmpty())
        tip += QStringLiteral(", ") + tr("tenant %1").arg(m_station.tenant.toHtmlEscaped());
    if (m_utilization)
        tip += QStringLiteral("<br>") + (m_delay ? tr("mean number in service: %1") : tr("utilisation: %1"))
                                              .arg(figureText()) + (m_saturated ? tr(" — saturated") : QString());
    tip += QStringLiteral("<br><i>") + tr("Drag the port on the right edge to another station to link them.")
        + QStringLiteral("</i>");
    setToolTip(tip);
}

QRectF StationItem::boundingRect() const
{
    return QRectF(-Width / 2 - 3, -Height / 2 - 3, Width + 6 + PortRadius, Height + 6);
}

QPainterPath StationItem::shape() const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill); // the port circle overlaps the body: keep the overlap inside
    path.addRoundedRect(QRectF(-Width / 2, -Height / 2, Width, Height), 8, 8);
    path.addEllipse(QPointF(Width / 2, 0), PortRadius + 2, PortRadius + 2);
    return path;
}

QPointF StationItem::portScenePos() const { return mapToScene(QPointF(Width / 2, 0)); }

bool StationItem::isOnPort(const QPointF &scenePos) const
{
    const QPointF d = scenePos - portScenePos();
    return d.x() * d.x() + d.y() * d.y() <= (PortRadius + 3) * (PortRadius + 3);
}

void StationItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(p->worldTransform());
    const QRectF body(-Width / 2, -Height / 2, Width, Height);
    const QColor ink = bandInk(m_band);
    const bool selected = option->state & QStyle::State_Selected;
    p->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    p->setPen(QPen(selected ? QColor(0x1e, 0x63, 0xd6) : ink.darker(115), selected ? 3.0 : 1.5));
    p->setBrush(bandFill(m_band));
    p->drawRoundedRect(body, 8, 8);
    if (lod < 0.25)
        return; // far out: colour only, keeps a 500-station overview smooth

    const core::StationKind *kind = core::findStationKind(m_station.kind);
    const QRectF badge(body.left() + 8, body.top() + 10, 40, 40);
    p->setPen(Qt::NoPen);
    p->setBrush(categoryColor(kind ? kind->category : QString()));
    p->drawRoundedRect(badge, 7, 7);
    paintKindGlyph(*p, badge.adjusted(5, 5, -5, -5), m_station.kind, Qt::white);

    // Line 1: the name over the whole width; line 2: servers on the left, the figure on the right
    // in the band's strong colour.
    QFont name = p->font();
    name.setPixelSize(13);
    name.setBold(true);
    p->setFont(name);
    p->setPen(QColor(0x20, 0x20, 0x20));
    const QRectF textRect(badge.right() + 8, body.top() + 7, body.right() - badge.right() - 18, 22);
    const QString label = m_station.name.isEmpty() ? m_station.id : m_station.name;
    if (p->fontMetrics().horizontalAdvance(label) <= textRect.width()) {
        p->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    } else {
        // A long name takes two smaller lines, split at a word, before anything is elided.
        QFont twoLines = name;
        twoLines.setPixelSize(11);
        p->setFont(twoLines);
        const QFontMetrics fm = p->fontMetrics();
        const int width = int(textRect.width());
        const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString first;
        int used = 0;
        for (; used < words.size(); ++used) {
            const QString candidate = first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
            if (fm.horizontalAdvance(candidate) > width && !first.isEmpty())
                break;
            first = candidate;
        }
        const QString second = QStringList(words.mid(used)).join(QLatin1Char(' '));
        const double lineH = fm.height();
        p->drawText(QRectF(textRect.left(), body.top() + 4, textRect.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(first, Qt::ElideRight, width));
        p->drawText(QRectF(textRect.left(), body.top() + 4 + lineH, textRect.width(), lineH),
                    Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(second, Qt::ElideRight, width));
    }
    QFont big = p->font();
    big.setPixelSize(m_delay ? 14 : 17);
    big.setBold(true);
    p->setFont(big);
    const QRectF figureRect(textRect.left(), textRect.bottom(), textRect.width(), body.bottom() - textRect.bottom() - 6);
    p->setPen(ink.darker(m_band == LoadBand::NoResult ? 100 : 130));
    p->drawText(figureRect, Qt::AlignRight | Qt::AlignVCenter, figureText());
    const double figureWidth = p->fontMetrics().horizontalAdvance(figureText()) + 8;
    QFont small = p->font();
    small.setPixelSize(11);
    small.setBold(false);
    p->setFont(small);
    p->setPen(QColor(0x50, 0x50, 0x50));
    const QString detail = m_station.discipline == core::Discipline::Delay ? tr("delay · in service")
                                                                            : tr("%n server(s)", nullptr, m_station.servers);
    const QRectF detailRect(figureRect.left(), figureRect.top(), figureRect.width() - figureWidth, figureRect.height());
    p->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                p->fontMetrics().elidedText(detail, Qt::ElideRight, int(detailRect.width())));

    // Output port.
    p->setPen(QPen(QColor(0x40, 0x40, 0x40), 1.2));
    p->setBrush(Qt::white);
    p->drawEllipse(QPointF(Width / 2, 0), PortRadius, PortRadius);
}

QVariant StationItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_scene && m_scene->snapToGrid() && m_scene->isDragging()) {
        const double g = m_scene->gridSize();
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
    }
    if (change == ItemPositionHasChanged && m_scene)
        m_scene->stationItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void StationItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(isOnPort(event->scenePos()) ? Qt::CrossCursor : Qt::SizeAllCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace hostreview::widgets
