#include "stationresultsmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace hostreview::models {

namespace {
constexpr quintptr TopLevel = 0; // internalId of station rows; class rows carry station index + 1

double missingSortsLast() { return std::numeric_limits<double>::infinity(); }

QString numberText(double v, int decimals) { return QLocale().toString(v, 'f', decimals); }
} // namespace

QString percentText(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + QStringLiteral(" %");
}

StationResultsModel::StationResultsModel(QObject *parent) : QAbstractItemModel(parent) {}

void StationResultsModel::setResult(const core::Review &review, const core::solver::SolveResult &result)
{
    beginResetModel();
    m_review = review;
    m_result = result;
    m_hasResult = true;
    m_order.resize(m_result.stations.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    m_childOrder.assign(m_result.stations.size(), {});
    for (size_t i = 0; i < m_result.stations.size(); ++i) {
        m_childOrder[i].resize(m_result.stations[i].perClass.size());
        std::iota(m_childOrder[i].begin(), m_childOrder[i].end(), 0);
    }
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void StationResultsModel::clear()
{
    beginResetModel();
    m_result = {};
    m_hasResult = false;
    m_order.clear();
    m_childOrder.clear();
    endResetModel();
}

QString StationResultsModel::stationName(const QString &id) const
{
    const core::Station *s = m_review.station(id);
    return s && !s->name.isEmpty() ? s->name : id;
}

QString StationResultsModel::className(const QString &id) const
{
    const core::WorkloadClass *c = m_review.workloadClass(id);
    return c && !c->name.isEmpty() ? c->name : id;
}

QString StationResultsModel::bottleneckText() const
{
    if (!m_hasResult)
        return tr("No result");
    const core::solver::StationResult *b = m_result.station(m_result.bottleneck);
    if (m_result.bottleneck.isEmpty() || !b)
        return tr("Bottleneck: none (no queue station)");
    if (b->saturated)
        return tr("Bottleneck: %1, saturated (offered %2)").arg(stationName(b->id), percentText(b->utilization));
    return tr("Bottleneck: %1 at %2").arg(stationName(b->id), percentText(b->utilization));
}

QString StationResultsModel::headroomText() const
{
    if (!m_hasResult)
        return {};
    if (!m_result.headroom)
        return tr("Headroom: not applicable (no open classes)");
    const double h = *m_result.headroom;
    const QString where = stationName(m_result.headroomStation);
    if (h <= 1.0)
        return tr("Headroom: none, %1 is saturated (open load must fall to ×%2)").arg(where, numberText(h, 2));
    return tr("Headroom: ×%1 on open arrival rates before %2 saturates").arg(numberText(h, 2), where);
}

int StationResultsModel::rowOfStation(const QString &id) const
{
    for (size_t row = 0; row < m_order.size(); ++row)
        if (m_result.stations[size_t(m_order[row])].id == id)
            return int(row);
    return -1;
}

QModelIndex StationResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_order.size()) ? createIndex(row, column, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.row() >= int(m_order.size()))
        return {};
    const int stationIndex = m_order[size_t(parent.row())];
    if (row >= int(m_childOrder[size_t(stationIndex)].size()))
        return {};
    return createIndex(row, column, quintptr(stationIndex) + 1);
}

QModelIndex StationResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    const int stationIndex = int(child.internalId() - 1);
    const auto it = std::find(m_order.begin(), m_order.end(), stationIndex);
    if (it == m_order.end())
        return {};
    return createIndex(int(it - m_order.begin()), 0, TopLevel);
}

int StationResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_order.size());
    if (parent.internalId() != TopLevel || parent.column() != 0 || parent.row() >= int(m_order.size()))
        return 0;
    return int(m_childOrder[size_t(m_order[size_t(parent.row())])].size());
}

int StationResultsModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant StationResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_hasResult)
        return {};
    if (index.internalId() == TopLevel) {
        if (index.row() >= int(m_order.size()))
            return {};
        return stationData(m_order[size_t(index.row())], index.column(), role);
    }
    const int stationIndex = int(index.internalId() - 1);
    if (stationIndex >= int(m_childOrder.size()) || index.row() >= int(m_childOrder[size_t(stationIndex)].size()))
        return {};
    return classData(stationIndex, m_childOrder[size_t(stationIndex)][size_t(index.row())], index.column(), role);
}

QVariant StationResultsModel::sortValue(int stationIndex, int perClassIndex, int column) const
{
    const core::solver::StationResult &s = m_result.stations[size_t(stationIndex)];
    if (perClassIndex < 0) {
        switch (column) {
        case NameColumn: return stationName(s.id);
        case UtilizationColumn: return s.utilization;
        case QueueLengthColumn: return s.queueLength ? *s.queueLength : missingSortsLast();
        case ResidenceTimeColumn: return {};
        case ThroughputColumn: {
            double x = 0.0;
            for (const auto &pc : s.perClass)
                x += pc.throughput;
            return x;
        }
        case StateColumn: return s.saturated ? 3 : s.atRisk ? 2 : s.delay ? 0 : 1;
        }
        return {};
    }
    const core::solver::ClassAtStation &pc = s.perClass[size_t(perClassIndex)];
    switch (column) {
    case NameColumn: return className(pc.classId);
    case UtilizationColumn: return pc.utilization;
    case QueueLengthColumn: return pc.queueLength ? *pc.queueLength : missingSortsLast();
    case ResidenceTimeColumn: return pc.residenceTime ? *pc.residenceTime * timeScale() : missingSortsLast();
    case ThroughputColumn: return pc.throughput;
    case StateColumn: return s.saturated ? 3 : 0;
    }
    return {};
}

