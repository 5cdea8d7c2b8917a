#pragma once

#include "core/checklist/scorecard.h"

#include <QChartView>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace hostreview::widgets {

/**
 * One horizontal bar per checklist domain, 0–100, coloured by maturity band (one bar set per band,
 * stacked, so each domain's bar lies in exactly one of them and the legend explains the colours).
 * The axis names the domains; beside each bar a label gives the score and the number of unanswered
 * items. A domain without a score says "not assessed" and draws no bar (never a zero). The first
 * domain is at the top.
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
    /** Returns the axis label of a domain (its name), empty when unknown. */
    QString categoryLabel(const QString &domainId) const;
    /** Returns the text beside a domain's bar ("50.0 · 2 unanswered", "not assessed · 7 unanswered"). */
    QString annotation(const QString &domainId) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int categoryOf(const QString &domainId) const;
    void placeAnnotations();

    QHorizontalStackedBarSeries *m_series;
    std::array<QBarSet *, 4> m_sets{}; ///< by MaturityBand
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QStringList m_domainIds; ///< in category order (reversed domain order: first domain on top)
    QStringList m_labels;
    QStringList m_annotations; ///< per category: score (or "not assessed") and unanswered count
    std::vector<QGraphicsSimpleTextItem *> m_annotationItems; ///< owned by the chart
    std::vector<std::optional<core::checklist::MaturityBand>> m_bands; ///< per category; none: no bar
};

} // namespace hostreview::widgets
