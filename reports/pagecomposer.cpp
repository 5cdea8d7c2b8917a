#include "pagecomposer.h"

#include <QFontMetricsF>

#include <algorithm>

namespace hostreview::reports {

namespace {
constexpr double kCellPadding = 3.0;

/**
 * Breaks a paragraph into lines at spaces only (a word longer than a line is cut by characters), so
 * that references such as "002_a220ec9aadd018d6.txt:12" never split and stay searchable in the PDF.
 */
QStringList wrapAtSpaces(const QString &text, const QFontMetricsF &fm, double width)
{
    QStringList lines;
    QString line;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line.clear();
        while (fm.horizontalAdvance(word) > width && word.size() > 1) {
            int n = int(word.size()) - 1;
            while (n > 1 && fm.horizontalAdvance(word.left(n)) > width)
                --n;
            lines << word.left(n);
            word = word.mid(n);
        }
        line = word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}
}

PageComposer::PageComposer(QSizeF pageSize, double margin, const QString &fontFamily, QColor textColor)
    : m_pageSize(pageSize)
    , m_content(margin, margin + 14.0, pageSize.width() - 2 * margin, pageSize.height() - 2 * margin - 28.0)
    , m_family(fontFamily)
    , m_text(textColor)
{
}

QFont PageComposer::font(double size, bool bold, bool italic) const
{
    QFont f(m_family);
    // Pixel sizes in a 72-per-inch coordinate system are points on paper, whatever the device.
    f.setPixelSize(std::max(1, qRound(size)));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping)); // no "fi" ligatures: PDF text stays searchable
    f.setKerning(true);
    return f;
}

void PageComposer::newPage(bool decorated)
{
    ComposedPage page;
    page.decorated = decorated;
    m_pages.push_back(std::move(page));
    m_y = m_content.top();
}

void PageComposer::ensureSpace(double height)
{
    if (m_pages.empty() || remaining() < height)
        newPage();
}

void PageComposer::addSpace(double height)
{
    if (m_pages.empty())
        newPage();
    m_y = std::min(m_y + height, m_content.bottom());
}

void PageComposer::record(PageOp op)
{
    if (m_pages.empty())
        newPage();
    m_pages.back().ops.push_back(std::move(op));
}

double PageComposer::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF fm(font);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PageComposer::heading(const QString &text, int level, QColor color)
{
    const double size = level == 1 ? 17.0 : (level == 2 ? 12.5 : 10.5);
    const QFont f = font(size, true);
    const double h = textHeight(text, f, m_content.width());
    if (level == 1)
        newPage();
    else
        ensureSpace(h + 90.0); // keep a heading with what follows
    const QRectF r(m_content.left(), m_y, m_content.width(), h);
    const QColor rule = color;
    record([=](QPainter &p) {
        p.setFont(f);
        p.setPen(color);
        p.drawText(r, Qt::TextWordWrap, text);
        if (level == 1) {
            p.setPen(QPen(rule, 1.2));
            p.drawLine(QPointF(r.left(), r.bottom() + 3), QPointF(r.right(), r.bottom() + 3));
        }
    });
    m_y += h + (level == 1 ? 12.0 : 5.0);
}

void PageComposer::paragraph(const QString &text, const QFont &f, QColor color, double indent, double spaceAfter)
{
    if (m_pages.empty())
        newPage();
    const double width = m_content.width() - indent;
    const QFontMetricsF fm(f);
    const double lineHeight = fm.lineSpacing();
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &para : paragraphs) {
        const QStringList lines = wrapAtSpaces(para, fm, width);
        for (const QString &piece : lines) {
            if (remaining() < lineHeight)
                newPage();
            const QPointF at(m_content.left() + indent, m_y + fm.ascent());
            record([=](QPainter &p) {
                p.setFont(f);
                p.setPen(color);
                p.drawText(at, piece);
            });
            m_y += lineHeight;
        }
    }
    m_y += spaceAfter;
}

