#include "classtablemodel.h"

#include "reviewaccess.h"

#include "core/document/reviewdocument.h"
#include "core/model/validation.h"

#include <QBrush>
#include <QColor>

namespace hostreview::models {

using detail::emptyReview;
using detail::classIds;

ClassTableModel::ClassTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_validator([](const core::Review &r) { return core::validate(r); })
{
}

void ClassTableModel::setDocument(core::ReviewDocument *document)
{
    // Any edit can change what validation says about a class (a removed station, a renamed entry).
    if (!detail::switchDocument(this, m_document, document, [this](core::ReviewDocument *d) {
            connect(d, &core::ReviewDocument::edited, this, &ClassTableModel::refresh);
            connect(d, &core::ReviewDocument::reset, this, &ClassTableModel::refresh);
        }))
        return;
    beginResetModel();
    m_ids = classIds(*review());
    m_problems = document && m_validator ? ProblemMap(m_validator(document->review())) : ProblemMap();
    endResetModel();
}

void ClassTableModel::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    refresh();
}

const core::Review *ClassTableModel::review() const
{
    return m_document ? &m_document->review() : &emptyReview();
}

void ClassTableModel::refresh()
{
    const QStringList ids = classIds(*review());
    m_problems = m_document && m_validator ? ProblemMap(m_validator(m_document->review())) : ProblemMap();
    if (ids != m_ids) {
        beginResetModel();
        m_ids = ids;
        endResetModel();
    } else if (!m_ids.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    }
}

QString ClassTableModel::fieldKey(int column)
{
    switch (column) {
    case IdColumn: return QStringLiteral("id");
    case NameColumn: return QStringLiteral("name");
    case TypeColumn: return QStringLiteral("type");
    case ArrivalRateColumn: return QStringLiteral("arrival_rate");
    case PopulationColumn: return QStringLiteral("population");
    case ThinkTimeColumn: return QStringLiteral("think_time");
    case EntryColumn: return QStringLiteral("entry");
    case ProvenanceColumn: return QStringLiteral("provenance");
    }
    return {};
}

QString ClassTableModel::whereOf(const QString &classId, int column) const
{
    return classFieldWhere(classId, fieldKey(column));
}

int ClassTableModel::rowOfClass(const QString &id) const { return review()->classIndex(id); }

QString ClassTableModel::classIdAt(int row) const
{
    const auto &classes = review()->classes;
    return row >= 0 && row < int(classes.size()) ? classes[size_t(row)].id : QString();
}

bool ClassTableModel::cellApplies(const core::WorkloadClass &c, int column) const
{
    switch (column) {
    case ArrivalRateColumn: return c.type == core::ClassType::Open;
    case PopulationColumn:
    case ThinkTimeColumn: return c.type == core::ClassType::Closed;
    default: return true;
    }
}

int ClassTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(review()->classes.size());
}

int ClassTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ClassTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::WorkloadClass &c = review()->classes[size_t(index.row())];
    const int column = index.column();
    const QString where = whereOf(c.id, column);
    switch (role) {
    case ClassIdRole: return c.id;
    case InvalidRole: return m_problems.contains(where);
    case ProblemsRole: return m_problems.messages(where);
    case Qt::BackgroundRole:
        if (m_problems.hasError(where))
            return QBrush(QColor(0xf4, 0xc7, 0xc3));
        if (m_problems.contains(where))
            return QBrush(QColor(0xfc, 0xe8, 0xb2));
        return {};
    case Qt::ToolTipRole:
        if (m_problems.contains(where))
            return m_problems.messages(where).join(QLatin1Char('\n'));
        if (!cellApplies(c, column))
            return c.type == core::ClassType::Open ? tr("Not used by open classes") : tr("Not used by closed classes");
        if (column == ProvenanceColumn && !c.source.isEmpty())
            return c.source;
        return {};
    case ChoicesRole:
        switch (column) {
        case TypeColumn: return QStringList{QStringLiteral("open"), QStringLiteral("closed")};
        case ProvenanceColumn: return QStringList{QStringLiteral("estimated"), QStringLiteral("measured")};
        case EntryColumn: {
            QStringList ids{QString()};
            for (const core::Station &s : review()->stations)
                ids << s.id;
            return ids;
        }
        }
        return {};
    case ChoiceLabelsRole:
        switch (column) {
        case TypeColumn: return QStringList{tr("open"), tr("closed")};
        case ProvenanceColumn: return QStringList{tr("estimated"), tr("measured")};
        case EntryColumn: {
            QStringList labels{tr("(none)")};
            for (const core::Station &s : review()->stations)
                labels << (s.name.isEmpty() ? s.id : QStringLiteral("%1 (%2)").arg(s.name, s.id));
            return labels;
        }
        }
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const bool edit = role == Qt::EditRole;
        if (!cellApplies(c, column))
            return edit ? QVariant() : QVariant(QString());
        switch (column) {
        case IdColumn: return c.id;
        case NameColumn: return c.name;
        case TypeColumn: return edit ? core::classTypeName(c.type) : (c.type == core::ClassType::Open ? tr("open") : tr("closed"));
        case ArrivalRateColumn: return c.arrivalRate ? detail::numberText(*c.arrivalRate) : QString();
        case PopulationColumn: return c.population ? QString::number(*c.population) : QString();
        case ThinkTimeColumn: return c.thinkTime ? detail::numberText(*c.thinkTime) : QString();
        case EntryColumn: return c.entry;
        case ProvenanceColumn:
            return edit ? core::provenanceName(c.provenance)
                        : (c.provenance == core::Provenance::Measured ? tr("measured") : tr("estimated"));
        }
        return {};
    }
    }
    return {};
}

