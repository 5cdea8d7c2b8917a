#pragma once

#include "celleditor.h"

#include "core/document/reviewdocument.h"
#include "core/model/review.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace hostreview::models {

/**
 * The station overrides of one scenario: a row per station with its servers in the base model
 * and the scenario's override (empty → no override). Other overridden fields are kept as they are.
 */
class ScenarioServersModel : public QAbstractTableModel, public CandidateChecker {
    Q_OBJECT
public:
    enum Column { StationColumn, BaseServersColumn, OverrideServersColumn, ColumnCount };
    static constexpr int StationIdRole = Qt::UserRole + 1;

    explicit ScenarioServersModel(QObject *parent = nullptr);
    void setDocument(core::ReviewDocument *document);
    QString scenarioId() const { return m_scenarioId; }

    core::Result<core::Scenario> editedScenario(const QModelIndex &index, const QVariant &value) const;
    QStringList candidateProblems(const QModelIndex &index, const QVariant &value) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The user committed a cell: scenario `scenarioId` should become `after`; `field` names what changed. */
    void scenarioEditRequested(const QString &scenarioId, const hostreview::core::Scenario &after,
                               const QString &field);
    void editRejected(const QString &message);

public Q_SLOTS:
    void setScenarioId(const QString &scenarioId);
    void refresh();

private:
    const core::Review *review() const;
    const core::Scenario *scenario() const;

    QPointer<core::ReviewDocument> m_document;
    QString m_scenarioId;
    QStringList m_ids;
};

} // namespace hostreview::models
