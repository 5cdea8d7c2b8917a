#include "scenariomanager.h"

#include "core/commands/scenariocommands.h"
#include "models/scenariolistmodel.h"
#include "models/scenarioscalemodel.h"
#include "models/scenarioserversmodel.h"
#include "widgets/workload/validatingdelegate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hostreview::widgets {

namespace {
void setUpTable(QTableView *view, QAbstractItemDelegate *delegate)
{
    view->setItemDelegate(delegate);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
}
} // namespace

ScenarioManager::ScenarioManager(QWidget *parent)
    : QWidget(parent),
      m_listModel(new models::ScenarioListModel(this)),
      m_scaleModel(new models::ScenarioClassScaleModel(this)),
      m_serversModel(new models::ScenarioServersModel(this)),
      m_listView(new QTableView(this)),
      m_scaleView(new QTableView(this)),
      m_serversView(new QTableView(this)),
      m_description(new QLineEdit(this)),
      m_cloneButton(new QPushButton(tr("Clone"), this)),
      m_renameButton(new QPushButton(tr("Rename"), this)),
      m_removeButton(new QPushButton(tr("Delete"), this)),
      m_message(new QLabel(this))
{
    auto *delegate = new ValidatingDelegate(this);
    setUpTable(m_listView, delegate);
    setUpTable(m_scaleView, delegate);
    setUpTable(m_serversView, delegate);
    m_listView->setModel(m_listModel);
    m_scaleView->setModel(m_scaleModel);
    m_serversView->setModel(m_serversModel);
    m_description->setPlaceholderText(tr("What the scenario represents"));
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_message->setWordWrap(true);

    auto *addButton = new QPushButton(tr("Add"), this);
    auto *addMenu = new QMenu(addButton);
    const std::pair<Preset, QString> presets[] = {
        {Preset::Empty, tr("Empty scenario")},
        {Preset::NormalDay, tr("Normal day")},
        {Preset::PeakOrderDay, tr("Peak order day")},
        {Preset::WarehouseSurge, tr("Warehouse surge")},
        {Preset::IntegrationBacklog, tr("Integration backlog")},
        {Preset::Recovery, tr("Recovery")},
    };
    for (const auto &[preset, label] : presets) {
        const Preset p = preset;
        addMenu->addAction(label, this, [this, p] { addScenario(p); });
    }
    addButton->setMenu(addMenu);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_cloneButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_listView);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("Description:"), m_description);
    rightLayout->addLayout(form);
    rightLayout->addWidget(new QLabel(tr("Class loads (empty: unchanged)"), this));
    rightLayout->addWidget(m_scaleView);
    rightLayout->addWidget(new QLabel(tr("Station servers (empty: as in the model)"), this));
    rightLayout->addWidget(m_serversView);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_cloneButton, &QPushButton::clicked, this, &ScenarioManager::cloneSelected);
    connect(m_renameButton, &QPushButton::clicked, this, &ScenarioManager::renameSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &ScenarioManager::removeSelected);
    connect(m_description, &QLineEdit::editingFinished, this, &ScenarioManager::commitDescription);
    connect(m_listModel, &models::ScenarioListModel::scenarioEditRequested, this, &ScenarioManager::onEditRequested);
    connect(m_scaleModel, &models::ScenarioClassScaleModel::scenarioEditRequested, this,
            &ScenarioManager::onEditRequested);
    connect(m_serversModel, &models::ScenarioServersModel::scenarioEditRequested, this,
            &ScenarioManager::onEditRequested);
    connect(m_listModel, &models::ScenarioListModel::editRejected, m_message, &QLabel::setText);
    connect(m_scaleModel, &models::ScenarioClassScaleModel::editRejected, m_message, &QLabel::setText);
    connect(m_serversModel, &models::ScenarioServersModel::editRejected, m_message, &QLabel::setText);
    connect(delegate, &ValidatingDelegate::candidateChecked, this,
            [this](const QStringList &problems) { m_message->setText(problems.join(QLatin1Char('\n'))); });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScenarioManager::onCurrentRowChanged);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, [this] {
        const QString keep = m_selected;
        m_selected.clear();
        selectScenario(m_listModel->rowOfScenario(keep) >= 0 ? keep : m_listModel->scenarioIdAt(0));
    });
    connect(m_listModel, &QAbstractItemModel::dataChanged, this, [this] { onCurrentRowChanged(); });
    onCurrentRowChanged();
}

void ScenarioManager::setDocument(core::ReviewDocument *document)
{
    m_document = document;
    m_scaleModel->setDocument(document);
    m_serversModel->setDocument(document);
    m_listModel->setDocument(document);
}

void ScenarioManager::setUndoStack(QUndoStack *stack) { m_stack = stack; }

QString ScenarioManager::selectedScenario() const { return m_selected; }

