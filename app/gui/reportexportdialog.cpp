#include "reportexportdialog.h"

#include "appsettings.h"
#include "core/log.h"
#include "core/paths.h"
#include "i18n/translations.h"
#include "reports/reporttemplate.h"
#include "reports/reportwriter.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QLocale>
#include <QPalette>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace hostreview::app {

namespace {

// Thumbnails are painted at this resolution directly (A4 is 298 × 421 px), sharper than scaling a
// larger rendering down, and three of them fit side by side in a dialog under 1000 px wide.
constexpr double previewDpi = 36.0;
// Option changes are collected for this long so that scrolling through a combo box renders once.
constexpr int previewDelayMs = 120;

QSize thumbnailSize(QPageSize::PageSizeId id)
{
    const QSizeF points = QPageSize(id).size(QPageSize::Point);
    return QSize(qRound(points.width() * previewDpi / 72.0), qRound(points.height() * previewDpi / 72.0));
}

} // namespace

ReportExportDialog::ReportExportDialog(const core::Review &review, QString suggestedPath, QWidget *parent)
    : QDialog(parent), m_review(review), m_knee(AppSettings::load().knee)
{
    setWindowTitle(tr("Export report"));

    auto *form = new QFormLayout;
    m_language = new QComboBox;
    for (const QString &code : i18n::languages())
        m_language->addItem(i18n::nativeName(code), code);
    m_language->setToolTip(tr("Language of the report's titles, boilerplate and generated text."));
    form->addRow(tr("Language:"), m_language);

    m_template = new QComboBox;
    const QDir templateDir(core::templatePath(QStringLiteral("report")));
    const QStringList files = templateDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = QFileInfo(file).completeBaseName();
        core::Result<reports::ReportTemplate> tmpl = reports::loadReportTemplate(name);
        if (!tmpl) {
            core::logger("app.report")->warn("skipping report template {}: {}", file.toStdString(), tmpl.error().toString().toStdString());
            continue;
        }
        m_template->addItem(tmpl->name.isEmpty() ? name : tmpl->name, name);
    }
    const int defaultIndex = m_template->findData(QStringLiteral("default"));
    if (defaultIndex >= 0)
        m_template->setCurrentIndex(defaultIndex);
    m_template->setToolTip(tr("Report template from templates/report: sections, branding and boilerplate."));
    form->addRow(tr("Template:"), m_template);

    m_pageSize = new QComboBox;
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    form->addRow(tr("Page size:"), m_pageSize);

    auto *kneeLabel = new QLabel(tr("%1 % (from Settings)").arg(QLocale().toString(m_knee * 100.0, 'f', 0)));
    kneeLabel->setToolTip(tr("Utilisation from which a station counts as at risk; change it in Settings."));
    form->addRow(tr("Utilisation knee:"), kneeLabel);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(suggestedPath);
    m_path->setToolTip(tr("The PDF file to write; an existing file is replaced."));
    m_browse = new QPushButton(tr("Browse…"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    form->addRow(tr("Output file:"), pathRow);

    auto *previewBox = new QGroupBox(tr("Preview of the first pages"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    auto *thumbRow = new QHBoxLayout;
    const QSize thumb = thumbnailSize(QPageSize::A4);
    for (int i = 0; i < previewPageCount; ++i) {
        auto *label = new QLabel;
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumSize(thumb);
        label->setFrameShape(QFrame::StyledPanel);
        label->setAutoFillBackground(true);
        QPalette palette = label->palette();
        palette.setColor(QPalette::Window, QColor(0xe6, 0xe6, 0xe6));
        label->setPalette(palette);
        thumbRow->addWidget(label);
        m_thumbnails.append(label);
    }
    previewLayout->addLayout(thumbRow);
    m_previewNote = new QLabel;
    m_previewNote->setWordWrap(true);
    previewLayout->addWidget(m_previewNote);

    m_status = new QLabel(tr("Choose the options and press Export."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox;
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_export->setDefault(true);
    m_open = buttons->addButton(tr("Open PDF"), QDialogButtonBox::ActionRole);
    m_open->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewBox, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportExportDialog::refreshPreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportExportDialog::schedulePreview);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ReportExportDialog::schedulePreview);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ReportExportDialog::schedulePreview);
    connect(m_path, &QLineEdit::textChanged, this, &ReportExportDialog::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::exportPdf);
    connect(m_open, &QPushButton::clicked, this, &ReportExportDialog::openPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateButtons();
    // The first preview is rendered once the dialog is up, so that it opens at once.
    schedulePreview();
}

ReportExportDialog::~ReportExportDialog() = default;

bool ReportExportDialog::exportReport(QWidget *parent, const core::Review &review, const QString &documentPath)
{
    ReportExportDialog dialog(review, suggestedPdfPath(documentPath, review.name), parent);
    dialog.exec();
    return !dialog.exportedPath().isEmpty();
}

QString ReportExportDialog::suggestedPdfPath(const QString &documentPath, const QString &reviewName)
{
    if (!documentPath.isEmpty()) {
        const QFileInfo info(documentPath);
        return info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
    }
    QString base = reviewName.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("-"));
    if (base.isEmpty())
        base = QStringLiteral("report");
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(base + QStringLiteral(".pdf"));
}

QString ReportExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ReportExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

QString ReportExportDialog::language() const
{
    return m_language->currentData().toString();
}

bool ReportExportDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index < 0)
        return false;
    m_language->setCurrentIndex(index);
    return true;
}

