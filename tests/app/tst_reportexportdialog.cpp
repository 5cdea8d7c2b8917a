/*
 * File → Export report: the dialog built on the national-distributor sample with real widgets on the
 * offscreen platform. The preview shows three pages of the size the page format gives at the preview
 * resolution; Export writes a PDF whose text (pdftotext) carries the template's summary title in the
 * chosen language; cancelling during the export leaves no file; an unwritable path is named in a
 * message box.
 */
#include "app/gui/appsettings.h"
#include "app/gui/reportexportdialog.h"
#include "core/interchange/reviewfile.h"
#include "core/paths.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using hostreview::app::AppSettings;
using hostreview::app::ReportExportDialog;
namespace core = hostreview::core;

namespace {

/** Returns the number of pixels that are not white: a blank page has none. */
int inkedPixels(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int inked = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            inked += (line[x] & 0xffffff) != 0xffffff ? 1 : 0;
    }
    return inked;
}

/** Returns the page's size in pixels at `dpi`, from its size in points (1/72 inch). */
QSize pixelsAt(QSizeF points, double dpi)
{
    return QSize(qRound(points.width() * dpi / 72.0), qRound(points.height() * dpi / 72.0));
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

/** Runs pdftotext on `path`; nullopt when poppler is not installed. */
std::optional<QString> pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString templateTitle(const QString &lang, const QString &section)
{
    QFile file(core::templatePath(QStringLiteral("report/default.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    return root.value(QStringLiteral("languages")).toObject().value(lang).toObject().value(QStringLiteral("titles")).toObject().value(section).toString();
}

} // namespace

class TestReportExportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void suggestedPath_data();
    void suggestedPath();
    void previewShowsThreePages();
    void previewFollowsOptions();
    void exportWritesPdf_data();
    void exportWritesPdf();
    void cancelLeavesNoFile();
    void unwritablePathIsNamed();
    void screenshot();

private:
    core::Review m_review;
    QTemporaryDir m_dir;
};

void TestReportExportDialog::initTestCase()
{
    // Settings go to a throw-away test location; the knee chosen there must reach the report.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hostreview-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reportexportdialog"));
    AppSettings settings;
    settings.knee = 0.7;
    settings.save();

    QVERIFY(m_dir.isValid());
    const QString sample = core::templatePath(QStringLiteral("samples/national-distributor.json"));
    QVERIFY2(!sample.isEmpty(), "no templates/ folder found");
    core::Result<core::Review> review = core::readReviewFile(sample);
    QVERIFY2(bool(review), qPrintable(review ? QString() : review.error().toString()));
    m_review = std::move(review.value());
}

void TestReportExportDialog::suggestedPath_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("expected");
    QTest::newRow("project file") << QStringLiteral("/srv/reviews/acme.hostreview") << QStringLiteral("/srv/reviews/acme.pdf");
    QTest::newRow("two dots") << QStringLiteral("/srv/reviews/acme.v2.json") << QStringLiteral("/srv/reviews/acme.v2.pdf");
    QTest::newRow("no suffix") << QStringLiteral("/srv/reviews/acme") << QStringLiteral("/srv/reviews/acme.pdf");
}

void TestReportExportDialog::suggestedPath()
{
    QFETCH(QString, document);
    QFETCH(QString, expected);
    QCOMPARE(ReportExportDialog::suggestedPdfPath(document, QStringLiteral("ignored")), expected);
}

void TestReportExportDialog::previewShowsThreePages()
{
    ReportExportDialog dialog(m_review, m_dir.filePath(QStringLiteral("preview.pdf")), nullptr);
    QCOMPARE(dialog.knee(), 0.7);
    QCOMPARE(dialog.language(), QStringLiteral("en"));
    QCOMPARE(dialog.pageSize(), QPageSize::A4);
    QVERIFY(dialog.previewPending());
    QTRY_VERIFY(!dialog.previewPending());
    QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
    const QList<QImage> images = dialog.previewImages();
    QCOMPARE(images.size(), 3);
    // A4 is 595 × 842 pt; the preview paints at 36 dpi, half a pixel per point.
    const QSize a4 = pixelsAt(QSizeF(595, 842), 36.0);
    for (const QImage &image : images) {
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), a4);
        QVERIFY(inkedPixels(image) > 500);
    }
    qInfo("preview of 3 pages: %lld ms", dialog.previewMilliseconds());
}

void TestReportExportDialog::previewFollowsOptions()
{
    ReportExportDialog dialog(m_review, m_dir.filePath(QStringLiteral("options.pdf")), nullptr);
    QTRY_VERIFY(!dialog.previewPending());
    const QList<QImage> english = dialog.previewImages();
    QCOMPARE(english.size(), 3);

    QVERIFY(dialog.setPageSize(QPageSize::Letter));
    QVERIFY(dialog.previewPending());
    QVERIFY(dialog.previewImages().isEmpty());
    QTRY_VERIFY(!dialog.previewPending());
    QCOMPARE(dialog.previewImages().size(), 3);
    QCOMPARE(dialog.previewImages().front().size(), pixelsAt(QSizeF(612, 792), 36.0)); // US Letter, 8.5 × 11 in

    QVERIFY(dialog.setPageSize(QPageSize::A4));
    QVERIFY(dialog.setLanguage(QStringLiteral("de")));
    QTRY_VERIFY(!dialog.previewPending());
    const QList<QImage> german = dialog.previewImages();
    QCOMPARE(german.size(), 3);
    QCOMPARE(german.front().size(), english.front().size());
    // The cover's boilerplate is German now: the same page, painted differently.
    QVERIFY(german.front() != english.front());
    qInfo("preview after changing options: %lld ms", dialog.previewMilliseconds());

    QVERIFY(!dialog.setLanguage(QStringLiteral("it")));
    QVERIFY(!dialog.setPageSize(QPageSize::A3));
}

