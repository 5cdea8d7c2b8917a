#pragma once

#include "core/document/reviewdocument.h"
#include "core/model/stationkinds.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QUndoStack;
class QVBoxLayout;

namespace hostreview::widgets {

/**
 * The property panel: every field of the selected station (its kind's typed properties with units),
 * link (calls per class) or workload class. Each change pushes a command (same-field edits merge into
 * one undo step); after every document change the fields are refreshed without echoing back, and
 * core::validate() is re-run so that a field whose value is wrong turns red with the reason below it.
 *
 * Field names (for editor() and problemText()): "name", "discipline", "servers", "zone", "tenant",
 * "notes", "properties.<key>" for stations; "calls.<class>" for links; "name", "type",
 * "arrival_rate", "population", "think_time", "entry", "target_response_time" for classes.
 */
class PropertyPanel : public QWidget {
    Q_OBJECT
public:
    enum class Subject { Nothing, Station, Link, Class };

    PropertyPanel(core::ReviewDocument *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showNothing(const QString &message = {});
    void showStation(const QString &id);
    void showLink(const QString &from, const QString &to);
    void showClass(const QString &id);

    Subject subject() const { return m_subject; }
    /** Returns the editor of a field of the subject shown, or nullptr. */
    QWidget *editor(const QString &field) const;
    /** Returns the validation message shown under a field (empty when the field is fine). */
    QString problemText(const QString &field) const;

private:
    struct Row {
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
    };

    void rebuild();
    void refreshValues();
    void refreshProblems();
    void clearForm();
    Row &addRow(const QString &field, const QString &label, QWidget *editor, const QString &toolTip = {});
    QWidget *makePropertyEditor(const core::PropertySpec &spec);

    void editStation(const QString &field, const std::function<void(core::Station &)> &change);
    void editLink(const QString &field, const std::function<void(core::Link &)> &change);
    void editClass(const QString &field, const std::function<void(core::WorkloadClass &)> &change);

    void onDocumentEdited();

    core::ReviewDocument *m_document;
    QUndoStack *m_undoStack;
    Subject m_subject = Subject::Nothing;
    QString m_id;   // station or class id; link: from
    QString m_to;   // link: to
    QString m_kind; // station kind the form was built for
    bool m_updating = false;
    QLabel *m_title = nullptr;
    QLabel *m_objectProblems = nullptr;
    QWidget *m_formHost = nullptr;
    QFormLayout *m_form = nullptr;
    QVBoxLayout *m_outer = nullptr;
    QHash<QString, Row> m_rows;
};

} // namespace hostreview::widgets
