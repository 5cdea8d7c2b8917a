#pragma once

#include "audittarget.h"

#include "core/document/reviewdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hostreview::commands {

/**
 * Applies an import of measurements (core::import::applyImport's result) as one undoable step.
 * Holds the review before and after; redo and undo go through the document's per-class and
 * per-profile mutators (child commands: classes added, classes changed, profiles set), so every
 * view updates itself from the usual signals and undo restores the classes and profiles exactly.
 * The classification rules the import used (Review::extra["classification_rules"]) are saved in
 * the same step, so the next import starts from them.
 */
class ApplyImportCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(ApplyImportCommand)
public:
    /** Builds the step from the document as it is now to `after`; `text` names it in the undo history. */
    ApplyImportCommand(core::ReviewDocument *document, const core::Review &after, const QString &text,
                       QUndoCommand *parent = nullptr);

    /** Returns the review the step started from. */
    const core::Review &before() const { return m_before; }
    /** Returns the review the step leads to (classes and profiles; other parts as before). */
    const core::Review &after() const { return m_after; }
    /** Returns true when the step changes nothing (no class or profile differs). */
    bool isEmpty() const { return childCount() == 0; }
    QString auditTarget() const override;

private:
    core::Review m_before;
    core::Review m_after;
};

/** Sets (or, with an undefined value, removes) one untyped document-level key of Review::extra. */
class SetExtraValueCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(SetExtraValueCommand)
public:
    SetExtraValueCommand(core::ReviewDocument *document, const QString &key, const QJsonValue &after,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString auditTarget() const override;

private:
    core::ReviewDocument *m_document;
    QString m_key;
    QJsonValue m_before, m_after;
};

} // namespace hostreview::commands
