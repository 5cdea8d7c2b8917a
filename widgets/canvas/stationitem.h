#pragma once

#include "utilisationcolors.h"

#include "core/model/station.h"

#include <QCoreApplication>
#include <QGraphicsItem>

#include <optional>

namespace hostreview::widgets {

class TopologyScene;

/**
 * One station on the canvas: its kind's glyph, name, servers and discipline, filled with the colour
 * of its utilisation band and showing the figure. The item mirrors the document (the scene calls
 * setStation() on every stationChanged); during a drag its position runs ahead of the document
 * until the scene pushes the move command on release. The small circle on the right edge is the
 * output port: drag from it to another station to draw a link.
 */
class StationItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(hostreview::widgets::StationItem)
public:
    enum { Type = UserType + 1 };
    static constexpr double Width = 196.0;
    static constexpr double Height = 64.0;

    StationItem(TopologyScene *scene, const core::Station &station);

    int type() const override { return Type; }
    QString id() const { return m_station.id; }
    const core::Station &station() const { return m_station; }
    void setStation(const core::Station &station);

    /** Shows a solver figure (nullopt: grey, no figure). */
    void setLoad(std::optional<double> utilization, bool saturated, bool delay, double knee);
    LoadBand band() const { return m_band; }
    std::optional<double> utilization() const { return m_utilization; }
    /** Returns the figure as drawn on the node: "72%" for a queue, "1.40" (mean in service) for a delay, "—" without result. */
    QString figureText() const;

    /** Returns true when `scenePos` is on the output port. */
    bool isOnPort(const QPointF &scenePos) const;
    QPointF portScenePos() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void updateToolTip();

    TopologyScene *m_scene;
    core::Station m_station;
    std::optional<double> m_utilization;
    bool m_saturated = false;
    bool m_delay = false;
    LoadBand m_band = LoadBand::NoResult;
};

} // namespace hostreview::widgets
