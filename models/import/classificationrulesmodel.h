#pragma once

#include "models/celleditor.h"

#include "core/import/classificationrules.h"

#include <QAbstractTableModel>

#include <vector>

namespace hostreview::models {

/**
 * A working copy of the classification rules (core::import::ClassificationRule) as an editable
 * table: the order (first match wins), the class, and the method, path and router regular
 * expressions. Every cell is checked as it is set: an invalid regular expression or class id turns
 * the cell invalid (InvalidRole, ProblemsRole) and problems() names the rule and field, so that an
 * editor can refuse to save. Unlike the document-bound models this one owns its rules; the caller
 * reads rules() and saves them as one undoable step.
 *
 * With sample requests (setSamples), the Matches column counts the samples each rule would take
 * (the first matching rule wins, exactly as core::import::Classifier decides) and sampleMatches()
 * the total.
 */
class ClassificationRulesModel : public QAbstractTableModel, public CandidateChecker {
    Q_OBJECT
public:
    enum Column {
        OrderColumn,   ///< 1-based position; rules are tried in this order
        ClassColumn,   ///< workload class id
        MethodColumn,  ///< HTTP method regular expression (whole method, case-insensitive); empty: any
        PathColumn,    ///< path regular expression (searched; the query string is cut off first)
        RouterColumn,  ///< Traefik router regular expression (searched); empty: any
        MatchesColumn, ///< sample requests this rule takes (empty without samples)
        ColumnCount
    };

    /** One request to preview the rules on; `count` requests share the same method, path and router. */
    struct SampleRequest {
        QString method;
        QString path;
        QString router;
        qint64 count = 1;
    };

    explicit ClassificationRulesModel(QObject *parent = nullptr);

    /** Replaces every rule (a model reset). */
    void setRules(const std::vector<core::import::ClassificationRule> &rules);
    /** Returns the rules in their order, as edited (possibly invalid: see isValid()). */
    const std::vector<core::import::ClassificationRule> &rules() const { return m_rules; }
    /** Replaces the rules by core::import::defaultClassificationRules(). */
    void resetToDefaults();

    /** Inserts `rule` before `row` (at the end when `row` is out of range); returns its row. */
    int insertRule(int row, const core::import::ClassificationRule &rule);
    /** Removes the rule at `row`; false when there is none. */
    bool removeRule(int row);
    /** Moves the rule at `from` so that it ends up at row `to`; false when either is out of range. */
    bool moveRule(int from, int to);

    /** Returns the problems of every rule, in row order ("Rule 3, path: invalid regular expression …"). */
    QStringList problems() const;
    /** Returns the problems of one cell (empty when it is fine). */
    QStringList problems(int row, int column) const;
    /** Returns true when no rule has a problem. */
    bool isValid() const { return problems().isEmpty(); }

    /** Sets the requests the Matches column and sampleMatches() preview the rules on. */
    void setSamples(std::vector<SampleRequest> samples);
    /** Returns true when samples were given. */
    bool hasSamples() const { return !m_samples.empty(); }
    /** Returns the number of sample requests (the sum of their counts). */
    qint64 sampleTotal() const;
    /** Returns how many sample requests some rule matches, or -1 while a rule is invalid. */
    qint64 sampleMatches() const { return m_sampleMatches; }
    /** Returns how many sample requests rule `row` takes (first match wins), or -1 while a rule is invalid. */
    qint64 ruleMatches(int row) const;

    /** Returns the field name of a column as the project file stores it ("pattern", "method", …), or empty. */
    static QString fieldKey(int column);

    QStringList candidateProblems(const QModelIndex &index, const QVariant &value) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** A rule was edited, added, removed or moved, or the rules were replaced. */
    void rulesChanged();

private:
    /** Returns the problems `rule` would have at `column` if it were rule number `row`. */
    static QStringList cellProblems(const core::import::ClassificationRule &rule, int row, int column);
    void recount();
    void changed();

    std::vector<core::import::ClassificationRule> m_rules;
    std::vector<SampleRequest> m_samples;
    std::vector<qint64> m_ruleMatches; ///< per rule; empty while a rule is invalid
    qint64 m_sampleMatches = -1;
};

} // namespace hostreview::models
