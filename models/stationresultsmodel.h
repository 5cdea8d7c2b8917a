#pragma once

#include "core/model/review.h"
#include "core/solver/solver.h"

#include <QAbstractItemModel>

#include <vector>

namespace hostreview::models {

/**
 * Shows one solver result as a tree: a row per station (document order until sorted) with the
 * station's utilisation, queue length, throughput and state, and under it a row per class that
 * visits the station with that class's figures. Figures the solver leaves out because a station
 * is saturated read "saturated", never NaN or infinity. Read-only.
 */
class StationResultsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    /** The columns, left to right. */
    enum Column {
        NameColumn,          ///< station name (class name on child rows)
        UtilizationColumn,   ///< percent for queue stations, mean number in service for delay stations
        QueueLengthColumn,   ///< mean number present (waiting + in service)
        ResidenceTimeColumn, ///< per class: visits × time per visit, in ms
        ThroughputColumn,    ///< requests per second
        StateColumn,         ///< "saturated", "at risk", "ok", "delay"
        ColumnCount
    };
    /** Extra data roles. */
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw number behind a cell (a missing figure sorts as +∞)
        IdRole,                      ///< station id (class id on child rows)
        SaturatedRole,               ///< bool: the station is saturated
        AtRiskRole,                  ///< bool: utilisation at or above the knee
        BottleneckRole,              ///< bool: the station is the result's bottleneck
        StationIdRole,               ///< station id on station and class rows
    };

    explicit StationResultsModel(QObject *parent = nullptr);

    /** Replaces the shown result; `review` supplies station and class names. */
    void setResult(const core::Review &review, const core::solver::SolveResult &result);
    /** Shows nothing (no result, or the last solve failed). */
    void clear();
    /** Shows residence times in seconds instead of milliseconds (the "units" setting). */
    void setTimesInSeconds(bool seconds);
    bool timesInSeconds() const { return m_seconds; }
    /** Returns the shown result. */
    const core::solver::SolveResult &result() const { return m_result; }
    /** Returns true when a result is shown. */
    bool hasResult() const { return m_hasResult; }

    /** Returns "Bottleneck: <name> at 70.4 %", or a sentence saying there is none. */
    QString bottleneckText() const;
    /** Returns the headroom sentence ("Headroom: ×1.42 on open arrival rates (PostgreSQL primary)"). */
    QString headroomText() const;
    /** Returns the display name of a station id (its name, else the id). */
    QString stationName(const QString &id) const;

    /** Returns the top-level row of a station id, or -1. */
    int rowOfStation(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** Sorts stations, and the classes under each station, by the column's SortRole value. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    double timeScale() const { return m_seconds ? 1.0 : 1000.0; }
    bool m_seconds = false;
    QVariant stationData(int stationIndex, int column, int role) const;
    QVariant classData(int stationIndex, int perClassIndex, int column, int role) const;
    QVariant sortValue(int stationIndex, int perClassIndex, int column) const;
    QString className(const QString &id) const;

    core::Review m_review;
    core::solver::SolveResult m_result;
    bool m_hasResult = false;
    std::vector<int> m_order;                   ///< top row → index into m_result.stations
    std::vector<std::vector<int>> m_childOrder; ///< per station index: child row → per_class index
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

/** Formats a utilisation as a percentage ("70.4 %"); the caller never passes NaN. */
QString percentText(double fraction);

} // namespace hostreview::models
