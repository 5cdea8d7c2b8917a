#include "diagramrenderer.h"

#include "core/model/stationkinds.h"
#include "models/kindtext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainterPath>

#include <cmath>

namespace hostreview::reports {

using namespace hostreview::core;

namespace {
constexpr double kBoxWidth = 150.0;
constexpr double kBoxHeight = 62.0;
constexpr double kZonePadding = 16.0;

QFont diagramFont(const QString &family, int pixelSize, bool bold = false)
{
    QFont f(family);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping)); // no "fi" ligatures: PDF text stays searchable
    return f;
}

/** Returns where the segment from the box centre towards `towards` leaves the box. */
QPointF boxExit(const QRectF &box, const QPointF &towards)
{
    const QPointF c = box.center();
    const double dx = towards.x() - c.x();
    const double dy = towards.y() - c.y();
    if (std::abs(dx) < 1e-9 && std::abs(dy) < 1e-9)
        return c;
    const double sx = std::abs(dx) > 1e-9 ? (box.width() / 2) / std::abs(dx) : 1e18;
    const double sy = std::abs(dy) > 1e-9 ? (box.height() / 2) / std::abs(dy) : 1e18;
    const double s = std::min(sx, sy);
    return QPointF(c.x() + dx * s, c.y() + dy * s);
}
} // namespace

DiagramRenderer::DiagramRenderer(const Review &review, const ReportColors &colors, const QString &fontFamily)
    : m_review(review)
    , m_colors(colors)
    , m_family(fontFamily)
{
}

void DiagramRenderer::setUtilization(const QMap<QString, double> &utilization, double knee)
{
    m_utilization = utilization;
    m_knee = knee;
}

QRectF DiagramRenderer::stationBox(const Station &station)
{
    return QRectF(station.x, station.y, kBoxWidth, kBoxHeight);
}

QColor DiagramRenderer::utilizationColor(double utilization, double knee, const ReportColors &colors)
{
    if (utilization >= 1.0)
        return colors.critical;
    if (utilization >= knee)
        return colors.warning;
    return colors.good;
}

QRectF DiagramRenderer::sceneRect() const
{
    QRectF r;
    for (const Station &s : m_review.stations)
        r = r.isNull() ? stationBox(s) : r.united(stationBox(s));
    if (r.isNull())
        r = QRectF(0, 0, kBoxWidth, kBoxHeight);
    // Zone frames and their labels reach beyond the boxes.
    return r.adjusted(-kZonePadding - 4, -kZonePadding - 18, kZonePadding + 4, kZonePadding + 4);
}

double DiagramRenderer::heightForWidth(double width) const
{
    const QRectF scene = sceneRect();
    return width * scene.height() / scene.width();
}

