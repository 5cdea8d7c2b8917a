#include "domainscorechart.h"

#include "models/checklistcolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <QLocale>

#include <cmath>

namespace hostreview::widgets {

using core::checklist::MaturityBand;

namespace {
constexpr std::array<MaturityBand, 4> Bands{MaturityBand::Initial, MaturityBand::Developing, MaturityBand::Defined,
                                            MaturityBand::Managed};
} // namespace

DomainScoreChart::DomainScoreChart(QWidget *parent)
    : QChartView(new QChart, parent),
      m_series(new QHorizontalStackedBarSeries),
      m_categoryAxis(new QBarCategoryAxis),
      m_valueAxis(new QValueAxis)
{
    // The chart is the view's from its construction: QChartView(parent) would make a default chart
    // that a later setChart() releases without deleting.
    QChart *c = chart();
    c->setTitle(tr("Domain scores"));
    c->setLocalizeNumbers(true); // axis labels in the program's locale (0,8 in German)
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    for (size_t b = 0; b < Bands.size(); ++b) {
        const MaturityBand band = Bands[b];
        m_sets[b] = new QBarSet(tr("%1 (%2)").arg(models::maturityBandText(band),
                                                    band == MaturityBand::Initial      ? tr("under 40")
                                                    : band == MaturityBand::Developing ? tr("40–59")
                                                    : band == MaturityBand::Defined    ? tr("60–79")
                                                                                        : tr("≥ 80")));
        m_sets[b]->setColor(models::maturityBandColor(band));
        m_sets[b]->setBorderColor(models::maturityBandColor(band).darker(130));
        m_series->append(m_sets[b]);
    }
    m_series->setBarWidth(0.6);
    c->addSeries(m_series);

    m_valueAxis->setRange(0.0, 100.0);
    m_valueAxis->setTickCount(6);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setTitleText(tr("Score (0–100)"));
    c->addAxis(m_valueAxis, Qt::AlignBottom);
    // A size smaller than the chart's own text, so a long domain name and its figures fit unelided.
    QFont labelFont = m_categoryAxis->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    m_categoryAxis->setLabelsFont(labelFont);
    // Qt Charts elides left-axis category labels to "…" when a bar row is lower than the text, which
    // happens in a docked panel; the domain's name travels in the annotation beside its bar instead.
    m_categoryAxis->setLabelsVisible(false);
    c->addAxis(m_categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(m_valueAxis);
    m_series->attachAxis(m_categoryAxis);

    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
    connect(c, &QChart::plotAreaChanged, this, [this] { placeAnnotations(); });
}

void DomainScoreChart::setScorecard(const core::checklist::Scorecard &scorecard)
{
    for (QBarSet *set : m_sets)
        set->remove(0, set->count());
    m_domainIds.clear();
    m_labels.clear();
    m_bands.clear();
    m_annotations.clear();

    // QHorizontal*BarSeries draws category 0 at the bottom: walk the domains backwards so the
    // checklist's first domain is the top bar.
    for (auto it = scorecard.domains.rbegin(); it != scorecard.domains.rend(); ++it) {
        const core::checklist::DomainScore &d = *it;
        const int unanswered = d.counts.unanswered;
        QString figures = d.score ? QLocale().toString(std::round(*d.score * 10.0) / 10.0, 'f', 1) : tr("not assessed");
        if (unanswered > 0)
            figures = tr("%1 · %2 unanswered").arg(figures).arg(unanswered);
        const QString label = d.name;
        m_annotations.push_back(tr("%1: %2").arg(d.name, figures));
        m_domainIds << d.domainId;
        m_labels << label;
        m_bands.push_back(d.score ? d.band : std::nullopt);
        for (size_t b = 0; b < Bands.size(); ++b)
            m_sets[b]->append(d.score && d.band == Bands[b] ? *d.score : 0.0);
    }
    m_categoryAxis->setCategories(m_labels);

    // The figures go next to each bar (the axis would elide a name and its figures on one line).
    while (int(m_annotationItems.size()) < m_annotations.size()) {
        auto *item = new QGraphicsSimpleTextItem(chart());
        item->setZValue(10);
        m_annotationItems.push_back(item);
    }
    for (size_t i = 0; i < m_annotationItems.size(); ++i) {
        m_annotationItems[i]->setVisible(int(i) < m_annotations.size());
        if (int(i) < m_annotations.size())
            m_annotationItems[i]->setText(m_annotations.at(int(i)));
    }
    placeAnnotations();
}

void DomainScoreChart::placeAnnotations()
{
    const QRectF plot = chart()->plotArea();
    for (int i = 0; i < m_annotations.size() && i < int(m_annotationItems.size()); ++i) {
        QGraphicsSimpleTextItem *item = m_annotationItems[size_t(i)];
        const std::optional<double> value = barValue(m_domainIds.at(i));
        const QPointF end = chart()->mapToPosition(QPointF(value.value_or(0.0), i), m_series);
        const QRectF text = item->boundingRect();
        // After the bar when the text fits there, else inside its end (a long bar leaves room inside).
        double x = end.x() + 6.0;
        QColor colour = palette().color(QPalette::Text);
        const std::optional<MaturityBand> band = m_bands[size_t(i)];
        if (x + text.width() > plot.right() && band) {
            x = end.x() - text.width() - 6.0;
            // Dark text on the light bands, white on the dark ones (contrast).
            const QColor fill = models::maturityBandColor(*band);
            const double luma = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue(); // ITU-R BT.601
            colour = luma > 150.0 ? QColor(Qt::black) : QColor(Qt::white);
        }
        item->setBrush(colour);
        item->setPos(x, end.y() - text.height() / 2.0);
    }
}

void DomainScoreChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeAnnotations();
}

QString DomainScoreChart::annotation(const QString &domainId) const
{
    const int i = categoryOf(domainId);
    return i < 0 ? QString() : m_annotations.at(i);
}

int DomainScoreChart::categoryOf(const QString &domainId) const
{
    return int(m_domainIds.indexOf(domainId));
}

std::optional<double> DomainScoreChart::barValue(const QString &domainId) const
{
    const int i = categoryOf(domainId);
    if (i < 0 || !m_bands[size_t(i)])
        return std::nullopt;
    // A score of 0 is a real (empty) bar: the value is read from the set of the domain's band.
    return m_sets[size_t(*m_bands[size_t(i)])]->at(i);
}

std::optional<MaturityBand> DomainScoreChart::barBand(const QString &domainId) const
{
    const int i = categoryOf(domainId);
    return i < 0 ? std::nullopt : m_bands[size_t(i)];
}

QString DomainScoreChart::categoryLabel(const QString &domainId) const
{
    const int i = categoryOf(domainId);
    return i < 0 ? QString() : m_labels.at(i);
}

} // namespace hostreview::widgets
