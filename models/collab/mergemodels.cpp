#include "mergemodels.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hostreview::models {

QString jsonCellText(const QJsonValue &value, bool full)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Undefined: return QStringLiteral("—");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::String: text = value.toString(); break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(full ? QJsonDocument::Indented : QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(full ? QJsonDocument::Indented : QJsonDocument::Compact));
        break;
    }
    if (full)
        return text;
    text = text.simplified();
    return text.size() > 160 ? text.left(159) + QChar(0x2026) : text;
}

// --- differences -----------------------------------------------------------------------------------

DifferenceTableModel::DifferenceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DifferenceTableModel::setDifferences(QList<core::Difference> differences)
{
    beginResetModel();
    m_differences = std::move(differences);
    endResetModel();
}

int DifferenceTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_differences.size()); }

int DifferenceTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DifferenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_differences.size())
        return {};
    const core::Difference &d = m_differences[index.row()];
    if (role == Qt::ToolTipRole) {
        if (index.column() == BeforeColumn)
            return jsonCellText(d.before, true);
        if (index.column() == AfterColumn)
            return jsonCellText(d.after, true);
        return d.text;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ChangeColumn:
        switch (d.kind) {
        case core::ChangeKind::Added: return tr("added");
        case core::ChangeKind::Removed: return tr("removed");
        case core::ChangeKind::Changed: return tr("changed");
        }
        return {};
    case PathColumn: return d.path;
    case BeforeColumn: return jsonCellText(d.before);
    case AfterColumn: return jsonCellText(d.after);
    case OriginColumn:
        switch (d.origin) {
        case core::ChangeOrigin::None: return QString();
        case core::ChangeOrigin::Ours: return tr("mine");
        case core::ChangeOrigin::Theirs: return tr("theirs");
        case core::ChangeOrigin::Both: return tr("both");
        }
        return {};
    default: return {};
    }
}

QVariant DifferenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn: return tr("Change");
    case PathColumn: return tr("Where");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    case OriginColumn: return tr("From");
    default: return {};
    }
}

// --- conflicts ---------------------------------------------------------------------------------------

ConflictTableModel::ConflictTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConflictTableModel::setConflicts(QList<core::Conflict> conflicts)
{
    beginResetModel();
    m_conflicts = std::move(conflicts);
    m_choices = QList<std::optional<core::Side>>(m_conflicts.size());
    endResetModel();
    Q_EMIT choicesChanged();
}

void ConflictTableModel::choose(int row, core::Side side)
{
    if (row < 0 || row >= m_choices.size() || m_choices[row] == side)
        return;
    m_choices[row] = side;
    Q_EMIT dataChanged(index(row, MineColumn), index(row, TheirsColumn));
    Q_EMIT choicesChanged();
}

void ConflictTableModel::chooseAll(core::Side side)
{
    if (m_choices.isEmpty())
        return;
    for (auto &c : m_choices)
        c = side;
    Q_EMIT dataChanged(index(0, MineColumn), index(int(m_choices.size()) - 1, TheirsColumn));
    Q_EMIT choicesChanged();
}

std::optional<core::Side> ConflictTableModel::choice(int row) const
{
    return row >= 0 && row < m_choices.size() ? m_choices[row] : std::nullopt;
}

bool ConflictTableModel::allChosen() const
{
    return std::all_of(m_choices.cbegin(), m_choices.cend(), [](const auto &c) { return c.has_value(); });
}

QMap<QString, core::Side> ConflictTableModel::choices() const
{
    QMap<QString, core::Side> picks;
    for (int i = 0; i < m_conflicts.size(); ++i)
        if (m_choices[i])
            picks.insert(m_conflicts[i].path, *m_choices[i]);
    return picks;
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_conflicts.size()); }

int ConflictTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_conflicts.size())
        return {};
    const core::Conflict &c = m_conflicts[index.row()];
    const std::optional<core::Side> picked = m_choices[index.row()];
    const bool sideColumn = index.column() == MineColumn || index.column() == TheirsColumn;
    const core::Side side = index.column() == MineColumn ? core::Side::Ours : core::Side::Theirs;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn: return c.path;
        case BaseColumn: return jsonCellText(c.base);
        case MineColumn: return jsonCellText(c.ours);
        case TheirsColumn: return jsonCellText(c.theirs);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case BaseColumn: return jsonCellText(c.base, true);
        case MineColumn: return jsonCellText(c.ours, true);
        case TheirsColumn: return jsonCellText(c.theirs, true);
        default: return c.text;
        }
    case Qt::CheckStateRole:
        if (sideColumn)
            return picked == side ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::BackgroundRole:
        if (sideColumn && picked == side)
            return QBrush(QColor(0xd8, 0xf0, 0xd8));
        if (!picked && index.column() == PathColumn)
            return QBrush(QColor(0xfc, 0xe8, 0xc8)); // still to pick
        return {};
    default: return {};
    }
}

bool ConflictTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || (index.column() != MineColumn && index.column() != TheirsColumn))
        return false;
    // A pair of radio buttons: checking one side picks it; unchecking the picked side is ignored.
    if (Qt::CheckState(value.toInt()) != Qt::Checked)
        return false;
    choose(index.row(), index.column() == MineColumn ? core::Side::Ours : core::Side::Theirs);
    return true;
}

Qt::ItemFlags ConflictTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == MineColumn || index.column() == TheirsColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn: return tr("Where");
    case BaseColumn: return tr("Base");
    case MineColumn: return tr("Mine");
    case TheirsColumn: return tr("Theirs");
    default: return {};
    }
}

} // namespace hostreview::models
