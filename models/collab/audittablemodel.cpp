#include "audittablemodel.h"

#include "models/reviewaccess.h"

#include "core/document/reviewdocument.h"

#include <QLocale>

namespace hostreview::models {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setDocument(core::ReviewDocument *document)
{
    detail::switchDocument(this, m_document, document, [this](core::ReviewDocument *d) {
        connect(d, &core::ReviewDocument::auditAppended, this, &AuditTableModel::onAuditAppended);
        connect(d, &core::ReviewDocument::reset, this, &AuditTableModel::onReset);
    });
    onReset();
}

void AuditTableModel::onReset()
{
    beginResetModel();
    m_rows = m_document ? int(m_document->review().audit.size()) : 0;
    endResetModel();
}

void AuditTableModel::onAuditAppended()
{
    const int rows = int(m_document->review().audit.size());
    if (rows <= m_rows) { // the log was replaced (a merge): start again
        onReset();
        return;
    }
    beginInsertRows({}, m_rows, rows - 1);
    m_rows = rows;
    endInsertRows();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rows; }

int AuditTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= int(m_document->review().audit.size()))
        return {};
    const core::AuditEntry &e = m_document->review().audit[size_t(index.row())];
    if (role == SortRole && index.column() == WhenColumn) // time to the millisecond, then place in the log
        return e.when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
               + QStringLiteral("#%1").arg(index.row(), 9, 10, QLatin1Char('0'));
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return role == Qt::ToolTipRole ? e.when.toUTC().toString(Qt::ISODate)
                                       : QLocale().toString(e.when.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn: return e.who;
    case HostColumn: return e.host;
    case ActionColumn: return e.action;
    case TargetColumn: return e.target;
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case HostColumn: return tr("Host");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("Target");
    default: return {};
    }
}

} // namespace hostreview::models
