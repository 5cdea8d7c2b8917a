#pragma once

#include "core/document/reviewdocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;
class QUndoStack;
class QPushButton;

namespace hostreview::models {
class ClassTableModel;
class DemandTableModel;
} // namespace hostreview::models

namespace hostreview::widgets {

class ValidatingDelegate;

/**
 * Edits the workload: a table of classes (id, name, open/closed, arrival rate or users and think
 * time, entry station, measured/estimated tag) and, under it, the per-station demands of the
 * selected class (visits, service time in ms). Cells validate as the user types. Every committed
 * edit becomes an undo command on the document's stack (EditClassCommand, AddClassCommand,
 * RemoveClassCommand); without a stack the editor emits the matching *Requested signal instead.
 */
class WorkloadEditor : public QWidget {
    Q_OBJECT
public:
    explicit WorkloadEditor(QWidget *parent = nullptr);

    void setDocument(core::ReviewDocument *document);
    /** Sets the stack commands are pushed on; nullptr makes the editor emit signals instead. */
    void setUndoStack(QUndoStack *stack);

    /** Returns the id of the selected class, or an empty string. */
    QString selectedClass() const;

    models::ClassTableModel *classModel() const { return m_classModel; }
    models::DemandTableModel *demandModel() const { return m_demandModel; }
    QTableView *classView() const { return m_classView; }
    QTableView *demandView() const { return m_demandView; }
    /** Returns the message line (the last rejected input or typing problem). */
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    /** The selection moved to class `classId` (empty: none). */
    void classSelected(const QString &classId);
    /** Emitted instead of pushing a command when no undo stack is set. */
    void classEditRequested(const QString &classId, const hostreview::core::WorkloadClass &after, const QString &field);
    void classAddRequested(const hostreview::core::WorkloadClass &workloadClass);
    void classRemoveRequested(const QString &classId);

public Q_SLOTS:
    /** Selects the row of class `classId`. */
    void selectClass(const QString &classId);
    void addOpenClass();
    void addClosedClass();
    void removeSelectedClass();

private:
    void onClassEditRequested(const QString &classId, const core::WorkloadClass &after, const QString &field);
    void onCurrentRowChanged();
    void addClass(core::ClassType type);
    void showMessage(const QString &text);
    void updateButtons();

    QPointer<core::ReviewDocument> m_document;
    QPointer<QUndoStack> m_stack;
    models::ClassTableModel *m_classModel;
    models::DemandTableModel *m_demandModel;
    ValidatingDelegate *m_delegate;
    QTableView *m_classView;
    QTableView *m_demandView;
    QLabel *m_demandTitle;
    QLabel *m_message;
    QPushButton *m_removeButton;
    QString m_selected; ///< kept across model resets so the selection survives edits
};

} // namespace hostreview::widgets
