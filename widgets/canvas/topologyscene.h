#pragma once

#include "core/document/reviewdocument.h"
#include "core/solver/solver.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <optional>

class QGraphicsLineItem;
class QMimeData;
class QUndoStack;

namespace hostreview::widgets {

class LinkItem;
class StationItem;
class ZoneItem;

/** MIME type of copied stations: an interchange-v1 document holding them and the links among them. */
inline QString reviewMimeType() { return QStringLiteral("application/x-hostreview-review"); }

/**
 * The topology canvas. It follows the ReviewDocument's signals (one StationItem per station, one
 * LinkItem per link, ZoneItems behind them) and keeps no state of its own beyond a drag in progress:
 * every gesture — placing from the palette, linking port to station, moving, deleting, pasting,
 * automatic layout — is pushed on the undo stack as a command, whose redo() changes the document,
 * whose signals change the items. Solver results arrive through setResult() and colour the nodes.
 */
class TopologyScene : public QGraphicsScene {
    Q_OBJECT
public:
    TopologyScene(core::ReviewDocument *document, QUndoStack *undoStack, QObject *parent = nullptr);
    ~TopologyScene() override;

    core::ReviewDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }

    StationItem *stationItem(const QString &id) const { return m_stations.value(id); }
    LinkItem *linkItem(const QString &from, const QString &to) const;
    QList<ZoneItem *> zoneItems() const { return m_zones; }
    int stationItemCount() const { return int(m_stations.size()); }
    int linkItemCount() const { return int(m_links.size()); }

    /** Returns the ids of the selected stations, in document order. */
    QStringList selectedStationIds() const;
    /** Returns the (from, to) pairs of the selected links, in document order. */
    QList<QPair<QString, QString>> selectedLinks() const;
    void selectStations(const QStringList &ids);

    /** Shows a solver result on the nodes and links (nullopt: everything grey). */
    void setResult(const std::optional<core::solver::SolveResult> &result);
    const std::optional<core::solver::SolveResult> &result() const { return m_result; }
    void setKnee(double knee);
    double knee() const { return m_knee; }

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap);
    double gridSize() const { return 20.0; }
    /** True while the user drags stations (positions then run ahead of the document). */
    bool isDragging() const { return m_dragging; }

    /** Pushes a command placing a new station of `kindId` at `scenePos`; returns its id. */
    QString placeStation(const QString &kindId, const QPointF &scenePos);
    /** Pushes a command linking two stations (calls 1 for every class); false when not possible. */
    bool linkStations(const QString &from, const QString &to);
    /** Pushes one macro deleting the selected links and stations. */
    void deleteSelection();
    /** Returns the selected stations and the links among them as MIME data (nullptr when none). */
    QMimeData *copySelection() const;
    /** Pushes a PasteCommand for MIME data made by copySelection(); returns the new ids. */
    QStringList paste(const QMimeData *mime, const QPointF &offset = QPointF(40, 40));
    /** Pushes one command moving every station to core::autoLayout()'s positions. */
    void autoLayout();

    /** Returns the rectangle that holds every station and zone, with a margin. */
    QRectF diagramRect() const;
    /** Renders the diagram (no selection marks) into `target` of the painter's device. */
    void renderDiagram(QPainter *painter, const QRectF &target);
    /** Renders the diagram into an image, `scale` pixels per scene unit, on white. */
    QImage renderImage(double scale = 2.0);

    /** Called by a StationItem whose position changed: keeps its links and zones attached. */
    void stationItemMoved(StationItem *item);

Q_SIGNALS:
    void statusMessage(const QString &message);
    /** The result shown changed (or was cleared): the view repaints its legend. */
    void resultShown();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void onReset();
    void onStationAdded(const QString &id);
    void onStationChanged(const QString &id);
    void onStationMoved(const QString &id);
    void onStationRemoved(const QString &id);
    void onLinkAdded(const QString &from, const QString &to);
    void onLinkChanged(const QString &from, const QString &to);
    void onLinkRemoved(const QString &from, const QString &to);

    void applyResult(StationItem *item);
    void applyResult(LinkItem *item);
    void scheduleZones();
    void updateZones();
    StationItem *stationAt(const QPointF &scenePos) const;

    core::ReviewDocument *m_document;
    QUndoStack *m_undoStack;
    QHash<QString, StationItem *> m_stations;
    QHash<QPair<QString, QString>, LinkItem *> m_links;
    QMultiHash<QString, LinkItem *> m_linksOf; // station id → its links (both directions)
    QList<ZoneItem *> m_zones;
    std::optional<core::solver::SolveResult> m_result;
    double m_knee = 0.8;
    bool m_snap = true;
    bool m_dragging = false;
    bool m_zonesPending = false;
    QString m_linkSource;
    QGraphicsLineItem *m_linkPreview = nullptr;
};

} // namespace hostreview::widgets
