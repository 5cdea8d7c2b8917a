#include "scenarioserversmodel.h"

#include "reviewaccess.h"

#include "core/document/reviewdocument.h"

#include <QLocale>

namespace hostreview::models {

using detail::stationIds;

namespace {
const QString &serversKey()
{
    static const QString key = QStringLiteral("servers");
    return key;
}
} // namespace

ScenarioServersModel::ScenarioServersModel(QObject *parent) : ScenarioDetailModel(parent) {}

QStringList ScenarioServersModel::rowIds(const core::Review &review) const
{
    return stationIds(review);
}

int ScenarioServersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(review()->stations.size());
}

int ScenarioServersModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ScenarioServersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Station &st = review()->stations[size_t(index.row())];
    if (role == StationIdRole)
        return st.id;
    const bool delay = st.discipline == core::Discipline::Delay;
    const core::Scenario *s = scenario();
    switch (index.column()) {
    case StationColumn:
        if (role == Qt::DisplayRole)
            return st.name.isEmpty() ? st.id : st.name;
        if (role == Qt::ToolTipRole)
            return st.id;
        return {};
    case BaseServersColumn:
        if (role == Qt::DisplayRole)
            return delay ? tr("delay") : QString::number(st.servers);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OverrideServersColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            if (!s || delay)
                return QString();
            const QJsonObject o = s->stationOverrides.value(st.id);
            return o.contains(serversKey()) ? QLocale().toString(o.value(serversKey()).toDouble(), 'g', 12) : QString();
        }
        if (role == Qt::ToolTipRole && delay)
            return tr("Delay stations have no server count");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

core::Result<core::Scenario> ScenarioServersModel::editedScenario(const QModelIndex &index, const QVariant &value) const
{
    const core::Scenario *shown = scenario();
    if (!shown || !index.isValid() || index.row() >= rowCount() || index.column() != OverrideServersColumn)
        return core::fail({}, tr("no scenario selected"));
    core::Scenario s = *shown;
    const QString stationId = review()->stations[size_t(index.row())].id;
    const QString where = QStringLiteral("scenarios[%1].station_overrides[%2].servers").arg(s.id, stationId);
    const auto v = detail::parseInteger(value, where, true);
    if (!v)
        return v.error();
    QJsonObject o = s.stationOverrides.value(stationId);
    if (!*v) {
        o.remove(serversKey());
    } else {
        if (**v < 1)
            return core::fail(where, tr("must be ≥ 1, got %1").arg(**v));
        o.insert(serversKey(), **v);
    }
    if (o.isEmpty())
        s.stationOverrides.remove(stationId);
    else
        s.stationOverrides.insert(stationId, o);
    return s;
}

QStringList ScenarioServersModel::candidateProblems(const QModelIndex &index, const QVariant &value) const
{
    const auto edited = editedScenario(index, value);
    return edited ? QStringList() : QStringList{edited.error().toString()};
}

bool ScenarioServersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto edited = editedScenario(index, value);
    if (!edited) {
        Q_EMIT editRejected(edited.error().toString());
        return false;
    }
    if (edited.value() != *scenario())
        Q_EMIT scenarioEditRequested(
            scenarioId(), edited.value(),
            QStringLiteral("station_overrides[%1].servers").arg(review()->stations[size_t(index.row())].id));
    return true;
}

Qt::ItemFlags ScenarioServersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const bool delay = review()->stations[size_t(index.row())].discipline == core::Discipline::Delay;
    if (index.column() == OverrideServersColumn && scenario() && !delay)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ScenarioServersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StationColumn: return tr("Station");
    case BaseServersColumn: return tr("Servers (base)");
    case OverrideServersColumn: return tr("Servers in scenario");
    }
    return {};
}

} // namespace hostreview::models
