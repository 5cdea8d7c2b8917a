#include "topologyscene.h"

#include "linkitem.h"
#include "stationitem.h"
#include "zoneitem.h"

#include "../palette/stationpalette.h"

#include "core/commands/linkcommands.h"
#include "core/commands/pastecommand.h"
#include "core/commands/stationcommands.h"
#include "core/document/autolayout.h"
#include "core/document/linkflow.h"
#include "core/interchange/jsoncodec.h"
#include "core/log.h"
#include "core/model/stationkinds.h"
#include "models/kindtext.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPainter>
#include <QTimer>
#include <QUndoStack>

#include <map>

namespace hostreview::widgets {

TopologyScene::TopologyScene(core::ReviewDocument *document, QUndoStack *undoStack, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_undoStack(undoStack)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &core::ReviewDocument::reset, this, &TopologyScene::onReset);
    connect(document, &core::ReviewDocument::stationAdded, this, &TopologyScene::onStationAdded);
    connect(document, &core::ReviewDocument::stationChanged, this, &TopologyScene::onStationChanged);
    connect(document, &core::ReviewDocument::stationMoved, this, &TopologyScene::onStationMoved);
    connect(document, &core::ReviewDocument::stationRemoved, this, &TopologyScene::onStationRemoved);
    connect(document, &core::ReviewDocument::linkAdded, this, &TopologyScene::onLinkAdded);
    connect(document, &core::ReviewDocument::linkChanged, this, &TopologyScene::onLinkChanged);
    connect(document, &core::ReviewDocument::linkRemoved, this, &TopologyScene::onLinkRemoved);
    onReset();
}

TopologyScene::~TopologyScene()
{
    // QGraphicsScene's destructor deletes the items and may announce selection changes: nobody
    // must look at them through our tables by then.
    blockSignals(true);
    m_stations.clear();
    m_links.clear();
    m_linksOf.clear();
    m_zones.clear();
}

LinkItem *TopologyScene::linkItem(const QString &from, const QString &to) const
{
    return m_links.value(qMakePair(from, to));
}

// --- following the document ---------------------------------------------------------------------

void TopologyScene::onReset()
{
    // Forget the items before deleting them: clear() announces the lost selection, and whoever
    // listens asks us which stations are selected.
    m_linkPreview = nullptr;
    m_stations.clear();
    m_links.clear();
    m_linksOf.clear();
    m_zones.clear();
    m_result.reset();
    clear();
    for (const core::Station &s : m_document->review().stations)
        onStationAdded(s.id);
    for (const core::Link &l : m_document->review().links)
        onLinkAdded(l.from, l.to);
    setSceneRect(diagramRect().adjusted(-2000, -2000, 2000, 2000));
    updateZones();
}

void TopologyScene::onStationAdded(const QString &id)
{
    const core::Station *s = m_document->review().station(id);
    HR_ASSERT(s && !m_stations.contains(id), return);
    auto *item = new StationItem(this, *s);
    addItem(item);
    m_stations.insert(id, item);
    applyResult(item);
    scheduleZones();
}

void TopologyScene::onStationChanged(const QString &id)
{
    const core::Station *s = m_document->review().station(id);
    StationItem *item = m_stations.value(id);
    HR_ASSERT(s && item, return);
    item->setStation(*s);
    scheduleZones();
}

void TopologyScene::onStationMoved(const QString &id) { onStationChanged(id); }

void TopologyScene::onStationRemoved(const QString &id)
{
    StationItem *item = m_stations.take(id);
    HR_ASSERT(item, return);
    // The document announces removed links before the station; anything left is stale.
    const QList<LinkItem *> links = m_linksOf.values(id);
    for (LinkItem *l : links)
        onLinkRemoved(l->from(), l->to());
    removeItem(item);
    delete item;
    scheduleZones();
}

void TopologyScene::onLinkAdded(const QString &from, const QString &to)
{
    const core::Link *l = m_document->review().link(from, to);
    StationItem *a = m_stations.value(from), *b = m_stations.value(to);
    HR_ASSERT(l && a && b && !m_links.contains(qMakePair(from, to)), return);
    auto *item = new LinkItem(*l, a, b);
    addItem(item);
    m_links.insert(qMakePair(from, to), item);
    m_linksOf.insert(from, item);
    m_linksOf.insert(to, item);
    applyResult(item);
}

