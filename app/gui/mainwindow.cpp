#include "mainwindow.h"

#include "importcontroller.h"
#include "autosavecontroller.h"
#include "autosaverecoverydialog.h"
#include "lockcontroller.h"
#include "helpguide.h"
#include "reportexportdialog.h"
#include "settingsdialog.h"
#include "solverrunner.h"

#include "core/document/reviewdocument.h"
#include "core/findings/findings.h"
#include "core/interchange/reviewfile.h"
#include "core/log.h"
#include "core/paths.h"
#include "models/stationresultsmodel.h"
#include "models/timelinemodel.h"
#include "widgets/canvas/stationitem.h"
#include "widgets/canvas/topologyscene.h"
#include "core/commands/answercommands.h"
#include "core/commands/auditrecorder.h"
#include "core/merge/merge.h"
#include "core/merge/revisions.h"
#include "core/storage/projectfile.h"
#include "models/checklisttreemodel.h"
#include "widgets/collab/applymergecommand.h"
#include "widgets/collab/auditlogview.h"
#include "widgets/collab/commentsdock.h"
#include "widgets/collab/mergedialog.h"
#include "widgets/charts/profileeditor.h"
#include "widgets/checklist/checklistpanel.h"
#include "widgets/results/resultsdock.h"
#include "widgets/scenarios/scenariomanager.h"
#include "widgets/workload/workloadeditor.h"
#include "widgets/canvas/topologyview.h"
#include "widgets/palette/stationpalette.h"
#include "widgets/properties/propertypanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QMimeDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

#include <boost/version.hpp>
#include <spdlog/version.h>

namespace hostreview::app {

namespace {
constexpr int MaxRecent = 8;

core::Review emptyReview()
{
    core::Review review;
    review.name = QCoreApplication::translate("hostreview::app::MainWindow", "Untitled review");
    return review;
}
const char *const RecentKey = "files/recent";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new core::ReviewDocument(this)), m_undoStack(new QUndoStack(this)),
      m_solver(new SolverRunner(this)), m_settings(AppSettings::load())
{
    // Issue 7: the lock record of the open file, autosave into the recovery folder, the audit log.
    m_lock = new LockController(this);
    m_autosave = new AutosaveController(m_document, this);
    m_audit = new commands::AuditRecorder(m_undoStack, m_document, this);
    m_scene = new widgets::TopologyScene(m_document, m_undoStack, this);
    m_view = new widgets::TopologyView(m_scene, this);
    setCentralWidget(m_view);

    createActions();
    createDocks();
    createMenus();
    createToolBars();

    m_solveLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_solveLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &widgets::TopologyView::zoomChanged, this,
            [this](double z) { m_zoomLabel->setText(tr("Zoom %1%").arg(z * 100, 0, 'f', 0)); });
    connect(m_scene, &widgets::TopologyScene::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSelectionChanged);
    m_view->viewport()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->viewport(), &QWidget::customContextMenuRequested, this, &MainWindow::showCanvasMenu);
    connect(m_autosave, &AutosaveController::failed, this,
            [this](const QString &why) { statusBar()->showMessage(tr("Autosave failed: %1").arg(why), 8000); });

    // Live results: every edit re-solves, coalesced within one event-loop turn.
    m_solveTimer.setSingleShot(true);
    m_solveTimer.setInterval(0);
    connect(&m_solveTimer, &QTimer::timeout, this, &MainWindow::requestSolve);
    connect(m_document, &core::ReviewDocument::edited, this, &MainWindow::scheduleSolve);
    connect(m_document, &core::ReviewDocument::reset, this, [this] {
        reloadScenarios();
        reloadBuckets();
        scheduleSolve();
    });
    connect(m_document, &core::ReviewDocument::scenariosChanged, this, &MainWindow::reloadScenarios);
    connect(m_document, &core::ReviewDocument::profilesChanged, this, &MainWindow::reloadBuckets);
    connect(m_solver, &SolverRunner::solved, this, &MainWindow::onSolved);
    connect(m_solver, &SolverRunner::failed, this, &MainWindow::onSolveFailed);

    // Title and modified marker: the undo stack's clean state is the document's saved state.
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { m_document->setModified(!clean); });
    connect(m_document, &core::ReviewDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &core::ReviewDocument::filePathChanged, this, &MainWindow::updateTitle);

    m_playTimer.setInterval(400);
    connect(&m_playTimer, &QTimer::timeout, this, [this] {
        if (!m_bucketEnabled->isChecked())
            m_bucketEnabled->setChecked(true);
        m_bucketSlider->setValue(m_bucketSlider->value() >= m_bucketSlider->maximum() ? 0 : m_bucketSlider->value() + 1);
    });

    applySettings();
    updateRecentMenu();
    setReview(emptyReview(), QString());
    statusBar()->showMessage(tr("Ready — drag a station kind from the palette onto the canvas, or open a sample (File ▸ New from sample)."));
    resize(1440, 900);
}

