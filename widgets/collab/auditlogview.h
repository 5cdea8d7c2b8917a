#pragma once

#include <QWidget>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace hostreview::core {
class ReviewDocument;
}
namespace hostreview::models {
class AuditTableModel;
}

namespace hostreview::widgets {

/**
 * The review's audit log (issue 7): who changed what, when and on which machine, as a table sortable
 * by every column (newest first at the start) with a filter that matches any column.
 */
class AuditLogView : public QWidget {
    Q_OBJECT
public:
    explicit AuditLogView(QWidget *parent = nullptr);
    void setDocument(core::ReviewDocument *document);

    models::AuditTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void updateCount();

    models::AuditTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_count;
};

} // namespace hostreview::widgets