QString ReportExportDialog::templateName() const
{
    const QString name = m_template->currentData().toString();
    return name.isEmpty() ? QStringLiteral("default") : name;
}

bool ReportExportDialog::setTemplateName(const QString &name)
{
    const int index = m_template->findData(name);
    if (index < 0)
        return false;
    m_template->setCurrentIndex(index);
    return true;
}

QPageSize::PageSizeId ReportExportDialog::pageSize() const
{
    return QPageSize::PageSizeId(m_pageSize->currentData().toInt());
}

bool ReportExportDialog::setPageSize(QPageSize::PageSizeId size)
{
    const int index = m_pageSize->findData(int(size));
    if (index < 0)
        return false;
    m_pageSize->setCurrentIndex(index);
    return true;
}

double ReportExportDialog::knee() const
{
    return m_knee;
}

QList<QImage> ReportExportDialog::previewImages() const
{
    return m_preview;
}

QString ReportExportDialog::previewError() const
{
    return m_previewError;
}

qint64 ReportExportDialog::previewMilliseconds() const
{
    return m_previewMs;
}

bool ReportExportDialog::previewPending() const
{
    return m_previewTimer->isActive();
}

QString ReportExportDialog::exportedPath() const
{
    return m_exportedPath;
}

QString ReportExportDialog::statusText() const
{
    return m_status->text();
}

std::unique_ptr<reports::ReportWriter> ReportExportDialog::makeWriter() const
{
    reports::ReportOptions options;
    options.language = language();
    options.templateName = templateName();
    options.pageSize = pageSize();
    options.knee = m_knee;
    return std::make_unique<reports::ReportWriter>(m_review, options);
}

void ReportExportDialog::schedulePreview()
{
    m_preview.clear();
    m_previewError.clear();
    m_previewNote->setText(tr("Updating the preview…"));
    m_previewTimer->start();
}

