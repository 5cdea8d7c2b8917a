#include "kindglyph.h"

#include "core/model/stationkinds.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace hostreview::widgets {

QColor categoryColor(const QString &category)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("Ingress"), QColor(0x3b, 0x6e, 0xa8)},     {QStringLiteral("Application"), QColor(0x71, 0x4b, 0x67)},
        {QStringLiteral("Database"), QColor(0x33, 0x67, 0x91)},    {QStringLiteral("Cache"), QColor(0xa4, 0x3a, 0x32)},
        {QStringLiteral("Storage"), QColor(0x6b, 0x6b, 0x2f)},     {QStringLiteral("External"), QColor(0x5f, 0x5f, 0x6f)},
        {QStringLiteral("Clients"), QColor(0x2f, 0x7a, 0x6b)},
    };
    return colours.value(category, QColor(0x55, 0x55, 0x55));
}

namespace {

void cylinder(QPainter &p, const QRectF &r, bool filled)
{
    const double eh = r.height() * 0.28;
    QPainterPath body;
    body.moveTo(r.left(), r.top() + eh / 2);
    body.lineTo(r.left(), r.bottom() - eh / 2);
    body.arcTo(QRectF(r.left(), r.bottom() - eh, r.width(), eh), 180, 180);
    body.lineTo(r.right(), r.top() + eh / 2);
    if (filled)
        p.fillPath(body, p.pen().color());
    p.drawPath(body);
    p.setBrush(filled ? QBrush(p.pen().color().lighter(160)) : Qt::NoBrush);
    p.drawEllipse(QRectF(r.left(), r.top(), r.width(), eh));
    p.setBrush(Qt::NoBrush);
}

} // namespace

