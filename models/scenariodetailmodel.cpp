#include "scenariodetailmodel.h"

#include "reviewaccess.h"

namespace hostreview::models {

ScenarioDetailModel::ScenarioDetailModel(QObject *parent) : QAbstractTableModel(parent) {}

const core::Review *ScenarioDetailModel::review() const
{
    return m_document ? &m_document->review() : &detail::emptyReview();
}

const core::Scenario *ScenarioDetailModel::scenario() const
{
    return m_scenarioId.isEmpty() ? nullptr : review()->scenario(m_scenarioId);
}

void ScenarioDetailModel::setDocument(core::ReviewDocument *document)
{
    // edited() follows every change to classes, stations and scenarios.
    if (!detail::switchDocument(this, m_document, document, [this](core::ReviewDocument *d) {
            connect(d, &core::ReviewDocument::edited, this, &ScenarioDetailModel::refresh);
            connect(d, &core::ReviewDocument::reset, this, &ScenarioDetailModel::refresh);
        }))
        return;
    beginResetModel();
    m_ids = rowIds(*review());
    endResetModel();
}

void ScenarioDetailModel::setScenarioId(const QString &scenarioId)
{
    m_scenarioId = scenarioId;
    refresh();
}

void ScenarioDetailModel::refresh()
{
    const QStringList ids = rowIds(*review());
    if (ids != m_ids) {
        beginResetModel();
        m_ids = ids;
        endResetModel();
    } else if (!m_ids.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columnCount() - 1));
    }
}

} // namespace hostreview::models