void ReportExportDialog::refreshPreview()
{
    m_previewTimer->stop();
    // Laying out and painting three pages takes a few tens of milliseconds (docs/user-guide-report.md),
    // so it runs here: the report's translator is installed application-wide while it renders, which
    // a worker thread must not do.
    QElapsedTimer clock;
    clock.start();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<reports::ReportWriter> writer = makeWriter();
    core::Result<std::vector<QImage>> images = writer->renderPages(previewPageCount, previewDpi);
    QGuiApplication::restoreOverrideCursor();
    m_previewMs = clock.elapsed();
    m_preview.clear();
    if (images) {
        m_previewError.clear();
        for (QImage &image : images.value())
            m_preview.append(std::move(image));
        m_previewNote->setText(tr("%n page(s) in total.", nullptr, writer->pageCount()));
        core::logger("app.report")->info("preview of {} page(s) in {} ms", m_preview.size(), m_previewMs);
    } else {
        m_previewError = images.error().toString();
        m_previewNote->setText(tr("No preview: %1").arg(m_previewError));
        core::logger("app.report")->warn("preview failed: {}", m_previewError.toStdString());
    }
    showPreview();
    updateButtons();
}

void ReportExportDialog::showPreview()
{
    const QSize thumb = thumbnailSize(pageSize());
    for (int i = 0; i < m_thumbnails.size(); ++i) {
        QLabel *label = m_thumbnails[i];
        label->setMinimumSize(thumb.expandedTo(thumbnailSize(QPageSize::A4)));
        if (i < m_preview.size())
            label->setPixmap(QPixmap::fromImage(m_preview[i]));
        else
            label->clear();
    }
}

void ReportExportDialog::updateButtons()
{
    m_export->setEnabled(!outputPath().isEmpty() && m_progress == nullptr);
}

void ReportExportDialog::browse()
{
    QString start = outputPath();
    if (start.isEmpty())
        start = suggestedPdfPath(QString(), m_review.name);
    QString path = QFileDialog::getSaveFileName(this, tr("Export report"), start, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    setOutputPath(path);
}

bool ReportExportDialog::exportPdf()
{
    QString path = outputPath();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Export report"), tr("Choose the PDF file to write first."));
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
        setOutputPath(path);
    }
    const QString shown = QDir::toNativeSeparators(path);
    std::unique_ptr<reports::ReportWriter> writer = makeWriter();

    QProgressDialog progress(tr("Writing %1…").arg(shown), tr("Cancel"), 0, 1, this);
    progress.setWindowTitle(tr("Export report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(200);
    progress.setAutoReset(false);
    progress.setValue(0);
    m_progress = &progress;
    updateButtons();
    m_open->setEnabled(false);
    bool cancelled = false;
    QElapsedTimer clock;
    clock.start();
    const core::Result<void> written = writer->writePdf(path, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        Q_EMIT exportProgress(done, total);
        cancelled = cancelled || progress.wasCanceled();
        return !cancelled;
    });
    m_progress = nullptr;
    progress.close();
    updateButtons();

    if (cancelled) {
        m_exportedPath.clear();
        m_status->setText(tr("Export cancelled; no file was written."));
        core::logger("app.report")->info("report export to {} cancelled", path.toStdString());
        return false;
    }
    if (!written) {
        m_exportedPath.clear();
        const QString reason = written.error().toString();
        m_status->setText(tr("Could not write %1.").arg(shown));
        core::logger("app.report")->warn("report export to {} failed: {}", path.toStdString(), reason.toStdString());
        QMessageBox box(QMessageBox::Warning, tr("Export report"), tr("Could not write the report to %1.").arg(shown),
                        QMessageBox::Ok, this);
        box.setInformativeText(reason);
        box.exec();
        return false;
    }
    m_exportedPath = path;
    m_status->setText(tr("Report written to %1 (%n page(s)).", nullptr, writer->pageCount()).arg(shown));
    m_open->setEnabled(true);
    core::logger("app.report")->info("report of {} pages written to {} in {} ms", writer->pageCount(), path.toStdString(), clock.elapsed());
    Q_EMIT exported(path);
    return true;
}

void ReportExportDialog::cancelExport()
{
    if (m_progress)
        m_progress->cancel();
}

void ReportExportDialog::openPdf()
{
    if (!m_exportedPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportedPath));
}

} // namespace hostreview::app
