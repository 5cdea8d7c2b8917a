#include "profileeditor.h"

#include "profilechartview.h"

#include "core/commands/classcommands.h"
#include "models/profiletablemodel.h"
#include "widgets/workload/validatingdelegate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace hostreview::widgets {

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent),
      m_model(new models::ProfileTableModel(this)),
      m_classBox(new QComboBox(this)),
      m_chart(new ProfileChartView(this)),
      m_table(new QTableView(this)),
      m_factor(new QDoubleSpinBox(this)),
      m_provenance(new QComboBox(this)),
      m_removeButton(new QPushButton(tr("Flat profile"), this)),
      m_message(new QLabel(this))
{
    m_provenance->addItem(tr("estimated"), QStringLiteral("estimated"));
    m_provenance->addItem(tr("measured"), QStringLiteral("measured"));
    m_factor->setRange(0.0, 1000.0);
    m_factor->setDecimals(3);
    m_factor->setSingleStep(0.1);
    m_factor->setValue(1.1);
    m_factor->setPrefix(QStringLiteral("× "));
    auto *scaleSelected = new QPushButton(tr("Scale selected"), this);
    auto *scaleAll = new QPushButton(tr("Scale all"), this);
    m_removeButton->setToolTip(tr("Remove the profile: every bucket counts as 1"));

    m_table->setModel(m_model);
    m_table->setItemDelegate(new ValidatingDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Class:"), this));
    top->addWidget(m_classBox, 1);
    top->addWidget(new QLabel(tr("Provenance:"), this));
    top->addWidget(m_provenance);
    top->addWidget(m_removeButton);
    auto *scale = new QHBoxLayout;
    scale->addWidget(new QLabel(tr("Multiply by"), this));
    scale->addWidget(m_factor);
    scale->addWidget(scaleSelected);
    scale->addWidget(scaleAll);
    scale->addStretch();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(scale);
    layout->addWidget(m_message);

    connect(scaleSelected, &QPushButton::clicked, this, &ProfileEditor::scaleSelected);
    connect(scaleAll, &QPushButton::clicked, this, &ProfileEditor::scaleAll);
    connect(m_removeButton, &QPushButton::clicked, m_model, &models::ProfileTableModel::requestRemove);
    connect(m_classBox, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setClassId(m_classBox->currentData().toString()); });
    connect(m_provenance, &QComboBox::activated, this, [this] {
        m_model->requestProvenance(m_provenance->currentData().toString() == QLatin1String("measured")
                                       ? core::Provenance::Measured
                                       : core::Provenance::Estimated);
    });
    connect(m_chart, &ProfileChartView::pointDragged, m_model, &models::ProfileTableModel::requestMultiplier);
    connect(m_model, &models::ProfileTableModel::multipliersChanged, this, &ProfileEditor::updateView);
    connect(m_model, &models::ProfileTableModel::profileEditRequested, this, &ProfileEditor::onProfileEditRequested);
    connect(m_model, &models::ProfileTableModel::editRejected, m_message, &QLabel::setText);
    updateView();
}

void ProfileEditor::setDocument(core::ReviewDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &core::ReviewDocument::classesChanged, this, &ProfileEditor::reloadClasses);
        connect(document, &core::ReviewDocument::reset, this, &ProfileEditor::reloadClasses);
    }
    m_model->setDocument(document);
    reloadClasses();
}

void ProfileEditor::setUndoStack(QUndoStack *stack) { m_stack = stack; }

QString ProfileEditor::classId() const { return m_model->classId(); }

void ProfileEditor::reloadClasses()
{
    const QString keep = m_model->classId();
    {
        const QSignalBlocker blocker(m_classBox);
        m_classBox->clear();
        if (m_document)
            for (const core::WorkloadClass &c : m_document->review().classes)
                m_classBox->addItem(c.name.isEmpty() ? c.id : QStringLiteral("%1 (%2)").arg(c.name, c.id), c.id);
    }
    const int i = m_classBox->findData(keep);
    m_classBox->setCurrentIndex(-1);
    m_classBox->setCurrentIndex(i >= 0 ? i : (m_classBox->count() > 0 ? 0 : -1));
    if (m_classBox->count() == 0)
        m_model->setClassId({});
}

void ProfileEditor::selectClass(const QString &classId)
{
    const int i = m_classBox->findData(classId);
    if (i >= 0)
        m_classBox->setCurrentIndex(i);
}

QList<int> ProfileEditor::selectedBuckets() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ProfileEditor::scaleSelected()
{
    const QList<int> rows = selectedBuckets();
    if (rows.isEmpty()) {
        m_message->setText(tr("Select the buckets to scale in the table first"));
        return;
    }
    m_model->requestScale(rows, m_factor->value());
}

void ProfileEditor::scaleAll() { m_model->requestScale({}, m_factor->value()); }

void ProfileEditor::onProfileEditRequested(const QString &classId, const std::optional<core::Profile> &after)
{
    m_message->clear();
    if (m_stack && m_document) {
        m_stack->push(new commands::EditProfileCommand(m_document, classId, after));
        return;
    }
    Q_EMIT profileEditRequested(classId, after);
}

void ProfileEditor::updateView()
{
    m_chart->setMultipliers(m_model->multipliers(), m_model->bucketMinutes());
    const QString id = m_model->classId();
    const bool has = m_model->hasProfile();
    const bool measured = m_model->provenance() == core::Provenance::Measured;
    {
        const QSignalBlocker blocker(m_provenance);
        m_provenance->setCurrentIndex(measured ? 1 : 0);
    }
    m_provenance->setEnabled(!id.isEmpty());
    m_removeButton->setEnabled(has);
    if (id.isEmpty())
        m_chart->setTitle(tr("No class"));
    else if (!has)
        m_chart->setTitle(tr("%1: no profile (flat, ×1 all day)").arg(id));
    else
        m_chart->setTitle(tr("%1: day profile (%2)").arg(id, measured ? tr("measured") : tr("estimated")));
}

} // namespace hostreview::widgets
