#pragma once

#include "celleditor.h"

#include "core/document/reviewdocument.h"
#include "core/model/review.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>
#include <vector>

namespace hostreview::models {

/**
 * Multiplies the chosen buckets of a profile by `factor` (all of them when `buckets` is empty)
 * and returns the new list; the others are unchanged. Fails on a factor that is negative or not
 * finite and on a bucket outside the list, naming it.
 */
core::Result<std::vector<double>> scaleMultipliers(const std::vector<double> &multipliers, const QList<int> &buckets,
                                                   double factor);

/**
 * The day profile of one workload class as a table with a row per bucket: the bucket's time of
 * day ("08:15–08:30") and its multiplier. A class without a profile shows multiplier 1 in every
 * bucket (interchange-v1) over the document's shared bucket layout (96 × 15 min when no class
 * has a profile). Edits never change the document: they emit profileEditRequested() with the
 * whole profile as it should become (ReviewDocument::setProfile).
 */
class ProfileTableModel : public QAbstractTableModel, public CandidateChecker {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,       ///< "08:15–08:30" (read-only)
        MultiplierColumn, ///< the bucket's multiplier (≥ 0)
        ColumnCount
    };

    explicit ProfileTableModel(QObject *parent = nullptr);

    void setDocument(core::ReviewDocument *document);
    QString classId() const { return m_classId; }

    /** Returns the shown multipliers (ones when the class has no profile). */
    const std::vector<double> &multipliers() const { return m_multipliers; }
    int bucketMinutes() const { return m_bucketMinutes; }
    /** Returns true when the class has a profile of its own (not the implicit ones). */
    bool hasProfile() const;
    /** Returns the shown profile's provenance (estimated when there is none). */
    core::Provenance provenance() const;

    /** Returns the profile as it would be with `multipliers`, keeping its other fields. */
    core::Profile profileWith(const std::vector<double> &multipliers) const;

    /** Asks for the chosen buckets (all when empty) multiplied by `factor`; false and editRejected() on bad input. */
    bool requestScale(const QList<int> &buckets, double factor);
    /** Asks for bucket `bucket` set to `multiplier` (a drag on the chart); false and editRejected() on bad input. */
    bool requestMultiplier(int bucket, double multiplier);
    /** Asks for the provenance tag to change. */
    void requestProvenance(core::Provenance provenance);
    /** Asks for the class's profile to be removed (every bucket back to 1). */
    void requestRemove();

    QStringList candidateProblems(const QModelIndex &index, const QVariant &value) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The user edited the profile: class `classId`'s profile should become `after` (nullopt: removed). */
    void profileEditRequested(const QString &classId, const std::optional<hostreview::core::Profile> &after);
    void editRejected(const QString &message);
    /** The shown multipliers changed (document edit or another class shown). */
    void multipliersChanged();

public Q_SLOTS:
    void setClassId(const QString &classId);
    void refresh();

private:
    const core::Review *review() const;
    core::Result<double> parseMultiplier(int bucket, const QVariant &value) const;
    QString where(int bucket) const;

    QPointer<core::ReviewDocument> m_document;
    QString m_classId;
    std::vector<double> m_multipliers;
    int m_bucketMinutes = 15;
};

} // namespace hostreview::models
