#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace hostreview::reports {

/** A drawing step recorded for one page; coordinates are PDF points (1/72 inch) from the page's top left. */
using PageOp = std::function<void(QPainter &)>;

/** One laid-out page: its drawing steps, and whether it carries the running header and footer. */
struct ComposedPage {
    std::vector<PageOp> ops;
    bool decorated = true; ///< false for the cover
};

/** One column of a table: its share of the width and its alignment. */
struct TableColumn {
    QString header;
    double weight = 1.0;
    Qt::Alignment align = Qt::AlignLeft;
};

/** A table cell's optional background (a status or utilisation colour). */
struct CellStyle {
    QColor background;
    bool bold = false;
};

/**
 * Lays content out top to bottom over pages of a fixed size (points), breaking pages between lines
 * of a paragraph and between table rows (the header row repeats). Nothing is painted here: each
 * page is a list of drawing steps replayed later onto a PDF writer or an image, so the table of
 * contents can print page numbers that are only known once everything is laid out.
 */
class PageComposer {
public:
    PageComposer(QSizeF pageSize, double margin, const QString &fontFamily, QColor textColor);

    /** Returns a font of the report family at `size` points. */
    QFont font(double size, bool bold = false, bool italic = false) const;

    QRectF contentRect() const { return m_content; }
    double y() const { return m_y; }
    int pageCount() const { return int(m_pages.size()); }
    /** Returns the 0-based index of the page being filled. */
    int currentPage() const { return int(m_pages.size()) - 1; }
    std::vector<ComposedPage> &pages() { return m_pages; }

    /** Starts a new page. `decorated` false leaves out the running header and footer. */
    void newPage(bool decorated = true);
    /** Starts a new page unless at least `height` points are left on this one. */
    void ensureSpace(double height);
    double remaining() const { return m_content.bottom() - m_y; }
    void addSpace(double height);

    /** Adds a heading; level 1 starts on a new page. */
    void heading(const QString &text, int level, QColor color);
    /** Adds a wrapped paragraph, breaking pages between lines. */
    void paragraph(const QString &text, const QFont &font, QColor color, double indent = 0.0, double spaceAfter = 6.0);
    /** Adds a bullet item. */
    void bullet(const QString &text, const QFont &font, QColor color);
    /**
     * Adds a table with wrapped cells; a page break repeats the header row. `styles`, when given,
     * has one entry per cell of `rows`.
     */
    void table(const std::vector<TableColumn> &columns, const std::vector<QStringList> &rows, QColor headerColor,
               QColor ruleColor, double fontSize = 8.5, const std::vector<std::vector<CellStyle>> &styles = {});
    /** Reserves a block of `height` points (new page if needed) and records `draw` for it. */
    void block(double height, std::function<void(QPainter &, const QRectF &)> draw);
    /** Records a drawing step on the current page without moving the cursor. */
    void record(PageOp op);

    /** Returns the height a wrapped text takes at `width`. */
    double textHeight(const QString &text, const QFont &font, double width) const;

private:
    double tableRowHeight(const std::vector<double> &widths, const QStringList &cells, const QFont &font) const;

    QSizeF m_pageSize;
    QRectF m_content;
    QString m_family;
    QColor m_text;
    double m_y = 0.0;
    std::vector<ComposedPage> m_pages;
};

} // namespace hostreview::reports
