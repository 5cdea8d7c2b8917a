#pragma once

#include <QGraphicsItem>

namespace hostreview::widgets {

/**
 * A labelled rounded rectangle behind the stations of one hosting zone, or of one tenant inside a
 * zone. A zone shared by several tenants is drawn with a dashed border and holds one tinted
 * rectangle per tenant; a dedicated zone has a solid border, so the two read apart at a glance.
 */
class ZoneItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    enum class Role { DedicatedZone, SharedZone, Tenant };

    ZoneItem(Role role, const QString &label, const QRectF &rect);

    int type() const override { return Type; }
    Role role() const { return m_role; }
    QString label() const { return m_label; }
    void setGeometry(const QRectF &rect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Role m_role;
    QString m_label;
    QRectF m_rect;
};

} // namespace hostreview::widgets
