#include "scenariolistmodel.h"

#include "reviewaccess.h"

#include "core/document/reviewdocument.h"

namespace hostreview::models {

using detail::emptyReview;
using detail::scenarioIds;

ScenarioListModel::ScenarioListModel(QObject *parent) : QAbstractTableModel(parent) {}

const core::Review *ScenarioListModel::review() const
{
    return m_document ? &m_document->review() : &emptyReview();
}

void ScenarioListModel::setDocument(core::ReviewDocument *document)
{
    if (!detail::switchDocument(this, m_document, document, [this](core::ReviewDocument *d) {
            connect(d, &core::ReviewDocument::scenariosChanged, this, &ScenarioListModel::refresh);
            connect(d, &core::ReviewDocument::reset, this, &ScenarioListModel::refresh);
        }))
        return;
    beginResetModel();
    m_ids = scenarioIds(*review());
    endResetModel();
}

void ScenarioListModel::refresh()
{
    const QStringList ids = scenarioIds(*review());
    if (ids != m_ids) {
        beginResetModel();
        m_ids = ids;
        endResetModel();
    } else if (!m_ids.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    }
}

QString ScenarioListModel::scenarioIdAt(int row) const
{
    const auto &list = review()->scenarios;
    return row >= 0 && row < int(list.size()) ? list[size_t(row)].id : QString();
}

int ScenarioListModel::rowOfScenario(const QString &id) const
{
    const auto &list = review()->scenarios;
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return int(i);
    return -1;
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(review()->scenarios.size());
}

int ScenarioListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Scenario &s = review()->scenarios[size_t(index.row())];
    if (role == ScenarioIdRole)
        return s.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return s.name;
        if (role == Qt::ToolTipRole && !s.description.isEmpty())
            return s.description;
        return {};
    case IdColumn: return role == Qt::DisplayRole ? QVariant(s.id) : QVariant();
    case TargetColumn:
        if (role == Qt::CheckStateRole)
            return s.target ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("The recommended target architecture (the report's \"after\")");
        return {};
    case ProvenanceColumn:
        switch (role) {
        case Qt::DisplayRole: return s.provenance == core::Provenance::Measured ? tr("measured") : tr("estimated");
        case Qt::EditRole: return core::provenanceName(s.provenance);
        case ChoicesRole: return QStringList{QStringLiteral("estimated"), QStringLiteral("measured")};
        case ChoiceLabelsRole: return QStringList{tr("estimated"), tr("measured")};
        }
        return {};
    }
    return {};
}

core::Result<core::Scenario> ScenarioListModel::editedScenario(const QModelIndex &index, const QVariant &value,
                                                               int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return core::fail({}, tr("no such scenario"));
    core::Scenario s = review()->scenarios[size_t(index.row())];
    const QString base = QStringLiteral("scenarios[%1].").arg(s.id);
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return core::fail(base + QStringLiteral("name"), tr("must not be empty"));
        s.name = name;
        return s;
    }
    case TargetColumn:
        if (role != Qt::CheckStateRole)
            break;
        s.target = value.toInt() == Qt::Checked;
        return s;
    case ProvenanceColumn: {
        const QString text = value.toString();
        if (text == QLatin1String("measured") || text == tr("measured"))
            s.provenance = core::Provenance::Measured;
        else if (text == QLatin1String("estimated") || text == tr("estimated"))
            s.provenance = core::Provenance::Estimated;
        else
            return core::fail(base + QStringLiteral("provenance"),
                              tr("must be \"estimated\" or \"measured\", got \"%1\"").arg(text));
        return s;
    }
    }
    return core::fail(base, tr("not editable"));
}

bool ScenarioListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const bool checkable = index.column() == TargetColumn && role == Qt::CheckStateRole;
    if (!checkable && (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)))
        return false;
    const auto edited = editedScenario(index, value, role);
    if (!edited) {
        Q_EMIT editRejected(edited.error().toString());
        return false;
    }
    const core::Scenario &before = review()->scenarios[size_t(index.row())];
    if (edited.value() != before)
        Q_EMIT scenarioEditRequested(before.id, edited.value(), index.column() == NameColumn     ? QStringLiteral("name")
                                                                : index.column() == TargetColumn ? QStringLiteral("target")
                                                                                                 : QStringLiteral("provenance"));
    return true;
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == NameColumn || index.column() == ProvenanceColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == TargetColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ScenarioListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Scenario");
    case IdColumn: return tr("Id");
    case TargetColumn: return tr("Target");
    case ProvenanceColumn: return tr("Provenance");
    }
    return {};
}

} // namespace hostreview::models
