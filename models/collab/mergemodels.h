#pragma once

#include "core/merge/merge.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

#include <optional>

namespace hostreview::models {

/** Returns a JSON value as one short line for a table cell ("—" when absent); `full` keeps it whole. */
QString jsonCellText(const QJsonValue &value, bool full = false);

/**
 * Differences between two reviews (compare), or the changes a merge applied: change, where, before,
 * after and, for a merge, which side it came from.
 */
class DifferenceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ChangeColumn, PathColumn, BeforeColumn, AfterColumn, OriginColumn, ColumnCount };

    explicit DifferenceTableModel(QObject *parent = nullptr);
    void setDifferences(QList<core::Difference> differences);
    const QList<core::Difference> &differences() const { return m_differences; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Difference> m_differences;
};

/**
 * The conflicts of a three-way merge side by side (where | base | mine | theirs) with the user's pick:
 * the Mine and Theirs cells are checkable and act as a pair of radio buttons per row. Nothing is
 * picked at first; allChosen() says when every conflict has a pick.
 */
class ConflictTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PathColumn, BaseColumn, MineColumn, TheirsColumn, ColumnCount };

    explicit ConflictTableModel(QObject *parent = nullptr);
    void setConflicts(QList<core::Conflict> conflicts);
    const QList<core::Conflict> &conflicts() const { return m_conflicts; }

    /** Picks `side` for conflict `row`. */
    void choose(int row, core::Side side);
    /** Picks `side` for every conflict. */
    void chooseAll(core::Side side);
    /** Returns the pick of conflict `row` (nullopt when none yet). */
    std::optional<core::Side> choice(int row) const;
    /** Returns true when every conflict has a pick (also when there are none). */
    bool allChosen() const;
    /** Returns the picks by conflict path, as resolveConflicts() takes them. */
    QMap<QString, core::Side> choices() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void choicesChanged();

private:
    QList<core::Conflict> m_conflicts;
    QList<std::optional<core::Side>> m_choices;
};

} // namespace hostreview::models
