#include "timelinemodel.h"

#include "reviewaccess.h"
#include "timeofday.h"

#include "core/document/reviewdocument.h"
#include "core/log.h"

#include <QTimer>
#include <QLocale>

#include <algorithm>


namespace hostreview::models {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_sweep([](const core::Review &r, const core::solver::SweepOptions &o) { return core::solver::sweep(r, o); })
{
}

void TimelineModel::setDocument(core::ReviewDocument *document)
{
    if (!detail::switchDocument(this, m_document, document, [this](core::ReviewDocument *d) {
            connect(d, &core::ReviewDocument::edited, this, &TimelineModel::scheduleRecompute);
            connect(d, &core::ReviewDocument::reset, this, &TimelineModel::scheduleRecompute);
        }))
        return;
    recompute();
}

void TimelineModel::setSweepFunction(SweepFunction sweep)
{
    m_sweep = std::move(sweep);
}

void TimelineModel::setKnee(double knee)
{
    if (knee == m_knee)
        return;
    m_knee = knee;
    scheduleRecompute();
}

void TimelineModel::setScenario(const QString &scenario)
{
    const QString id = scenario.isEmpty() ? core::baselineScenarioId() : scenario;
    if (id == m_scenario)
        return;
    m_scenario = id;
    recompute();
}

void TimelineModel::scheduleRecompute()
{
    // Typing in a table emits one edit per commit; solve the day once after the burst.
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_pending)
            recompute();
    });
}

Timeline TimelineModel::compute(const core::Review &review, const QString &scenario, const SweepFunction &sweep,
                               double knee)
{
    Timeline t;
    t.scenario = scenario;
    if (!review.profiles.empty()) {
        t.bucketMinutes = review.profiles.front().bucketMinutes;
        t.bucketCount = int(review.profiles.front().multipliers.size());
    }
    for (const core::Station &s : review.stations) {
        if (s.discipline != core::Discipline::Queue)
            continue; // a delay station's "utilisation" is a mean number in service: it never saturates
        TimelineSeries series;
        series.stationId = s.id;
        series.name = s.name.isEmpty() ? s.id : s.name;
        t.series.push_back(std::move(series));
    }
    if (!sweep) {
        t.error = tr("no solver");
        return t;
    }
    core::solver::SweepOptions options;
    options.scenarios = QStringList{scenario};
    options.knee = knee;
    options.keepResults = false;
    const auto result = sweep(review, options);
    if (!result) {
        t.error = result.error().toString();
        return t;
    }
    if (result->scenarios.empty()) {
        t.error = tr("the solver returned no timeline for scenario %1").arg(scenario);
        return t;
    }
    t.bucketCount = result->bucketCount;
    if (result->bucketMinutes > 0)
        t.bucketMinutes = result->bucketMinutes;
    const core::solver::ScenarioSweep &ss = result->scenarios.front();
    for (TimelineSeries &s : t.series) {
        const auto it = std::find_if(ss.stations.begin(), ss.stations.end(),
                                     [&](const core::solver::StationTimeline &st) { return st.stationId == s.stationId; });
        if (it == ss.stations.end() || t.bucketCount == 0)
            continue; // without profiles there is one flat value, not a timeline
        s.utilization = it->utilization;
        s.firstAtRisk = it->firstAtRisk;
        s.firstSaturated = it->firstSaturated;
        for (size_t b = 0; b < s.utilization.size(); ++b) {
            if (s.peakBucket < 0 || s.utilization[b] > s.peak) {
                s.peak = s.utilization[b];
                s.peakBucket = int(b);
            }
        }
    }
    return t;
}

void TimelineModel::recompute()
{
    m_pending = false;
    beginResetModel();
    if (m_document) {
        m_timeline = compute(m_document->review(), m_scenario, m_sweep, m_knee);
        if (!m_timeline.error.isEmpty())
            core::logger("models.timeline")->warn("timeline of scenario {}: {}", m_scenario.toStdString(),
                                                  m_timeline.error.toStdString());
    } else {
        m_timeline = Timeline{};
        m_timeline.scenario = m_scenario;
    }
    endResetModel();
    Q_EMIT timelineChanged(m_timeline);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_timeline.error.isEmpty() ? 0 : m_timeline.bucketCount;
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_timeline.series.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(bucketSpanText(index.row(), m_timeline.bucketMinutes)) : QVariant();
    const TimelineSeries &s = m_timeline.series[size_t(index.column() - 1)];
    const double u = s.utilization[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return QLocale().toString(u * 100.0, 'f', 1) + QStringLiteral(" %");
    case Qt::UserRole: return u;
    case Qt::ToolTipRole:
        return s.firstSaturated && index.row() >= *s.firstSaturated
                   ? tr("saturated from %1").arg(bucketSpanText(*s.firstSaturated, m_timeline.bucketMinutes))
                   : QVariant();
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section;
    if (section == 0)
        return tr("Time of day");
    if (section - 1 < int(m_timeline.series.size()))
        return m_timeline.series[size_t(section - 1)].name;
    return {};
}

} // namespace hostreview::models
