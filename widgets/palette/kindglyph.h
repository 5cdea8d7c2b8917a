#pragma once

#include <QColor>
#include <QIcon>
#include <QRectF>
#include <QString>

class QPainter;

namespace hostreview::widgets {

/** Returns the accent colour of a palette category ("Ingress", "Application", "Database", …). */
QColor categoryColor(const QString &category);

/**
 * Paints the glyph of a station kind into `rect` with `ink`: a globe for Odoo HTTP workers, a clock
 * for cron, a cylinder for PostgreSQL, a funnel for PgBouncer, a cloud for external systems, … so
 * that kinds are told apart at a glance on the palette and on the canvas. Unknown kinds get a box.
 */
void paintKindGlyph(QPainter &painter, const QRectF &rect, const QString &kindId, const QColor &ink);

/** Returns an icon of the kind's glyph on its category colour (cached). */
QIcon kindIcon(const QString &kindId);

} // namespace hostreview::widgets