void DiagramRenderer::paint(QPainter &p, const QRectF &target) const
{
    const QRectF scene = sceneRect();
    const double scale = std::min(target.width() / scene.width(), target.height() / scene.height());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(target.left() + (target.width() - scene.width() * scale) / 2,
                target.top() + (target.height() - scene.height() * scale) / 2);
    p.scale(scale, scale);
    p.translate(-scene.left(), -scene.top());

    // Zones: one frame around the stations of each zone, in the order zones first appear.
    QStringList zones;
    for (const Station &s : m_review.stations)
        if (!s.zone.isEmpty() && !zones.contains(s.zone))
            zones << s.zone;
    for (const QString &zone : zones) {
        QRectF r;
        for (const Station &s : m_review.stations)
            if (s.zone == zone)
                r = r.isNull() ? stationBox(s) : r.united(stationBox(s));
        r = r.adjusted(-kZonePadding, -kZonePadding, kZonePadding, kZonePadding);
        QPainterPath frame;
        frame.addRoundedRect(r, 10, 10);
        QColor fill = m_colors.accent;
        fill.setAlpha(18);
        p.fillPath(frame, fill);
        p.setPen(QPen(m_colors.accent, 1.2, Qt::DashLine));
        p.drawPath(frame);
        p.setFont(diagramFont(m_family, 12, true));
        p.setPen(m_colors.accent);
        p.drawText(QPointF(r.left() + 6, r.top() - 5), zone);
    }

    // Links under the boxes.
    p.setPen(QPen(m_colors.muted, 1.3));
    for (const Link &l : m_review.links) {
        const Station *from = m_review.station(l.from);
        const Station *to = m_review.station(l.to);
        if (!from || !to || from == to)
            continue;
        const QRectF a = stationBox(*from);
        const QRectF b = stationBox(*to);
        const QPointF start = boxExit(a, b.center());
        const QPointF end = boxExit(b, a.center());
        const QLineF line(start, end);
        if (line.length() < 1.0)
            continue;
        QPainterPath path;
        path.moveTo(start);
        path.lineTo(end);
        p.strokePath(path, QPen(m_colors.muted, 1.3));
        const double angle = std::atan2(end.y() - start.y(), end.x() - start.x());
        const double headLength = 9.0;
        const double headAngle = 0.42;
        QPainterPath head;
        head.moveTo(end);
        head.lineTo(end - QPointF(std::cos(angle - headAngle) * headLength, std::sin(angle - headAngle) * headLength));
        head.lineTo(end - QPointF(std::cos(angle + headAngle) * headLength, std::sin(angle + headAngle) * headLength));
        head.closeSubpath();
        p.fillPath(head, m_colors.muted);
    }

    // Stations.
    const QFont nameFont = diagramFont(m_family, 12, true);
    const QFont kindFont = diagramFont(m_family, 10);
    for (const Station &s : m_review.stations) {
        const QRectF box = stationBox(s);
        QPainterPath path;
        path.addRoundedRect(box, 6, 6);
        QColor border = m_colors.muted;
        QColor fill(0xf2, 0xf2, 0xf2);
        QString utilText;
        const auto it = m_utilization.constFind(s.id);
        if (s.discipline == Discipline::Queue && it != m_utilization.constEnd()) {
            border = utilizationColor(*it, m_knee, m_colors);
            fill = border.lighter(175);
            fill.setAlpha(255);
            utilText = QStringLiteral("%1 %").arg(*it * 100.0, 0, 'f', 0);
        }
        p.fillPath(path, QColor(Qt::white));
        QColor tint = fill;
        tint.setAlpha(110);
        p.fillPath(path, tint);
        p.strokePath(path, QPen(border, s.discipline == Discipline::Queue ? 2.0 : 1.0));

        const QRectF inner = box.adjusted(6, 4, -6, -4);
        const QFontMetricsF nameMetrics(nameFont);
        const QFontMetricsF kindMetrics(kindFont);
        // The name on up to two lines, the second elided; kind and servers, and the utilisation, below.
        const QString fullName = s.name.isEmpty() ? s.id : s.name;
        QStringList nameLines;
        {
            QString rest = fullName;
            QString line;
            const QStringList words = fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            int used = 0;
            for (const QString &w : words) {
                const QString candidate = line.isEmpty() ? w : line + QLatin1Char(' ') + w;
                if (nameMetrics.horizontalAdvance(candidate) <= inner.width() || line.isEmpty()) {
                    line = candidate;
                    ++used;
                } else {
                    break;
                }
            }
            nameLines << nameMetrics.elidedText(line, Qt::ElideRight, inner.width());
            rest = words.mid(used).join(QLatin1Char(' '));
            if (!rest.isEmpty())
                nameLines << nameMetrics.elidedText(rest, Qt::ElideRight, inner.width());
        }
        p.setPen(m_colors.text);
        p.setFont(nameFont);
        double y = inner.top();
        for (const QString &line : nameLines) {
            p.drawText(QRectF(inner.left(), y, inner.width(), nameMetrics.lineSpacing()), Qt::AlignLeft, line);
            y += nameMetrics.lineSpacing();
        }

        const QRectF bottom(inner.left(), inner.bottom() - kindMetrics.lineSpacing() - 1, inner.width(),
                            kindMetrics.lineSpacing() + 1);
        double utilWidth = 0.0;
        if (!utilText.isEmpty()) {
            const QFont utilFont = diagramFont(m_family, 10, true);
            utilWidth = QFontMetricsF(utilFont).horizontalAdvance(utilText) + 4;
            p.setFont(utilFont);
            p.setPen(border.darker(140));
            p.drawText(bottom, Qt::AlignRight | Qt::AlignBottom, utilText);
        }
        p.setFont(kindFont);
        p.setPen(m_colors.muted);
        const StationKind *kind = findStationKind(s.kind);
        QString kindText = kind ? models::kindLabel(*kind)
                                : s.kind;
        if (s.discipline == Discipline::Queue)
            kindText += QStringLiteral(" · ×%1").arg(s.servers);
        p.drawText(bottom.adjusted(0, 0, -utilWidth, 0), Qt::AlignLeft | Qt::AlignBottom,
                   kindMetrics.elidedText(kindText, Qt::ElideRight, bottom.width() - utilWidth));
    }
    p.restore();
}

} // namespace hostreview::reports
