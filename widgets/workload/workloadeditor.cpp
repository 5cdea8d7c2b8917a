#include "workloadeditor.h"

#include "validatingdelegate.h"

#include "core/commands/classcommands.h"
#include "models/classtablemodel.h"
#include "models/demandtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hostreview::widgets {

WorkloadEditor::WorkloadEditor(QWidget *parent)
    : QWidget(parent),
      m_classModel(new models::ClassTableModel(this)),
      m_demandModel(new models::DemandTableModel(this)),
      m_delegate(new ValidatingDelegate(this)),
      m_classView(new QTableView(this)),
      m_demandView(new QTableView(this)),
      m_demandTitle(new QLabel(this)),
      m_message(new QLabel(this)),
      m_removeButton(new QPushButton(tr("Remove"), this))
{
    auto *addButton = new QPushButton(tr("Add class"), this);
    auto *addMenu = new QMenu(addButton);
    addMenu->addAction(tr("Open class (arrival rate)"), this, &WorkloadEditor::addOpenClass);
    addMenu->addAction(tr("Closed class (users and think time)"), this, &WorkloadEditor::addClosedClass);
    addButton->setMenu(addMenu);
    connect(m_removeButton, &QPushButton::clicked, this, &WorkloadEditor::removeSelectedClass);

    for (QTableView *view : {m_classView, m_demandView}) {
        view->setItemDelegate(m_delegate);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
    }
    m_classView->setModel(m_classModel);
    m_demandView->setModel(m_demandModel);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_classView);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_demandTitle);
    bottomLayout->addWidget(m_demandView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(m_message);

    connect(m_classModel, &models::ClassTableModel::classEditRequested, this, &WorkloadEditor::onClassEditRequested);
    connect(m_demandModel, &models::DemandTableModel::classEditRequested, this, &WorkloadEditor::onClassEditRequested);
    connect(m_classModel, &models::ClassTableModel::editRejected, this, &WorkloadEditor::showMessage);
    connect(m_demandModel, &models::DemandTableModel::editRejected, this, &WorkloadEditor::showMessage);
    connect(m_delegate, &ValidatingDelegate::candidateChecked, this,
            [this](const QStringList &problems) { showMessage(problems.join(QLatin1Char('\n'))); });
    connect(m_classView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkloadEditor::onCurrentRowChanged);
    // A reset (class added or removed, document replaced) drops the selection: put it back.
    connect(m_classModel, &QAbstractItemModel::modelReset, this, [this] {
        const QString keep = m_selected;
        m_selected.clear();
        selectClass(m_classModel->rowOfClass(keep) >= 0 ? keep : m_classModel->classIdAt(0));
    });
    onCurrentRowChanged();
}

void WorkloadEditor::setDocument(core::ReviewDocument *document)
{
    m_document = document;
    m_demandModel->setDocument(document);
    m_classModel->setDocument(document);
}

void WorkloadEditor::setUndoStack(QUndoStack *stack) { m_stack = stack; }

QString WorkloadEditor::selectedClass() const { return m_selected; }

void WorkloadEditor::selectClass(const QString &classId)
{
    const int row = m_classModel->rowOfClass(classId);
    if (row < 0) {
        m_classView->selectionModel()->clearSelection();
        m_classView->setCurrentIndex({});
        onCurrentRowChanged();
        return;
    }
    m_classView->setCurrentIndex(m_classModel->index(row, models::ClassTableModel::NameColumn));
    m_classView->selectRow(row);
    onCurrentRowChanged();
}

void WorkloadEditor::onCurrentRowChanged()
{
    const QModelIndex current = m_classView->currentIndex();
    const QString id = current.isValid() ? m_classModel->classIdAt(current.row()) : QString();
    m_demandModel->setClassId(id);
    const core::WorkloadClass *c = m_document && !id.isEmpty() ? m_document->review().workloadClass(id) : nullptr;
    m_demandTitle->setText(c ? tr("Demands of %1 per station (empty visits: from the links)")
                                   .arg(c->name.isEmpty() ? c->id : c->name)
                             : tr("Select a class to edit its demands"));
    updateButtons();
    if (id != m_selected) {
        m_selected = id;
        Q_EMIT classSelected(id);
    }
}

void WorkloadEditor::updateButtons() { m_removeButton->setEnabled(!m_selected.isEmpty() || m_classView->currentIndex().isValid()); }

void WorkloadEditor::showMessage(const QString &text) { m_message->setText(text); }

void WorkloadEditor::onClassEditRequested(const QString &classId, const core::WorkloadClass &after,
                                          const QString &field)
{
    showMessage({});
    if (m_stack && m_document) {
        m_stack->push(new commands::EditClassCommand(m_document, after, field));
        return;
    }
    Q_EMIT classEditRequested(classId, after, field);
}

void WorkloadEditor::addOpenClass() { addClass(core::ClassType::Open); }

void WorkloadEditor::addClosedClass() { addClass(core::ClassType::Closed); }

void WorkloadEditor::addClass(core::ClassType type)
{
    if (!m_document)
        return;
    core::WorkloadClass c;
    c.id = m_document->uniqueClassId(type == core::ClassType::Open ? QStringLiteral("requests") : QStringLiteral("users"));
    c.name = type == core::ClassType::Open ? tr("New open class") : tr("New closed class");
    c.type = type;
    // Placeholders the reviewer overwrites; they keep the new class valid until then.
    if (type == core::ClassType::Open) {
        c.arrivalRate = 1.0;
    } else {
        c.population = 10;
        c.thinkTime = 10.0;
    }
    if (!m_document->review().stations.empty())
        c.entry = m_document->review().stations.front().id;
    if (m_stack) {
        m_stack->push(new commands::AddClassCommand(m_document, c));
        selectClass(c.id);
    } else {
        Q_EMIT classAddRequested(c);
    }
}

void WorkloadEditor::removeSelectedClass()
{
    const QString id = selectedClass();
    if (id.isEmpty() || !m_document)
        return;
    if (m_stack)
        m_stack->push(new commands::RemoveClassCommand(m_document, id));
    else
        Q_EMIT classRemoveRequested(id);
}

} // namespace hostreview::widgets