void ScenarioManager::selectScenario(const QString &scenarioId)
{
    const int row = m_listModel->rowOfScenario(scenarioId);
    if (row < 0) {
        m_listView->setCurrentIndex({});
    } else {
        m_listView->setCurrentIndex(m_listModel->index(row, models::ScenarioListModel::NameColumn));
        m_listView->selectRow(row);
    }
    onCurrentRowChanged();
}

void ScenarioManager::onCurrentRowChanged()
{
    const QModelIndex current = m_listView->currentIndex();
    const QString id = current.isValid() ? m_listModel->scenarioIdAt(current.row()) : QString();
    m_scaleModel->setScenarioId(id);
    m_serversModel->setScenarioId(id);
    const core::Scenario *s = m_document && !id.isEmpty() ? m_document->review().scenario(id) : nullptr;
    if (!m_description->hasFocus())
        m_description->setText(s ? s->description : QString());
    m_description->setEnabled(s);
    m_cloneButton->setEnabled(s);
    m_renameButton->setEnabled(s);
    m_removeButton->setEnabled(s);
    if (id != m_selected) {
        m_selected = id;
        Q_EMIT scenarioSelected(id);
    }
}

void ScenarioManager::commitDescription()
{
    const core::Scenario *s = m_document && !m_selected.isEmpty() ? m_document->review().scenario(m_selected) : nullptr;
    if (!s || s->description == m_description->text())
        return;
    core::Scenario after = *s;
    after.description = m_description->text();
    onEditRequested(after.id, after, QStringLiteral("description"));
}

core::Scenario ScenarioManager::makePreset(Preset preset) const
{
    core::Scenario s;
    QString base;
    switch (preset) {
    case Preset::Empty:
        base = QStringLiteral("scenario");
        s.name = tr("New scenario");
        break;
    case Preset::NormalDay:
        base = QStringLiteral("normal-day");
        s.name = tr("Normal day");
        s.description = tr("A typical business day at today's volumes");
        break;
    case Preset::PeakOrderDay:
        base = QStringLiteral("peak-order-day");
        s.name = tr("Peak order day");
        s.description = tr("The busiest order-taking day of the year (campaign, season end): scale the order classes");
        break;
    case Preset::WarehouseSurge:
        base = QStringLiteral("warehouse-surge");
        s.name = tr("Warehouse surge");
        s.description = tr("More scanners and pickers at once: scale the warehouse users");
        break;
    case Preset::IntegrationBacklog:
        base = QStringLiteral("integration-backlog");
        s.name = tr("Integration backlog");
        s.description = tr("Connectors catching up after an outage: scale the API and EDI classes");
        break;
    case Preset::Recovery:
        base = QStringLiteral("recovery");
        s.name = tr("Recovery");
        s.description = tr("Running on reduced capacity after a failure: override the servers of the affected stations");
        break;
    }
    s.id = m_document ? m_document->uniqueScenarioId(base) : base;
    return s;
}

void ScenarioManager::addScenario(Preset preset) { add(makePreset(preset)); }

void ScenarioManager::cloneSelected()
{
    const core::Scenario *s = m_document && !m_selected.isEmpty() ? m_document->review().scenario(m_selected) : nullptr;
    if (!s)
        return;
    core::Scenario copy = *s;
    copy.id = m_document->uniqueScenarioId(s->id + QStringLiteral("-copy"));
    copy.name = tr("%1 (copy)").arg(s->name.isEmpty() ? s->id : s->name);
    copy.target = false; // one recommended target; the copy is a variant to compare
    add(copy);
}

void ScenarioManager::add(const core::Scenario &scenario)
{
    if (!m_document)
        return;
    m_message->clear();
    if (m_stack) {
        m_stack->push(new commands::AddScenarioCommand(m_document, scenario));
        selectScenario(scenario.id);
    } else {
        Q_EMIT scenarioAddRequested(scenario);
    }
}

void ScenarioManager::renameSelected()
{
    const int row = m_listModel->rowOfScenario(m_selected);
    if (row >= 0)
        m_listView->edit(m_listModel->index(row, models::ScenarioListModel::NameColumn));
}

void ScenarioManager::removeSelected()
{
    if (!m_document || m_selected.isEmpty())
        return;
    if (m_stack)
        m_stack->push(new commands::RemoveScenarioCommand(m_document, m_selected));
    else
        Q_EMIT scenarioRemoveRequested(m_selected);
}

void ScenarioManager::onEditRequested(const QString &scenarioId, const core::Scenario &after, const QString &field)
{
    m_message->clear();
    if (m_stack && m_document) {
        m_stack->push(new commands::EditScenarioCommand(m_document, after, field));
        return;
    }
    Q_EMIT scenarioEditRequested(scenarioId, after, field);
}

} // namespace hostreview::widgets
