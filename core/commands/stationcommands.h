#pragma once

#include "audittarget.h"

#include "core/document/reviewdocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace hostreview::commands {

/** Places a new station (from the palette). Undo removes it again. */
class AddStationCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(AddStationCommand)
public:
    AddStationCommand(core::ReviewDocument *document, const core::Station &station, int index = -1,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    core::Station m_station;
    int m_index;
};

/** Deletes a station; undo restores it with its links, the class demands on it and entry references. */
class RemoveStationCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(RemoveStationCommand)
public:
    RemoveStationCommand(core::ReviewDocument *document, const QString &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_id;
    std::optional<core::RemovedStation> m_removed;
};

/**
 * Moves one or more stations (a drag of a selection, or the automatic layout). Consecutive drags of
 * the same set of stations merge into one step, as in Qt's undoframework example.
 */
class MoveStationsCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(MoveStationsCommand)
public:
    /** `moves`: station id → (old position, new position). */
    MoveStationsCommand(core::ReviewDocument *document, const QHash<QString, QPair<QPointF, QPointF>> &moves,
                        bool mergeable = true, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    core::ReviewDocument *m_document;
    QHash<QString, QPair<QPointF, QPointF>> m_moves;
    bool m_mergeable;
};

/**
 * Replaces every field of one station (the property panel). `field` names what was edited; two
 * consecutive edits of the same field of the same station merge (one undo step per typed value).
 */
class EditStationCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(EditStationCommand)
public:
    EditStationCommand(core::ReviewDocument *document, const core::Station &after, const QString &field = {},
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    core::ReviewDocument *m_document;
    core::Station m_before;
    core::Station m_after;
    QString m_field;
};

} // namespace hostreview::commands
