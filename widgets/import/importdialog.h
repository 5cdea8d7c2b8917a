#pragma once

#include "core/import/importresult.h"
#include "core/import/logimport.h"
#include "core/model/review.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace hostreview::widgets {

/**
 * File → Import measurements: three pages in one dialog.
 * 1. Setup: the log files, their format (auto, traefik-json, traefik-clf, odoo, pgss, csv), the bucket
 *    length, the business-day time zone and, for generic CSV, the column mapping.
 * 2. Progress: a bar over the bytes read and a Cancel button.
 * 3. Summary: lines read, requests classified per class, unclassified (top paths), malformed lines
 *    with the first line numbers, the peak bucket, per-class arrival rate and demands before → after,
 *    confidence notes; or the error that stopped the import. Apply / Discard.
 *
 * The dialog does no file I/O and runs nothing: it asks through signals (chooseFilesRequested,
 * importRequested, cancelRequested, applyRequested, discardRequested) and is told what to show
 * (addFiles, showProgress, setProgress, showSummary, showError, showCancelled). The app's
 * ImportController does the rest.
 */
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    /** The pages, in order. */
    enum class Page { Setup, Progress, Summary };

    explicit ImportDialog(QWidget *parent = nullptr);

    /** Returns the files to import, in the order chosen. */
    QStringList files() const;
    /** Appends `files` that are not in the list yet. */
    void addFiles(const QStringList &files);
    /** Replaces the file list. */
    void setFiles(const QStringList &files);

    core::import::LogFormat format() const;
    void setFormat(core::import::LogFormat format);
    int bucketMinutes() const;
    /** Selects `minutes` (added to the choices when it divides a day and is not offered yet). */
    void setBucketMinutes(int minutes);
    /** Returns the IANA id typed or chosen ("Europe/Berlin", "UTC"). */
    QString timeZoneId() const;
    void setTimeZoneId(const QString &id);
    /** Returns the column mapping of a generic CSV log as the fields show it. */
    core::import::CsvMapping csvMapping() const;

    /**
     * Returns the import options the setup page describes (format, bucket, time zone, CSV mapping;
     * no rules and no progress callback), or an error naming the field that is not usable.
     */
    core::Result<core::import::ImportOptions> options() const;

    Page page() const;

    /** Shows the progress page at 0 %. */
    void showProgress();
    /** Moves the bar: `done` of `total` bytes. */
    void setProgress(qint64 done, qint64 total);
    /**
     * Shows the summary of a successful import: `before` is the review now, `after` what Apply makes
     * of it (applyImport on a copy), `applyNotes` what applying changed or skipped.
     */
    void showSummary(const core::import::ImportResult &result, const core::Review &before, const core::Review &after,
                     const QStringList &applyNotes);
    /** Shows why the import failed on the summary page; Apply stays disabled. */
    void showError(const QString &message);
    /** Shows that the import was cancelled and nothing changed. */
    void showCancelled();
    /**
     * Goes back to the setup page with `message` under the form (for example: the classification
     * rules changed, so the summary no longer holds and the files must be imported again).
     */
    void showSetup(const QString &message);

    /** Returns the text of the summary page's status line (what happened, or the error). */
    QString statusText() const;
    /** Returns the per-class table of the summary (rate and demands before → after). */
    QTableWidget *classTable() const { return m_classTable; }
    QPushButton *addFilesButton() const { return m_addFiles; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *rulesButton() const { return m_rules; }
    QProgressBar *progressBar() const { return m_progress; }

    /** Columns of classTable(). */
    enum ClassColumn { ClassIdColumn, RequestsColumn, RateBeforeColumn, RateAfterColumn, DemandsBeforeColumn,
                       DemandsAfterColumn, ProfileColumn, ClassColumnCount };

Q_SIGNALS:
    /** The user wants to add files (the owner shows a file chooser and calls addFiles()). */
    void chooseFilesRequested();
    /** The user pressed Import with usable options. */
    void importRequested();
    /** The user pressed Cancel (or closed the dialog) while the import runs. */
    void cancelRequested();
    /** The user pressed Apply on a successful summary. */
    void applyRequested();
    /** The user wants to see or edit the classification rules (the owner opens the rules editor). */
    void rulesRequested();
    /** The user pressed Discard or Close, or closed the dialog outside a running import (it then closes). */
    void discardRequested();

public Q_SLOTS:
    void reject() override;

private:
    QWidget *buildSetupPage();
    QWidget *buildProgressPage();
    QWidget *buildSummaryPage();
    void setPage(Page page);
    void updateSetup();
    void onImportClicked();
    void showProblem(const QString &html);

    QStackedWidget *m_pages;
    // setup
    QListWidget *m_fileList;
    QPushButton *m_addFiles;
    QPushButton *m_removeFiles;
    QComboBox *m_format;
    QComboBox *m_bucket;
    QComboBox *m_timeZone;
    QGroupBox *m_csvGroup;
    QLineEdit *m_csvTimestamp;
    QLineEdit *m_csvClass;
    QLineEdit *m_csvPath;
    QLineEdit *m_csvMethod;
    QLineEdit *m_csvDuration;
    QLineEdit *m_csvApp;
    QLineEdit *m_csvDb;
    QComboBox *m_csvUnit;
    QComboBox *m_csvDelimiter;
    QLabel *m_setupMessage;
    // progress
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    // summary
    QLabel *m_status;
    QLabel *m_overview;
    QTableWidget *m_classTable;
    QTextBrowser *m_details;
    // buttons
    QPushButton *m_back;
    QPushButton *m_rules;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_apply;
    QPushButton *m_discard;
};

} // namespace hostreview::widgets
