#pragma once

#include "core/document/reviewdocument.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace hostreview::models {
class ProfileTableModel;
}

namespace hostreview::widgets {

class ProfileChartView;
class ValidatingDelegate;

/**
 * Edits the day profile of one workload class: the 96 buckets (or however many the document
 * uses) as a chart whose points can be dragged, as a table, and by scaling all or the selected
 * buckets by a factor; plus the measured/estimated tag. Edits become EditProfileCommand on the
 * undo stack, or profileEditRequested() when no stack is set.
 */
class ProfileEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    void setDocument(core::ReviewDocument *document);
    void setUndoStack(QUndoStack *stack);

    QString classId() const;
    models::ProfileTableModel *model() const { return m_model; }
    ProfileChartView *chartView() const { return m_chart; }
    QTableView *tableView() const { return m_table; }
    QDoubleSpinBox *factorBox() const { return m_factor; }
    QComboBox *provenanceBox() const { return m_provenance; }

    /** Returns the buckets selected in the table, ascending. */
    QList<int> selectedBuckets() const;

Q_SIGNALS:
    /** Emitted instead of pushing a command when no undo stack is set. */
    void profileEditRequested(const QString &classId, const std::optional<hostreview::core::Profile> &after);

public Q_SLOTS:
    /** Shows the profile of class `classId`. */
    void selectClass(const QString &classId);
    /** Multiplies the selected buckets by the factor box's value. */
    void scaleSelected();
    /** Multiplies every bucket by the factor box's value. */
    void scaleAll();

private:
    void onProfileEditRequested(const QString &classId, const std::optional<core::Profile> &after);
    void reloadClasses();
    void updateView();

    QPointer<core::ReviewDocument> m_document;
    QPointer<QUndoStack> m_stack;
    models::ProfileTableModel *m_model;
    QComboBox *m_classBox;
    ProfileChartView *m_chart;
    QTableView *m_table;
    QDoubleSpinBox *m_factor;
    QComboBox *m_provenance;
    QPushButton *m_removeButton;
    QLabel *m_message;
};

} // namespace hostreview::widgets
