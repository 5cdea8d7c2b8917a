// Drives the real workbench window: palette drops, port-to-station links, the property panel, undo and
// redo, scenarios, and a corrupt file. Expected utilisations are worked out here from the model
// (U = λ·V·S / m), never copied from the program's output.
#include "app/gui/mainwindow.h"
#include "app/gui/solverrunner.h"

#include "core/document/reviewdocument.h"
#include "core/interchange/reviewfile.h"
#include "core/paths.h"
#include "core/solver/solver.h"
#include "widgets/canvas/linkitem.h"
#include "widgets/canvas/stationitem.h"
#include "widgets/canvas/topologyscene.h"
#include "widgets/canvas/topologyview.h"
#include "widgets/palette/stationpalette.h"
#include "widgets/properties/propertypanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace hostreview;

namespace {

/** The review without its audit log: the window records every edit, undo and redo there (issue 7). */
core::Review withoutLog(core::Review review)
{
    review.audit.clear();
    return review;
}

constexpr double Lambda = 2.0;     // web requests per second
constexpr double SIngress = 0.01;  // seconds per visit at the ingress
constexpr double SApp = 0.2;       // seconds per visit at the Odoo workers

// One open class whose demands name the two stations the test will place from the palette; the
// visits at the Odoo workers are left to the links, so the drawn link decides them.
core::Review startingReview()
{
    core::Review r;
    r.name = QStringLiteral("gui test");
    core::WorkloadClass web;
    web.id = QStringLiteral("web");
    web.name = QStringLiteral("Web");
    web.arrivalRate = Lambda;
    web.entry = QStringLiteral("traefik");
    web.demands = {core::Demand{QStringLiteral("traefik"), 1.0, SIngress, {}},
                   core::Demand{QStringLiteral("odoo-http"), std::nullopt, SApp, {}}};
    r.classes = {web};
    return r;
}

QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return path;
}

} // namespace

class TestWorkbench : public QObject {
    Q_OBJECT

    std::unique_ptr<app::MainWindow> m_window;

    // Drops a palette entry on the view at a viewport position, as a drag from the palette would.
    void dropFromPalette(const QString &kindId, QPoint at)
    {
        widgets::StationPalette *palette = m_window->palette();
        QTreeWidgetItem *item = palette->itemForKind(kindId);
        QVERIFY(item);
        const QModelIndex index = palette->model()->index(palette->indexOfTopLevelItem(item->parent()), 0);
        const QModelIndex child = palette->model()->index(item->parent()->indexOfChild(item), 0, index);
        std::unique_ptr<QMimeData> mime(palette->model()->mimeData({child}));
        QVERIFY(mime && mime->hasFormat(widgets::stationKindMimeType()));
        QWidget *viewport = m_window->view()->viewport();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
    }

    void mouse(QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QWidget *viewport = m_window->view()->viewport();
        QMouseEvent e(type, QPointF(at), viewport->mapToGlobal(QPointF(at)), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport, &e);
    }

