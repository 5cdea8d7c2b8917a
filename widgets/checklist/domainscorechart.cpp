#include "domainscorechart.h"

#include "models/checklistcolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace hostreview::widgets {

using core::checklist::MaturityBand;

namespace {
constexpr std::array<MaturityBand, 4> Bands{MaturityBand::Initial, MaturityBand::Developing, MaturityBand::Defined,
                                            MaturityBand::Managed};
} // namespace

DomainScoreChart::DomainScoreChart(QWidget *parent)
    : QChartView(parent),
      m_series(new QHorizontalStackedBarSeries),
      m_categoryAxis(new QBarCategoryAxis),
      m_valueAxis(new QValueAxis)
{
    auto *c = new QChart;
    c->setTitle(tr("Domain scores"));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    for (size_t b = 0; b < Bands.size(); ++b) {
        const MaturityBand band = Bands[b];
        m_sets[b] = new QBarSet(tr("%1 (%2)").arg(models::maturityBandText(band),
                                                    band == MaturityBand::Initial      ? tr("< 40")
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
    c->addAxis(m_categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(m_valueAxis);
    m_series->attachAxis(m_categoryAxis);

    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
}

void DomainScoreChart::setScorecard(const core::checklist::Scorecard &scorecard)
{
    for (QBarSet *set : m_sets)
        set->remove(0, set->count());
    m_domainIds.clear();
    m_labels.clear();
    m_bands.clear();

    // QHorizontal*BarSeries draws category 0 at the bottom: walk the domains backwards so the
    // checklist's first domain is the top bar.
    for (auto it = scorecard.domains.rbegin(); it != scorecard.domains.rend(); ++it) {
        const core::checklist::DomainScore &d = *it;
        const int unanswered = d.counts.unanswered;
        QString label;
        if (d.score) {
            label = unanswered > 0 ? tr("%1  %2 · %3 unanswered")
                                         .arg(d.name, QString::number(std::round(*d.score * 10.0) / 10.0, 'f', 1))
                                         .arg(unanswered)
                                   : tr("%1  %2").arg(d.name, QString::number(std::round(*d.score * 10.0) / 10.0, 'f', 1));
        } else {
            label = unanswered > 0 ? tr("%1  not assessed · %2 unanswered").arg(d.name).arg(unanswered)
                                   : tr("%1  not assessed").arg(d.name);
        }
        m_domainIds << d.domainId;
        m_labels << label;
        m_bands.push_back(d.score ? d.band : std::nullopt);
        for (size_t b = 0; b < Bands.size(); ++b)
            m_sets[b]->append(d.score && d.band == Bands[b] ? *d.score : 0.0);
    }
    m_categoryAxis->setCategories(m_labels);
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