MainWindow::~MainWindow()
{
    // The children (document, scene, docks, undo stack, solver) are deleted after this body, and some
    // signal on their way out (the undo stack its clean state): nothing of this window may react any more.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

// --- actions and menus ---------------------------------------------------------------------------

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setStatusTip(tip);
        a->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = make(tr("&New"), QKeySequence::New, tr("Start an empty review"), [this] {
        if (maybeSave())
            setReview(emptyReview(), QString());
    });
    m_openAction = make(tr("&Open…"), QKeySequence::Open, tr("Open a review (.hostreview or .json)"), &MainWindow::openDialog);
    m_saveAction = make(tr("&Save"), QKeySequence::Save, tr("Save the review"), &MainWindow::save);
    m_saveAsAction = make(tr("Save &As…"), QKeySequence::SaveAs, tr("Save the review under a new name"), &MainWindow::saveAsDialog);
    m_exportPngAction = make(tr("Export Diagram as &PNG…"), QKeySequence(tr("Ctrl+Shift+P")), tr("Write the topology as a PNG image"), &MainWindow::exportPng);
    m_exportSvgAction = make(tr("Export Diagram as S&VG…"), QKeySequence(tr("Ctrl+Shift+G")), tr("Write the topology as an SVG drawing"), &MainWindow::exportSvg);
    m_exportReportAction = make(tr("Export &Report…"), QKeySequence(tr("Ctrl+Shift+E")),
                                tr("Write the executive recommendation report as a PDF"), [this] {
                                    ReportExportDialog::exportReport(this, m_document->review(), m_document->filePath());
                                });
    m_exportFindingsAction = make(tr("Export &Findings as CSV…"), QKeySequence(tr("Ctrl+Shift+F")),
                                  tr("Write the findings for spreadsheets and issue trackers"),
                                  &MainWindow::exportFindingsCsv);
    m_import = new ImportController(this, m_document, m_undoStack);
    m_importAction = make(tr("&Import Measurements…"), QKeySequence(tr("Ctrl+I")),
                          tr("Derive measured load profiles and demands from Traefik, Odoo, PostgreSQL or CSV logs"),
                          [this] { m_import->start(); });
    m_compareAction = make(tr("&Compare with…"), QKeySequence(), tr("List the differences between this review and another file"),
                           &MainWindow::compareDialog);
    m_mergeAction = make(tr("&Merge with…"), QKeySequence(), tr("Merge another copy of this review into it; pick a side for each conflict"),
                         &MainWindow::mergeDialog);
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, tr("Close the workbench"), &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_cutAction = make(tr("Cu&t"), QKeySequence::Cut, tr("Cut the selected stations"), &MainWindow::cut);
    m_copyAction = make(tr("&Copy"), QKeySequence::Copy, tr("Copy the selected stations and the links among them"), &MainWindow::copy);
    m_pasteAction = make(tr("&Paste"), QKeySequence::Paste, tr("Paste copied stations"), &MainWindow::paste);
    m_deleteAction = make(tr("&Delete"), QKeySequence::Delete, tr("Delete the selected stations and links"),
                          [this] { m_scene->deleteSelection(); });
    m_selectAllAction = make(tr("Select &All"), QKeySequence::SelectAll, tr("Select every station"), [this] {
        QStringList ids;
        for (const core::Station &s : m_document->review().stations)
            ids << s.id;
        m_scene->selectStations(ids);
    });

    m_zoomInAction = make(tr("Zoom &In"), QKeySequence::ZoomIn, tr("Zoom in"), [this] { m_view->zoomIn(); });
    m_zoomOutAction = make(tr("Zoom &Out"), QKeySequence::ZoomOut, tr("Zoom out"), [this] { m_view->zoomOut(); });
    m_zoomFitAction = make(tr("Zoom to &Fit"), QKeySequence(tr("Ctrl+0")), tr("Show the whole diagram"), [this] { m_view->zoomToFit(); });
    m_zoomResetAction = make(tr("&Actual Size"), QKeySequence(tr("Ctrl+1")), tr("Zoom to 100%"), [this] { m_view->resetZoom(); });
    m_layoutAction = make(tr("Automatic &Layout"), QKeySequence(tr("Ctrl+L")), tr("Arrange the stations by their links"), [this] {
        m_scene->autoLayout();
        m_view->zoomToFit();
    });
    m_snapAction = make(tr("&Snap to Grid"), QKeySequence(tr("Ctrl+G")), tr("Snap stations to the grid while moving"), [this](bool on) {
        m_scene->setSnapToGrid(on);
        m_settings.snapToGrid = on;
        m_settings.save();
        m_view->viewport()->update();
    });
    m_snapAction->setCheckable(true);
    m_legendAction = make(tr("Show &Legend"), QKeySequence(), tr("Show the utilisation colour legend"),
                          [this](bool on) { m_view->setLegendVisible(on); });
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    m_playAction = make(tr("&Replay the Day"), QKeySequence(tr("Ctrl+R")), tr("Step through the day's buckets on the canvas"),
                        &MainWindow::togglePlay);
    m_playAction->setCheckable(true);
    m_settingsAction = make(tr("&Settings…"), QKeySequence::Preferences, tr("Reviewer name, knee, units"), &MainWindow::showSettings);
    m_aboutAction = make(tr("&About hostreview"), QKeySequence(), tr("Versions and credits"), &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    m_templateMenu = file->addMenu(tr("New from Sa&mple"));
    fillTemplateMenu();
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_exportPngAction);
    file->addAction(m_exportSvgAction);
    file->addAction(m_exportReportAction);
    file->addAction(m_exportFindingsAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_compareAction);
    file->addAction(m_mergeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_cutAction);
    edit->addAction(m_copyAction);
    edit->addAction(m_pasteAction);
    edit->addAction(m_deleteAction);
    edit->addAction(m_selectAllAction);
    edit->addSeparator();
    edit->addAction(tr("Classification &Rules…"), m_import, &ImportController::editRules)->setObjectName(QStringLiteral("classificationRulesAction"));
    edit->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomFitAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_layoutAction);
    m_viewMenu->addAction(m_snapAction);
    m_viewMenu->addAction(m_legendAction);
    m_viewMenu->addAction(m_playAction);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addUserGuideAction(help, this);
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBars()
{
    QToolBar *file = addToolBar(tr("File"));
    file->setObjectName(QStringLiteral("fileToolBar"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_saveAction);
    file->addSeparator();
    file->addAction(m_undoAction);
    file->addAction(m_redoAction);
    file->addSeparator();
    file->addAction(m_zoomFitAction);
    file->addAction(m_layoutAction);

    QToolBar *analysis = addToolBar(tr("Analysis"));
    analysis->setObjectName(QStringLiteral("analysisToolBar"));
    analysis->addWidget(new QLabel(tr(" Scenario: ")));
    m_scenarioBox = new QComboBox;
    m_scenarioBox->setMinimumContentsLength(18);
    m_scenarioBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarioBox->setToolTip(tr("The what-if scenario the canvas shows"));
    analysis->addWidget(m_scenarioBox);
    connect(m_scenarioBox, &QComboBox::currentIndexChanged, this, [this] { scheduleSolve(); });
    analysis->addSeparator();
    m_bucketEnabled = new QCheckBox(tr("Time of day"));
    m_bucketEnabled->setToolTip(tr("Apply the daily profiles at the chosen time (off: the profile-free load)"));
    analysis->addWidget(m_bucketEnabled);
    m_bucketSlider = new QSlider(Qt::Horizontal);
    m_bucketSlider->setRange(0, 95);
    m_bucketSlider->setMinimumWidth(220);
    m_bucketSlider->setToolTip(tr("Bucket of the day (drag to replay the day on the canvas)"));
    analysis->addWidget(m_bucketSlider);
    m_timeLabel = new QLabel;
    m_timeLabel->setMinimumWidth(110);
    analysis->addWidget(m_timeLabel);
    analysis->addAction(m_playAction);
    connect(m_bucketEnabled, &QCheckBox::toggled, this, [this] {
        updateBucketLabel();
        scheduleSolve();
    });
    connect(m_bucketSlider, &QSlider::valueChanged, this, [this] {
        updateBucketLabel();
        if (m_bucketEnabled->isChecked())
            scheduleSolve();
    });
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    auto *paletteDock = new QDockWidget(tr("Palette"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    m_palette = new widgets::StationPalette(paletteDock);
    paletteDock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);
    connect(m_palette, &widgets::StationPalette::kindActivated, this, &MainWindow::placeAtCentre);

    auto *propertiesDock = new QDockWidget(tr("Properties"), this);
    propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    m_properties = new widgets::PropertyPanel(m_document, m_undoStack, propertiesDock);
    m_properties->setMinimumWidth(340);
    propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock);

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    auto *history = new QUndoView(m_undoStack, historyDock);
    history->setEmptyLabel(tr("<opened>"));
    historyDock->setWidget(history);
    addDockWidget(Qt::LeftDockWidgetArea, historyDock);
    // Part 2's docks: results (with the day's saturation timeline), workload, profiles, scenarios.
    m_results = new widgets::ResultsDock(this);
    m_results->setObjectName(QStringLiteral("resultsDock"));
    m_results->setDocument(m_document);
    addDockWidget(Qt::BottomDockWidgetArea, m_results);
    connect(m_results, &widgets::ResultsDock::selectionChanged, this, &MainWindow::onResultsSelectionChanged);
    connect(m_results, &widgets::ResultsDock::stationActivated, this, [this](const QString &id) {
        m_scene->selectStations({id});
        if (auto *item = m_scene->stationItem(id))
            m_view->centerOn(item);
    });
    m_timeline = new models::TimelineModel(this);
    m_timeline->setDocument(m_document);
    connect(m_timeline, &models::TimelineModel::timelineChanged, m_results, &widgets::ResultsDock::setTimeline);

    auto addEditorDock = [this](const QString &title, const QString &name, QWidget *widget) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        tabifyDockWidget(m_results, dock);
        return dock;
    };
    m_workload = new widgets::WorkloadEditor;
    m_workload->setDocument(m_document);
    m_workload->setUndoStack(m_undoStack);
    addEditorDock(tr("Workload"), QStringLiteral("workloadDock"), m_workload);
    m_profiles = new widgets::ProfileEditor;
    m_profiles->setDocument(m_document);
    m_profiles->setUndoStack(m_undoStack);
    addEditorDock(tr("Profiles"), QStringLiteral("profilesDock"), m_profiles);
    m_scenarios = new widgets::ScenarioManager;
    m_scenarios->setDocument(m_document);
    m_scenarios->setUndoStack(m_undoStack);
    addEditorDock(tr("Scenarios"), QStringLiteral("scenariosDock"), m_scenarios);
    m_checklist = new widgets::ChecklistPanel;
    m_checklist->setDocument(m_document, m_undoStack);
    addEditorDock(tr("Checklist"), QStringLiteral("checklistDock"), m_checklist);
    connect(m_checklist, &widgets::ChecklistPanel::attachEvidenceRequested, this, &MainWindow::attachEvidence);
    connect(m_checklist, &widgets::ChecklistPanel::removeEvidenceRequested, this, &MainWindow::removeEvidence);
    connect(m_workload, &widgets::WorkloadEditor::classSelected, this, [this](const QString &id) {
        if (id.isEmpty())
            return;
        m_properties->showClass(id);
        m_profiles->selectClass(id);
    });
    createCollabDocks();
    m_results->raise();

    resizeDocks({paletteDock, historyDock}, {520, 200}, Qt::Vertical);
    resizeDocks({paletteDock}, {240}, Qt::Horizontal);
    QTimer::singleShot(0, this, [this] { resizeDocks({m_results}, {240}, Qt::Vertical); });
}

