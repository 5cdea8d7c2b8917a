#pragma once

#include "core/document/reviewdocument.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace hostreview::models {
class ScenarioListModel;
class ScenarioClassScaleModel;
class ScenarioServersModel;
} // namespace hostreview::models

namespace hostreview::widgets {

/**
 * Manages the what-if scenarios: a list (name, id, target flag, provenance) with add — empty or
 * one of the usual Odoo review scenarios —, clone, rename and delete, and for the selected
 * scenario its description, class load scale factors and station server overrides. Edits become
 * AddScenarioCommand / RemoveScenarioCommand / EditScenarioCommand on the undo stack, or the
 * matching *Requested signals when no stack is set.
 */
class ScenarioManager : public QWidget {
    Q_OBJECT
public:
    /** The usual scenarios of an Odoo hosting review, offered when adding. */
    enum class Preset { Empty, NormalDay, PeakOrderDay, WarehouseSurge, IntegrationBacklog, Recovery };

    explicit ScenarioManager(QWidget *parent = nullptr);

    void setDocument(core::ReviewDocument *document);
    void setUndoStack(QUndoStack *stack);

    /** Returns the selected scenario's id, or an empty string. */
    QString selectedScenario() const;
    /** Returns a new scenario for `preset` with an id not yet used in the document. */
    core::Scenario makePreset(Preset preset) const;

    models::ScenarioListModel *listModel() const { return m_listModel; }
    models::ScenarioClassScaleModel *scaleModel() const { return m_scaleModel; }
    models::ScenarioServersModel *serversModel() const { return m_serversModel; }
    QTableView *listView() const { return m_listView; }
    QTableView *scaleView() const { return m_scaleView; }
    QTableView *serversView() const { return m_serversView; }
    QLineEdit *descriptionEdit() const { return m_description; }

Q_SIGNALS:
    void scenarioSelected(const QString &scenarioId);
    /** Emitted instead of pushing commands when no undo stack is set. */
    void scenarioAddRequested(const hostreview::core::Scenario &scenario);
    void scenarioRemoveRequested(const QString &scenarioId);
    void scenarioEditRequested(const QString &scenarioId, const hostreview::core::Scenario &after, const QString &field);

public Q_SLOTS:
    void selectScenario(const QString &scenarioId);
    void addScenario(hostreview::widgets::ScenarioManager::Preset preset = Preset::Empty);
    /** Adds a copy of the selected scenario (new id, "(copy)" name, not the target). */
    void cloneSelected();
    /** Starts editing the selected scenario's name in the list. */
    void renameSelected();
    void removeSelected();

private:
    void onEditRequested(const QString &scenarioId, const core::Scenario &after, const QString &field);
    void add(const core::Scenario &scenario);
    void onCurrentRowChanged();
    void commitDescription();

    QPointer<core::ReviewDocument> m_document;
    QPointer<QUndoStack> m_stack;
    models::ScenarioListModel *m_listModel;
    models::ScenarioClassScaleModel *m_scaleModel;
    models::ScenarioServersModel *m_serversModel;
    QTableView *m_listView;
    QTableView *m_scaleView;
    QTableView *m_serversView;
    QLineEdit *m_description;
    QPushButton *m_cloneButton;
    QPushButton *m_renameButton;
    QPushButton *m_removeButton;
    QLabel *m_message;
    QString m_selected;
};

} // namespace hostreview::widgets
