#pragma once

#include "core/checklist/checklist.h"
#include "core/checklist/hostingdecision.h"
#include "core/document/reviewdocument.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;
class QUndoStack;

namespace hostreview::models {
class ChecklistFilterProxy;
class ChecklistTreeModel;
}

namespace hostreview::widgets {

class AnswerEditor;
class DomainScoreChart;

/**
 * The checklist workspace of one review: a header with the overall score, posture and the
 * hosting-model recommendation; the checklist as a tree by domain (progress and score per domain)
 * with filters by status, risk and text; the answer editor for the chosen item; and the domain
 * score chart. Everything follows the ReviewDocument, and every edit is an undo command on the
 * given stack.
 *
 * The checklist template named by the review (`Review::checklistId`, "odoo-hosting" when empty)
 * and the hosting rules are read through core (loadChecklist, loadHostingRules) from the data
 * folder, unless setChecklist()/setHostingRules() gave them. Evidence files are never read here:
 * attachEvidenceRequested()/removeEvidenceRequested() ask the main window to do it.
 */
class ChecklistPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget *parent = nullptr);

    /** Follows `document` and pushes edits on `stack` (nullptr: empty panel). */
    void setDocument(core::ReviewDocument *document, QUndoStack *stack);
    /** Uses `checklist` instead of the template the review names. */
    void setChecklist(const core::checklist::Checklist &checklist);
    /** Uses `rules` instead of templates/hosting/hosting-decision.json. */
    void setHostingRules(const core::checklist::HostingRules &rules);
    /** Sets the reviewer name written into answers (from the app's settings). */
    void setReviewerName(const QString &name);

    /** Selects an item in the tree and opens it in the editor; it stays visible whatever the filters say. */
    void selectItem(const QString &itemId);

    models::ChecklistTreeModel *model() const { return m_model; }
    models::ChecklistFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    AnswerEditor *editor() const { return m_editor; }
    DomainScoreChart *chart() const { return m_chart; }
    QComboBox *statusFilterBox() const { return m_statusBox; }
    QComboBox *riskFilterBox() const { return m_riskBox; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *postureLabel() const { return m_posture; }
    QLabel *hostingLabel() const { return m_hosting; }

Q_SIGNALS:
    /** Forwarded from the answer editor: attach an evidence file to the answer of `itemId`. */
    void attachEvidenceRequested(const QString &itemId);
    /** Forwarded from the answer editor: detach evidence `evidenceId` from the answer of `itemId`. */
    void removeEvidenceRequested(const QString &itemId, const QString &evidenceId);

private:
    void onReset();
    void onScorecardChanged();
    void updateHosting();
    void updateFilters();
    void onCurrentChanged(const QModelIndex &current);
    void ensureChecklist();
    void applyChecklist(const core::checklist::Checklist &checklist);

    QPointer<core::ReviewDocument> m_document;
    QPointer<QUndoStack> m_stack;
    bool m_fixedChecklist = false;
    QString m_loadError; ///< why the review's checklist could not be read, shown in the header
    std::optional<core::checklist::HostingRules> m_rules;
    QString m_rulesError;

    models::ChecklistTreeModel *m_model;
    models::ChecklistFilterProxy *m_proxy;
    QLabel *m_posture;
    QLabel *m_hosting;
    QComboBox *m_statusBox;
    QComboBox *m_riskBox;
    QLineEdit *m_search;
    QLabel *m_shown;
    QTreeView *m_view;
    AnswerEditor *m_editor;
    DomainScoreChart *m_chart;
};

} // namespace hostreview::widgets
