#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace hostreview::core {
class ReviewDocument;
}

namespace hostreview::models {

/**
 * The review's audit log as a table, oldest first: when, who, host, action, target. New entries
 * arrive as inserted rows (auditAppended). The sort role of the time column is a key that orders by
 * time and, for entries of the same millisecond (an edit and its undo), by their place in the log,
 * so that a sort proxy orders by when things happened, not by the displayed text.
 */
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, HostColumn, ActionColumn, TargetColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit AuditTableModel(QObject *parent = nullptr);
    void setDocument(core::ReviewDocument *document);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onAuditAppended();
    void onReset();

    QPointer<core::ReviewDocument> m_document;
    int m_rows = 0;
};

} // namespace hostreview::models