void TestReportExportDialog::exportWritesPdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("expectedTitle");
    QTest::addColumn<QString>("expectedSize");
    QTest::newRow("English, A4") << QStringLiteral("en") << int(QPageSize::A4) << QStringLiteral("Executive summary")
                                 << QStringLiteral("595 x 842 pts");
    QTest::newRow("Deutsch, Letter") << QStringLiteral("de") << int(QPageSize::Letter) << QStringLiteral("Zusammenfassung")
                                     << QStringLiteral("612 x 792 pts");
    QTest::newRow("Français, A4") << QStringLiteral("fr") << int(QPageSize::A4) << QStringLiteral("Synthèse")
                                  << QStringLiteral("595 x 842 pts");
}

void TestReportExportDialog::exportWritesPdf()
{
    QFETCH(QString, language);
    QFETCH(int, pageSize);
    QFETCH(QString, expectedTitle);
    QFETCH(QString, expectedSize);
    // The German title is the template's own ("Zusammenfassung für die Geschäftsleitung").
    QVERIFY(templateTitle(language, QStringLiteral("summary")).startsWith(expectedTitle));

    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
    QFile::remove(path);
    ReportExportDialog dialog(m_review, QString(), nullptr);
    QPushButton *exportButton = buttonWithText(&dialog, QStringLiteral("Export"));
    QPushButton *openButton = buttonWithText(&dialog, QStringLiteral("Open PDF"));
    QVERIFY(exportButton && openButton);
    QVERIFY(!exportButton->isEnabled()); // no output path yet
    QVERIFY(!openButton->isEnabled());
    QVERIFY(dialog.setLanguage(language));
    QVERIFY(dialog.setPageSize(QPageSize::PageSizeId(pageSize)));
    dialog.setOutputPath(path);
    QVERIFY(exportButton->isEnabled());

    QSignalSpy exported(&dialog, &ReportExportDialog::exported);
    QSignalSpy progress(&dialog, &ReportExportDialog::exportProgress);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.front().front().toString(), path);
    QCOMPARE(dialog.exportedPath(), path);
    QVERIFY(dialog.statusText().contains(QDir::toNativeSeparators(path)));
    QVERIFY(openButton->isEnabled());
    // One progress call per page, the last one with done == total.
    QVERIFY(progress.count() > 3);
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
    QCOMPARE(progress.last().at(1).toInt(), progress.count());

    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(4), QByteArray("%PDF"));
    pdf.close();

    const std::optional<QString> text = pdfText(path);
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(text->contains(expectedTitle), qPrintable(text->left(400)));
    QVERIFY(text->contains(m_review.name));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QProcess info;
        info.start(pdfinfo, {path});
        QVERIFY(info.waitForFinished(30000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(expectedSize), qPrintable(out));
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
        QVERIFY2(pages.hasMatch(), qPrintable(out));
        QCOMPARE(pages.captured(1).toInt(), progress.count());
    }
}

void TestReportExportDialog::cancelLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QFile::remove(path);
    ReportExportDialog dialog(m_review, path, nullptr);
    int calls = 0;
    const QMetaObject::Connection canceller = connect(&dialog, &ReportExportDialog::exportProgress, &dialog, [&](int done, int) {
        ++calls;
        if (done == 2)
            dialog.cancelExport(); // as the progress dialog's Cancel button does
    });
    QSignalSpy exported(&dialog, &ReportExportDialog::exported);
    QVERIFY(!dialog.exportPdf());
    QCOMPARE(calls, 2); // stopped at the page where it was cancelled
    QVERIFY(!QFile::exists(path));
    QCOMPARE(exported.count(), 0);
    QVERIFY(dialog.exportedPath().isEmpty());
    QVERIFY(dialog.statusText().contains(QStringLiteral("cancelled")));

    // The dialog stays usable: the next export runs to the end.
    disconnect(canceller);
    QVERIFY(dialog.exportPdf());
    QVERIFY(QFile::exists(path));

    // Cancelling an export over an existing PDF leaves that PDF exactly as it was.
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray previous = before.readAll();
    before.close();
    const QMetaObject::Connection again = connect(&dialog, &ReportExportDialog::exportProgress, &dialog, [&](int done, int) {
        if (done == 2)
            dialog.cancelExport();
    });
    QVERIFY(!dialog.exportPdf());
    disconnect(again);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), previous);
}

void TestReportExportDialog::unwritablePathIsNamed()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    ReportExportDialog dialog(m_review, path, nullptr);
    QString boxText;
    // The message box is modal: read and close it from the event loop it runs.
    auto *poll = new QTimer(&dialog);
    connect(poll, &QTimer::timeout, &dialog, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                boxText = box->text() + QLatin1Char('\n') + box->informativeText();
                box->accept();
            }
        }
    });
    poll->start(20);
    QVERIFY(!dialog.exportPdf());
    poll->stop();
    QVERIFY2(boxText.contains(QDir::toNativeSeparators(path)), qPrintable(boxText));
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog.exportedPath().isEmpty());
}

void TestReportExportDialog::screenshot()
{
    // docs/images/report-export-dialog.png: written when HOSTREVIEW_SCREENSHOT_DIR names a folder.
    const QString dir = qEnvironmentVariable("HOSTREVIEW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set HOSTREVIEW_SCREENSHOT_DIR to write the screenshot");
    ReportExportDialog dialog(m_review, QStringLiteral("/home/consultant/reviews/national-distributor.pdf"), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.previewPending());
    QCOMPARE(dialog.previewImages().size(), 3);
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("report-export-dialog.png"))));
}

QTEST_MAIN(TestReportExportDialog)
#include "tst_reportexportdialog.moc"
