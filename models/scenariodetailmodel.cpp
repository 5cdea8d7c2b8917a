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
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        // edited() follows every change to classes, stations and scenarios.
        connect(document, &core::ReviewDocument::edited, this, &ScenarioDetailModel::refresh);
        connect(document, &core::ReviewDocument::reset, this, &ScenarioDetailModel::refresh);
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
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
