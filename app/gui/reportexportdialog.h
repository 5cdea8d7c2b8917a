#pragma once

#include "core/model/review.h"

#include <QDialog>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QString>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTimer;

namespace hostreview::reports {
class ReportWriter;
}

namespace hostreview::app {

/**
 * File → Export report: chooses the report's language, template, page size and output file, shows
 * the first three pages as thumbnails, and writes the PDF with a cancellable progress dialog. Works
 * on its own copy of the review, which it never changes. The utilisation knee comes from AppSettings.
 */
class ReportExportDialog : public QDialog {
    Q_OBJECT
public:
    /** Number of pages shown in the preview. */
    static constexpr int previewPageCount = 3;

    /** Builds the dialog for `review`; `suggestedPath` is the PDF path offered first. */
    ReportExportDialog(const core::Review &review, QString suggestedPath, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    /**
     * Shows the dialog for `review` with a PDF path next to `documentPath` (its name with ".pdf"; in
     * the home folder when the review was never saved). Returns true when a PDF was written.
     */
    static bool exportReport(QWidget *parent, const core::Review &review, const QString &documentPath);

    /** Returns the PDF path offered for a project file: the same name with ".pdf", next to it. */
    static QString suggestedPdfPath(const QString &documentPath, const QString &reviewName);

    /** Returns the output path as typed. */
    QString outputPath() const;
    /** Sets the output path. */
    void setOutputPath(const QString &path);
    /** Returns the chosen language ("en", "de"). */
    QString language() const;
    /** Selects a language by code; returns false when it is not offered. */
    bool setLanguage(const QString &code);
    /** Returns the chosen template name (a file name in templates/report without ".json"). */
    QString templateName() const;
    /** Selects a template by name; returns false when it is not offered. */
    bool setTemplateName(const QString &name);
    /** Returns the chosen page size. */
    QPageSize::PageSizeId pageSize() const;
    /** Selects A4 or Letter; returns false for any other size. */
    bool setPageSize(QPageSize::PageSizeId size);
    /** Returns the utilisation knee the report uses (from the settings). */
    double knee() const;

    /** Returns the preview images currently shown (empty while pending or after an error). */
    QList<QImage> previewImages() const;
    /** Returns the error of the last preview, empty when it succeeded. */
    QString previewError() const;
    /** Returns how long the last preview took (layout and rendering), in milliseconds; -1 before one. */
    qint64 previewMilliseconds() const;
    /** Returns true while a preview is scheduled but not yet rendered. */
    bool previewPending() const;

    /** Returns the path of the last PDF written, empty when none was. */
    QString exportedPath() const;
    /** Returns the status line shown under the options. */
    QString statusText() const;

public Q_SLOTS:
    /** Renders the preview now, for the current options. */
    void refreshPreview();
    /**
     * Writes the PDF to outputPath() with a progress dialog. Returns true when the file was written;
     * on an error a message box names the path; on cancel no file is left.
     */
    bool exportPdf();
    /** Cancels an export in progress (as the progress dialog's Cancel button does). */
    void cancelExport();

Q_SIGNALS:
    /** Emitted after each page written during an export. */
    void exportProgress(int done, int total);
    /** Emitted when a PDF has been written to `path`. */
    void exported(const QString &path);

private:
    void schedulePreview();
    void browse();
    void openPdf();
    void updateButtons();
    void showPreview();
    std::unique_ptr<reports::ReportWriter> makeWriter() const;

    core::Review m_review;
    double m_knee;
    QComboBox *m_language;
    QComboBox *m_template;
    QComboBox *m_pageSize;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QList<QLabel *> m_thumbnails;
    QLabel *m_previewNote;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_open;
    QTimer *m_previewTimer;
    QProgressDialog *m_progress = nullptr;
    QList<QImage> m_preview;
    QString m_previewError;
    qint64 m_previewMs = -1;
    QString m_exportedPath;
};

} // namespace hostreview::app
