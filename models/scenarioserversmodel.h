#pragma once

#include "scenariodetailmodel.h"

namespace hostreview::models {

/**
 * The station overrides of one scenario: a row per station with its servers in the base model
 * and the scenario's override (empty → no override). Other overridden fields are kept as they are.
 */
class ScenarioServersModel : public ScenarioDetailModel {
    Q_OBJECT
public:
    enum Column { StationColumn, BaseServersColumn, OverrideServersColumn, ColumnCount };
    static constexpr int StationIdRole = Qt::UserRole + 1;

    explicit ScenarioServersModel(QObject *parent = nullptr);

    core::Result<core::Scenario> editedScenario(const QModelIndex &index, const QVariant &value) const;
    QStringList candidateProblems(const QModelIndex &index, const QVariant &value) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QStringList rowIds(const core::Review &review) const override;
};

} // namespace hostreview::models
