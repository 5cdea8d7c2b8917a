#include "demandtablemodel.h"

#include "reviewaccess.h"

#include "core/document/reviewdocument.h"
#include "core/model/validation.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace hostreview::models {

using detail::emptyReview;
using detail::stationIds;

namespace {
QString fieldKey(int column)
{
    return column == DemandTableModel::VisitsColumn ? QStringLiteral("visits") : QStringLiteral("service_time");
}
} // namespace

DemandTableModel::DemandTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_validator([](const core::Review &r) { return core::validate(r); })
{
}

void DemandTableModel::setDocument(core::ReviewDocument *document)
{
    if (!detail::switchDocument(this, m_document, document, [this](core::ReviewDocument *d) {
            connect(d, &core::ReviewDocument::edited, this, &DemandTableModel::refresh);
            connect(d, &core::ReviewDocument::reset, this, &DemandTableModel::refresh);
        }))
        return;
    beginResetModel();
    m_stationIds = stationIds(*review());
    m_problems = document && m_validator ? ProblemMap(m_validator(document->review())) : ProblemMap();
    endResetModel();
}

void DemandTableModel::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    refresh();
}

void DemandTableModel::setClassId(const QString &classId)
{
    if (classId == m_classId)
        return;
    m_classId = classId;
    if (!m_stationIds.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_stationIds.size()) - 1, ColumnCount - 1));
}

void DemandTableModel::refresh()
{
    const QStringList ids = stationIds(*review());
    m_problems = m_document && m_validator ? ProblemMap(m_validator(m_document->review())) : ProblemMap();
    if (ids != m_stationIds) {
        beginResetModel();
        m_stationIds = ids;
        endResetModel();
    } else if (!m_stationIds.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_stationIds.size()) - 1, ColumnCount - 1));
    }
}

const core::Review *DemandTableModel::review() const
{
    return m_document ? &m_document->review() : &emptyReview();
}

const core::WorkloadClass *DemandTableModel::shownClass() const
{
    return m_classId.isEmpty() ? nullptr : review()->workloadClass(m_classId);
}

int DemandTableModel::demandIndex(const core::WorkloadClass &c, const QString &stationId) const
{
    const auto it = std::find_if(c.demands.begin(), c.demands.end(),
                                 [&](const core::Demand &d) { return d.station == stationId; });
    return it == c.demands.end() ? -1 : int(it - c.demands.begin());
}

int DemandTableModel::rowOfStation(const QString &id) const { return review()->stationIndex(id); }

QStringList DemandTableModel::problemsAt(const ProblemMap &map, const core::WorkloadClass &c,
                                         const QString &stationId, int column) const
{
    if (column == StationColumn)
        return {};
    // Validation may name a demand by its station or by its position in the list; accept both.
    QStringList out = map.messages(demandFieldWhere(c.id, stationId, fieldKey(column)));
    const int di = demandIndex(c, stationId);
    if (di >= 0)
        out << map.messages(demandFieldWhere(c.id, di, fieldKey(column)));
    return out;
}

int DemandTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(review()->stations.size());
}

int DemandTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DemandTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Station &s = review()->stations[size_t(index.row())];
    if (role == StationIdRole)
        return s.id;
    const core::WorkloadClass *c = shownClass();
    const int di = c ? demandIndex(*c, s.id) : -1;
    const core::Demand *d = di >= 0 ? &c->demands[size_t(di)] : nullptr;
    const QStringList problems = c ? problemsAt(m_problems, *c, s.id, index.column()) : QStringList();
    switch (role) {
    case InvalidRole: return !problems.isEmpty();
    case ProblemsRole: return problems;
    case Qt::BackgroundRole:
        return problems.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xf4, 0xc7, 0xc3)));
    case Qt::ToolTipRole:
        if (!problems.isEmpty())
            return problems.join(QLatin1Char('\n'));
        if (index.column() == VisitsColumn && d && !d->visits)
            return tr("Derived from the links and the class's entry station");
        if (index.column() == StationColumn)
            return s.id;
        return {};
    case Qt::ForegroundRole:
        if (!d && index.column() == StationColumn)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case StationColumn: return s.name.isEmpty() ? s.id : s.name;
        case VisitsColumn:
            if (d && d->visits)
                return detail::numberText(*d->visits);
            return role == Qt::DisplayRole && d ? tr("(links)") : QString();
        case ServiceTimeColumn: return d ? detail::numberText(d->serviceTime * 1000.0) : QString();
        }
        return {};
    }
    return {};
}

core::Result<core::WorkloadClass> DemandTableModel::editedClass(const QModelIndex &index, const QVariant &value) const
{
    const core::WorkloadClass *shown = shownClass();
    if (!shown || !index.isValid() || index.row() >= rowCount())
        return core::fail({}, tr("no class selected"));
    core::WorkloadClass c = *shown;
    const QString stationId = review()->stations[size_t(index.row())].id;
    const int di = demandIndex(c, stationId);
    const QString where = demandFieldWhere(c.id, stationId, fieldKey(index.column()));
    const auto v = detail::parseNumber(value, where, true);
    if (!v)
        return v.error();

    if (index.column() == ServiceTimeColumn) {
        if (!*v) { // cleared: the class no longer uses the station
            if (di >= 0)
                c.demands.erase(c.demands.begin() + di);
            return c;
        }
        const double seconds = **v / 1000.0;
        if (di >= 0) {
            c.demands[size_t(di)].serviceTime = seconds;
        } else {
            core::Demand d;
            d.station = stationId;
            d.serviceTime = seconds;
            // Keep demands in station order so the document reads like the table.
            const int row = index.row();
            auto pos = std::find_if(c.demands.begin(), c.demands.end(), [&](const core::Demand &other) {
                return review()->stationIndex(other.station) > row;
            });
            c.demands.insert(pos, d);
        }
        return c;
    }
    if (index.column() == VisitsColumn) {
        if (di < 0) {
            if (!*v)
                return c;
            return core::fail(where, tr("type a service time first: the class has no demand at this station"));
        }
        c.demands[size_t(di)].visits = *v;
        return c;
    }
    return core::fail(where, tr("not editable"));
}

QStringList DemandTableModel::candidateProblems(const QModelIndex &index, const QVariant &value) const
{
    const auto edited = editedClass(index, value);
    if (!edited)
        return {edited.error().toString()};
    if (!m_validator || !m_document)
        return {};
    core::Review candidate = m_document->review();
    *candidate.workloadClass(m_classId) = edited.value();
    const QString stationId = review()->stations[size_t(index.row())].id;
    return problemsAt(ProblemMap(m_validator(candidate)), edited.value(), stationId, index.column());
}

bool DemandTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto edited = editedClass(index, value);
    if (!edited) {
        Q_EMIT editRejected(edited.error().toString());
        return false;
    }
    if (edited.value() == *shownClass())
        return true;
    const QString stationId = review()->stations[size_t(index.row())].id;
    Q_EMIT classEditRequested(m_classId, edited.value(),
                              QStringLiteral("demands[%1].%2").arg(stationId, fieldKey(index.column())));
    return true;
}

Qt::ItemFlags DemandTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != StationColumn && shownClass())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DemandTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StationColumn: return tr("Station");
    case VisitsColumn: return tr("Visits");
    case ServiceTimeColumn: return tr("Service time (ms)");
    }
    return {};
}

} // namespace hostreview::models