void TopologyScene::onLinkChanged(const QString &from, const QString &to)
{
    const core::Link *l = m_document->review().link(from, to);
    LinkItem *item = linkItem(from, to);
    HR_ASSERT(l && item, return);
    item->setLink(*l);
    applyResult(item);
}

void TopologyScene::onLinkRemoved(const QString &from, const QString &to)
{
    LinkItem *item = m_links.take(qMakePair(from, to));
    if (!item)
        return;
    m_linksOf.remove(from, item);
    m_linksOf.remove(to, item);
    removeItem(item);
    delete item;
}

void TopologyScene::stationItemMoved(StationItem *item)
{
    const auto links = m_linksOf.values(item->id());
    for (LinkItem *l : links)
        l->updateGeometry();
    scheduleZones();
}

// --- results -------------------------------------------------------------------------------------------

void TopologyScene::setResult(const std::optional<core::solver::SolveResult> &result)
{
    m_result = result;
    for (StationItem *item : std::as_const(m_stations))
        applyResult(item);
    for (LinkItem *item : std::as_const(m_links))
        applyResult(item);
    Q_EMIT resultShown();
}

void TopologyScene::setKnee(double knee)
{
    m_knee = knee;
    setResult(m_result);
}

void TopologyScene::applyResult(StationItem *item)
{
    if (m_result) {
        for (const core::solver::StationResult &s : m_result->stations) {
            if (s.id == item->id()) {
                item->setLoad(s.utilization, s.saturated, s.delay, m_knee);
                return;
            }
        }
    }
    item->setLoad(std::nullopt, false, false, m_knee);
}

void TopologyScene::applyResult(LinkItem *item)
{
    item->setThroughput(m_result ? core::linkThroughput(item->link(), *m_result) : std::nullopt);
}

// --- zones -------------------------------------------------------------------------------------------------

void TopologyScene::scheduleZones()
{
    if (m_zonesPending)
        return;
    m_zonesPending = true;
    QTimer::singleShot(0, this, [this] {
        m_zonesPending = false;
        updateZones();
    });
}

void TopologyScene::updateZones()
{
    // An explicit scene rect does not grow by itself: keep room around whatever was placed.
    const QRectF wanted = diagramRect().adjusted(-2000, -2000, 2000, 2000);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect().united(wanted));

    for (ZoneItem *z : std::as_const(m_zones)) {
        removeItem(z);
        delete z;
    }
    m_zones.clear();

    // zone → tenant → bounding rectangle of its stations ("" tenant: dedicated stations).
    std::map<QString, std::map<QString, QRectF>> groups;
    for (const core::Station &s : m_document->review().stations) {
        if (s.zone.isEmpty() && s.tenant.isEmpty())
            continue;
        const StationItem *item = m_stations.value(s.id);
        if (!item)
            continue;
        const QRectF r = item->mapRectToScene(QRectF(-StationItem::Width / 2, -StationItem::Height / 2,
                                                    StationItem::Width, StationItem::Height));
        QRectF &g = groups[s.zone][s.tenant];
        g = g.isNull() ? r : g.united(r);
    }
    for (const auto &[zone, tenants] : groups) {
        int named = 0;
        QRectF all;
        for (const auto &[tenant, rect] : tenants) {
            if (!tenant.isEmpty())
                ++named;
            all = all.isNull() ? rect : all.united(rect);
        }
        const bool shared = named > 1;
        if (!zone.isEmpty()) {
            const double pad = shared ? 40 : 26;
            const QString label = shared ? tr("%1 — shared by %n tenants", nullptr, named).arg(zone)
                                         : named == 1 ? tr("%1 — dedicated to %2").arg(zone, tenants.rbegin()->first)
                                                      : tr("%1 — dedicated").arg(zone);
            auto *z = new ZoneItem(shared ? ZoneItem::Role::SharedZone : ZoneItem::Role::DedicatedZone, label,
                                   all.adjusted(-pad, -pad - 6, pad, pad));
            addItem(z);
            m_zones << z;
        }
        if (shared || zone.isEmpty()) {
            for (const auto &[tenant, rect] : tenants) {
                if (tenant.isEmpty())
                    continue;
                auto *t = new ZoneItem(ZoneItem::Role::Tenant, tr("tenant %1").arg(tenant), rect.adjusted(-16, -22, 16, 12));
                addItem(t);
                m_zones << t;
            }
        }
    }
}

// --- selection ---------------------------------------------------------------------------------------

QStringList TopologyScene::selectedStationIds() const
{
    QStringList ids;
    for (const core::Station &s : m_document->review().stations)
        if (StationItem *item = m_stations.value(s.id); item && item->isSelected())
            ids << s.id;
    return ids;
}

