#pragma once

#include "core/document/reviewdocument.h"
#include "core/model/review.h"
#include "core/solver/sweep.h"
#include "timeline.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <vector>

namespace hostreview::models {

/** Sweeps a review over scenarios × buckets (core::solver::sweep by default; tests pass their own). */
using SweepFunction =
    std::function<core::Result<core::solver::Sweep>(const core::Review &, const core::solver::SweepOptions &)>;

/**
 * Computes the saturation timeline of a document with the solver's sweep over every profile
 * bucket of the chosen scenario, and shows it as a table with a row per bucket (the time of day, then one column per
 * queue station holding its utilisation). The timeline chart and the report read timeline().
 */
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit TimelineModel(QObject *parent = nullptr);

    /** Follows `document`: recomputes (coalesced) whenever it is edited or replaced. */
    void setDocument(core::ReviewDocument *document);
    /** Replaces the sweep function (default core::solver::sweep). */
    void setSweepFunction(SweepFunction sweep);
    /** Sets the knee passed to the sweep (utilisation from which a station is "at risk"). */
    void setKnee(double knee);
    /** Returns the scenario whose timeline is computed ("baseline" by default). */
    QString scenario() const { return m_scenario; }

    /**
     * Computes the timeline of `review` for `scenario` at once with one sweep. When the sweep
     * fails, Timeline::error says why and no series holds values.
     */
    static Timeline compute(const core::Review &review, const QString &scenario, const SweepFunction &sweep,
                            double knee = 0.8);

    /** Returns the last computed timeline. */
    const Timeline &timeline() const { return m_timeline; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** A new timeline was computed (also after a failure: then `timeline.error` says why). */
    void timelineChanged(const hostreview::models::Timeline &timeline);

public Q_SLOTS:
    void setScenario(const QString &scenario);
    /** Recomputes now from the document. */
    void recompute();

private:
    void scheduleRecompute();

    QPointer<core::ReviewDocument> m_document;
    SweepFunction m_sweep;
    double m_knee = 0.8;
    QString m_scenario = core::baselineScenarioId();
    Timeline m_timeline;
    bool m_pending = false;
};

} // namespace hostreview::models
