#include "topologyview.h"

#include "topologyscene.h"
#include "utilisationcolors.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace hostreview::widgets {

namespace detail {

/** The legend, a child of the viewport so that it stays put while the scene scrolls under it. */
class LegendOverlay : public QWidget {
public:
    explicit LegendOverlay(TopologyView *view) : QWidget(view->viewport()), m_view(view)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        m_view->paintLegend(&p);
    }

private:
    TopologyView *m_view;
};

} // namespace detail

TopologyView::TopologyView(TopologyScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setCacheMode(QGraphicsView::CacheBackground);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(QString());
    m_legendWidget = new detail::LegendOverlay(this);
    connect(scene, &TopologyScene::resultShown, this, &TopologyView::placeLegend);
    placeLegend();
}

double TopologyView::zoom() const { return transform().m11(); }

void TopologyView::setLegendVisible(bool visible)
{
    m_legend = visible;
    placeLegend();
}

void TopologyView::zoomBy(double factor)
{
    const double z = zoom() * factor;
    if (z < 0.05 || z > 8.0)
        return;
    scale(factor, factor);
    Q_EMIT zoomChanged(zoom());
}

void TopologyView::zoomIn() { zoomBy(1.25); }
void TopologyView::zoomOut() { zoomBy(1 / 1.25); }

void TopologyView::resetZoom()
{
    setTransform(QTransform());
    Q_EMIT zoomChanged(1.0);
}

void TopologyView::zoomToFit()
{
    QRectF r = m_scene->diagramRect();
    fitInView(r, Qt::KeepAspectRatio);
    if (m_legend && zoom() > 0) {
        // Leave the legend's corner free: widen the fitted rectangle by the legend's size in scene units.
        const QSizeF legend = QSizeF(legendSize() + QSize(20, 20)) / zoom();
        r.adjust(-legend.width(), 0, 0, legend.height() * 0.5);
        fitInView(r, Qt::KeepAspectRatio);
    }
    if (zoom() > 1.5) { // a couple of stations should not fill the screen
        setTransform(QTransform::fromScale(1.5, 1.5));
        centerOn(r.center());
    }
    Q_EMIT zoomChanged(zoom());
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void TopologyView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xfa, 0xfa, 0xfb));
    if (!m_scene->snapToGrid() || zoom() < 0.4)
        return;
    const double g = m_scene->gridSize() * (zoom() < 0.8 ? 5 : 1);
    painter->setPen(QPen(QColor(0xd0, 0xd4, 0xda), 0));
    QVector<QPointF> dots;
    for (double x = std::floor(rect.left() / g) * g; x < rect.right(); x += g)
        for (double y = std::floor(rect.top() / g) * g; y < rect.bottom(); y += g)
            dots << QPointF(x, y);
    painter->drawPoints(dots.constData(), int(dots.size()));
}

QSize TopologyView::legendSize() const
{
    QFont f = font();
    f.setPixelSize(12);
    const QFontMetrics fm(f);
    int w = fm.horizontalAdvance(tr("Utilisation"));
    for (const QString &text : legendRows())
        w = std::max(w, fm.horizontalAdvance(text) + 22);
    const int lineH = fm.height() + 4;
    return QSize(w + 21, lineH * 6 + 9);
}

QStringList TopologyView::legendRows() const
{
    const int knee = int(std::lround(m_scene->knee() * 100));
    return {tr("below %1%").arg(knee), tr("%1–100% (at risk)").arg(knee), tr("≥ 100% (saturated)"),
            tr("delay: mean in service"), m_scene->result() ? tr("no figure") : tr("not solved")};
}

void TopologyView::paintLegend(QPainter *painter) const
{
    QFont f = font();
    f.setPixelSize(12);
    painter->setFont(f);
    const QFontMetrics fm(f);
    const QStringList texts = legendRows();
    const LoadBand bands[] = {LoadBand::Low, LoadBand::AtRisk, LoadBand::Saturated, LoadBand::Delay, LoadBand::NoResult};
    const int lineH = fm.height() + 4;
    const QRect box(QPoint(0, 0), legendSize() - QSize(1, 1));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, 6, 6);
    QFont bold = f;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->drawText(QRect(box.left() + 10, box.top() + 4, box.width() - 12, lineH), Qt::AlignVCenter | Qt::AlignLeft,
                      tr("Utilisation"));
    painter->setFont(f);
    int y = box.top() + 4 + lineH;
    for (int i = 0; i < 5; ++i) {
        painter->setPen(QPen(bandInk(bands[i]), 1.2));
        painter->setBrush(bandFill(bands[i]));
        painter->drawRoundedRect(QRect(box.left() + 10, y + (lineH - 12) / 2, 14, 12), 3, 3);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRect(box.left() + 32, y, box.width() - 34, lineH), Qt::AlignVCenter | Qt::AlignLeft, texts[i]);
        y += lineH;
    }
}

void TopologyView::placeLegend()
{
    // A scene being destroyed detaches itself from the view, which scrolls: no scene to describe.
    if (scene() != m_scene)
        return;
    m_legendWidget->resize(legendSize());
    m_legendWidget->move(10, viewport()->height() - m_legendWidget->height() - 10);
    m_legendWidget->setVisible(m_legend);
    m_legendWidget->update();
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
}

void TopologyView::scrollContentsBy(int dx, int dy)
{
    // QAbstractScrollArea scrolls the viewport's children with the scene; the legend stays put.
    QGraphicsView::scrollContentsBy(dx, dy);
    placeLegend();
}

} // namespace hostreview::widgets
