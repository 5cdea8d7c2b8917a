#pragma once

#include "audittarget.h"

#include "core/document/reviewdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hostreview::commands {

/** Adds a what-if scenario. */
class AddScenarioCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(AddScenarioCommand)
public:
    AddScenarioCommand(core::ReviewDocument *document, const core::Scenario &scenario, int index = -1,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    core::Scenario m_scenario;
    int m_index;
};

/** Deletes a scenario; undo puts it back at the same position. */
class RemoveScenarioCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(RemoveScenarioCommand)
public:
    RemoveScenarioCommand(core::ReviewDocument *document, const QString &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_id;
    std::optional<std::pair<int, core::Scenario>> m_removed;
};

/** Replaces every field of a scenario (scales, overrides, name); same-field edits merge. */
class EditScenarioCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(EditScenarioCommand)
public:
    EditScenarioCommand(core::ReviewDocument *document, const core::Scenario &after, const QString &field = {},
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    core::ReviewDocument *m_document;
    core::Scenario m_before, m_after;
    QString m_field;
};

} // namespace hostreview::commands
