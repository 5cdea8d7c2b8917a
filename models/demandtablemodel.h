#pragma once

#include "celleditor.h"
#include "classtablemodel.h"
#include "problemmap.h"

#include "core/document/reviewdocument.h"
#include "core/model/review.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace hostreview::models {

/**
 * The demands of one workload class as an editable table with a row per station (document
 * order): visits per request (empty → derived from the links) and service time per visit, shown
 * and typed in milliseconds. Typing a service time on a station without a demand adds one;
 * clearing it removes the demand. Like ClassTableModel it never changes the document: a committed
 * cell emits classEditRequested() with the whole class as it should become.
 */
class DemandTableModel : public QAbstractTableModel, public CandidateChecker {
    Q_OBJECT
public:
    enum Column {
        StationColumn,     ///< station name (read-only)
        VisitsColumn,      ///< mean visits per request; empty → from the links
        ServiceTimeColumn, ///< mean service time per visit, milliseconds
        ColumnCount
    };
    /** Role giving the station id of a row. */
    static constexpr int StationIdRole = Qt::UserRole + 1;

    explicit DemandTableModel(QObject *parent = nullptr);

    /** Shows the stations of `document` and follows its signals; nullptr shows nothing. */
    void setDocument(core::ReviewDocument *document);
    /** Replaces the validator (default core::validate). */
    void setValidator(Validator validator);
    /** Returns the class whose demands are shown; empty when none. */
    QString classId() const { return m_classId; }
    /** Returns the row of station `id`, or -1. */
    int rowOfStation(const QString &id) const;

    /** Returns the shown class with `value` typed into `index`, or an Error naming the field. */
    core::Result<core::WorkloadClass> editedClass(const QModelIndex &index, const QVariant &value) const;
    QStringList candidateProblems(const QModelIndex &index, const QVariant &value) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /**
     * The user committed a cell: class `classId` should become `after`. `field` names what changed
     * ("arrival_rate", "demands[pg].service_time") so that typing into one cell merges into one undo step.
     */
    void classEditRequested(const QString &classId, const hostreview::core::WorkloadClass &after,
                            const QString &field);
    /** The typed text cannot be read; `message` names the field and says why. */
    void editRejected(const QString &message);

public Q_SLOTS:
    /** Shows the demands of class `classId` (empty: none). */
    void setClassId(const QString &classId);
    /** Re-reads the document. */
    void refresh();

private:
    const core::Review *review() const;
    const core::WorkloadClass *shownClass() const;
    /** Returns the demand index of station `stationId` in the class, or -1. */
    int demandIndex(const core::WorkloadClass &c, const QString &stationId) const;
    QStringList problemsAt(const ProblemMap &map, const core::WorkloadClass &c, const QString &stationId,
                           int column) const;

    QPointer<core::ReviewDocument> m_document;
    Validator m_validator;
    ProblemMap m_problems;
    QString m_classId;
    QStringList m_stationIds; ///< as last shown
};

} // namespace hostreview::models
