#include "checklisttreemodel.h"

#include "checklistcolors.h"
#include "reviewaccess.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace hostreview::models {

using core::AnswerStatus;
using core::checklist::ChecklistItem;

namespace {
// internalId of an index: 0 for a domain row, domain row + 1 for an item row.
constexpr quintptr DomainLevel = 0;

QString scoreText(double score)
{
    return QLocale().toString(std::round(score * 10.0) / 10.0, 'f', 1);
}
} // namespace

ChecklistTreeModel::ChecklistTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ChecklistTreeModel::setChecklist(const core::checklist::Checklist &checklist)
{
    beginResetModel();
    m_checklist = checklist;
    rebuild();
    rescore();
    endResetModel();
    Q_EMIT scorecardChanged();
}

void ChecklistTreeModel::setDocument(core::ReviewDocument *document)
{
    detail::switchDocument(this, m_document, document, [this](core::ReviewDocument *d) {
        connect(d, &core::ReviewDocument::answerChanged, this, &ChecklistTreeModel::onAnswerChanged);
        connect(d, &core::ReviewDocument::reset, this, &ChecklistTreeModel::onReset);
    });
    onReset();
}

void ChecklistTreeModel::rebuild()
{
    m_domainItems.assign(m_checklist.domains.size(), {});
    for (int i = 0; i < int(m_checklist.items.size()); ++i) {
        for (size_t d = 0; d < m_checklist.domains.size(); ++d) {
            if (m_checklist.domains[d].id == m_checklist.items[size_t(i)].domainId) {
                m_domainItems[d].push_back(i);
                break;
            }
        }
    }
}

void ChecklistTreeModel::rescore()
{
    static const core::Review empty;
    m_scorecard = core::checklist::score(m_checklist, m_document ? m_document->review() : empty);
}

void ChecklistTreeModel::onAnswerChanged(const QString &itemId)
{
    rescore();
    const QModelIndex item = itemIndex(itemId);
    if (item.isValid()) {
        Q_EMIT dataChanged(item, item.siblingAtColumn(ColumnCount - 1));
        const QModelIndex domain = item.parent();
        Q_EMIT dataChanged(domain, domain.siblingAtColumn(ColumnCount - 1));
    }
    Q_EMIT scorecardChanged();
}

void ChecklistTreeModel::onReset()
{
    rescore();
    const int domains = rowCount();
    if (domains > 0) {
        Q_EMIT dataChanged(index(0, 0), index(domains - 1, ColumnCount - 1));
        for (int d = 0; d < domains; ++d) {
            const QModelIndex parent = index(d, 0);
            const int items = rowCount(parent);
            if (items > 0)
                Q_EMIT dataChanged(index(0, 0, parent), index(items - 1, ColumnCount - 1, parent));
        }
    }
    Q_EMIT scorecardChanged();
}

const core::ChecklistAnswer *ChecklistTreeModel::answer(const QString &itemId) const
{
    return m_document ? m_document->review().answer(itemId) : nullptr;
}

AnswerStatus ChecklistTreeModel::status(const QString &itemId) const
{
    const core::ChecklistAnswer *a = answer(itemId);
    return a ? a->status : AnswerStatus::NotAssessed;
}

QModelIndex ChecklistTreeModel::domainIndex(const QString &domainId, int column) const
{
    for (int d = 0; d < int(m_checklist.domains.size()); ++d)
        if (m_checklist.domains[size_t(d)].id == domainId)
            return index(d, column);
    return {};
}

QModelIndex ChecklistTreeModel::itemIndex(const QString &itemId, int column) const
{
    for (int d = 0; d < int(m_domainItems.size()); ++d) {
        const std::vector<int> &items = m_domainItems[size_t(d)];
        for (int r = 0; r < int(items.size()); ++r)
            if (m_checklist.items[size_t(items[size_t(r)])].id == itemId)
                return createIndex(r, column, quintptr(d) + 1);
    }
    return {};
}

QModelIndex ChecklistTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_domainItems.size()) ? createIndex(row, column, DomainLevel) : QModelIndex();
    if (parent.internalId() != DomainLevel)
        return {};
    const int d = parent.row();
    if (d >= int(m_domainItems.size()) || row >= int(m_domainItems[size_t(d)].size()))
        return {};
    return createIndex(row, column, quintptr(d) + 1);
}

QModelIndex ChecklistTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == DomainLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, DomainLevel);
}

int ChecklistTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_domainItems.size());
    if (parent.internalId() != DomainLevel || parent.column() != 0 || parent.row() >= int(m_domainItems.size()))
        return 0;
    return int(m_domainItems[size_t(parent.row())].size());
}

int ChecklistTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == DomainLevel)
        return domainData(index.row(), index.column(), role);
    const int d = int(index.internalId() - 1);
    if (d >= int(m_domainItems.size()) || index.row() >= int(m_domainItems[size_t(d)].size()))
        return {};
    return itemData(m_checklist.items[size_t(m_domainItems[size_t(d)][size_t(index.row())])], index.column(), role);
}

QVariant ChecklistTreeModel::domainData(int domainRow, int column, int role) const
{
    if (domainRow >= int(m_checklist.domains.size()))
        return {};
    const core::checklist::ChecklistDomain &domain = m_checklist.domains[size_t(domainRow)];
    const core::checklist::DomainScore *score = m_scorecard.domain(domain.id);
    const core::checklist::StatusCounts counts = score ? score->counts : core::checklist::StatusCounts{};
    const int answered = counts.total() - counts.unanswered;

    switch (role) {
    case DomainIdRole: return domain.id;
    case IsDomainRole: return true;
    case ItemIdRole: return QString();
    case ScoreRole: return score && score->score ? QVariant(*score->score) : QVariant();
    case ProgressRole: return counts.total() == 0 ? 1.0 : double(answered) / counts.total();
    case SearchTextRole: return domain.name + QLatin1Char('\n') + domain.id;
    case Qt::ToolTipRole: return domain.description;
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::ForegroundRole:
        if ((column == ScoreColumn || column == QuestionColumn) && score && score->band)
            return QBrush(maturityBandColor(*score->band));
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn: return domain.name;
        case StatusColumn: return tr("%1/%2 answered").arg(answered).arg(counts.total());
        case RiskColumn: {
            int high = 0, medium = 0, low = 0;
            for (const core::checklist::RiskItem &r : m_scorecard.risks) {
                if (r.domainId != domain.id)
                    continue;
                (r.level == core::checklist::RiskLevel::High ? high
                 : r.level == core::checklist::RiskLevel::Medium ? medium : low)++;
            }
            QStringList parts;
            if (high)
                parts << tr("%1 high").arg(high);
            if (medium)
                parts << tr("%1 medium").arg(medium);
            if (low)
                parts << tr("%1 low").arg(low);
            return parts.join(QStringLiteral(", "));
        }
        case QuestionColumn: // the score again, where a narrow view still shows it
        case ScoreColumn:
            if (score && score->score && score->band)
                return tr("%1 · %2").arg(scoreText(*score->score), maturityBandText(*score->band));
            return tr("not assessed");
        default: return {};
        }
    default: return {};
    }
}

QVariant ChecklistTreeModel::itemData(const ChecklistItem &item, int column, int role) const
{
    const core::ChecklistAnswer *a = answer(item.id);
    const AnswerStatus status = a ? a->status : AnswerStatus::NotAssessed;
    const std::optional<core::checklist::RiskLevel> risk = core::checklist::riskLevel(item.criticality, item.weight, status);

    switch (role) {
    case ItemIdRole: return item.id;
    case DomainIdRole: return item.domainId;
    case IsDomainRole: return false;
    case StatusRole: return int(status);
    case RiskRole: return risk ? int(*risk) : -1;
    case SearchTextRole: {
        const core::checklist::ChecklistDomain *domain = m_checklist.domain(item.domainId);
        return QStringList{item.id, item.question, item.good, a ? a->notes : QString(),
                           domain ? domain->name : QString()}
            .join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        if (column == QuestionColumn || column == IdColumn)
            return tr("%1\n\nWhat good looks like: %2").arg(item.question, item.good);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return QBrush(answerStatusColor(status));
        if (column == RiskColumn && risk)
            return QBrush(riskLevelColor(*risk));
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return answerStatusColor(status);
        return {};
    case Qt::TextAlignmentRole:
        if (column == WeightColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn: return item.id;
        case QuestionColumn: return item.question;
        case StatusColumn: return answerStatusText(status);
        case RiskColumn: return risk ? riskLevelText(*risk) : QStringLiteral("—");
        case WeightColumn: return item.weight;
        case CriticalityColumn: return criticalityText(item.criticality);
        default: return {};
        }
    default: return {};
    }
}

QVariant ChecklistTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Domain / item");
    case QuestionColumn: return tr("Question");
    case StatusColumn: return tr("Status");
    case RiskColumn: return tr("Risk");
    case WeightColumn: return tr("Weight");
    case CriticalityColumn: return tr("Criticality");
    case ScoreColumn: return tr("Score");
    default: return {};
    }
}

} // namespace hostreview::models