QList<QPair<QString, QString>> TopologyScene::selectedLinks() const
{
    QList<QPair<QString, QString>> links;
    for (const core::Link &l : m_document->review().links)
        if (LinkItem *item = linkItem(l.from, l.to); item && item->isSelected())
            links << qMakePair(l.from, l.to);
    return links;
}

void TopologyScene::selectStations(const QStringList &ids)
{
    clearSelection();
    for (const QString &id : ids)
        if (StationItem *item = m_stations.value(id))
            item->setSelected(true);
}

void TopologyScene::setSnapToGrid(bool snap) { m_snap = snap; }

// --- gestures ----------------------------------------------------------------------------------------------

QString TopologyScene::placeStation(const QString &kindId, const QPointF &scenePos)
{
    const core::StationKind *kind = core::findStationKind(kindId);
    const QString id = m_document->uniqueStationId(kind ? kind->id : QStringLiteral("station"));
    core::Station s = core::makeStation(kindId, id, kind ? models::kindLabel(*kind) : id);
    QPointF p = scenePos;
    if (m_snap)
        p = QPointF(std::round(p.x() / gridSize()) * gridSize(), std::round(p.y() / gridSize()) * gridSize());
    s.x = p.x();
    s.y = p.y();
    m_undoStack->push(new commands::AddStationCommand(m_document, s));
    if (m_stations.contains(id)) {
        selectStations({id});
        Q_EMIT statusMessage(tr("Placed %1").arg(s.name));
    }
    return id;
}

bool TopologyScene::linkStations(const QString &from, const QString &to)
{
    if (from == to || !m_stations.contains(from) || !m_stations.contains(to))
        return false;
    if (m_document->review().link(from, to)) {
        Q_EMIT statusMessage(tr("%1 already links to %2").arg(from, to));
        return false;
    }
    core::Link link{from, to, {}, {}};
    for (const core::WorkloadClass &c : m_document->review().classes)
        link.calls.insert(c.id, 1.0);
    m_undoStack->push(new commands::AddLinkCommand(m_document, link));
    Q_EMIT statusMessage(tr("Linked %1 to %2 (1 call per visit for every class; edit in Properties)").arg(from, to));
    return m_document->review().link(from, to) != nullptr;
}

void TopologyScene::deleteSelection()
{
    const QStringList stations = selectedStationIds();
    QList<QPair<QString, QString>> links;
    for (const auto &l : selectedLinks())
        if (!stations.contains(l.first) && !stations.contains(l.second))
            links << l;
    if (stations.isEmpty() && links.isEmpty())
        return;
    m_undoStack->beginMacro(tr("Delete %n object(s)", nullptr, int(stations.size() + links.size())));
    for (const auto &l : links)
        m_undoStack->push(new commands::RemoveLinkCommand(m_document, l.first, l.second));
    for (const QString &id : stations)
        m_undoStack->push(new commands::RemoveStationCommand(m_document, id));
    m_undoStack->endMacro();
}

QMimeData *TopologyScene::copySelection() const
{
    const QStringList ids = selectedStationIds();
    if (ids.isEmpty())
        return nullptr;
    core::Review clip;
    clip.name = tr("Copied stations");
    for (const QString &id : ids)
        clip.stations.push_back(*m_document->review().station(id));
    for (const core::Link &l : m_document->review().links)
        if (ids.contains(l.from) && ids.contains(l.to))
            clip.links.push_back(l);
    auto *mime = new QMimeData;
    const QByteArray json = core::reviewToJson(clip);
    mime->setData(reviewMimeType(), json);
    mime->setText(QString::fromUtf8(json));
    return mime;
}

QStringList TopologyScene::paste(const QMimeData *mime, const QPointF &offset)
{
    if (!mime || !mime->hasFormat(reviewMimeType()))
        return {};
    const core::Result<core::Review> clip = core::reviewFromJson(mime->data(reviewMimeType()));
    if (!clip) {
        core::logger("widgets.canvas")->warn("paste refused: {}", clip.error().toString().toStdString());
        Q_EMIT statusMessage(tr("Cannot paste: %1").arg(clip.error().toString()));
        return {};
    }
    auto *command = new commands::PasteCommand(m_document, clip->stations, clip->links, offset);
    const QStringList ids = command->pastedIds();
    m_undoStack->push(command);
    selectStations(ids);
    Q_EMIT statusMessage(tr("Pasted %n station(s)", nullptr, int(ids.size())));
    return ids;
}

