#include "scenarioscalemodel.h"

#include "reviewaccess.h"

#include "core/document/reviewdocument.h"

namespace hostreview::models {

using detail::classIds;

ScenarioClassScaleModel::ScenarioClassScaleModel(QObject *parent) : ScenarioDetailModel(parent) {}

QStringList ScenarioClassScaleModel::rowIds(const core::Review &review) const
{
    return classIds(review);
}

int ScenarioClassScaleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(review()->classes.size());
}

int ScenarioClassScaleModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ScenarioClassScaleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::WorkloadClass &c = review()->classes[size_t(index.row())];
    if (role == ClassIdRole)
        return c.id;
    const core::Scenario *s = scenario();
    if (index.column() == ClassColumn) {
        if (role == Qt::DisplayRole)
            return c.name.isEmpty() ? c.id : c.name;
        if (role == Qt::ToolTipRole)
            return c.id;
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (s && s->classScale.contains(c.id))
            return detail::numberText(s->classScale.value(c.id));
        return role == Qt::DisplayRole && s ? tr("1 (unchanged)") : QString();
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

core::Result<core::Scenario> ScenarioClassScaleModel::editedScenario(const QModelIndex &index, const QVariant &value) const
{
    const core::Scenario *shown = scenario();
    if (!shown || !index.isValid() || index.row() >= rowCount() || index.column() != ScaleColumn)
        return core::fail({}, tr("no scenario selected"));
    core::Scenario s = *shown;
    const QString classId = review()->classes[size_t(index.row())].id;
    const QString where = QStringLiteral("scenarios[%1].class_scale[%2]").arg(s.id, classId);
    const auto v = detail::parseNumber(value, where, true);
    if (!v)
        return v.error();
    if (!*v) {
        s.classScale.remove(classId);
        return s;
    }
    if (**v < 0.0)
        return core::fail(where, tr("must be ≥ 0, got %1").arg(detail::numberText(**v)));
    s.classScale.insert(classId, **v);
    return s;
}

QStringList ScenarioClassScaleModel::candidateProblems(const QModelIndex &index, const QVariant &value) const
{
    const auto edited = editedScenario(index, value);
    return edited ? QStringList() : QStringList{edited.error().toString()};
}

bool ScenarioClassScaleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto edited = editedScenario(index, value);
    if (!edited) {
        Q_EMIT editRejected(edited.error().toString());
        return false;
    }
    if (edited.value() != *scenario())
        Q_EMIT scenarioEditRequested(scenarioId(), edited.value(),
                                     QStringLiteral("class_scale[%1]").arg(review()->classes[size_t(index.row())].id));
    return true;
}

Qt::ItemFlags ScenarioClassScaleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == ScaleColumn && scenario())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ScenarioClassScaleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == ClassColumn ? tr("Class") : tr("Load scale (×)");
}

} // namespace hostreview::models
