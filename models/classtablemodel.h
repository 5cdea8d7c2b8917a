#pragma once

#include "celleditor.h"
#include "problemmap.h"

#include "core/document/reviewdocument.h"
#include "core/model/review.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <vector>

namespace hostreview::models {

/** Checks a review and returns every problem (core::validate by default; tests pass their own). */
using Validator = std::function<std::vector<core::Problem>(const core::Review &)>;

/**
 * The workload classes of a document as an editable table: id, name, type, arrival rate (open),
 * population and think time (closed), entry station and provenance. Cells that validation flags
 * are red with the reason in their tooltip. The model never changes the document: a committed
 * cell emits classEditRequested() with the whole class as it should become, which the window
 * turns into an undoable command (ReviewDocument::setClass).
 */
class ClassTableModel : public QAbstractTableModel, public CandidateChecker {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        TypeColumn,        ///< "open" / "closed"
        ArrivalRateColumn, ///< open: requests per second
        PopulationColumn,  ///< closed: users
        ThinkTimeColumn,   ///< closed: seconds
        EntryColumn,       ///< entry station id
        ProvenanceColumn,  ///< "estimated" / "measured"
        ColumnCount
    };
    /** Role giving the class id of a row. */
    static constexpr int ClassIdRole = Qt::UserRole + 1;

    explicit ClassTableModel(QObject *parent = nullptr);

    /** Shows the classes of `document` and follows its signals; nullptr shows nothing. */
    void setDocument(core::ReviewDocument *document);
    core::ReviewDocument *document() const { return m_document; }
    /** Replaces the validator (default core::validate); re-checks at once. */
    void setValidator(Validator validator);

    /** Returns the interchange key of a column ("arrival_rate"), as validation names fields. */
    static QString fieldKey(int column);
    /** Returns the row of class `id`, or -1. */
    int rowOfClass(const QString &id) const;
    /** Returns the class id of `row`, or an empty string. */
    QString classIdAt(int row) const;

    /**
     * Returns the class of `index`'s row with `value` typed into that cell, or an Error naming the
     * field when the text cannot be read (not a number, not a whole number, unknown choice).
     */
    core::Result<core::WorkloadClass> editedClass(const QModelIndex &index, const QVariant &value) const;
    QStringList candidateProblems(const QModelIndex &index, const QVariant &value) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** Emits classEditRequested() for a readable value (or editRejected() with the reason); never mutates. */
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
    /** The user typed something that cannot be read; `message` names the field and says why. */
    void editRejected(const QString &message);

public Q_SLOTS:
    /** Re-reads the document (classes or stations changed). */
    void refresh();

private:
    const core::Review *review() const;
    bool cellApplies(const core::WorkloadClass &c, int column) const;
    QString whereOf(const QString &classId, int column) const;

    QPointer<core::ReviewDocument> m_document;
    Validator m_validator;
    ProblemMap m_problems;
    QStringList m_ids; ///< class ids as last shown, to tell a data change from a row change
};

} // namespace hostreview::models
