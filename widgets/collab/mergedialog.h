#pragma once

#include "core/merge/merge.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hostreview::models {
class ConflictTableModel;
class DifferenceTableModel;
}

namespace hostreview::widgets {

/**
 * Compare and merge in the GUI (issue 7). In merge mode: the changes taken automatically in one tab,
 * the conflicts side by side (where | base | mine | theirs) in the other, with a pick per conflict
 * (click the Mine or Theirs cell, or take one side for all). **Apply** is enabled once every conflict
 * has a pick; it builds the merged review with resolveConflicts() and closes the dialog, and the
 * caller replaces the document's content with mergedReview() as one undoable command.
 * In compare mode it lists the differences only.
 */
class MergeDialog : public QDialog {
    Q_OBJECT
public:
    /** Merge mode: `result` of mergeReviews(); the names say which files mine, theirs and the base are. */
    MergeDialog(core::MergeResult result, const QString &mineName, const QString &theirsName, const QString &baseName,
                QWidget *parent = nullptr);
    /** Compare mode: the differences from `mineName` to `otherName`. */
    MergeDialog(QList<core::Difference> differences, const QString &mineName, const QString &otherName,
                QWidget *parent = nullptr);

    /** Returns the merged review after Apply (nullopt before, and in compare mode). */
    const std::optional<core::Review> &mergedReview() const { return m_merged; }

    models::ConflictTableModel *conflictModel() const { return m_conflicts; }
    models::DifferenceTableModel *differenceModel() const { return m_differences; }
    QTableView *conflictView() const { return m_conflictView; }
    QTableView *differenceView() const { return m_differenceView; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *allMineButton() const { return m_allMine; }
    QPushButton *allTheirsButton() const { return m_allTheirs; }

private:
    QWidget *makeDifferencePage();
    void apply();
    void updateApply();

    std::optional<core::MergeResult> m_result;
    std::optional<core::Review> m_merged;
    models::ConflictTableModel *m_conflicts = nullptr;
    models::DifferenceTableModel *m_differences = nullptr;
    QTableView *m_conflictView = nullptr;
    QTableView *m_differenceView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_allMine = nullptr;
    QPushButton *m_allTheirs = nullptr;
};

} // namespace hostreview::widgets
