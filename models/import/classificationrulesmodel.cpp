#include "classificationrulesmodel.h"

#include "core/model/validation.h"

#include <QColor>
#include <QRegularExpression>

#include <numeric>
#include <string>

namespace hostreview::models {

namespace imp = core::import;

namespace {

/** The background of a cell with a problem (the colour ValidatingDelegate gives a bad editor). */
const QColor kInvalidBackground(0xf4, 0xc7, 0xc3);

QString fieldLabel(int column)
{
    switch (column) {
    case ClassificationRulesModel::ClassColumn: return ClassificationRulesModel::tr("class");
    case ClassificationRulesModel::MethodColumn: return ClassificationRulesModel::tr("method");
    case ClassificationRulesModel::PathColumn: return ClassificationRulesModel::tr("path");
    case ClassificationRulesModel::RouterColumn: return ClassificationRulesModel::tr("router");
    default: return QString();
    }
}

QString *field(imp::ClassificationRule &rule, int column)
{
    switch (column) {
    case ClassificationRulesModel::ClassColumn: return &rule.classId;
    case ClassificationRulesModel::MethodColumn: return &rule.method;
    case ClassificationRulesModel::PathColumn: return &rule.pattern;
    case ClassificationRulesModel::RouterColumn: return &rule.router;
    default: return nullptr;
    }
}

const QString *field(const imp::ClassificationRule &rule, int column)
{
    return field(const_cast<imp::ClassificationRule &>(rule), column);
}

bool isEmptyRule(const imp::ClassificationRule &rule)
{
    return rule.pattern.isEmpty() && rule.method.isEmpty() && rule.router.isEmpty();
}

QString emptyRuleProblem(int row)
{
    return ClassificationRulesModel::tr("Rule %1, path: a rule needs a path, method or router expression").arg(row + 1);
}

bool isRegexColumn(int column)
{
    return column == ClassificationRulesModel::MethodColumn || column == ClassificationRulesModel::PathColumn
           || column == ClassificationRulesModel::RouterColumn;
}

} // namespace

ClassificationRulesModel::ClassificationRulesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClassificationRulesModel::setRules(const std::vector<imp::ClassificationRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    recount();
    endResetModel();
    Q_EMIT rulesChanged();
}

void ClassificationRulesModel::resetToDefaults() { setRules(imp::defaultClassificationRules()); }

int ClassificationRulesModel::insertRule(int row, const imp::ClassificationRule &rule)
{
    if (row < 0 || row > rowCount())
        row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    m_rules.insert(m_rules.begin() + row, rule);
    endInsertRows();
    changed();
    return row;
}

bool ClassificationRulesModel::removeRule(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_rules.erase(m_rules.begin() + row);
    endRemoveRows();
    changed();
    return true;
}

bool ClassificationRulesModel::moveRule(int from, int to)
{
    if (from < 0 || from >= rowCount() || to < 0 || to >= rowCount())
        return false;
    if (from == to)
        return true;
    // beginMoveRows takes the row the moved one is inserted before, counted before the move.
    if (!beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to))
        return false;
    const imp::ClassificationRule rule = m_rules[std::size_t(from)];
    m_rules.erase(m_rules.begin() + from);
    m_rules.insert(m_rules.begin() + to, rule);
    endMoveRows();
    changed();
    return true;
}

QStringList ClassificationRulesModel::cellProblems(const imp::ClassificationRule &rule, int row, int column)
{
    QStringList out;
    const QString where = tr("Rule %1, %2").arg(row + 1).arg(fieldLabel(column));
    if (column == ClassColumn && !core::isValidId(rule.classId))
        out << tr("%1: must be a class id of 1 to 64 letters, digits, '_', '.' or '-', got \"%2\"")
                   .arg(where, rule.classId);
    if (isRegexColumn(column)) {
        const QRegularExpression re(*field(rule, column));
        if (!re.isValid())
            out << tr("%1: invalid regular expression at character %2: %3")
                       .arg(where)
                       .arg(re.patternErrorOffset() + 1)
                       .arg(re.errorString());
    }
    if (column == PathColumn && isEmptyRule(rule))
        out << emptyRuleProblem(row);
    return out;
}

QStringList ClassificationRulesModel::problems(int row, int column) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return cellProblems(m_rules[std::size_t(row)], row, column);
}

QStringList ClassificationRulesModel::problems() const
{
    QStringList out;
    for (int row = 0; row < rowCount(); ++row)
        for (int column : {ClassColumn, MethodColumn, PathColumn, RouterColumn})
            out << problems(row, column);
    return out;
}

QStringList ClassificationRulesModel::candidateProblems(const QModelIndex &index, const QVariant &value) const
{
    if (!index.isValid() || index.row() >= rowCount() || !field(m_rules[std::size_t(index.row())], index.column()))
        return {};
    imp::ClassificationRule rule = m_rules[std::size_t(index.row())];
    *field(rule, index.column()) = value.toString();
    QStringList out = cellProblems(rule, index.row(), index.column());
    // Emptying the last expression of a rule makes the path cell wrong too: say so in the cell being typed.
    if (index.column() != PathColumn && isRegexColumn(index.column()) && isEmptyRule(rule))
        out << emptyRuleProblem(index.row());
    return out;
}

