#pragma once

#include "core/document/reviewdocument.h"
#include "core/import/importresult.h"
#include "widgets/import/importdialog.h"
#include "widgets/import/ruleseditordialog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;
class QWidget;

namespace hostreview::app {

/**
 * File → Import measurements: shows the ImportDialog, asks for the files (QFileDialog, or an
 * injected chooser), runs core::import::importLogs() on a worker thread with its progress marshalled
 * to the dialog through queued calls, shows the summary (applyImport on a copy of the review) and,
 * on Apply, pushes one ApplyImportCommand. Cancel sets an atomic flag the progress callback reads;
 * a cancelled or failed import, or Discard, leaves the document untouched.
 */
class ImportController : public QObject {
    Q_OBJECT
public:
    /** Where the import is. */
    enum class State { Idle, Setup, Running, Summary, Failed, Cancelled };

    ImportController(QWidget *parentWindow, core::ReviewDocument *doc, QUndoStack *stack);
    ~ImportController() override;

    /** Replaces the file dialog (tests, scripted runs): returns the files to add, empty for none. */
    void setFileChooser(std::function<QStringList()> chooser);
    /**
     * Test seam: called on the worker thread at each progress report, before the cancel flag is read
     * (a test blocks here to press Cancel at a known point). Not for shipped code paths.
     */
    void setWorkerProgressHook(std::function<void(qint64 done, qint64 total)> hook);

    /** Returns the dialog while it is open, else nullptr. */
    widgets::ImportDialog *dialog() const { return m_dialog; }
    /** Returns the classification-rule editor while it is open, else nullptr. */
    widgets::RulesEditorDialog *rulesEditor() const { return m_rulesEditor; }
    /**
     * Saves `rules` as the project's classification rules in one undoable step; false (and nothing
     * pushed) when the project holds exactly these rules already. A summary computed with the old
     * rules is dropped: the dialog goes back to its setup page to import again.
     */
    bool saveRules(const std::vector<core::import::ClassificationRule> &rules);
    State state() const { return m_state; }
    /** Returns the last import's error message (empty after a success). */
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    /** Opens the dialog (or raises it when it is open already). */
    void start();
    /**
     * Opens the classification-rule editor on the project's rules (Edit → Classification Rules…, or
     * the import dialog's Rules… button, where it previews the rules on the summary's unclassified
     * paths). OK saves through saveRules().
     */
    void editRules();

Q_SIGNALS:
    /** The import succeeded and its summary is shown. */
    void summaryShown();
    /** The import failed (binary or truncated file, no requests, …); the project is unchanged. */
    void importFailed(const QString &message);
    /** The import was cancelled; the project is unchanged. */
    void importCancelled();
    /** Apply pushed the import's command on the stack. */
    void applied();
    /** The dialog closed (after Apply, Discard or Close). */
    void finished();
    /** The classification rules were saved in the project (one undoable step). */
    void rulesSaved();

private:
    void chooseFiles();
    void runImport();
    void cancelImport();
    void applyImport();
    void onDialogClosed();
    void onWorkerDone(quint64 run, bool cancelled, const QString &error,
                      const std::shared_ptr<const core::import::ImportResult> &result);

    QPointer<QWidget> m_parentWindow;
    QPointer<core::ReviewDocument> m_document;
    QPointer<QUndoStack> m_stack;
    QPointer<widgets::ImportDialog> m_dialog;
    QPointer<widgets::RulesEditorDialog> m_rulesEditor;
    std::function<QStringList()> m_fileChooser;
    std::function<void(qint64, qint64)> m_progressHook;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel; ///< of the running import
    quint64 m_run = 0;                           ///< number of the latest import; older answers are dropped
    State m_state = State::Idle;
    QString m_lastError;
    std::shared_ptr<const core::import::ImportResult> m_result;
    core::Review m_before; ///< the review the summary was computed from
    QString m_lastDir;
};

} // namespace hostreview::app
