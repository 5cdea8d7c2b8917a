#pragma once

#include "celleditor.h"

#include "core/document/reviewdocument.h"
#include "core/model/review.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace hostreview::models {


/**
 * The scenarios of a document (normal day, peak order day, warehouse surge, …) as a table: name,
 * id, the target-architecture flag and the provenance tag. Edits emit scenarioEditRequested()
 * with the whole scenario as it should become (ReviewDocument::setScenario); the model never
 * changes the document.
 */
class ScenarioListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,       ///< editable (renaming keeps the id)
        IdColumn,         ///< read-only
        TargetColumn,     ///< check box: the recommended target architecture
        ProvenanceColumn, ///< "estimated" / "measured"
        ColumnCount
    };
    static constexpr int ScenarioIdRole = Qt::UserRole + 1;

    explicit ScenarioListModel(QObject *parent = nullptr);

    void setDocument(core::ReviewDocument *document);
    /** Returns the scenario id of `row`, or an empty string. */
    QString scenarioIdAt(int row) const;
    int rowOfScenario(const QString &id) const;

    /** Returns the scenario of `index`'s row with `value` applied to that cell, or an Error. */
    core::Result<core::Scenario> editedScenario(const QModelIndex &index, const QVariant &value, int role) const;

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
    void refresh();

private:
    const core::Review *review() const;

    QPointer<core::ReviewDocument> m_document;
    QStringList m_ids;
};

} // namespace hostreview::models
