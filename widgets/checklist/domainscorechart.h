#pragma once

#include "core/checklist/scorecard.h"

#include <QChartView>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace hostreview::widgets {

/**
 * One horizontal bar per checklist domain, 0–100, coloured by maturity band (one bar set per band,
 * stacked, so each domain's bar lies in exactly one of them and the legend explains the colours).
 * The category label carries the score and the number of unanswered items; a domain without a
 * score says "not assessed" and draws no bar (never a zero). The first domain is at the top.
 */
class DomainScoreChart : public QChartView {
    Q_OBJECT
public:
    explicit DomainScoreChart(QWidget *parent = nullptr);

    /** Redraws from `scorecard` (domains in its order). */
    void setScorecard(const core::checklist::Scorecard &scorecard);

    /** Returns the bar drawn for a domain (read back from the chart), nullopt when it has none. */
    std::optional<double> barValue(const QString &domainId) const;
    /** Returns the band whose colour the domain's bar has, nullopt when it has no bar. */
    std::optional<core::checklist::MaturityBand> barBand(const QString &domainId) const;
    /** Returns the axis label of a domain ("Security & IAM  50.0 · 2 unanswered"), empty when unknown. */
    QString categoryLabel(const QString &domainId) const;

private:
    int categoryOf(const QString &domainId) const;

    QHorizontalStackedBarSeries *m_series;
    std::array<QBarSet *, 4> m_sets{}; ///< by MaturityBand
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QStringList m_domainIds; ///< in category order (reversed domain order: first domain on top)
    QStringList m_labels;
    std::vector<std::optional<core::checklist::MaturityBand>> m_bands; ///< per category; none: no bar
};

} // namespace hostreview::widgets
