#pragma once

#include <QStyledItemDelegate>

namespace hostreview::widgets {

/**
 * Edits cells of the workbench's item models: a combo box where the model offers choices
 * (models::ChoicesRole), a line edit otherwise. While the user types, the line edit asks the
 * model (models::CandidateChecker) what would be wrong with the text and turns red with the
 * reason as its tooltip, before anything is committed.
 */
class ValidatingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ValidatingDelegate(QObject *parent = nullptr);

    /** Name of the editor property holding the current problems (QStringList), for tests and styling. */
    static const char *problemsProperty();

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    /** The text being typed was checked: `problems` is empty when it is acceptable. */
    void candidateChecked(const QStringList &problems) const;

private:
    void check(QWidget *editor, const QModelIndex &index, const QString &text) const;
};

} // namespace hostreview::widgets
