#pragma once

#include <QUrl>
#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace hostreview::widgets {

/**
 * Help → User Guide: a window that shows the user guide's Markdown pages in a QTextBrowser, with
 * Back, Forward and Home. Links between pages (relative `.md` links) open in the same window,
 * images load from beside the page, and links to the web open in the desktop's browser. The pages
 * come from wherever `home` points (the app embeds them as Qt resources), so the widget does no
 * file I/O of its own. The window title follows the page's first heading.
 */
class HelpWindow : public QWidget {
    Q_OBJECT
public:
    /** Shows `home` (a Markdown page, e.g. "qrc:/help/docs/user-guide.md"). */
    explicit HelpWindow(const QUrl &home, QWidget *parent = nullptr);

    /** Opens `url` (a guide page, optionally with a #fragment). */
    void showPage(const QUrl &url);
    /** Returns the page shown now. */
    QUrl currentPage() const;
    /** Returns the first heading of the page shown now ("hostreview user guide"). */
    QString pageTitle() const;
    QUrl home() const { return m_home; }
    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    /** Another page (or a fragment of one) is shown. */
    void pageChanged(const QUrl &url);

private:
    void onSourceChanged(const QUrl &url);

    QUrl m_home;
    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
};

} // namespace hostreview::widgets
