#include "profiletablemodel.h"

#include "reviewaccess.h"

#include "timeofday.h"

#include "core/document/reviewdocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace hostreview::models {

using detail::emptyReview;

namespace {
constexpr int DefaultBucketMinutes = 15;
constexpr int MinutesPerDay = 24 * 60;
} // namespace

core::Result<std::vector<double>> scaleMultipliers(const std::vector<double> &multipliers, const QList<int> &buckets,
                                                   double factor)
{
    if (!std::isfinite(factor) || factor < 0.0)
        return core::fail(QStringLiteral("scale factor"),
                          QCoreApplication::translate("hostreview::models::ProfileTableModel",
                                                      "must be a finite number ≥ 0, got %1")
                              .arg(factor));
    std::vector<double> out = multipliers;
    if (buckets.isEmpty()) {
        for (double &m : out)
            m *= factor;
        return out;
    }
    QList<int> unique = buckets;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (int b : unique) {
        if (b < 0 || b >= int(out.size()))
            return core::fail(QStringLiteral("bucket %1").arg(b),
                              QCoreApplication::translate("hostreview::models::ProfileTableModel",
                                                          "outside the profile's %1 buckets")
                                  .arg(out.size()));
        out[size_t(b)] *= factor;
    }
    return out;
}

ProfileTableModel::ProfileTableModel(QObject *parent) : QAbstractTableModel(parent) {}

const core::Review *ProfileTableModel::review() const
{
    return m_document ? &m_document->review() : &emptyReview();
}

void ProfileTableModel::setDocument(core::ReviewDocument *document)
{
    if (!detail::switchDocument(this, m_document, document, [this](core::ReviewDocument *d) {
            connect(d, &core::ReviewDocument::profilesChanged, this, &ProfileTableModel::refresh);
            connect(d, &core::ReviewDocument::classesChanged, this, &ProfileTableModel::refresh);
            connect(d, &core::ReviewDocument::reset, this, &ProfileTableModel::refresh);
        }))
        return;
    refresh();
}

void ProfileTableModel::setClassId(const QString &classId)
{
    if (classId == m_classId)
        return;
    m_classId = classId;
    refresh();
}

void ProfileTableModel::refresh()
{
    std::vector<double> multipliers;
    int minutes = DefaultBucketMinutes;
    const core::Review &r = *review();
    const core::Profile *own = m_classId.isEmpty() ? nullptr : r.profile(m_classId);
    if (own) {
        multipliers = own->multipliers;
        minutes = own->bucketMinutes;
    } else if (!m_classId.isEmpty() && r.workloadClass(m_classId)) {
        // interchange-v1: all profiles share one layout; a class without one has multiplier 1.
        size_t count = size_t(MinutesPerDay / DefaultBucketMinutes);
        if (!r.profiles.empty()) {
            minutes = r.profiles.front().bucketMinutes;
            count = r.profiles.front().multipliers.size();
        }
        multipliers.assign(count, 1.0);
    }
    if (multipliers.size() != m_multipliers.size()) {
        beginResetModel();
        m_multipliers = multipliers;
        m_bucketMinutes = minutes;
        endResetModel();
    } else {
        m_multipliers = multipliers;
        m_bucketMinutes = minutes;
        if (!m_multipliers.empty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_multipliers.size()) - 1, ColumnCount - 1));
    }
    Q_EMIT multipliersChanged();
}

bool ProfileTableModel::hasProfile() const { return !m_classId.isEmpty() && review()->profile(m_classId); }

core::Provenance ProfileTableModel::provenance() const
{
    const core::Profile *p = m_classId.isEmpty() ? nullptr : review()->profile(m_classId);
    return p ? p->provenance : core::Provenance::Estimated;
}

core::Profile ProfileTableModel::profileWith(const std::vector<double> &multipliers) const
{
    const core::Profile *own = m_classId.isEmpty() ? nullptr : review()->profile(m_classId);
    core::Profile p = own ? *own : core::Profile{};
    p.classId = m_classId;
    p.bucketMinutes = m_bucketMinutes;
    p.multipliers = multipliers;
    return p;
}

QString ProfileTableModel::where(int bucket) const
{
    return QStringLiteral("profiles[%1].multipliers[%2]").arg(m_classId).arg(bucket);
}

core::Result<double> ProfileTableModel::parseMultiplier(int bucket, const QVariant &value) const
{
    const auto v = detail::parseNumber(value, where(bucket), false);
    if (!v)
        return v.error();
    if (**v < 0.0)
        return core::fail(where(bucket), tr("must be ≥ 0, got %1").arg(detail::numberText(**v)));
    return **v;
}

bool ProfileTableModel::requestScale(const QList<int> &buckets, double factor)
{
    if (m_classId.isEmpty() || m_multipliers.empty()) {
        Q_EMIT editRejected(tr("No class selected"));
        return false;
    }
    const auto scaled = scaleMultipliers(m_multipliers, buckets, factor);
    if (!scaled) {
        Q_EMIT editRejected(scaled.error().toString());
        return false;
    }
    Q_EMIT profileEditRequested(m_classId, profileWith(scaled.value()));
    return true;
}

bool ProfileTableModel::requestMultiplier(int bucket, double multiplier)
{
    if (bucket < 0 || bucket >= int(m_multipliers.size())) {
        Q_EMIT editRejected(tr("bucket %1: outside the profile").arg(bucket));
        return false;
    }
    const auto v = parseMultiplier(bucket, multiplier);
    if (!v) {
        Q_EMIT editRejected(v.error().toString());
        return false;
    }
    std::vector<double> m = m_multipliers;
    m[size_t(bucket)] = v.value();
    Q_EMIT profileEditRequested(m_classId, profileWith(m));
    return true;
}

void ProfileTableModel::requestProvenance(core::Provenance provenance)
{
    if (m_classId.isEmpty() || m_multipliers.empty() || (hasProfile() && this->provenance() == provenance))
        return;
    core::Profile p = profileWith(m_multipliers);
    p.provenance = provenance;
    Q_EMIT profileEditRequested(m_classId, p);
}

void ProfileTableModel::requestRemove()
{
    if (hasProfile())
        Q_EMIT profileEditRequested(m_classId, std::nullopt);
}

QStringList ProfileTableModel::candidateProblems(const QModelIndex &index, const QVariant &value) const
{
    if (!index.isValid() || index.column() != MultiplierColumn)
        return {};
    const auto v = parseMultiplier(index.row(), value);
    return v ? QStringList() : QStringList{v.error().toString()};
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_multipliers.size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const double m = m_multipliers[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == TimeColumn)
            return bucketSpanText(index.row(), m_bucketMinutes);
        return detail::numberText(m);
    case Qt::TextAlignmentRole:
        return index.column() == MultiplierColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (!hasProfile())
            return tr("No profile yet: every bucket counts as 1; an edit creates one");
        return {};
    }
    return {};
}

bool ProfileTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto v = parseMultiplier(index.row(), value);
    if (!v) {
        Q_EMIT editRejected(v.error().toString());
        return false;
    }
    if (v.value() == m_multipliers[size_t(index.row())] && hasProfile())
        return true;
    return requestMultiplier(index.row(), v.value());
}

Qt::ItemFlags ProfileTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == MultiplierColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section;
    return section == TimeColumn ? tr("Time of day") : tr("Multiplier");
}

} // namespace hostreview::models