void MainWindow::onResultsSelectionChanged(const QString &scenario, int bucket)
{
    if (m_syncing)
        return;
    const QSignalBlocker a(m_scenarioBox), b(m_bucketEnabled), c(m_bucketSlider);
    m_scenarioBox->setCurrentIndex(std::max(0, m_scenarioBox->findData(scenario)));
    m_bucketEnabled->setChecked(bucket >= 0 && m_bucketEnabled->isEnabled());
    if (bucket >= 0)
        m_bucketSlider->setValue(bucket);
    updateBucketLabel();
    scheduleSolve();
}

void MainWindow::syncResultsDock()
{
    m_syncing = true;
    const QString scenario = m_scenarioBox->currentData().toString();
    m_results->setScenario(scenario.isEmpty() ? core::baselineScenarioId() : scenario);
    m_results->setBucket(m_bucketEnabled->isChecked() ? m_bucketSlider->value() : -1);
    m_syncing = false;
    m_timeline->setScenario(scenario.isEmpty() ? core::baselineScenarioId() : scenario);
}

void MainWindow::fillTemplateMenu()
{
    m_templateMenu->clear();
    const QDir dir(core::templatePath(QStringLiteral("samples")));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json"), QStringLiteral("*.hostreview")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        QString label = fi.completeBaseName();
        label.replace(QLatin1Char('-'), QLatin1Char(' '));
        label[0] = label[0].toUpper();
        QAction *a = m_templateMenu->addAction(label);
        a->setStatusTip(tr("Start a new review from the sample %1").arg(fi.fileName()));
        const QString path = fi.absoluteFilePath();
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                newFromTemplate(path);
        });
    }
    m_templateMenu->setEnabled(!files.isEmpty());
}

