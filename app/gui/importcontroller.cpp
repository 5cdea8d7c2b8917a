#include "importcontroller.h"

#include "core/commands/importcommand.h"
#include "core/import/applyimport.h"
#include "core/import/classificationrules.h"
#include "core/import/logimport.h"
#include "core/log.h"
#include "widgets/import/importdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QJsonValue>
#include <QMetaObject>
#include <QRunnable>
#include <QUndoStack>
#include <QWidget>

#include <exception>

namespace hostreview::app {

namespace imp = core::import;

ImportController::ImportController(QWidget *parentWindow, core::ReviewDocument *doc, QUndoStack *stack)
    : QObject(parentWindow), m_parentWindow(parentWindow), m_document(doc), m_stack(stack)
{
    m_pool.setMaxThreadCount(1);
}

ImportController::~ImportController()
{
    // The worker posts its answer to this object: stop it and wait before the object goes away.
    if (m_cancel)
        m_cancel->store(true);
    m_pool.clear();
    m_pool.waitForDone();
    if (m_dialog)
        delete m_dialog.data();
}

void ImportController::setFileChooser(std::function<QStringList()> chooser) { m_fileChooser = std::move(chooser); }

void ImportController::setWorkerProgressHook(std::function<void(qint64, qint64)> hook) { m_progressHook = std::move(hook); }

void ImportController::start()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    HR_ASSERT(m_document && m_stack, return);
    auto *dialog = new widgets::ImportDialog(m_parentWindow);
    m_dialog = dialog;
    // Profiles of one document share their bucket length: offer the project's first.
    if (!m_document->review().profiles.empty())
        dialog->setBucketMinutes(m_document->review().profiles.front().bucketMinutes);
    connect(dialog, &widgets::ImportDialog::chooseFilesRequested, this, &ImportController::chooseFiles);
    connect(dialog, &widgets::ImportDialog::importRequested, this, &ImportController::runImport);
    connect(dialog, &widgets::ImportDialog::cancelRequested, this, &ImportController::cancelImport);
    connect(dialog, &widgets::ImportDialog::applyRequested, this, &ImportController::applyImport);
    connect(dialog, &widgets::ImportDialog::rulesRequested, this, &ImportController::editRules);
    connect(dialog, &QDialog::finished, this, &ImportController::onDialogClosed);
    m_state = State::Setup;
    m_lastError.clear();
    dialog->open();
}

