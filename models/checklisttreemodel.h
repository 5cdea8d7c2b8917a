#pragma once

#include "core/checklist/checklist.h"
#include "core/checklist/scorecard.h"
#include "core/document/reviewdocument.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <vector>

namespace hostreview::models {

/**
 * The checklist as a two-level tree: one row per domain (name, "answered/total" progress, score and
 * maturity band) with its items as children (id, question, status, risk level, weight, criticality).
 * Follows a ReviewDocument: an answerChanged() rescores the review, refreshes the item and its domain
 * and emits scorecardChanged(), so the score chart and the header redraw from the same Scorecard.
 * Read-only: edits go through the answer editor's undo commands.
 */
class ChecklistTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,          ///< domain name, or item id
        QuestionColumn,    ///< item question, or the domain's score as in ScoreColumn
        StatusColumn,      ///< item status (text + colour), or the domain's "answered/total"
        RiskColumn,        ///< item risk level ("—" when the answer carries no risk), or the domain's risk count
        WeightColumn,      ///< item weight 1–5
        CriticalityColumn, ///< item criticality
        ScoreColumn,       ///< domain score and band, or "not assessed"
        ColumnCount
    };

    enum Role {
        ItemIdRole = Qt::UserRole + 1, ///< QString: item id (empty on domain rows)
        DomainIdRole,                  ///< QString: domain id (both levels)
        IsDomainRole,                  ///< bool
        StatusRole,                    ///< int (core::AnswerStatus) of an item
        RiskRole,                      ///< int (core::checklist::RiskLevel) of an item, -1 when none
        ScoreRole,                     ///< double 0–100 of a domain, invalid QVariant when not assessed
        ProgressRole,                  ///< double 0–1: share of a domain's items answered (n/a counts)
        SearchTextRole,                ///< QString: everything a text filter searches (id, question, good, notes, domain)
    };

    explicit ChecklistTreeModel(QObject *parent = nullptr);

    /** Shows `checklist`; rescores against the document's review. */
    void setChecklist(const core::checklist::Checklist &checklist);
    const core::checklist::Checklist &checklist() const { return m_checklist; }

    /** Follows `document` (nullptr: every item shows as not assessed). */
    void setDocument(core::ReviewDocument *document);

    /** Returns the current score of the review against the checklist. */
    const core::checklist::Scorecard &scorecard() const { return m_scorecard; }

    /** Returns the index of a domain row, invalid when the checklist has no such domain. */
    QModelIndex domainIndex(const QString &domainId, int column = IdColumn) const;
    /** Returns the index of an item row, invalid when the checklist has no such item. */
    QModelIndex itemIndex(const QString &itemId, int column = IdColumn) const;
    /** Returns the status of an item in the followed review (not-assessed when unanswered). */
    core::AnswerStatus status(const QString &itemId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The scorecard was recomputed (an answer changed, the review or the checklist was replaced). */
    void scorecardChanged();

private:
    void onAnswerChanged(const QString &itemId);
    void onReset();
    void rebuild();
    void rescore();
    QVariant domainData(int domainRow, int column, int role) const;
    QVariant itemData(const core::checklist::ChecklistItem &item, int column, int role) const;
    const core::ChecklistAnswer *answer(const QString &itemId) const;

    core::checklist::Checklist m_checklist;
    core::checklist::Scorecard m_scorecard;
    QPointer<core::ReviewDocument> m_document;
    std::vector<std::vector<int>> m_domainItems; ///< per domain row: indices into m_checklist.items
};

} // namespace hostreview::models
