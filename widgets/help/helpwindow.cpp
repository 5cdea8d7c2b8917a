#include "helpwindow.h"

#include <QHBoxLayout>
#include <QImage>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace hostreview::widgets {

namespace detail {

/** The widest an image is shown, in pixels: narrower than the window's default width. */
constexpr int kMaxImageWidth = 760;

/**
 * A QTextBrowser that shows wide images (the guide's screenshots) at most kMaxImageWidth wide, so
 * that a page reads without scrolling sideways. (A fixed width: the document caches each image once
 * loaded, so a width that followed the window would go stale on the first resize.)
 */
class GuideBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource || !resource.isValid())
            return resource;
        QImage image = resource.typeId() == QMetaType::QImage ? resource.value<QImage>()
                                                              : QImage::fromData(resource.toByteArray());
        if (!image.isNull() && image.width() > kMaxImageWidth)
            image = image.scaledToWidth(kMaxImageWidth, Qt::SmoothTransformation);
        return image.isNull() ? resource : QVariant(image);
    }
};

} // namespace detail

HelpWindow::HelpWindow(const QUrl &home, QWidget *parent)
    : QWidget(parent, Qt::Window), m_home(home), m_browser(new detail::GuideBrowser(this)),
      m_back(new QToolButton(this)), m_forward(new QToolButton(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    // Relative links (other guide pages, images) stay inside; links to the web open in the browser.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);

    auto *homeButton = new QToolButton(this);
    homeButton->setObjectName(QStringLiteral("helpHome"));
    m_back->setObjectName(QStringLiteral("helpBack"));
    m_forward->setObjectName(QStringLiteral("helpForward"));
    homeButton->setText(tr("&Contents"));
    homeButton->setToolTip(tr("The guide's first page"));
    m_back->setText(tr("&Back"));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setText(tr("&Forward"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    for (QToolButton *b : {homeButton, m_back, m_forward})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *bar = new QHBoxLayout;
    bar->addWidget(homeButton);
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    connect(homeButton, &QToolButton::clicked, m_browser, &QTextBrowser::home);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::onSourceChanged);

    resize(900, 760);
    m_browser->setSource(m_home, QTextDocument::MarkdownResource);
}

void HelpWindow::showPage(const QUrl &url) { m_browser->setSource(url, QTextDocument::MarkdownResource); }

QUrl HelpWindow::currentPage() const { return m_browser->source(); }

QString HelpWindow::pageTitle() const
{
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            return block.text();
    }
    return QString();
}

void HelpWindow::onSourceChanged(const QUrl &url)
{
    const QString title = pageTitle();
    setWindowTitle(title.isEmpty() ? tr("hostreview help") : tr("%1 — hostreview help").arg(title));
    Q_EMIT pageChanged(url);
}

} // namespace hostreview::widgets