void PageComposer::bullet(const QString &text, const QFont &f, QColor color)
{
    const QFontMetricsF fm(f);
    ensureSpace(fm.lineSpacing());
    const QPointF at(m_content.left() + 4, m_y + fm.ascent());
    record([=](QPainter &p) {
        p.setFont(f);
        p.setPen(color);
        p.drawText(at, QStringLiteral("•"));
    });
    paragraph(text, f, color, 14.0, 2.0);
}

double PageComposer::tableRowHeight(const std::vector<double> &widths, const QStringList &cells, const QFont &f) const
{
    double h = 0.0;
    for (size_t i = 0; i < widths.size() && int(i) < cells.size(); ++i)
        h = std::max(h, textHeight(cells.at(int(i)), f, widths[i] - 2 * kCellPadding));
    return std::max(h, QFontMetricsF(f).lineSpacing()) + 2 * kCellPadding;
}

void PageComposer::table(const std::vector<TableColumn> &columns, const std::vector<QStringList> &rows,
                         QColor headerColor, QColor ruleColor, double fontSize,
                         const std::vector<std::vector<CellStyle>> &styles)
{
    if (columns.empty())
        return;
    if (m_pages.empty())
        newPage();
    double totalWeight = 0.0;
    for (const TableColumn &c : columns)
        totalWeight += c.weight;
    std::vector<double> widths;
    for (const TableColumn &c : columns)
        widths.push_back(m_content.width() * c.weight / totalWeight);
    const QFont body = font(fontSize);
    const QFont bold = font(fontSize, true);
    QStringList headers;
    for (const TableColumn &c : columns)
        headers << c.header;
    const double headerHeight = tableRowHeight(widths, headers, bold);
    const double left = m_content.left();
    const double tableWidth = m_content.width();

    auto drawRow = [&](const QStringList &cells, double height, bool header, const std::vector<CellStyle> *rowStyle,
                       bool stripe) {
        const double top = m_y;
        std::vector<double> ws = widths;
        std::vector<TableColumn> cols = columns;
        const QFont bodyFont = body;
        const QFont boldFont = bold;
        std::vector<CellStyle> st = rowStyle ? *rowStyle : std::vector<CellStyle>();
        record([=](QPainter &p) {
            if (header)
                p.fillRect(QRectF(left, top, tableWidth, height), headerColor);
            else if (stripe)
                p.fillRect(QRectF(left, top, tableWidth, height), QColor(0xf3, 0xf5, 0xf8));
            double x = left;
            for (size_t i = 0; i < ws.size(); ++i) {
                const QRectF cell(x, top, ws[i], height);
                const bool cellBold = header || (i < st.size() && st[i].bold);
                if (i < st.size() && st[i].background.isValid())
                    p.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), st[i].background);
                p.setFont(cellBold ? boldFont : bodyFont);
                p.setPen(header ? QColor(Qt::white) : QColor(0x22, 0x22, 0x22));
                const QRectF textRect = cell.adjusted(kCellPadding, kCellPadding, -kCellPadding, -kCellPadding);
                p.drawText(textRect, int(cols[i].align | Qt::AlignTop) | Qt::TextWordWrap,
                           i < size_t(cells.size()) ? cells.at(int(i)) : QString());
                x += ws[i];
            }
            p.setPen(QPen(ruleColor, 0.5));
            p.drawLine(QPointF(left, top + height), QPointF(left + tableWidth, top + height));
        });
        m_y += height;
    };

    ensureSpace(headerHeight + (rows.empty() ? 0.0 : tableRowHeight(widths, rows.front(), body)));
    drawRow(headers, headerHeight, true, nullptr, false);
    for (size_t r = 0; r < rows.size(); ++r) {
        const double h = tableRowHeight(widths, rows[r], body);
        if (remaining() < h) {
            newPage();
            drawRow(headers, headerHeight, true, nullptr, false);
        }
        drawRow(rows[r], h, false, r < styles.size() ? &styles[r] : nullptr, r % 2 == 1);
    }
    m_y += 8.0;
}

void PageComposer::block(double height, std::function<void(QPainter &, const QRectF &)> draw)
{
    ensureSpace(height);
    const QRectF r(m_content.left(), m_y, m_content.width(), height);
    record([=](QPainter &p) {
        p.save();
        draw(p, r);
        p.restore();
    });
    m_y += height;
}

} // namespace hostreview::reports
