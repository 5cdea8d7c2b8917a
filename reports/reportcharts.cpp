#include "reportcharts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace hostreview::reports {

using namespace hostreview::core;

namespace {

class ChartText {
    Q_DECLARE_TR_FUNCTIONS(hostreview::reports::Report)
};

QFont chartFont(const QString &family, int pixelSize, bool bold = false)
{
    QFont f(family);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping)); // no "fi" ligatures: PDF text stays searchable
    return f;
}

} // namespace

QColor seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0x17, 0xbe, 0xcf)};
    return colors[index % int(std::size(colors))];
}

void paintSaturationChart(QPainter &p, const QRectF &area, const ReportData &data, const ScenarioSummary &scenario,
                          const ReportTemplate &tmpl)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFont small = chartFont(tmpl.fontFamily, 8);
    const QFontMetricsF fm(small);
    const int series = int(scenario.topStations.size());
    const int legendColumns = 2;
    const double legendRowHeight = fm.lineSpacing() + 2;
    const double legendHeight = std::ceil(series / double(legendColumns)) * legendRowHeight + 4;
    const QRectF plot(area.left() + 34, area.top() + 6, area.width() - 44, area.height() - 26 - legendHeight);

    // Vertical range: at least up to 120 % so that the 100 % line is always visible.
    double maxU = 1.2;
    for (const QString &id : scenario.topStations)
        for (const solver::StationTimeline &t : scenario.sweep.stations)
            if (t.stationId == id)
                for (double u : t.utilization)
                    maxU = std::max(maxU, u);
    maxU = std::ceil(maxU * 5.0) / 5.0;
    const int buckets = std::max<int>(1, data.bucketCount);
    auto xOf = [&](double bucket) { return plot.left() + plot.width() * (buckets > 1 ? bucket / (buckets - 1) : 0.5); };
    auto yOf = [&](double u) { return plot.bottom() - plot.height() * std::min(u, maxU) / maxU; };

    // Grid and axes.
    p.setFont(small);
    const double step = maxU > 2.0 ? 0.5 : 0.2;
    for (double u = 0.0; u <= maxU + 1e-9; u += step) {
        p.setPen(QPen(tmpl.colors.rule, 0.4));
        p.drawLine(QPointF(plot.left(), yOf(u)), QPointF(plot.right(), yOf(u)));
        p.setPen(tmpl.colors.muted);
        p.drawText(QRectF(area.left(), yOf(u) - 6, 30, 12), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(u * 100.0, 'f', 0) + QStringLiteral(" %"));
    }
    if (data.bucketCount > 1 && data.bucketMinutes > 0) {
        const int perHour = std::max(1, 60 / data.bucketMinutes);
        for (int b = 0; b < buckets; b += 3 * perHour) {
            p.setPen(QPen(tmpl.colors.rule, 0.4));
            p.drawLine(QPointF(xOf(b), plot.top()), QPointF(xOf(b), plot.bottom()));
            p.setPen(tmpl.colors.muted);
            p.drawText(QRectF(xOf(b) - 20, plot.bottom() + 2, 40, 12), Qt::AlignHCenter | Qt::AlignTop,
                       data.timeOfBucket(b));
        }
    }
    p.setPen(QPen(tmpl.colors.text, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    // Knee and 100 % lines.
    p.setPen(QPen(tmpl.colors.warning, 1.1, Qt::DashLine));
    p.drawLine(QPointF(plot.left(), yOf(data.knee)), QPointF(plot.right(), yOf(data.knee)));
    p.drawText(QRectF(plot.right() - 120, yOf(data.knee) - 12, 118, 11), Qt::AlignRight | Qt::AlignBottom,
               ChartText::tr("knee %1 %").arg(QLocale().toString(data.knee * 100.0, 'f', 0)));
    p.setPen(QPen(tmpl.colors.critical, 1.1));
    p.drawLine(QPointF(plot.left(), yOf(1.0)), QPointF(plot.right(), yOf(1.0)));

    // Series.
    for (int i = 0; i < series; ++i) {
        const QString &id = scenario.topStations.at(i);
        for (const solver::StationTimeline &t : scenario.sweep.stations) {
            if (t.stationId != id || t.utilization.empty())
                continue;
            QPainterPath path;
            for (size_t b = 0; b < t.utilization.size(); ++b) {
                const QPointF pt(xOf(double(b)), yOf(t.utilization[b]));
                if (b == 0)
                    path.moveTo(pt);
                else
                    path.lineTo(pt);
            }
            if (t.utilization.size() == 1) // one bucket: a short mark instead of a line
                path.lineTo(QPointF(xOf(0) + 4, yOf(t.utilization[0])));
            p.strokePath(path, QPen(seriesColor(i), 1.4));
        }
    }

    // Legend.
    const double legendTop = plot.bottom() + 18;
    const double columnWidth = area.width() / legendColumns;
    for (int i = 0; i < series; ++i) {
        const double x = area.left() + (i % legendColumns) * columnWidth + 34;
        const double y = legendTop + (i / legendColumns) * legendRowHeight;
        p.fillRect(QRectF(x, y + 3, 12, 3), seriesColor(i));
        p.setPen(tmpl.colors.text);
        const QString label = data.stationName(scenario.topStations.at(i));
        p.drawText(QRectF(x + 16, y, columnWidth - 52, legendRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(label, Qt::ElideRight, columnWidth - 52));
    }
    p.restore();
}

void paintScorecardChart(QPainter &p, const QRectF &area, const checklist::Scorecard &card, const ReportTemplate &tmpl)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFont small = chartFont(tmpl.fontFamily, 9);
    const QFontMetricsF fm(small);
    p.setFont(small);
    const int n = std::max<int>(1, int(card.domains.size()));
    const double labelWidth = area.width() * 0.34;
    const double rowHeight = area.height() / n;
    const QRectF bars(area.left() + labelWidth, area.top(), area.width() - labelWidth - 40, area.height());
    for (int v = 0; v <= 100; v += 20) {
        const double x = bars.left() + bars.width() * v / 100.0;
        p.setPen(QPen(tmpl.colors.rule, 0.4, v == 60 ? Qt::DashLine : Qt::SolidLine));
        p.drawLine(QPointF(x, bars.top()), QPointF(x, bars.bottom()));
    }
    for (int i = 0; i < int(card.domains.size()); ++i) {
        const checklist::DomainScore &d = card.domains[size_t(i)];
        const double top = area.top() + i * rowHeight;
        p.setPen(tmpl.colors.text);
        p.drawText(QRectF(area.left(), top, labelWidth - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(d.name, Qt::ElideRight, labelWidth - 6));
        if (!d.score) {
            p.setPen(tmpl.colors.muted);
            p.drawText(QRectF(bars.left() + 4, top, bars.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       ChartText::tr("not assessed"));
            continue;
        }
        QColor c = *d.score >= 80 ? tmpl.colors.good
                   : *d.score >= 60 ? tmpl.colors.accent
                   : *d.score >= 40 ? tmpl.colors.warning
                                    : tmpl.colors.critical;
        const QRectF bar(bars.left(), top + rowHeight * 0.2, bars.width() * *d.score / 100.0, rowHeight * 0.6);
        QPainterPath path;
        path.addRect(bar);
        p.fillPath(path, c);
        p.setPen(tmpl.colors.text);
        p.drawText(QRectF(bar.right() + 4, top, 40, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QLocale().toString(*d.score, 'f', 1));
    }
    p.restore();
}

} // namespace hostreview::reports
