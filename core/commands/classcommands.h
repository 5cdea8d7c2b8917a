#pragma once

#include "audittarget.h"

#include "core/document/reviewdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hostreview::commands {

/** Adds a workload class. */
class AddClassCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(AddClassCommand)
public:
    AddClassCommand(core::ReviewDocument *document, const core::WorkloadClass &workloadClass, int index = -1,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    core::WorkloadClass m_class;
    int m_index;
};

/** Deletes a workload class and its profile; undo restores both at their positions. */
class RemoveClassCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(RemoveClassCommand)
public:
    RemoveClassCommand(core::ReviewDocument *document, const QString &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_id;
    std::optional<core::RemovedClass> m_removed;
};

/** Replaces every field of a class (rate, population, demands…); same-field edits merge. */
class EditClassCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(EditClassCommand)
public:
    EditClassCommand(core::ReviewDocument *document, const core::WorkloadClass &after, const QString &field = {},
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    core::ReviewDocument *m_document;
    core::WorkloadClass m_before, m_after;
    QString m_field;
};

/** Sets or (with nullopt) removes the daily profile of one class. */
class EditProfileCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(EditProfileCommand)
public:
    EditProfileCommand(core::ReviewDocument *document, const QString &classId, const std::optional<core::Profile> &after,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_classId;
    std::optional<core::Profile> m_before, m_after;
};

} // namespace hostreview::commands