void paintKindGlyph(QPainter &p, const QRectF &box, const QString &kindId, const QColor &ink)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double s = std::min(box.width(), box.height());
    const QRectF r(box.center().x() - s / 2, box.center().y() - s / 2, s, s);
    QPen pen(ink, std::max(1.2, s / 14.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    const double u = s / 10.0; // one tenth of the glyph

    if (kindId == QLatin1String("traefik")) {
        // Ingress: one line in, fanned out to three.
        p.drawLine(QPointF(r.left() + u, c.y()), QPointF(c.x() - u, c.y()));
        for (double dy : {-3.0, 0.0, 3.0}) {
            const QPointF end(r.right() - u, c.y() + dy * u);
            p.drawLine(QPointF(c.x() - u, c.y()), end);
            p.drawLine(end, end + QPointF(-1.5 * u, -0.8 * u));
            p.drawLine(end, end + QPointF(-1.5 * u, 0.8 * u));
        }
    } else if (kindId == QLatin1String("odoo-http")) {
        // Globe.
        const QRectF g = r.adjusted(u, u, -u, -u);
        p.drawEllipse(g);
        p.drawEllipse(g.adjusted(g.width() * 0.28, 0, -g.width() * 0.28, 0));
        p.drawLine(QPointF(g.left(), c.y()), QPointF(g.right(), c.y()));
        p.drawLine(QPointF(c.x(), g.top()), QPointF(c.x(), g.bottom()));
    } else if (kindId == QLatin1String("odoo-cron")) {
        // Clock.
        p.drawEllipse(r.adjusted(u, u, -u, -u));
        p.drawLine(c, c + QPointF(0, -3 * u));
        p.drawLine(c, c + QPointF(2.2 * u, 1.2 * u));
    } else if (kindId == QLatin1String("odoo-longpolling")) {
        // Two opposite arrows: a connection held open both ways.
        p.drawLine(QPointF(r.left() + u, c.y() - 1.8 * u), QPointF(r.right() - u, c.y() - 1.8 * u));
        p.drawLine(QPointF(r.right() - u, c.y() - 1.8 * u), QPointF(r.right() - 2.5 * u, c.y() - 3.2 * u));
        p.drawLine(QPointF(r.left() + u, c.y() + 1.8 * u), QPointF(r.right() - u, c.y() + 1.8 * u));
        p.drawLine(QPointF(r.left() + u, c.y() + 1.8 * u), QPointF(r.left() + 2.5 * u, c.y() + 3.2 * u));
    } else if (kindId == QLatin1String("odoo-integration")) {
        // Two interlocked rings.
        p.drawEllipse(QRectF(r.left() + u, c.y() - 2.5 * u, 5 * u, 5 * u));
        p.drawEllipse(QRectF(r.right() - 6 * u, c.y() - 2.5 * u, 5 * u, 5 * u));
    } else if (kindId == QLatin1String("pgbouncer")) {
        // Funnel: many connections pooled into few.
        QPainterPath f;
        f.moveTo(r.left() + u, r.top() + 1.5 * u);
        f.lineTo(r.right() - u, r.top() + 1.5 * u);
        f.lineTo(c.x() + u, c.y() + u);
        f.lineTo(c.x() + u, r.bottom() - u);
        f.lineTo(c.x() - u, r.bottom() - u);
        f.lineTo(c.x() - u, c.y() + u);
        f.closeSubpath();
        p.drawPath(f);
    } else if (kindId == QLatin1String("postgresql-primary")) {
        cylinder(p, r.adjusted(2 * u, u, -2 * u, -u), true);
    } else if (kindId == QLatin1String("postgresql-replica")) {
        cylinder(p, r.adjusted(3 * u, 2 * u, -u, 0), false);
        cylinder(p, r.adjusted(u, 0, -3 * u, -2 * u), false);
    } else if (kindId == QLatin1String("storage")) {
        // A stack of disks.
        for (int i = 0; i < 3; ++i)
            p.drawRoundedRect(QRectF(r.left() + u, r.top() + u + i * 2.8 * u, 8 * u, 2.2 * u), u / 2, u / 2);
    } else if (kindId == QLatin1String("redis")) {
        // Cube.
        QPolygonF top{{c.x(), r.top() + u}, {r.right() - u, c.y() - 2 * u}, {c.x(), c.y()}, {r.left() + u, c.y() - 2 * u}};
        p.drawPolygon(top);
        p.drawLine(QPointF(r.left() + u, c.y() - 2 * u), QPointF(r.left() + u, c.y() + 2 * u));
        p.drawLine(QPointF(r.right() - u, c.y() - 2 * u), QPointF(r.right() - u, c.y() + 2 * u));
        p.drawLine(c, QPointF(c.x(), r.bottom() - u));
        p.drawLine(QPointF(r.left() + u, c.y() + 2 * u), QPointF(c.x(), r.bottom() - u));
        p.drawLine(QPointF(r.right() - u, c.y() + 2 * u), QPointF(c.x(), r.bottom() - u));
    } else if (kindId == QLatin1String("object-storage")) {
        // Bucket.
        QPolygonF b{{r.left() + u, r.top() + 2 * u}, {r.right() - u, r.top() + 2 * u}, {r.right() - 2.5 * u, r.bottom() - u},
                    {r.left() + 2.5 * u, r.bottom() - u}};
        p.drawPolygon(b);
        p.drawEllipse(QRectF(r.left() + u, r.top() + u, 8 * u, 2 * u));
    } else if (kindId == QLatin1String("external-system")) {
        // Cloud.
        QPainterPath cloud;
        cloud.addEllipse(QRectF(r.left() + u, c.y() - u, 4 * u, 3.5 * u));
        cloud.addEllipse(QRectF(c.x() - 2.5 * u, c.y() - 3.5 * u, 5 * u, 5 * u));
        cloud.addEllipse(QRectF(r.right() - 5 * u, c.y() - 1.5 * u, 4 * u, 4 * u));
        cloud.addRect(QRectF(r.left() + 3 * u, c.y() + 0.5 * u, 4 * u, 2 * u));
        p.drawPath(cloud.simplified());
    } else if (kindId == QLatin1String("client-group")) {
        // Two people.
        for (double dx : {-2.0, 2.0}) {
            p.drawEllipse(QPointF(c.x() + dx * u, c.y() - 1.8 * u), 1.4 * u, 1.4 * u);
            p.drawArc(QRectF(c.x() + dx * u - 2.4 * u, c.y() + 0.2 * u, 4.8 * u, 5.5 * u), 0, 180 * 16);
        }
    } else {
        p.drawRect(r.adjusted(2 * u, 2 * u, -2 * u, -2 * u));
        p.drawLine(QPointF(r.left() + 2 * u, r.top() + 4 * u), QPointF(r.right() - 2 * u, r.top() + 4 * u));
    }
    p.restore();
}

QIcon kindIcon(const QString &kindId)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(kindId);
    if (it != cache.constEnd())
        return *it;
    const core::StationKind *kind = core::findStationKind(kindId);
    const QColor accent = categoryColor(kind ? kind->category : QString());
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 5.0, size / 5.0);
        paintKindGlyph(p, QRectF(size * 0.12, size * 0.12, size * 0.76, size * 0.76), kindId, Qt::white);
        p.end();
        icon.addPixmap(pm);
    }
    cache.insert(kindId, icon);
    return icon;
}

} // namespace hostreview::widgets
