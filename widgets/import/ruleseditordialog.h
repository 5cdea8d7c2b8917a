#pragma once

#include "core/import/classificationrules.h"
#include "models/import/classificationrulesmodel.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace hostreview::widgets {

class ValidatingDelegate;

/**
 * Edit → Classification Rules… (and "Rules…" in the import dialog): the ordered rules that map
 * requests to workload classes as a table (order, class, method, path and router regular
 * expressions), with Add, Remove, Move Up, Move Down and Reset to Odoo Defaults. Each expression is
 * checked as it is typed: a bad one turns its cell red, a message names the rule and field, and OK
 * stays disabled until every rule is valid. Given sample requests, a Matches column and a line
 * "N of M sample requests matched" preview the rules.
 *
 * The dialog edits a copy: the owner reads rules() after accept() and saves them as one undoable
 * step; Cancel changes nothing.
 */
class RulesEditorDialog : public QDialog {
    Q_OBJECT
public:
    explicit RulesEditorDialog(QWidget *parent = nullptr);

    /** Shows `rules` for editing. */
    void setRules(const std::vector<core::import::ClassificationRule> &rules);
    /** Returns the rules as edited. */
    const std::vector<core::import::ClassificationRule> &rules() const { return m_model->rules(); }
    /**
     * Previews the rules on `samples`; `description` says where they come from ("the most frequent
     * unclassified paths of the last import"). No samples: no preview.
     */
    void setSamples(std::vector<models::ClassificationRulesModel::SampleRequest> samples, const QString &description);
    /** Shows a note above the table (for example why the stored rules were replaced by the defaults). */
    void setNotice(const QString &text);

    /** Returns the note shown above the table (empty when there is none). */
    QString noticeText() const;
    /** Returns the problems shown under the table (empty when every rule is valid). */
    QString messageText() const;
    /** Returns the preview line ("12 of 40 sample requests matched …"), empty without samples. */
    QString previewText() const;

    models::ClassificationRulesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ValidatingDelegate *delegate() const { return m_delegate; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *moveUpButton() const { return m_up; }
    QPushButton *moveDownButton() const { return m_down; }
    QPushButton *resetButton() const { return m_reset; }

    /** Returns the selected rule's row, or -1. */
    int currentRow() const;
    /** Selects rule `row`. */
    void selectRow(int row);

private:
    void addRule();
    void removeRule();
    void moveRule(int delta);
    void updateState();
    void showProblems(const QStringList &problems);

    models::ClassificationRulesModel *m_model;
    QTableView *m_view;
    ValidatingDelegate *m_delegate;
    QLabel *m_notice;
    QLabel *m_message;
    QLabel *m_preview;
    QString m_sampleDescription;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_reset;
    QPushButton *m_ok;
};

} // namespace hostreview::widgets