// --- documents -----------------------------------------------------------------------------------------

void MainWindow::setReview(const core::Review &review, const QString &path)
{
    m_lock->release();      // the previous file is closed (openFile() takes the new lock)
    m_autosave->discard();  // its unsaved work was saved or discarded by the user
    m_undoStack->clear();
    m_document->setReview(review, path);
    m_undoStack->setClean();
    m_audit->resync();
    setReadOnly(false);
    updateTitle();
    QTimer::singleShot(0, m_view, &widgets::TopologyView::zoomToFit);
}

void MainWindow::updateTitle()
{
    setWindowTitle((m_readOnly ? tr("%1[*] (read-only) — hostreview") : tr("%1[*] — hostreview")).arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

bool MainWindow::openFile(const QString &path)
{
    const core::Result<core::Review> review = core::readReviewFile(path);
    if (!review) {
        core::logger("app.gui")->warn("cannot open {}: {}", path.toStdString(), review.error().toString().toStdString());
        QMessageBox box(QMessageBox::Critical, tr("Cannot open review"),
                        tr("%1 could not be opened.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
        box.setInformativeText(review.error().toString());
        box.setObjectName(QStringLiteral("openErrorDialog"));
        box.exec();
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()), 5000);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    switch (m_lock->decide(absolute, this)) {
    case LockChoice::Cancel:
        statusBar()->showMessage(tr("Not opened: %1 is in use").arg(QFileInfo(path).fileName()), 5000);
        return false;
    case LockChoice::Copy:
        setReview(*review, QString());
        m_undoStack->resetClean(); // a copy is unsaved work until Save As
        statusBar()->showMessage(tr("Opened a copy of %1: Save As keeps it").arg(QFileInfo(path).fileName()), 5000);
        return true;
    case LockChoice::ReadOnly:
        setReview(*review, absolute);
        setReadOnly(true);
        break;
    case LockChoice::Open:
        setReview(*review, absolute);
        m_lock->hold(absolute);
        break;
    }
    addRecentFile(absolute);
    statusBar()->showMessage(tr("Opened %1: %n station(s)", nullptr, int(review->stations.size())).arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::newFromTemplate(const QString &path)
{
    const core::Result<core::Review> review = core::readReviewFile(path);
    if (!review) {
        QMessageBox::critical(this, tr("Cannot read sample"), review.error().toString());
        return false;
    }
    setReview(*review, QString()); // untitled: saving asks where, the sample stays untouched
    statusBar()->showMessage(tr("New review from the sample %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty() || m_readOnly)
        return saveAsDialog();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveTo(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target != m_lock->heldPath()) {
        if (const std::optional<core::LockRecord> holder = m_lock->foreignLock(target)) {
            const auto answer = QMessageBox::warning(
                this, tr("Review in use"),
                tr("%1. Saving now replaces the file under them, and their next save would replace yours. Save anyway?")
                    .arg(core::describeLock(*holder)),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Save)
                return false;
        }
    }
    // A project file keeps the revision (and its snapshot) that a later merge finds as the common base;
    // JSON carries no snapshots, so a JSON export records none.
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        m_document->recordRevision(m_audit->reviewer());
    const core::Result<void> written = core::writeReviewFile(m_document->review(), path);
    if (!written) {
        core::logger("app.gui")->error("cannot save {}: {}", path.toStdString(), written.error().toString().toStdString());
        QMessageBox::critical(this, tr("Cannot save review"), tr("%1 could not be written:\n%2")
                                                                  .arg(QDir::toNativeSeparators(path), written.error().toString()));
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_undoStack->setClean();
    m_lock->hold(target);
    setReadOnly(false);
    m_autosave->discard();
    m_document->setModified(false);
    addRecentFile(QFileInfo(path).absoluteFilePath());
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::saveAsDialog()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir::home().filePath(m_document->review().name.isEmpty() ? tr("review") : m_document->review().name)
            + QStringLiteral(".hostreview");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Review As"), suggested,
                                                      tr("hostreview project (*.hostreview);;Interchange JSON (*.json)"));
    return !path.isEmpty() && saveTo(path);
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Review"), QString(),
                                                      tr("Reviews (*.hostreview *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        m_autosave->discard();
        m_lock->release();
        event->accept();
    } else
        event->ignore();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QLatin1String(RecentKey)).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecent)
        files.removeLast();
    settings.setValue(QLatin1String(RecentKey), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QLatin1String(RecentKey)).toStringList();
    int n = 0;
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// --- export --------------------------------------------------------------------------------------------

void MainWindow::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram as PNG"), QString(), tr("PNG image (*.png)"));
    if (!path.isEmpty())
        exportDiagram(path);
}

void MainWindow::exportSvg()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram as SVG"), QString(), tr("SVG drawing (*.svg)"));
    if (!path.isEmpty())
        exportDiagram(path);
}

bool MainWindow::exportDiagram(const QString &path)
{
    bool written = false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        const QRectF source = m_scene->diagramRect();
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setResolution(96); // sizes are in pixels at this resolution (TOOLCHAIN.md)
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(m_document->review().name);
        svg.setDescription(tr("Topology exported by hostreview"));
        QPainter painter;
        if (painter.begin(&svg)) {
            m_scene->renderDiagram(&painter, QRectF(QPointF(0, 0), source.size()));
            written = painter.end();
        }
    } else {
        written = m_scene->renderImage(2.0).save(path, "PNG");
    }
    if (!written) {
        core::logger("app.gui")->error("cannot export the diagram to {}", path.toStdString());
        QMessageBox::critical(this, tr("Export failed"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

// --- editing -----------------------------------------------------------------------------------------

void MainWindow::copy()
{
    if (QMimeData *mime = m_scene->copySelection()) {
        QGuiApplication::clipboard()->setMimeData(mime);
        statusBar()->showMessage(tr("Copied %n station(s)", nullptr, int(m_scene->selectedStationIds().size())), 3000);
    }
}

void MainWindow::cut()
{
    copy();
    m_scene->deleteSelection();
}

void MainWindow::paste() { m_scene->paste(QGuiApplication::clipboard()->mimeData()); }

void MainWindow::placeAtCentre(const QString &kindId)
{
    m_scene->placeStation(kindId, m_view->mapToScene(m_view->viewport()->rect().center()));
}

void MainWindow::onSelectionChanged()
{
    const QStringList stations = m_scene->selectedStationIds();
    const auto links = m_scene->selectedLinks();
    if (stations.size() == 1 && links.isEmpty())
        m_properties->showStation(stations.constFirst());
    else if (stations.isEmpty() && links.size() == 1)
        m_properties->showLink(links.constFirst().first, links.constFirst().second);
    else if (stations.isEmpty() && links.isEmpty())
        m_properties->showNothing();
    else
        m_properties->showNothing(tr("%n object(s) selected", nullptr, int(stations.size() + links.size())));
}

// --- scenario, time of day, solving ----------------------------------------------------------------------

void MainWindow::reloadScenarios()
{
    const QString current = m_scenarioBox->currentData().toString();
    const QSignalBlocker block(m_scenarioBox);
    m_scenarioBox->clear();
    m_scenarioBox->addItem(tr("Baseline"), core::baselineScenarioId());
    for (const core::Scenario &s : m_document->review().scenarios)
        m_scenarioBox->addItem(s.name.isEmpty() ? s.id : s.name + (s.target ? tr(" (target)") : QString()), s.id);
    m_scenarioBox->setCurrentIndex(std::max(0, m_scenarioBox->findData(current)));
}

void MainWindow::reloadBuckets()
{
    const auto &profiles = m_document->review().profiles;
    int buckets = 96;
    m_bucketMinutes = 15;
    if (!profiles.empty() && !profiles.front().multipliers.empty()) {
        buckets = int(profiles.front().multipliers.size());
        m_bucketMinutes = profiles.front().bucketMinutes;
    }
    m_bucketSlider->setRange(0, buckets - 1);
    m_bucketEnabled->setEnabled(!profiles.empty());
    m_bucketSlider->setEnabled(!profiles.empty());
    m_playAction->setEnabled(!profiles.empty());
    if (profiles.empty())
        m_bucketEnabled->setChecked(false);
    updateBucketLabel();
}

void MainWindow::updateBucketLabel()
{
    if (!m_bucketEnabled->isChecked()) {
        m_timeLabel->setText(tr("whole day"));
        return;
    }
    const int start = m_bucketSlider->value() * m_bucketMinutes;
    const int end = start + m_bucketMinutes;
    auto hm = [](int minutes) {
        return QStringLiteral("%1:%2").arg(minutes / 60 % 24 + (minutes == 1440 ? 24 : 0), 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    m_timeLabel->setText(QStringLiteral("%1–%2").arg(hm(start), hm(end)));
}

void MainWindow::togglePlay(bool play)
{
    if (play)
        m_playTimer.start();
    else
        m_playTimer.stop();
}

void MainWindow::scheduleSolve()
{
    if (!m_solveTimer.isActive())
        m_solveTimer.start();
}

void MainWindow::requestSolve()
{
    core::solver::SolveOptions options;
    options.scenario = m_scenarioBox->currentData().toString();
    if (options.scenario.isEmpty())
        options.scenario = core::baselineScenarioId();
    if (m_bucketEnabled->isChecked())
        options.bucket = m_bucketSlider->value();
    options.knee = m_settings.knee;
    syncResultsDock();
    if (m_document->review().stations.empty() || m_document->review().classes.empty()) {
        m_lastResult.reset();
        m_lastError = tr("no stations or no workload classes yet");
        m_scene->setResult(std::nullopt);
        m_results->setError(m_lastError);
        m_solveLabel->setText(tr("Not solved: %1").arg(m_lastError));
        return;
    }
    m_solver->request(m_document->review(), options);
}

bool MainWindow::solveNow(int timeoutMs)
{
    m_solveTimer.stop();
    requestSolve();
    return m_solver->waitUntilIdle(timeoutMs);
}

void MainWindow::onSolved(const core::solver::SolveResult &result, double elapsedMs)
{
    m_lastResult = result;
    m_lastError.clear();
    m_scene->setResult(result);
    m_results->setResult(m_document->review(), result);
    QString text = tr("Solved in %1 ms").arg(QLocale().toString(elapsedMs, 'f', elapsedMs < 10 ? 2 : 0));
    if (!result.bottleneck.isEmpty()) {
        const core::solver::StationResult *b = nullptr;
        for (const auto &s : result.stations)
            if (s.id == result.bottleneck)
                b = &s;
        if (b)
            text += tr(" · bottleneck %1 at %2%").arg(result.bottleneck).arg(b->utilization * 100, 0, 'f', 0);
    }
    if (result.headroom)
        text += tr(" · headroom ×%1").arg(QLocale().toString(*result.headroom, 'f', 2));
    if (result.approximate)
        text += tr(" · approximate");
    m_solveLabel->setText(text);
}

void MainWindow::onSolveFailed(const QString &message)
{
    m_lastResult.reset();
    m_lastError = message;
    m_scene->setResult(std::nullopt);
    m_results->setError(message);
    m_solveLabel->setText(tr("Not solved: %1").arg(message));
    m_solveLabel->setToolTip(message);
}

// --- settings and about ------------------------------------------------------------------------------

void MainWindow::exportFindingsCsv()
{
    const auto found = core::findings::evaluateWithShippedTemplates(m_document->review(), m_settings.knee);
    if (!found) {
        QMessageBox::warning(this, tr("Export findings"),
                             tr("The findings cannot be computed: %1").arg(found.error().toString()));
        return;
    }
    const QFileInfo doc(m_document->filePath());
    const QString suggested = doc.fileName().isEmpty()
                                  ? QDir::home().filePath(QStringLiteral("findings.csv"))
                                  : doc.dir().filePath(doc.completeBaseName() + QStringLiteral("-findings.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export findings as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    const QByteArray csv = core::findings::findingsToCsv(found->findings).toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
        QMessageBox::warning(this, tr("Export findings"),
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Wrote %n finding(s) to %1", nullptr, int(found->findings.size()))
                                 .arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::attachEvidence(const QString &itemId)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach evidence to %1").arg(itemId));
    if (path.isEmpty())
        return;
    // Evidence is stored, never opened: read the bytes only, within the project file's limit.
    QFile file(path);
    if (QFileInfo(path).size() > core::kMaxEvidenceBytes) {
        QMessageBox::warning(this, tr("Attach evidence"),
                             tr("%1 is larger than 64 MiB; attach a smaller extract or a reference instead.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Attach evidence"),
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    core::EvidenceFile evidence;
    evidence.id = m_document->uniqueEvidenceId();
    evidence.fileName = QFileInfo(path).fileName();
    evidence.data = file.readAll();
    evidence.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(evidence.fileName, evidence.data).name();
    evidence.addedAt = QDateTime::currentDateTimeUtc();
    evidence.addedBy = m_settings.reviewerName;
    m_undoStack->push(new commands::AttachEvidenceCommand(m_document, itemId, evidence, m_settings.reviewerName));
    statusBar()->showMessage(tr("Attached %1 to %2").arg(evidence.fileName, itemId), 4000);
}

void MainWindow::removeEvidence(const QString &itemId, const QString &evidenceId)
{
    m_undoStack->push(new commands::RemoveEvidenceCommand(m_document, itemId, evidenceId));
}

void MainWindow::applySettings()
{
    m_checklist->setReviewerName(m_settings.reviewerName);
    m_results->model()->setTimesInSeconds(m_settings.timeUnit == QLatin1String("s"));
    m_scene->setKnee(m_settings.knee);
    m_results->setKnee(m_settings.knee);
    m_timeline->setKnee(m_settings.knee);
    m_scene->setSnapToGrid(m_settings.snapToGrid);
    m_snapAction->setChecked(m_settings.snapToGrid);
    const QString reviewer = m_settings.reviewerName.isEmpty() ? core::defaultReviewerName() : m_settings.reviewerName;
    m_audit->setReviewer(reviewer);
    m_lock->setReviewer(reviewer);
    m_autosave->setReviewer(reviewer);
    m_autosave->setIntervalMinutes(m_settings.autosaveMinutes);
    m_comments->setAuthor(reviewer);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    m_settings.save();
    applySettings();
    scheduleSolve();
}

void MainWindow::showAbout()
{
    const QString boost = QStringLiteral("%1.%2.%3").arg(BOOST_VERSION / 100000).arg(BOOST_VERSION / 100 % 1000).arg(BOOST_VERSION % 100);
    const QString spdlog = QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
    QMessageBox::about(this, tr("About hostreview"),
                       tr("<h3>hostreview %1</h3>"
                          "<p>Odoo Hosting Review Workbench: a queueing model of the service topology, "
                          "checklists and a PDF report for consultants reviewing Odoo hosting stacks.</p>"
                          "<p>Built with Qt %2 (running on %3), Boost %4 (Boost.Graph) and spdlog %5.</p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                boost, spdlog));
}

// --- sharing: read-only mode, comments, audit log, compare and merge, recovery (issue 7) ----------------

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_saveAction->setEnabled(!readOnly);
    m_saveAction->setToolTip(readOnly ? tr("Someone else has this file open: use Save As") : tr("Save the review"));
    updateTitle();
}

void MainWindow::createCollabDocks()
{
    auto *commentsDock = new QDockWidget(tr("Comments"), this);
    commentsDock->setObjectName(QStringLiteral("commentsDock"));
    m_comments = new widgets::CommentsDock(commentsDock);
    m_comments->setDocument(m_document, m_undoStack);
    commentsDock->setWidget(m_comments);
    addDockWidget(Qt::BottomDockWidgetArea, commentsDock);
    tabifyDockWidget(m_results, commentsDock);
    connect(m_comments, &widgets::CommentsDock::targetActivated, this, &MainWindow::showCommentTarget);

    auto *auditDock = new QDockWidget(tr("Audit Log"), this);
    auditDock->setObjectName(QStringLiteral("auditDock"));
    m_auditLog = new widgets::AuditLogView(auditDock);
    m_auditLog->setDocument(m_document);
    auditDock->setWidget(m_auditLog);
    addDockWidget(Qt::BottomDockWidgetArea, auditDock);
    tabifyDockWidget(m_results, auditDock);

    m_checklist->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_checklist->view(), &QWidget::customContextMenuRequested, this, &MainWindow::showChecklistMenu);
}

void MainWindow::startComment(const QString &kind, const QString &id)
{
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("commentsDock"))) {
        dock->show();
        dock->raise();
    }
    m_comments->startComment(kind, id);
}

void MainWindow::showCanvasMenu(const QPoint &pos)
{
    QString stationId;
    for (QGraphicsItem *item = m_view->itemAt(pos); item && stationId.isEmpty(); item = item->parentItem())
        if (auto *station = dynamic_cast<widgets::StationItem *>(item))
            stationId = station->id();
    QMenu menu(this);
    if (!stationId.isEmpty()) {
        menu.addAction(tr("Add &Comment on %1…").arg(stationId), this,
                       [this, stationId] { startComment(core::commentTargets::station(), stationId); });
        menu.addSeparator();
    }
    menu.addAction(m_cutAction);
    menu.addAction(m_copyAction);
    menu.addAction(m_pasteAction);
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::showChecklistMenu(const QPoint &pos)
{
    const QString itemId = m_checklist->view()->indexAt(pos).data(models::ChecklistTreeModel::ItemIdRole).toString();
    if (itemId.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Add &Comment on %1…").arg(itemId), this,
                   [this, itemId] { startComment(core::commentTargets::checklistItem(), itemId); });
    menu.exec(m_checklist->view()->viewport()->mapToGlobal(pos));
}

void MainWindow::showCommentTarget(const QString &kind, const QString &id)
{
    auto raiseDock = [this](const char *name) {
        if (auto *dock = findChild<QDockWidget *>(QLatin1String(name))) {
            dock->show();
            dock->raise();
        }
    };
    if (kind == core::commentTargets::station() && m_document->review().station(id)) {
        m_scene->selectStations({id});
        if (auto *item = m_scene->stationItem(id))
            m_view->centerOn(item);
    } else if (kind == core::commentTargets::workloadClass() && m_document->review().workloadClass(id)) {
        raiseDock("workloadDock");
        m_workload->selectClass(id);
        m_properties->showClass(id);
    } else if (kind == core::commentTargets::checklistItem()) {
        raiseDock("checklistDock");
        m_checklist->selectItem(id);
    } else {
        statusBar()->showMessage(tr("%1 is not in the review any more").arg(kind + QLatin1Char(' ') + id), 5000);
    }
}

void MainWindow::offerRecovery()
{
    std::vector<core::RecoveryEntry> orphans = core::orphanedRecoveries(m_autosave->recoveryDir(), core::currentHostName());
    if (orphans.empty())
        return;
    AutosaveRecoveryDialog dialog(std::move(orphans), this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen() && maybeSave())
        recover(*dialog.chosen());
}

bool MainWindow::recover(const core::RecoveryEntry &entry)
{
    const core::Result<core::Review> review = core::loadProject(entry.projectPath);
    if (!review) {
        core::logger("app.gui")->warn("cannot recover {}: {}", entry.projectPath.toStdString(), review.error().toString().toStdString());
        QMessageBox::critical(this, tr("Cannot recover"), review.error().toString());
        return false;
    }
    const QString original = entry.info.originalPath;
    const LockChoice choice = original.isEmpty() ? LockChoice::Open : m_lock->decide(original, this);
    if (choice == LockChoice::Cancel)
        return false;
    setReview(*review, choice == LockChoice::Copy ? QString() : original);
    if (choice == LockChoice::ReadOnly)
        setReadOnly(true);
    else if (choice == LockChoice::Open && !original.isEmpty())
        m_lock->hold(original);
    m_undoStack->resetClean(); // recovered work is unsaved until Save writes it back
    m_autosave->adopt(entry);
    statusBar()->showMessage(tr("Recovered %1 as autosaved %2").arg(m_document->displayName(),
                                                                    QLocale().toString(entry.info.savedAt.toLocalTime(), QLocale::ShortFormat)),
                             8000);
    return true;
}

void MainWindow::compareDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with"), QFileInfo(m_document->filePath()).absolutePath(),
                                                      tr("Reviews (*.hostreview *.json);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

void MainWindow::mergeDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Merge with"), QFileInfo(m_document->filePath()).absolutePath(),
                                                      tr("Reviews (*.hostreview *.json);;All files (*)"));
    if (!path.isEmpty())
        mergeWith(path);
}

bool MainWindow::compareWith(const QString &path)
{
    const core::Result<core::Review> other = core::readReviewFile(path);
    if (!other) {
        QMessageBox::warning(this, tr("Compare"), tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), other.error().toString()));
        return false;
    }
    widgets::MergeDialog dialog(core::diffReviews(m_document->review(), *other), m_document->displayName(),
                                QFileInfo(path).fileName(), this);
    dialog.exec();
    return true;
}

bool MainWindow::mergeWith(const QString &path, const QString &basePath)
{
    const core::Result<core::Review> theirs = core::readReviewFile(path);
    if (!theirs) {
        QMessageBox::warning(this, tr("Merge"), tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), theirs.error().toString()));
        return false;
    }
    core::Review base;
    QString baseName;
    if (basePath.isEmpty()) {
        const core::Result<core::Revision> ancestor = core::commonAncestor(m_document->review(), *theirs);
        const core::Result<core::Review> snapshot = ancestor ? core::snapshotReview(*ancestor) : core::Result<core::Review>(ancestor.error());
        if (!snapshot) {
            // Two files that never shared a saved revision (or whose shared one is too old): ask for the base.
            const auto answer = QMessageBox::question(
                this, tr("Merge"),
                tr("The two reviews share no saved revision to merge from (%1). Choose the file both copies started from?")
                    .arg(snapshot.error().toString()),
                QMessageBox::Open | QMessageBox::Cancel);
            if (answer != QMessageBox::Open)
                return false;
            const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose the common base"), QFileInfo(path).absolutePath(),
                                                                tr("Reviews (*.hostreview *.json);;All files (*)"));
            return !chosen.isEmpty() && mergeWith(path, chosen);
        }
        base = *snapshot;
        baseName = tr("the revision saved by %1 on %2").arg(ancestor->who, QLocale().toString(ancestor->when.toLocalTime(), QLocale::ShortFormat));
    } else {
        const core::Result<core::Review> chosen = core::readReviewFile(basePath);
        if (!chosen) {
            QMessageBox::warning(this, tr("Merge"), tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(basePath), chosen.error().toString()));
            return false;
        }
        base = *chosen;
        baseName = QFileInfo(basePath).fileName();
    }
    core::Result<core::MergeResult> result = core::mergeReviews(base, m_document->review(), *theirs);
    if (!result) {
        QMessageBox::warning(this, tr("Merge"), tr("The reviews cannot be merged: %1").arg(result.error().toString()));
        return false;
    }
    if (result->applied.isEmpty() && result->conflicts.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to merge: %1 has no changes this review lacks").arg(QFileInfo(path).fileName()), 6000);
        return true;
    }
    widgets::MergeDialog dialog(std::move(*result), m_document->displayName(), QFileInfo(path).fileName(), baseName, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.mergedReview())
        return false;
    m_undoStack->push(new widgets::ApplyMergeCommand(m_document, *dialog.mergedReview(), QFileInfo(path).fileName(),
                                                         theirs->revisionId));
    statusBar()->showMessage(tr("Merged %1 (Undo takes it back)").arg(QFileInfo(path).fileName()), 6000);
    return true;
}

} // namespace hostreview::app