void TopologyScene::autoLayout()
{
    const auto n = m_document->review().stations.size();
    core::LayoutOptions options;
    options.width = std::max(900.0, 220.0 * std::sqrt(double(n)) * 2);
    options.height = std::max(600.0, 140.0 * std::sqrt(double(n)));
    options.grid = gridSize();
    const auto positions = core::autoLayout(m_document->review(), options);
    if (!positions) {
        Q_EMIT statusMessage(tr("Automatic layout failed: %1").arg(positions.error().toString()));
        return;
    }
    QHash<QString, QPair<QPointF, QPointF>> moves;
    for (const core::Station &s : m_document->review().stations) {
        const QPointF to = positions->value(s.id, QPointF(s.x, s.y));
        if (to != QPointF(s.x, s.y))
            moves.insert(s.id, qMakePair(QPointF(s.x, s.y), to));
    }
    if (moves.isEmpty())
        return;
    m_undoStack->push(new commands::MoveStationsCommand(m_document, moves, false));
    Q_EMIT statusMessage(tr("Laid out %n station(s)", nullptr, int(n)));
}

// --- mouse -------------------------------------------------------------------------------------------

StationItem *TopologyScene::stationAt(const QPointF &scenePos) const
{
    const auto hits = items(scenePos);
    for (QGraphicsItem *i : hits)
        if (i->type() == StationItem::Type)
            return static_cast<StationItem *>(i);
    return nullptr;
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        StationItem *hit = stationAt(event->scenePos());
        if (hit && hit->isOnPort(event->scenePos())) {
            m_linkSource = hit->id();
            m_linkPreview = addLine(QLineF(hit->portScenePos(), event->scenePos()),
                                    QPen(QColor(0x1e, 0x63, 0xd6), 2, Qt::DashLine));
            m_linkPreview->setZValue(100);
            event->accept();
            return;
        }
        m_dragging = hit != nullptr;
    }
    QGraphicsScene::mousePressEvent(event);
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkPreview) {
        m_linkPreview->setLine(QLineF(m_linkPreview->line().p1(), event->scenePos()));
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkPreview) {
        removeItem(m_linkPreview);
        delete m_linkPreview;
        m_linkPreview = nullptr;
        const QString from = std::exchange(m_linkSource, QString());
        if (StationItem *target = stationAt(event->scenePos()); target && target->id() != from)
            linkStations(from, target->id());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (!m_dragging)
        return;
    m_dragging = false;
    // Commit the drag: one command for every station whose item now differs from the document.
    QHash<QString, QPair<QPointF, QPointF>> moves;
    for (const core::Station &s : m_document->review().stations) {
        StationItem *item = m_stations.value(s.id);
        if (item && item->pos() != QPointF(s.x, s.y))
            moves.insert(s.id, qMakePair(QPointF(s.x, s.y), item->pos()));
    }
    if (!moves.isEmpty())
        m_undoStack->push(new commands::MoveStationsCommand(m_document, moves));
}

void TopologyScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(stationKindMimeType()));
}

void TopologyScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(stationKindMimeType())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void TopologyScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!event->mimeData()->hasFormat(stationKindMimeType())) {
        event->ignore();
        return;
    }
    placeStation(QString::fromUtf8(event->mimeData()->data(stationKindMimeType())), event->scenePos());
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

// --- export -------------------------------------------------------------------------------------------

QRectF TopologyScene::diagramRect() const
{
    QRectF r;
    for (StationItem *s : std::as_const(m_stations))
        r = r.isNull() ? s->sceneBoundingRect() : r.united(s->sceneBoundingRect());
    for (ZoneItem *z : std::as_const(m_zones))
        r = r.united(z->sceneBoundingRect());
    if (r.isNull())
        return QRectF(-400, -300, 800, 600);
    return r.adjusted(-30, -30, 30, 30);
}

void TopologyScene::renderDiagram(QPainter *painter, const QRectF &target)
{
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *i : selected)
        i->setSelected(false);
    const QRectF source = diagramRect();
    render(painter, target.isNull() ? QRectF(QPointF(0, 0), source.size()) : target, source, Qt::KeepAspectRatio);
    for (QGraphicsItem *i : selected)
        i->setSelected(true);
}

QImage TopologyScene::renderImage(double scale)
{
    const QRectF source = diagramRect();
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderDiagram(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    return image;
}

} // namespace hostreview::widgets
