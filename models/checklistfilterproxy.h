#pragma once

#include "core/model/checklistanswer.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace hostreview::models {

/** Which items the risk filter keeps. */
enum class ChecklistRiskFilter {
    All,     ///< no filtering by risk
    AnyRisk, ///< items answered not-met or partly (any risk level)
    High,    ///< high-risk items only
    Medium,  ///< medium-risk items only
    Low,     ///< low-risk items only
    NoRisk,  ///< items that carry no risk (met, n/a, not assessed)
};

/**
 * Filters a ChecklistTreeModel by status, risk level and free text (case-insensitive, over the item
 * id, question, "what good looks like", the answer's notes and the domain name). Items are filtered;
 * a domain row stays while any of its items passes, and shows all of them when no filter is set.
 * A pinned item (the one being edited) always passes.
 */
class ChecklistFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ChecklistFilterProxy(QObject *parent = nullptr);

    /** Keeps only items with this status (nullopt: any status). Unanswered items count as not assessed. */
    void setStatusFilter(std::optional<core::AnswerStatus> status);
    std::optional<core::AnswerStatus> statusFilter() const { return m_status; }

    void setRiskFilter(ChecklistRiskFilter risk);
    ChecklistRiskFilter riskFilter() const { return m_risk; }

    /** Keeps only items whose text contains `text` (surrounding spaces ignored; empty: no text filter). */
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    /**
     * Keeps item `itemId` visible whatever the filters say (empty: none), so the item being
     * answered does not vanish from under the reviewer when its new status no longer matches.
     */
    void setPinnedItem(const QString &itemId);
    QString pinnedItem() const { return m_pinned; }

    /** Returns whether any of the three filters is set. */
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<core::AnswerStatus> m_status;
    ChecklistRiskFilter m_risk = ChecklistRiskFilter::All;
    QString m_text;
    QString m_pinned;
};

} // namespace hostreview::models