core::Result<core::WorkloadClass> ClassTableModel::editedClass(const QModelIndex &index, const QVariant &value) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return core::fail({}, tr("no such class"));
    core::WorkloadClass c = review()->classes[size_t(index.row())];
    const QString where = whereOf(c.id, index.column());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case IdColumn:
        if (text != c.id)
            return core::fail(where, tr("class ids cannot be renamed here"));
        break;
    case NameColumn: c.name = text; break;
    case TypeColumn:
        if (text == QLatin1String("open") || text == tr("open"))
            c.type = core::ClassType::Open;
        else if (text == QLatin1String("closed") || text == tr("closed"))
            c.type = core::ClassType::Closed;
        else
            return core::fail(where, tr("must be \"open\" or \"closed\", got \"%1\"").arg(text));
        break;
    case ArrivalRateColumn: {
        const auto v = detail::parseNumber(value, where, true);
        if (!v)
            return v.error();
        c.arrivalRate = *v;
        break;
    }
    case PopulationColumn: {
        const auto v = detail::parseInteger(value, where, true);
        if (!v)
            return v.error();
        c.population = *v;
        break;
    }
    case ThinkTimeColumn: {
        const auto v = detail::parseNumber(value, where, true);
        if (!v)
            return v.error();
        c.thinkTime = *v;
        break;
    }
    case EntryColumn:
        if (!text.isEmpty() && !review()->station(text))
            return core::fail(where, tr("no station \"%1\"").arg(text));
        c.entry = text;
        break;
    case ProvenanceColumn:
        if (text == QLatin1String("estimated") || text == tr("estimated"))
            c.provenance = core::Provenance::Estimated;
        else if (text == QLatin1String("measured") || text == tr("measured"))
            c.provenance = core::Provenance::Measured;
        else
            return core::fail(where, tr("must be \"estimated\" or \"measured\", got \"%1\"").arg(text));
        break;
    default: return core::fail(where, tr("not editable"));
    }
    return c;
}

QStringList ClassTableModel::candidateProblems(const QModelIndex &index, const QVariant &value) const
{
    const auto edited = editedClass(index, value);
    if (!edited)
        return {edited.error().toString()};
    if (!m_validator || !m_document)
        return {};
    core::Review candidate = m_document->review();
    candidate.classes[size_t(index.row())] = edited.value();
    return ProblemMap(m_validator(candidate)).messages(whereOf(edited->id, index.column()));
}

bool ClassTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto edited = editedClass(index, value);
    if (!edited) {
        Q_EMIT editRejected(edited.error().toString());
        return false;
    }
    const core::WorkloadClass &before = review()->classes[size_t(index.row())];
    if (edited.value() == before)
        return true;
    Q_EMIT classEditRequested(before.id, edited.value(), fieldKey(index.column()));
    return true;
}

Qt::ItemFlags ClassTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const core::WorkloadClass &c = review()->classes[size_t(index.row())];
    if (index.column() != IdColumn && cellApplies(c, index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ClassTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Id");
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case ArrivalRateColumn: return tr("Arrival rate (/s)");
    case PopulationColumn: return tr("Users");
    case ThinkTimeColumn: return tr("Think time (s)");
    case EntryColumn: return tr("Entry");
    case ProvenanceColumn: return tr("Provenance");
    }
    return {};
}

} // namespace hostreview::models
