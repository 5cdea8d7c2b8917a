#pragma once

#include "appsettings.h"

#include "core/solver/solver.h"
#include "core/storage/recovery.h"

#include <QMainWindow>
#include <QTimer>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QSlider;
class QUndoStack;

namespace hostreview::core {
class ReviewDocument;
}
namespace hostreview::models {
class TimelineModel;
}
namespace hostreview::widgets {
class ProfileEditor;
class PropertyPanel;
class ResultsDock;
class ScenarioManager;
class ChecklistPanel;
class WorkloadEditor;
class StationPalette;
class TopologyScene;
class TopologyView;
class CommentsDock;
class AuditLogView;
} // namespace hostreview::widgets
namespace hostreview::commands {
class AuditRecorder;
}

namespace hostreview::app {

class SolverRunner;
class ImportController;
class AutosaveController;
class LockController;

/**
 * The workbench window: the topology canvas in the centre, the palette and the property panel in
 * docks, a scenario selector and a time-of-day slider in the toolbar. Owns one ReviewDocument and its
 * QUndoStack; re-solves after every edit (off the GUI thread, latest edit wins) and shows the result
 * on the canvas. File writing (save, export) happens here, not in the widgets.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a project file or interchange JSON; shows an error dialog and keeps the current document on failure. */
    bool openFile(const QString &path);
    /** Starts a new untitled review from a sample (`templates/samples/…`); false when it cannot be read. */
    bool newFromTemplate(const QString &path);
    /** Saves to the current file (asks for one when untitled); false when cancelled or failed. */
    bool save();
    /** Saves to `path` and makes it the document's file. */
    bool saveTo(const QString &path);
    /** Writes the diagram to `path`: SVG when the name ends in .svg, PNG otherwise; false on failure. */
    bool exportDiagram(const QString &path);

    core::ReviewDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    widgets::TopologyScene *scene() const { return m_scene; }
    widgets::TopologyView *view() const { return m_view; }
    widgets::StationPalette *palette() const { return m_palette; }
    widgets::PropertyPanel *propertyPanel() const { return m_properties; }
    widgets::ResultsDock *resultsDock() const { return m_results; }
    SolverRunner *solver() const { return m_solver; }
    QComboBox *scenarioSelector() const { return m_scenarioBox; }
    QSlider *bucketSlider() const { return m_bucketSlider; }
    QCheckBox *bucketEnabled() const { return m_bucketEnabled; }
    /** Returns the figures shown now (nullopt when the model could not be solved). */
    const std::optional<core::solver::SolveResult> &lastResult() const { return m_lastResult; }
    /** Returns why the last solve failed (empty when it succeeded). */
    QString lastSolveError() const { return m_lastError; }
    /** Re-solves at once and waits for the answer (tests and --screenshot). */
    bool solveNow(int timeoutMs = 10000);

    // --- sharing (issue 7): autosave and recovery, the lock record, comments, audit log, merge ---
    /** Offers the autosaves of programs that ended without saving (main() calls it once at start). */
    void offerRecovery();
    /** Opens an autosave: its review with its original path (Save writes it back), marked modified. */
    bool recover(const core::RecoveryEntry &entry);
    /** File ▸ Compare with…: lists the differences from the open review to the review in `path`. */
    bool compareWith(const QString &path);
    /**
     * File ▸ Merge with…: merges the review in `path` into the open one, with `basePath` as the common
     * base (empty: the newest saved revision both share; when there is none the user picks a base file).
     */
    bool mergeWith(const QString &path, const QString &basePath = {});
    /** Returns true when the file is open read-only (someone else has it open): Save is disabled. */
    bool isReadOnly() const { return m_readOnly; }
    AutosaveController *autosave() const { return m_autosave; }
    LockController *lock() const { return m_lock; }
    widgets::CommentsDock *commentsDock() const { return m_comments; }
    widgets::AuditLogView *auditLog() const { return m_auditLog; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void updateTitle();
    bool maybeSave();
    void setReview(const core::Review &review, const QString &path);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void fillTemplateMenu();
    void reloadScenarios();
    void reloadBuckets();
    void updateBucketLabel();
    void scheduleSolve();
    void requestSolve();
    void onSolved(const core::solver::SolveResult &result, double elapsedMs);
    void onSolveFailed(const QString &message);
    void onSelectionChanged();
    void applySettings();

    void openDialog();
    bool saveAsDialog();
    void exportPng();
    void exportSvg();
    void copy();
    void cut();
    void paste();
    void placeAtCentre(const QString &kindId);
    void showSettings();
    void showAbout();
    void togglePlay(bool play);
    void syncResultsDock();
    void onResultsSelectionChanged(const QString &scenario, int bucket);
    void exportFindingsCsv();
    void attachEvidence(const QString &itemId);
    void removeEvidence(const QString &itemId, const QString &evidenceId);
    void setReadOnly(bool readOnly);
    void createCollabDocks();
    void showCanvasMenu(const QPoint &pos);
    void showChecklistMenu(const QPoint &pos);
    void showCommentTarget(const QString &kind, const QString &id);
    void startComment(const QString &kind, const QString &id);
    void compareDialog();
    void mergeDialog();

    core::ReviewDocument *m_document;
    QUndoStack *m_undoStack;
    widgets::TopologyScene *m_scene;
    widgets::TopologyView *m_view;
    widgets::StationPalette *m_palette = nullptr;
    widgets::PropertyPanel *m_properties = nullptr;
    widgets::ResultsDock *m_results = nullptr;
    widgets::WorkloadEditor *m_workload = nullptr;
    widgets::ProfileEditor *m_profiles = nullptr;
    widgets::ScenarioManager *m_scenarios = nullptr;
    widgets::ChecklistPanel *m_checklist = nullptr;
    models::TimelineModel *m_timeline = nullptr;
    bool m_syncing = false;
    SolverRunner *m_solver;
    AppSettings m_settings;

    QComboBox *m_scenarioBox = nullptr;
    QCheckBox *m_bucketEnabled = nullptr;
    QSlider *m_bucketSlider = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_solveLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QTimer m_solveTimer;
    QTimer m_playTimer;
    std::optional<core::solver::SolveResult> m_lastResult;
    QString m_lastError;
    int m_bucketMinutes = 15;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_templateMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_saveAction = nullptr, *m_saveAsAction = nullptr;
    QAction *m_exportPngAction = nullptr, *m_exportSvgAction = nullptr, *m_quitAction = nullptr;
    QAction *m_exportReportAction = nullptr, *m_importAction = nullptr, *m_exportFindingsAction = nullptr;
    ImportController *m_import = nullptr;
    AutosaveController *m_autosave = nullptr;
    LockController *m_lock = nullptr;
    commands::AuditRecorder *m_audit = nullptr;
    widgets::CommentsDock *m_comments = nullptr;
    widgets::AuditLogView *m_auditLog = nullptr;
    QAction *m_compareAction = nullptr, *m_mergeAction = nullptr;
    bool m_readOnly = false;
    QAction *m_undoAction = nullptr, *m_redoAction = nullptr, *m_cutAction = nullptr, *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr, *m_deleteAction = nullptr, *m_selectAllAction = nullptr;
    QAction *m_zoomInAction = nullptr, *m_zoomOutAction = nullptr, *m_zoomFitAction = nullptr, *m_zoomResetAction = nullptr;
    QAction *m_layoutAction = nullptr, *m_snapAction = nullptr, *m_legendAction = nullptr, *m_playAction = nullptr;
    QAction *m_settingsAction = nullptr, *m_aboutAction = nullptr;
};

} // namespace hostreview::app
