#include "validatingdelegate.h"

#include "models/celleditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPersistentModelIndex>

namespace hostreview::widgets {

ValidatingDelegate::ValidatingDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

const char *ValidatingDelegate::problemsProperty() { return "hostreviewProblems"; }

QWidget *ValidatingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QStringList choices = index.data(models::ChoicesRole).toStringList();
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        const QStringList labels = index.data(models::ChoiceLabelsRole).toStringList();
        for (qsizetype i = 0; i < choices.size(); ++i)
            combo->addItem(i < labels.size() ? labels.at(i) : choices.at(i), choices.at(i));
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    const QPersistentModelIndex persistent(index);
    connect(edit, &QLineEdit::textEdited, edit, [this, edit, persistent](const QString &text) {
        if (persistent.isValid())
            check(edit, persistent, text);
    });
    return edit;
}

void ValidatingDelegate::check(QWidget *editor, const QModelIndex &index, const QString &text) const
{
    const auto *checker = dynamic_cast<const models::CandidateChecker *>(index.model());
    const QStringList problems = checker ? checker->candidateProblems(index, text) : QStringList();
    editor->setProperty(problemsProperty(), problems);
    if (problems.isEmpty()) {
        editor->setStyleSheet({});
        editor->setToolTip({});
    } else {
        editor->setStyleSheet(QStringLiteral("QLineEdit { background: #f4c7c3; }"));
        editor->setToolTip(problems.join(QLatin1Char('\n')));
    }
    Q_EMIT candidateChecked(problems);
}

void ValidatingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findData(value);
        combo->setCurrentIndex(i >= 0 ? i : 0);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(value);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ValidatingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace hostreview::widgets