void ImportController::editRules()
{
    if (m_rulesEditor && m_rulesEditor->isVisible()) {
        m_rulesEditor->raise();
        m_rulesEditor->activateWindow();
        return;
    }
    HR_ASSERT(m_document && m_stack, return);
    QWidget *parent = m_dialog ? static_cast<QWidget *>(m_dialog.data()) : m_parentWindow.data();
    auto *editor = new widgets::RulesEditorDialog(parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_rulesEditor = editor;
    const core::Result<std::vector<imp::ClassificationRule>> rules = imp::rulesFromReview(m_document->review());
    if (rules) {
        editor->setRules(*rules);
    } else {
        editor->setRules(imp::defaultClassificationRules());
        editor->setNotice(tr("The rules saved in the project cannot be used, so the defaults for Odoo are shown; "
                             "OK replaces the saved rules. %1")
                              .arg(rules.error().toString()));
    }
    if (m_state == State::Summary && m_result && !m_result->topUnclassified.empty()) {
        std::vector<models::ClassificationRulesModel::SampleRequest> samples;
        for (const auto &[path, count] : m_result->topUnclassified)
            samples.push_back({QString(), path, QString(), count});
        editor->setSamples(std::move(samples), tr("the most frequent paths this import left unclassified"));
    }
    connect(editor, &QDialog::accepted, this, [this, editor] { saveRules(editor->rules()); });
    editor->open();
}

bool ImportController::saveRules(const std::vector<imp::ClassificationRule> &rules)
{
    HR_ASSERT(m_document && m_stack, return false);
    const QJsonValue after = imp::rulesToJson(rules);
    if (m_document->review().extra.value(imp::classificationRulesKey()) == after)
        return false;
    auto *command = new commands::SetExtraValueCommand(m_document, imp::classificationRulesKey(), after);
    command->setText(tr("Edit classification rules"));
    m_stack->push(command);
    core::logger("app.import")->info("saved {} classification rule(s)", rules.size());
    if (m_dialog && m_state != State::Running && m_state != State::Setup) {
        // The summary (and the rules Apply would save with it) came from the old rules.
        m_result.reset();
        m_state = State::Setup;
        m_dialog->showSetup(tr("The classification rules changed: import the files again to count the requests "
                               "with them."));
    }
    Q_EMIT rulesSaved();
    return true;
}

void ImportController::chooseFiles()
{
    if (!m_dialog)
        return;
    const QStringList files = m_fileChooser
                                  ? m_fileChooser()
                                  : QFileDialog::getOpenFileNames(m_dialog, tr("Choose measurement files"), m_lastDir,
                                                                  tr("Logs and exports (*.log *.json *.csv *.txt);;"
                                                                     "All files (*)"));
    if (files.isEmpty())
        return;
    m_lastDir = QFileInfo(files.first()).absolutePath();
    m_dialog->addFiles(files);
}

void ImportController::runImport()
{
    if (!m_dialog || !m_document || m_state == State::Running)
        return;
    core::Result<imp::ImportOptions> options = m_dialog->options();
    if (!options) {
        m_dialog->showError(options.error().toString());
        return;
    }
    const core::Result<std::vector<imp::ClassificationRule>> rules = imp::rulesFromReview(m_document->review());
    if (!rules) {
        m_lastError = rules.error().toString();
        m_state = State::Failed;
        m_dialog->showError(m_lastError);
        Q_EMIT importFailed(m_lastError);
        return;
    }
    options->rules = *rules;
    m_before = m_document->review();
    m_result.reset();
    m_lastError.clear();

    const quint64 run = ++m_run;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const auto hook = m_progressHook;
    options->progress = [this, run, cancel, hook](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [this, run, done, total] {
                if (run == m_run && m_dialog && m_state == State::Running)
                    m_dialog->setProgress(done, total);
            },
            Qt::QueuedConnection);
        if (hook)
            hook(done, total);
        return !cancel->load();
    };
    const QStringList files = m_dialog->files();
    m_state = State::Running;
    m_dialog->showProgress();
    core::logger("app.import")->info("importing {} file(s)", files.size());

    m_pool.start(QRunnable::create([this, run, cancel, files, options = std::move(*options)] {
        std::shared_ptr<const imp::ImportResult> result;
        QString error;
        try {
            core::Result<imp::ImportResult> r = imp::importLogs(files, options);
            if (r)
                result = std::make_shared<const imp::ImportResult>(std::move(*r));
            else
                error = r.error().toString();
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        const bool cancelled = cancel->load();
        QMetaObject::invokeMethod(
            this, [this, run, cancelled, error, result] { onWorkerDone(run, cancelled, error, result); },
            Qt::QueuedConnection);
    }));
}

void ImportController::cancelImport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportController::onWorkerDone(quint64 run, bool cancelled, const QString &error,
                                    const std::shared_ptr<const imp::ImportResult> &result)
{
    if (run != m_run || m_state != State::Running || !m_dialog || !m_document)
        return; // the dialog was closed, or a newer import runs
    m_cancel.reset();
    if (cancelled) {
        // Even an import that finished before it saw the flag is dropped: the user asked to stop.
        m_state = State::Cancelled;
        core::logger("app.import")->info("import cancelled");
        m_dialog->showCancelled();
        Q_EMIT importCancelled();
        return;
    }
    if (!result) {
        m_state = State::Failed;
        m_lastError = error;
        core::logger("app.import")->warn("import failed: {}", error.toStdString());
        m_dialog->showError(error);
        Q_EMIT importFailed(error);
        return;
    }
    m_result = result;
    m_before = m_document->review();
    QStringList notes;
    const core::Review after = imp::applyImport(m_before, *m_result, &notes);
    m_state = State::Summary;
    core::logger("app.import")->info("import read {} lines, {} requests in {:.2f} s", m_result->linesRead,
                                     m_result->requests, m_result->elapsedSeconds);
    m_dialog->showSummary(*m_result, m_before, after, notes);
    Q_EMIT summaryShown();
}

void ImportController::applyImport()
{
    if (m_state != State::Summary || !m_result || !m_document || !m_dialog)
        return;
    HR_ASSERT(m_stack, return);
    // Apply to the review as it is now (the dialog is window-modal, so it normally equals the summary's).
    const core::Review after = imp::applyImport(m_document->review(), *m_result, nullptr);
    QStringList names;
    for (const imp::FileSummary &f : m_result->files)
        names << QFileInfo(f.path).fileName();
    auto *command = new commands::ApplyImportCommand(m_document, after, tr("Import measurements from %1")
                                                                            .arg(names.join(QStringLiteral(", "))));
    if (command->isEmpty()) {
        delete command;
    } else {
        m_stack->push(command);
        core::logger("app.import")->info("applied measurements of {} class(es)", m_result->classes.size());
    }
    m_result.reset();
    Q_EMIT applied();
    m_dialog->accept();
}

void ImportController::onDialogClosed()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_run; // an answer still on its way is dropped
    m_result.reset();
    m_state = State::Idle;
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = nullptr;
    Q_EMIT finished();
}

} // namespace hostreview::app