    // Drags from the output port of `from` to the body of `to`.
    void drawLink(const QString &from, const QString &to)
    {
        widgets::TopologyScene *scene = m_window->scene();
        const QPoint start = m_window->view()->mapFromScene(scene->stationItem(from)->portScenePos());
        const QPoint end = m_window->view()->mapFromScene(scene->stationItem(to)->pos());
        QVERIFY(scene->stationItem(from)->isOnPort(m_window->view()->mapToScene(start)));
        mouse(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        mouse(QEvent::MouseMove, (start + end) / 2, Qt::NoButton, Qt::LeftButton);
        mouse(QEvent::MouseMove, end, Qt::NoButton, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
    }

    // The utilisation drawn on a node, after the background solver answered the latest edit.
    std::optional<double> shownUtilisation(const QString &id)
    {
        if (!m_window->solveNow())
            return std::nullopt;
        widgets::StationItem *item = m_window->scene()->stationItem(id);
        return item ? item->utilization() : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Keep recent files and settings of the test apart from a real user's.
        QCoreApplication::setOrganizationName(QStringLiteral("hostreview-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));
    }

    void init()
    {
        m_window = std::make_unique<app::MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->document()->setModified(false); // no save prompt on close
        m_window.reset();
    }

    void placeLinkEditUndoRedo()
    {
        core::ReviewDocument *doc = m_window->document();
        QUndoStack *stack = m_window->undoStack();
        m_window->document()->setReview(startingReview());
        stack->clear();
        std::vector<core::Review> states{doc->review()};
        std::vector<std::optional<double>> appU{std::nullopt}; // Odoo workers' utilisation after each step

        // 1. Two stations from the palette.
        dropFromPalette(QStringLiteral("traefik"), QPoint(300, 200));
        QVERIFY(doc->review().station(QStringLiteral("traefik")));
        const QPointF dropped = m_window->view()->mapToScene(QPoint(300, 200));
        QVERIFY(std::abs(doc->review().station(QStringLiteral("traefik"))->x - dropped.x()) <= 10.0); // grid of 20
        states.push_back(doc->review());
        appU.push_back(std::nullopt);
        dropFromPalette(QStringLiteral("odoo-http"), QPoint(700, 200));
        const core::Station *http = doc->review().station(QStringLiteral("odoo-http"));
        QVERIFY(http);
        const int defaultServers = http->servers;
        QCOMPARE(defaultServers, 2 * http->properties.value(QStringLiteral("cpu_cores")).toInt() + 1); // Odoo's rule of thumb
        QCOMPARE(m_window->scene()->stationItemCount(), 2);
        states.push_back(doc->review());
        appU.push_back(0.0); // no link yet: no visits reach the workers
        QCOMPARE(shownUtilisation(QStringLiteral("odoo-http")).value_or(-1), 0.0);
        QCOMPARE(*shownUtilisation(QStringLiteral("traefik")), Lambda * SIngress / 4); // ingress: 4 servers by default

        // 2. A link, drawn from the ingress port to the workers: one call per visit for the class.
        drawLink(QStringLiteral("traefik"), QStringLiteral("odoo-http"));
        const core::Link *link = doc->review().link(QStringLiteral("traefik"), QStringLiteral("odoo-http"));
        QVERIFY(link);
        QCOMPARE(link->calls.value(QStringLiteral("web")), 1.0);
        QVERIFY(m_window->scene()->linkItem(link->from, link->to));
        states.push_back(doc->review());
        appU.push_back(Lambda * 1.0 * SApp / defaultServers);
        QVERIFY(std::abs(*shownUtilisation(QStringLiteral("odoo-http")) - appU.back().value()) < 1e-12);
        QCOMPARE(m_window->scene()->linkItem(link->from, link->to)->label(), QStringLiteral("2/s")); // λ × 1 call

        // 3. Servers edited in the property panel.
        m_window->scene()->selectStations({QStringLiteral("odoo-http")});
        QCOMPARE(m_window->propertyPanel()->subject(), widgets::PropertyPanel::Subject::Station);
        auto *servers = qobject_cast<QSpinBox *>(m_window->propertyPanel()->editor(QStringLiteral("servers")));
        QVERIFY(servers);
        QCOMPARE(servers->value(), defaultServers);
        servers->setValue(2);
        QCOMPARE(doc->review().station(QStringLiteral("odoo-http"))->servers, 2);
        states.push_back(doc->review());
        appU.push_back(Lambda * SApp / 2); // 0.2
        QVERIFY(std::abs(*shownUtilisation(QStringLiteral("odoo-http")) - 0.2) < 1e-12);
        QCOMPARE(m_window->scene()->stationItem(QStringLiteral("odoo-http"))->figureText(), QStringLiteral("20%"));
        QCOMPARE(m_window->scene()->stationItem(QStringLiteral("odoo-http"))->band(), widgets::LoadBand::Low);

        // An invalid value typed in the panel is flagged on its field, and nothing is clamped.
        servers->setValue(0);
        QCOMPARE(doc->review().station(QStringLiteral("odoo-http"))->servers, 0);
        QVERIFY(!m_window->propertyPanel()->problemText(QStringLiteral("servers")).isEmpty());
        QVERIFY(!m_window->solveNow() || !m_window->lastResult());
        QCOMPARE(m_window->scene()->stationItem(QStringLiteral("odoo-http"))->band(), widgets::LoadBand::NoResult);
        servers->setValue(2); // same field: merges with the previous edits into one step
        QVERIFY(m_window->propertyPanel()->problemText(QStringLiteral("servers")).isEmpty());
        QCOMPARE(withoutLog(doc->review()), withoutLog(states.back()));
        QCOMPARE(stack->count(), 4);

        // 4. Undo every step, checking the model and the figures on the canvas; then redo them all.
        for (int step = int(states.size()) - 2; step >= 0; --step) {
            stack->undo();
            QCOMPARE(withoutLog(doc->review()), withoutLog(states[std::size_t(step)]));
            if (appU[std::size_t(step)])
                QVERIFY(std::abs(shownUtilisation(QStringLiteral("odoo-http")).value_or(-1) - *appU[std::size_t(step)]) < 1e-12);
        }
        QCOMPARE(m_window->propertyPanel()->subject(), widgets::PropertyPanel::Subject::Nothing); // station gone
        QCOMPARE(m_window->scene()->stationItemCount(), 0);
        for (std::size_t step = 1; step < states.size(); ++step) {
            stack->redo();
            QCOMPARE(withoutLog(doc->review()), withoutLog(states[step]));
            if (appU[step])
                QVERIFY(std::abs(shownUtilisation(QStringLiteral("odoo-http")).value_or(-1) - *appU[step]) < 1e-12);
        }
        QVERIFY(m_window->isWindowModified());
    }

    void linkCallsEditedInPanel()
    {
        core::Review r = startingReview();
        core::Station ingress;
        ingress.id = QStringLiteral("traefik");
        ingress.name = QStringLiteral("Ingress");
        ingress.servers = 4;
        core::Station http = ingress;
        http.id = QStringLiteral("odoo-http");
        http.name = QStringLiteral("Odoo");
        http.servers = 5;
        http.x = 300;
        r.stations = {ingress, http};
        r.links = {core::Link{ingress.id, http.id, {{QStringLiteral("web"), 1.0}}, {}}};
        m_window->document()->setReview(r);
        QVERIFY(std::abs(*shownUtilisation(http.id) - Lambda * SApp / 5) < 1e-12);

        m_window->scene()->linkItem(ingress.id, http.id)->setSelected(true);
        QCOMPARE(m_window->propertyPanel()->subject(), widgets::PropertyPanel::Subject::Link);
        auto *calls = qobject_cast<QDoubleSpinBox *>(m_window->propertyPanel()->editor(QStringLiteral("calls.web")));
        QVERIFY(calls);
        QCOMPARE(calls->value(), 1.0);
        calls->setValue(2.5); // each request at the ingress now makes 2.5 calls to Odoo: V = 2.5
        QCOMPARE(m_window->document()->review().link(ingress.id, http.id)->calls.value(QStringLiteral("web")), 2.5);
        QVERIFY(std::abs(*shownUtilisation(http.id) - Lambda * 2.5 * SApp / 5) < 1e-12);
        QCOMPARE(m_window->scene()->linkItem(ingress.id, http.id)->label(), QStringLiteral("5/s")); // λ × 2.5
        m_window->undoStack()->undo();
        QCOMPARE(withoutLog(m_window->document()->review()), withoutLog(r));
        QCOMPARE(calls->value(), 1.0); // the panel follows the undo without pushing anything
        QCOMPARE(m_window->undoStack()->index(), 0);
    }

    void sampleEditRecolours_data() { sampleScenarioColours_data(); }
    void sampleEditRecolours()
    {
        // Issue 4's goal: an edit to a station's servers re-colours the canvas within 100 ms on the
        // bundled samples. The figure is printed; the bound asserted is generous (shared machines).
        QFETCH(QString, sample);
        QVERIFY(m_window->openFile(core::templatePath(sample)));
        QVERIFY(m_window->solveNow());
        QCoreApplication::processEvents();
        core::Station s = *m_window->document()->review().station(QStringLiteral("odoo-http"));
        QElapsedTimer timer;
        timer.start();
        m_window->scene()->selectStations({s.id});
        auto *servers = qobject_cast<QSpinBox *>(m_window->propertyPanel()->editor(QStringLiteral("servers")));
        QVERIFY(servers);
        servers->setValue(s.servers + 4);
        QVERIFY(m_window->solveNow());
        QCoreApplication::processEvents();
        const qint64 editMs = timer.elapsed();
        const core::solver::StationResult *shown = m_window->lastResult()->station(s.id);
        QVERIFY(shown);
        QCOMPARE(m_window->scene()->stationItem(s.id)->utilization().value_or(-1), shown->utilization);
        QCOMPARE(m_window->document()->review().station(s.id)->servers, s.servers + 4);
        qInfo("%s: edit to re-coloured %lld ms", qPrintable(sample), editMs);
        QVERIFY2(editMs < 1000, qPrintable(QString::number(editMs)));
    }

    void sampleScenarioColours_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("regional") << QStringLiteral("samples/regional-distributor.json");
        QTest::newRow("national") << QStringLiteral("samples/national-distributor.json");
        QTest::newRow("omnichannel") << QStringLiteral("samples/omnichannel-retailer.json");
    }
    void sampleScenarioColours()
    {
        QFETCH(QString, sample);
        const QString path = core::templatePath(sample);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY(m_window->openFile(path));
        const core::Review &review = m_window->document()->review();
        QCOMPARE(m_window->scene()->stationItemCount(), int(review.stations.size()));
        QCOMPARE(m_window->scene()->linkItemCount(), int(review.links.size()));
        QCOMPARE(m_window->scenarioSelector()->count(), int(review.scenarios.size()) + 1);
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().startsWith(QFileInfo(path).fileName()));

        for (int i = 0; i < m_window->scenarioSelector()->count(); ++i) {
            m_window->scenarioSelector()->setCurrentIndex(i);
            QVERIFY(m_window->solveNow());
            core::solver::SolveOptions options;
            options.scenario = m_window->scenarioSelector()->itemData(i).toString();
            const auto expected = core::solver::solve(review, options);
            QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error().toString()));
            for (const core::solver::StationResult &s : expected->stations) {
                const widgets::StationItem *item = m_window->scene()->stationItem(s.id);
                QVERIFY(item);
                QCOMPARE(item->utilization().value_or(-1), s.utilization);
                // Bands by the documented thresholds: green < knee ≤ amber < 1 ≤ red.
                widgets::LoadBand band = widgets::LoadBand::Low;
                if (s.delay)
                    band = widgets::LoadBand::Delay;
                else if (s.saturated || s.utilization >= 1.0)
                    band = widgets::LoadBand::Saturated;
                else if (s.utilization >= m_window->scene()->knee())
                    band = widgets::LoadBand::AtRisk;
                QCOMPARE(item->band(), band);
                if (!s.delay)
                    QCOMPARE(item->figureText(), QStringLiteral("%1%").arg(std::round(s.utilization * 100)));
            }
        }
    }