void ClassificationRulesModel::setSamples(std::vector<SampleRequest> samples)
{
    m_samples = std::move(samples);
    recount();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, MatchesColumn), index(rowCount() - 1, MatchesColumn));
    Q_EMIT rulesChanged();
}

qint64 ClassificationRulesModel::sampleTotal() const
{
    return std::accumulate(m_samples.begin(), m_samples.end(), qint64(0),
                           [](qint64 sum, const SampleRequest &s) { return sum + s.count; });
}

qint64 ClassificationRulesModel::ruleMatches(int row) const
{
    if (row < 0 || std::size_t(row) >= m_ruleMatches.size())
        return -1;
    return m_ruleMatches[std::size_t(row)];
}

void ClassificationRulesModel::recount()
{
    m_ruleMatches.clear();
    m_sampleMatches = -1;
    if (!isValid())
        return;
    // One distinct class per rule, so that the class index the Classifier returns is the rule's row
    // and the preview follows the core's own first-match semantics.
    std::vector<imp::ClassificationRule> numbered = m_rules;
    for (std::size_t i = 0; i < numbered.size(); ++i)
        numbered[i].classId = QStringLiteral("rule-%1").arg(i);
    core::Result<imp::Classifier> classifier = imp::Classifier::create(numbered);
    if (!classifier)
        return;
    m_ruleMatches.assign(m_rules.size(), 0);
    m_sampleMatches = 0;
    for (const SampleRequest &s : m_samples) {
        const std::string method = s.method.toStdString();
        const std::string path = s.path.toStdString();
        const std::string router = s.router.toStdString();
        const int rule = classifier->classify(method, path, router);
        if (rule >= 0 && std::size_t(rule) < m_ruleMatches.size()) {
            m_ruleMatches[std::size_t(rule)] += s.count;
            m_sampleMatches += s.count;
        }
    }
}

void ClassificationRulesModel::changed()
{
    recount();
    // A change can alter the order numbers, the problems of the other cells of its row and every
    // rule's matches: refresh the whole (small) table.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT rulesChanged();
}

QString ClassificationRulesModel::fieldKey(int column)
{
    switch (column) {
    case ClassColumn: return QStringLiteral("class");
    case MethodColumn: return QStringLiteral("method");
    case PathColumn: return QStringLiteral("pattern");
    case RouterColumn: return QStringLiteral("router");
    default: return QString();
    }
}

int ClassificationRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int ClassificationRulesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ClassificationRulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const imp::ClassificationRule &rule = m_rules[std::size_t(index.row())];
    const int column = index.column();
    const QString *text = field(rule, column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == OrderColumn)
            return index.row() + 1;
        if (column == MatchesColumn) {
            if (!hasSamples())
                return QString();
            const qint64 n = ruleMatches(index.row());
            return n < 0 ? QStringLiteral("—") : QVariant(n);
        }
        if (text && text->isEmpty() && column != PathColumn && column != ClassColumn)
            return tr("any");
        return text ? QVariant(*text) : QVariant();
    case Qt::EditRole:
        return text ? QVariant(*text) : QVariant();
    case Qt::ForegroundRole:
        if (text && text->isEmpty() && (column == MethodColumn || column == RouterColumn))
            return QColor(Qt::gray);
        return {};
    case Qt::BackgroundRole:
        return problems(index.row(), column).isEmpty() ? QVariant() : QVariant(kInvalidBackground);
    case Qt::TextAlignmentRole:
        if (column == OrderColumn || column == MatchesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        const QStringList p = problems(index.row(), column);
        if (!p.isEmpty())
            return p.join(QLatin1Char('\n'));
        return headerData(column, Qt::Horizontal, Qt::ToolTipRole);
    }
    case InvalidRole:
        return !problems(index.row(), column).isEmpty();
    case ProblemsRole:
        return problems(index.row(), column);
    default:
        return {};
    }
}

bool ClassificationRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount())
        return false;
    QString *text = field(m_rules[std::size_t(index.row())], index.column());
    if (!text)
        return false;
    const QString typed = value.toString();
    if (*text == typed)
        return true;
    *text = typed;
    changed();
    return true;
}

Qt::ItemFlags ClassificationRulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (field(m_rules[std::size_t(index.row())], index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ClassificationRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case OrderColumn: return tr("#");
        case ClassColumn: return tr("Class");
        case MethodColumn: return tr("Method");
        case PathColumn: return tr("Path");
        case RouterColumn: return tr("Router");
        case MatchesColumn: return tr("Matches");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OrderColumn: return tr("Rules are tried from the top; the first that matches wins");
        case ClassColumn: return tr("The workload class a matching request is counted under");
        case MethodColumn: return tr("Regular expression for the whole HTTP method (GET, POST, …); empty: any method");
        case PathColumn: return tr("Regular expression searched in the request path, without the query string");
        case RouterColumn: return tr("Regular expression searched in the Traefik router name; empty: any router");
        case MatchesColumn: return tr("Sample requests this rule takes (the first matching rule wins)");
        default: return {};
        }
    }
    return {};
}

} // namespace hostreview::models
