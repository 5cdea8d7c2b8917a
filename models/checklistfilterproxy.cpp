#include "checklistfilterproxy.h"

#include "checklisttreemodel.h"

#include "core/checklist/scorecard.h"

namespace hostreview::models {

ChecklistFilterProxy::ChecklistFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A domain is kept when one of its items passes; items are then filtered one by one.
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void ChecklistFilterProxy::setStatusFilter(std::optional<core::AnswerStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void ChecklistFilterProxy::setRiskFilter(ChecklistRiskFilter risk)
{
    if (risk == m_risk)
        return;
    m_risk = risk;
    invalidateFilter();
}

void ChecklistFilterProxy::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ChecklistFilterProxy::setPinnedItem(const QString &itemId)
{
    if (itemId == m_pinned)
        return;
    m_pinned = itemId;
    if (isFiltering())
        invalidateFilter();
}

bool ChecklistFilterProxy::isFiltering() const
{
    return m_status || m_risk != ChecklistRiskFilter::All || !m_text.isEmpty();
}

bool ChecklistFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ChecklistTreeModel::IsDomainRole).toBool())
        return !isFiltering(); // with a filter set, a domain shows through its matching items only

    if (!m_pinned.isEmpty() && index.data(ChecklistTreeModel::ItemIdRole).toString() == m_pinned)
        return true;
    if (m_status && index.data(ChecklistTreeModel::StatusRole).toInt() != int(*m_status))
        return false;

    const int risk = index.data(ChecklistTreeModel::RiskRole).toInt();
    switch (m_risk) {
    case ChecklistRiskFilter::All: break;
    case ChecklistRiskFilter::AnyRisk:
        if (risk < 0)
            return false;
        break;
    case ChecklistRiskFilter::High:
        if (risk != int(core::checklist::RiskLevel::High))
            return false;
        break;
    case ChecklistRiskFilter::Medium:
        if (risk != int(core::checklist::RiskLevel::Medium))
            return false;
        break;
    case ChecklistRiskFilter::Low:
        if (risk != int(core::checklist::RiskLevel::Low))
            return false;
        break;
    case ChecklistRiskFilter::NoRisk:
        if (risk >= 0)
            return false;
        break;
    }

    if (!m_text.isEmpty()
        && !index.data(ChecklistTreeModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace hostreview::models