QVariant StationResultsModel::stationData(int stationIndex, int column, int role) const
{
    const core::solver::StationResult &s = m_result.stations[size_t(stationIndex)];
    switch (role) {
    case SortRole: return sortValue(stationIndex, -1, column);
    case IdRole:
    case StationIdRole: return s.id;
    case SaturatedRole: return s.saturated;
    case AtRiskRole: return s.atRisk;
    case BottleneckRole: return s.id == m_result.bottleneck;
    case Qt::FontRole:
        if (s.id == m_result.bottleneck) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (s.saturated)
            return QBrush(QColor(0xf4, 0xc7, 0xc3));
        if (s.atRisk)
            return QBrush(QColor(0xfc, 0xe8, 0xb2));
        return {};
    case Qt::TextAlignmentRole:
        return column == NameColumn || column == StateColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                                             : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (column == UtilizationColumn && s.delay)
            return tr("Delay station: mean number of requests in service");
        if (s.saturated)
            return tr("Offered load is at or above capacity: queue and response times grow without bound");
        if (column == NameColumn)
            return s.id;
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return stationName(s.id);
        case UtilizationColumn: return s.delay ? numberText(s.utilization, 2) : percentText(s.utilization);
        case QueueLengthColumn: return s.queueLength ? numberText(*s.queueLength, 2) : tr("saturated");
        case ResidenceTimeColumn: return {};
        case ThroughputColumn: return numberText(sortValue(stationIndex, -1, ThroughputColumn).toDouble(), 2);
        case StateColumn:
            if (s.saturated)
                return tr("saturated");
            if (s.delay)
                return tr("delay");
            return s.atRisk ? tr("at risk") : tr("ok");
        }
        return {};
    }
    return {};
}

QVariant StationResultsModel::classData(int stationIndex, int perClassIndex, int column, int role) const
{
    const core::solver::StationResult &s = m_result.stations[size_t(stationIndex)];
    const core::solver::ClassAtStation &pc = s.perClass[size_t(perClassIndex)];
    switch (role) {
    case SortRole: return sortValue(stationIndex, perClassIndex, column);
    case IdRole: return pc.classId;
    case StationIdRole: return s.id;
    case SaturatedRole: return s.saturated;
    case AtRiskRole: return s.atRisk;
    case BottleneckRole: return false;
    case Qt::TextAlignmentRole:
        return column == NameColumn || column == StateColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                                             : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return pc.classId;
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return className(pc.classId);
        case UtilizationColumn: return s.delay ? numberText(pc.utilization, 2) : percentText(pc.utilization);
        case QueueLengthColumn: return pc.queueLength ? numberText(*pc.queueLength, 2) : tr("saturated");
        case ResidenceTimeColumn: return pc.residenceTime ? numberText(*pc.residenceTime * timeScale(), m_seconds ? 4 : 1) : tr("saturated");
        case ThroughputColumn: return numberText(pc.throughput, 2);
        case StateColumn: return s.saturated ? tr("saturated") : QString();
        }
        return {};
    }
    return {};
}

QVariant StationResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Station / class");
    case UtilizationColumn: return tr("Utilisation");
    case QueueLengthColumn: return tr("Queue length");
    case ResidenceTimeColumn: return m_seconds ? tr("Residence time (s)") : tr("Residence time (ms)");
    case ThroughputColumn: return tr("Throughput (/s)");
    case StateColumn: return tr("State");
    }
    return {};
}

namespace {
/** Orders two sort values: numbers numerically, text case-insensitively, missing values first. */
bool lessThan(const QVariant &a, const QVariant &b)
{
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
    return a.toDouble() < b.toDouble();
}
} // namespace

void StationResultsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    struct Old {
        int stationIndex;  // -1 for a station row
        int stationOrPc;   // station index (station row) or per-class index (class row)
        int column;
    };
    std::vector<Old> olds;
    olds.reserve(size_t(persistent.size()));
    for (const QModelIndex &i : persistent) {
        if (i.internalId() == TopLevel)
            olds.push_back({-1, m_order[size_t(i.row())], i.column()});
        else {
            const int si = int(i.internalId() - 1);
            olds.push_back({si, m_childOrder[size_t(si)][size_t(i.row())], i.column()});
        }
    }

    auto cmp = [&](const QVariant &a, const QVariant &b) {
        return order == Qt::AscendingOrder ? lessThan(a, b) : lessThan(b, a);
    };
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return cmp(sortValue(a, -1, column), sortValue(b, -1, column)); });
    for (size_t si = 0; si < m_childOrder.size(); ++si)
        std::stable_sort(m_childOrder[si].begin(), m_childOrder[si].end(), [&](int a, int b) {
            return cmp(sortValue(int(si), a, column), sortValue(int(si), b, column));
        });

    QModelIndexList updated;
    for (const Old &o : olds) {
        if (o.stationIndex < 0) {
            const int row = int(std::find(m_order.begin(), m_order.end(), o.stationOrPc) - m_order.begin());
            updated << createIndex(row, o.column, TopLevel);
        } else {
            const auto &children = m_childOrder[size_t(o.stationIndex)];
            const int row = int(std::find(children.begin(), children.end(), o.stationOrPc) - children.begin());
            updated << createIndex(row, o.column, quintptr(o.stationIndex) + 1);
        }
    }
    changePersistentIndexList(persistent, updated);
    Q_EMIT layoutChanged();
}

void StationResultsModel::setTimesInSeconds(bool seconds)
{
    if (seconds == m_seconds)
        return;
    m_seconds = seconds;
    Q_EMIT headerDataChanged(Qt::Horizontal, ResidenceTimeColumn, ResidenceTimeColumn);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    // Class rows are children: tell the views to repaint them too.
    Q_EMIT layoutChanged();
}

} // namespace hostreview::models
