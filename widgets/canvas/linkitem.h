#pragma once

#include "core/model/link.h"

#include <QGraphicsPathItem>

#include <optional>

namespace hostreview::widgets {

class StationItem;

/** A drawn link: an arrow from one station to another, labelled with the request rate it carries. */
class LinkItem : public QGraphicsPathItem {
public:
    enum { Type = UserType + 2 };

    LinkItem(const core::Link &link, StationItem *from, StationItem *to);

    int type() const override { return Type; }
    QString from() const { return m_link.from; }
    QString to() const { return m_link.to; }
    const core::Link &link() const { return m_link; }
    void setLink(const core::Link &link);

    /** Shows the throughput along the link (nullopt: no label). */
    void setThroughput(std::optional<double> requestsPerSecond);
    QString label() const { return m_label; }

    /** Recomputes the path after either end moved. */
    void updateGeometry();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    core::Link m_link;
    StationItem *m_from;
    StationItem *m_to;
    QString m_label;
    QPointF m_labelPos;
    QPolygonF m_arrow;
};

} // namespace hostreview::widgets
