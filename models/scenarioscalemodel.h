#pragma once

#include "scenariodetailmodel.h"

namespace hostreview::models {

/**
 * The class scale factors of one scenario: a row per class with its factor (empty → 1, no
 * scaling). Edits emit scenarioEditRequested() with the whole scenario.
 */
class ScenarioClassScaleModel : public ScenarioDetailModel {
    Q_OBJECT
public:
    enum Column { ClassColumn, ScaleColumn, ColumnCount };
    static constexpr int ClassIdRole = Qt::UserRole + 1;

    explicit ScenarioClassScaleModel(QObject *parent = nullptr);

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
