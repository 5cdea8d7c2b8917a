// Help → User Guide (F1): the guide's pages come from the program's own resources, the window shows
// the first page with its heading as title, a click on a link to another guide page opens that page,
// Back returns, and the pages' images load.
#include "app/gui/helpguide.h"
#include "app/gui/mainwindow.h"
#include "widgets/help/helpwindow.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <cmath>
#include <QTextDocument>
#include <QTextFragment>
#include <QToolButton>

using namespace hostreview;
using widgets::HelpWindow;

namespace {

/** Returns the first "# " heading of docs/<page> in the source tree (independent of the resources). */
QString sourceHeading(const QString &page)
{
    QFile f(qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR") + QStringLiteral("/docs/") + page);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("(cannot read %1)").arg(f.fileName());
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (line.startsWith(QStringLiteral("# ")))
            return line.mid(2).trimmed();
    return QString();
}

/** Returns the position of the first link whose target matches `href`, or -1. */
int linkPosition(const QTextDocument *doc, const QRegularExpression &href, QString *target)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor() && href.match(f.charFormat().anchorHref()).hasMatch()) {
                *target = f.charFormat().anchorHref();
                return f.position() + f.length() / 2;
            }
        }
    }
    return -1;
}

/** Returns the image names the document shows. */
QStringList imageNames(const QTextDocument *doc)
{
    QStringList out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                out << it.fragment().charFormat().toImageFormat().name();
    return out;
}

} // namespace

class TestHelpWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void guideIsEmbedded_data();
    void guideIsEmbedded();
    void firstPageAndTitle();
    void linkOpensAnotherPage();
    void imagesLoad();
    void helpMenuOpensGuide();
};

void TestHelpWindow::guideIsEmbedded_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("guide") << QStringLiteral("user-guide.md");
    QTest::newRow("import") << QStringLiteral("user-guide-import.md");
    QTest::newRow("checklist") << QStringLiteral("user-guide-checklist.md");
    QTest::newRow("report") << QStringLiteral("user-guide-report.md");
}

void TestHelpWindow::guideIsEmbedded()
{
    QFETCH(QString, page);
    // The resource holds the very text of the source tree's page.
    QFile embedded(QStringLiteral(":/help/docs/") + page);
    QVERIFY2(embedded.open(QIODevice::ReadOnly), qPrintable(page));
    QFile source(qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR") + QStringLiteral("/docs/") + page);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(embedded.readAll(), source.readAll());
}

void TestHelpWindow::firstPageAndTitle()
{
    HelpWindow help(app::userGuideUrl());
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    QCOMPARE(help.currentPage(), QUrl(QStringLiteral("qrc:/help/docs/user-guide.md")));
    const QString heading = sourceHeading(QStringLiteral("user-guide.md"));
    QVERIFY(!heading.isEmpty());
    QCOMPARE(help.pageTitle(), heading);
    QVERIFY2(help.windowTitle().startsWith(heading), qPrintable(help.windowTitle()));
    // Rendered as Markdown, not shown as source text.
    QVERIFY(!help.browser()->toPlainText().startsWith(QStringLiteral("# ")));
    // docs/images/help-window.png: written when HOSTREVIEW_SCREENSHOT_DIR names a folder.
    const QString dir = qEnvironmentVariable("HOSTREVIEW_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        help.resize(900, 700);
        QVERIFY(help.grab().save(dir + QStringLiteral("/help-window.png")));
    }
}

void TestHelpWindow::linkOpensAnotherPage()
{
    HelpWindow help(app::userGuideUrl());
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    QTextBrowser *browser = help.browser();

    QString target;
    const int position = linkPosition(browser->document(), QRegularExpression(QStringLiteral("^user-guide-[a-z]+\\.md")), &target);
    QVERIFY2(position >= 0, "the guide's first page links no other guide page");
    // Click the link where it is drawn.
    QTextCursor cursor(browser->document());
    cursor.setPosition(position);
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    const QPoint at = browser->cursorRect(cursor).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, at);

    const QString page = QUrl(target).path();
    QTRY_COMPARE(help.currentPage().path(), QStringLiteral("/help/docs/") + page);
    QCOMPARE(help.pageTitle(), sourceHeading(page));
    QVERIFY2(help.windowTitle().startsWith(sourceHeading(page)), qPrintable(help.windowTitle()));

    // Back returns to the first page.
    auto *back = help.findChild<QToolButton *>(QStringLiteral("helpBack"));
    QVERIFY(back);
    QVERIFY(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(help.currentPage(), app::userGuideUrl());
    QCOMPARE(help.pageTitle(), sourceHeading(QStringLiteral("user-guide.md")));
}

void TestHelpWindow::imagesLoad()
{
    HelpWindow help(app::userGuideUrl());
    help.resize(800, 600);
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    const QStringList images = imageNames(help.browser()->document());
    QVERIFY2(!images.isEmpty(), "the first page shows no image");
    int checked = 0;
    for (const QString &name : images) {
        // An image the page names but the source tree lacks is the page's problem, not the embedding's.
        if (!QFile::exists(qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR") + QStringLiteral("/docs/") + name)) {
            qWarning("docs/user-guide.md shows %s, which is not in docs/", qPrintable(name));
            continue;
        }
        ++checked;
        const QUrl url = help.currentPage().resolved(QUrl(name));
        const QVariant resource = help.browser()->loadResource(QTextDocument::ImageResource, url);
        const QImage image = resource.value<QImage>();
        QVERIFY2(!image.isNull(), qPrintable(url.toString()));
        // Wide screenshots are fitted to the window's width, their proportions kept.
        const QImage original(qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR") + QStringLiteral("/docs/") + name);
        QCOMPARE(image.width(), std::min(original.width(), 760));
        QVERIFY(std::abs(double(image.height()) / image.width() - double(original.height()) / original.width()) < 0.01);
        QVERIFY2(image.width() < help.browser()->viewport()->width(), qPrintable(url.toString()));
    }
    QVERIFY(checked > 0);
}

void TestHelpWindow::helpMenuOpensGuide()
{
    app::MainWindow window;
    window.show();
    QAction *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    HelpWindow *help = window.findChild<HelpWindow *>();
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QCOMPARE(help->currentPage(), app::userGuideUrl());
    // A second F1 raises the same window.
    action->trigger();
    QCOMPARE(window.findChildren<HelpWindow *>().size(), qsizetype(1));
}

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