    void corruptFileShowsErrorAndKeepsDocument()
    {
        QVERIFY(m_window->openFile(core::templatePath(QStringLiteral("samples/regional-distributor.json"))));
        const core::Review before = m_window->document()->review();
        const QString pathBefore = m_window->document()->filePath();
        QTemporaryDir dir;
        const QString corrupt = writeTemp(dir, QStringLiteral("corrupt.json"), QByteArray("{\"format\": \"hostreview-model\", \"version\": 1, \"stations\": [ {"));
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            // The error dialog is modal: read it and dismiss it, as a user would.
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                shown = box->text() + QLatin1Char('\n') + box->informativeText();
                box->accept();
            }
        });
        QVERIFY(!m_window->openFile(corrupt));
        QVERIFY2(shown.contains(QStringLiteral("corrupt.json")), qPrintable(shown));
        QCOMPARE(withoutLog(m_window->document()->review()), withoutLog(before));
        QCOMPARE(m_window->document()->filePath(), pathBefore);
        QCOMPARE(m_window->scene()->stationItemCount(), int(before.stations.size()));
    }

    void fiveHundredStations()
    {
        // Five rows of 100 stations; each calls two stations of the next row; one open class whose
        // visits come from the links. Goals (issue 4): open < 1 s, an edit re-coloured < 100 ms.
        core::Review r;
        r.name = QStringLiteral("500 stations");
        core::WorkloadClass web;
        web.id = QStringLiteral("web");
        web.name = QStringLiteral("Web");
        web.arrivalRate = 1.0;
        web.entry = QStringLiteral("s0-0");
        for (int row = 0; row < 5; ++row) {
            for (int i = 0; i < 100; ++i) {
                core::Station s;
                s.id = QStringLiteral("s%1-%2").arg(row).arg(i);
                s.name = s.id;
                s.servers = 4;
                s.x = i * 220;
                s.y = row * 160;
                r.stations.push_back(s);
                web.demands.push_back(core::Demand{s.id, std::nullopt, 0.001, {}});
                if (row < 4)
                    for (int k : {i, (i + 1) % 100})
                        r.links.push_back(core::Link{s.id, QStringLiteral("s%1-%2").arg(row + 1).arg(k), {{web.id, 0.5}}, {}});
            }
        }
        // Row 0 is reached only through the entry; give it a fan-out so every station is visited.
        for (int i = 1; i < 100; ++i)
            r.links.push_back(core::Link{QStringLiteral("s0-0"), QStringLiteral("s0-%1").arg(i), {{web.id, 0.01}}, {}});
        r.classes = {web};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QVERIFY(core::writeReviewFile(r, path).ok());

        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_window->openFile(path));
        QVERIFY(m_window->solveNow());
        QCoreApplication::processEvents();
        const qint64 openMs = timer.elapsed();
        QCOMPARE(m_window->scene()->stationItemCount(), 500);
        QVERIFY(m_window->lastResult());

        core::Station s = *m_window->document()->review().station(QStringLiteral("s2-50"));
        s.servers = 1;
        timer.restart();
        m_window->scene()->selectStations({s.id});
        auto *servers = qobject_cast<QSpinBox *>(m_window->propertyPanel()->editor(QStringLiteral("servers")));
        QVERIFY(servers);
        servers->setValue(1);
        QVERIFY(m_window->solveNow());
        QCoreApplication::processEvents();
        const qint64 editMs = timer.elapsed();
        const auto *expected = [&]() -> const core::solver::StationResult * {
            for (const auto &st : m_window->lastResult()->stations)
                if (st.id == s.id)
                    return &st;
            return nullptr;
        }();
        QVERIFY(expected);
        QCOMPARE(m_window->scene()->stationItem(s.id)->utilization().value_or(-1), expected->utilization);
        qInfo("500 stations, %d links: open + first solve %lld ms, edit to re-coloured %lld ms",
              int(r.links.size()), openMs, editMs);
        // Generous bounds: the machine running the tests may be busy; the figures above are the measure.
        QVERIFY2(openMs < 5000, qPrintable(QString::number(openMs)));
        QVERIFY2(editMs < 1000, qPrintable(QString::number(editMs)));
    }

    void canvasGestures()
    {
        QVERIFY(m_window->openFile(core::templatePath(QStringLiteral("samples/national-distributor.json"))));
        core::ReviewDocument *doc = m_window->document();
        QUndoStack *stack = m_window->undoStack();
        widgets::TopologyScene *scene = m_window->scene();
        const core::Review opened = doc->review();
        m_window->view()->resetZoom();

        // Drag a station by its body: one move step, snapped to the 20-unit grid.
        const QString id = QStringLiteral("pg-primary");
        widgets::StationItem *item = scene->stationItem(id);
        m_window->view()->centerOn(item);
        const QPoint from = m_window->view()->mapFromScene(item->pos() + QPointF(-40, 0));
        const QPoint to = from + QPoint(53, 37);
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        mouse(QEvent::MouseMove, from + QPoint(20, 10), Qt::NoButton, Qt::LeftButton);
        mouse(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        const core::Station *moved = doc->review().station(id);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(std::fmod(moved->x, 20.0), 0.0);
        QCOMPARE(std::fmod(moved->y, 20.0), 0.0);
        QVERIFY(std::abs(moved->x - (opened.station(id)->x + 53)) <= 10.0);
        QVERIFY(std::abs(moved->y - (opened.station(id)->y + 37)) <= 10.0);
        QCOMPARE(item->pos(), QPointF(moved->x, moved->y));
        stack->undo();
        QCOMPARE(withoutLog(doc->review()), withoutLog(opened));
        QCOMPARE(item->pos(), QPointF(opened.station(id)->x, opened.station(id)->y));

        // Copy two linked stations and paste them: renamed ids, the link between them follows.
        scene->selectStations({QStringLiteral("pgbouncer"), QStringLiteral("pg-primary")});
        std::unique_ptr<QMimeData> clip(scene->copySelection());
        QVERIFY(clip);
        const QStringList pasted = scene->paste(clip.get());
        QCOMPARE(pasted, (QStringList{QStringLiteral("pgbouncer-2"), QStringLiteral("pg-primary-2")}));
        QVERIFY(doc->review().link(QStringLiteral("pgbouncer-2"), QStringLiteral("pg-primary-2")));
        QCOMPARE(scene->selectedStationIds(), pasted);
        QCOMPARE(scene->stationItemCount(), int(opened.stations.size()) + 2);

        // Delete them again as one step; undo brings them back, undo again removes the paste.
        scene->deleteSelection();
        QVERIFY(!doc->review().station(QStringLiteral("pgbouncer-2")));
        stack->undo();
        QVERIFY(doc->review().link(QStringLiteral("pgbouncer-2"), QStringLiteral("pg-primary-2")));
        stack->undo();
        QCOMPARE(withoutLog(doc->review()), withoutLog(opened));

        // Automatic layout: one step that moves stations, no two on the same spot; undo restores.
        scene->autoLayout();
        QCOMPARE(stack->count(), 1); // the undone steps before it were discarded
        QCOMPARE(stack->text(0), QStringLiteral("Automatic layout"));
        QSet<QPair<double, double>> spots;
        for (const core::Station &s : doc->review().stations)
            spots.insert(qMakePair(s.x, s.y));
        QCOMPARE(spots.size(), qsizetype(opened.stations.size()));
        stack->undo();
        QCOMPARE(withoutLog(doc->review()), withoutLog(opened));

        // Export: the diagram renders to an image (the app writes the file).
        const QImage image = scene->renderImage(1.0);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), scene->diagramRect().size().toSize());
        QTemporaryDir dir;
        QVERIFY(m_window->exportDiagram(dir.filePath(QStringLiteral("topology.png"))));
        QCOMPARE(QImage(dir.filePath(QStringLiteral("topology.png"))).size(), scene->diagramRect().size().toSize() * 2);
        QVERIFY(m_window->exportDiagram(dir.filePath(QStringLiteral("topology.svg"))));
        QFile svg(dir.filePath(QStringLiteral("topology.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("PostgreSQL")); // station names are text in the drawing
    }

    void latestSolveWins()
    {
        app::SolverRunner runner;
        QSignalSpy solved(&runner, &app::SolverRunner::solved);
        core::Review r = startingReview();
        core::Station ingress;
        ingress.id = QStringLiteral("traefik");
        ingress.name = QStringLiteral("Ingress");
        ingress.servers = 4;
        core::Station http = ingress;
        http.id = QStringLiteral("odoo-http");
        r.stations = {ingress, http};
        r.links = {core::Link{ingress.id, http.id, {{QStringLiteral("web"), 1.0}}, {}}};
        for (double rate : {1.0, 2.0, 3.0, 4.0, 5.0}) {
            r.classes[0].arrivalRate = rate;
            runner.request(r, {});
        }
        QVERIFY(runner.waitUntilIdle());
        QCoreApplication::processEvents();
        QVERIFY(solved.count() >= 1);
        const auto last = solved.last().at(0).value<core::solver::SolveResult>();
        QCOMPARE(last.classes.at(0).throughput, 5.0); // the last edit's λ, never an older one
        for (const QList<QVariant> &args : std::as_const(solved))
            QVERIFY(args.at(0).value<core::solver::SolveResult>().classes.at(0).throughput >= 1.0);
    }

    void saveClearsModifiedAndReopensEqual()
    {
        m_window->document()->setReview(startingReview());
        m_window->scene()->placeStation(QStringLiteral("traefik"), QPointF(0, 0));
        QVERIFY(m_window->isWindowModified());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(m_window->saveTo(path));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("saved.json")));
        const core::Result<core::Review> back = core::readReviewFile(path);
        QVERIFY(back.ok());
        QCOMPARE(*back, m_window->document()->review());
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
