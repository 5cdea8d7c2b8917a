#pragma once

#include <QGraphicsView>

namespace hostreview::widgets {

class TopologyScene;
namespace detail {
class LegendOverlay;
}

/**
 * The view on the topology canvas: rubber-band selection, zoom with the wheel (around the cursor),
 * pan with the middle button or Space+drag, zoom to fit, a dotted grid, and the colour legend
 * painted in a corner of the viewport.
 */
class TopologyView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TopologyView(TopologyScene *scene, QWidget *parent = nullptr);

    TopologyScene *topologyScene() const { return m_scene; }
    double zoom() const;
    void setLegendVisible(bool visible);
    bool legendVisible() const { return m_legend; }
    /** Paints the colour legend (bands and their thresholds) at the painter's origin. */
    void paintLegend(QPainter *painter) const;
    QSize legendSize() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void zoomBy(double factor);
    void placeLegend();
    QStringList legendRows() const;

    TopologyScene *m_scene;
    detail::LegendOverlay *m_legendWidget = nullptr;
    bool m_legend = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace hostreview::widgets
