#include "resultsdock.h"

#include "models/stationresultsmodel.h"
#include "models/timeofday.h"
#include "widgets/charts/timelinechart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace hostreview::widgets {

ResultsDock::ResultsDock(QWidget *parent)
    : QDockWidget(tr("Results"), parent),
      m_model(new models::StationResultsModel(this)),
      m_bottleneck(new QLabel(this)),
      m_headroom(new QLabel(this)),
      m_error(new QLabel(this)),
      m_scenarioBox(new QComboBox(this)),
      m_bucketCheck(new QCheckBox(tr("Time of day"), this)),
      m_slider(new QSlider(Qt::Horizontal, this)),
      m_bucketLabel(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_view(new QTreeView(this)),
      m_chart(new TimelineChart(this))
{
    setObjectName(QStringLiteral("ResultsDock"));
    QFont big = m_bottleneck->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_bottleneck->setFont(big);
    m_headroom->setFont(big);
    m_bottleneck->setWordWrap(true);
    m_headroom->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_error->hide();

    m_bucketCheck->setToolTip(tr("Apply the day profiles at the chosen time; unchecked, the classes' base loads are solved"));
    m_slider->setEnabled(false);
    m_slider->setPageStep(4);
    m_bucketLabel->setMinimumWidth(m_bucketLabel->fontMetrics().horizontalAdvance(QStringLiteral("88:88–88:88 ")));

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // document order until the user clicks a header
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *selection = new QHBoxLayout;
    selection->addWidget(new QLabel(tr("Scenario:"), this));
    selection->addWidget(m_scenarioBox, 1);
    selection->addWidget(m_bucketCheck);
    selection->addWidget(m_slider, 2);
    selection->addWidget(m_bucketLabel);

    m_tabs->addTab(m_view, tr("Stations"));
    m_tabs->addTab(m_chart, tr("Day timeline"));

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_bottleneck);
    layout->addWidget(m_headroom);
    layout->addWidget(m_error);
    layout->addLayout(selection);
    layout->addWidget(m_tabs, 1);
    setWidget(body);

    connect(m_scenarioBox, &QComboBox::currentIndexChanged, this, [this] { emitSelection(); });
    connect(m_bucketCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_slider->setEnabled(on);
        updateBucketLabel();
        emitSelection();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateBucketLabel();
        emitSelection();
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT stationActivated(index.data(models::StationResultsModel::StationIdRole).toString());
    });

    reloadScenarios();
    reloadBuckets();
    m_bottleneck->setText(tr("No result yet"));
    m_headroom->clear();
}

void ResultsDock::setDocument(core::ReviewDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &core::ReviewDocument::scenariosChanged, this, &ResultsDock::reloadScenarios);
        connect(document, &core::ReviewDocument::profilesChanged, this, &ResultsDock::reloadBuckets);
        connect(document, &core::ReviewDocument::reset, this, [this] {
            reloadScenarios();
            reloadBuckets();
        });
    }
    reloadScenarios();
    reloadBuckets();
}

QString ResultsDock::scenario() const
{
    const QString id = m_scenarioBox->currentData().toString();
    return id.isEmpty() ? core::baselineScenarioId() : id;
}

int ResultsDock::bucket() const
{
    return m_bucketCheck->isChecked() && m_slider->isEnabled() ? m_slider->value() : -1;
}

void ResultsDock::reloadScenarios()
{
    const QString keep = scenario();
    m_updating = true;
    {
        const QSignalBlocker blocker(m_scenarioBox);
        m_scenarioBox->clear();
        m_scenarioBox->addItem(tr("Baseline (no scaling)"), core::baselineScenarioId());
        if (m_document)
            for (const core::Scenario &s : m_document->review().scenarios)
                m_scenarioBox->addItem(s.target ? tr("%1 (target)").arg(s.name.isEmpty() ? s.id : s.name)
                                                : (s.name.isEmpty() ? s.id : s.name),
                                       s.id);
        const int i = m_scenarioBox->findData(keep);
        m_scenarioBox->setCurrentIndex(i >= 0 ? i : 0);
    }
    m_updating = false;
    if (scenario() != keep)
        emitSelection();
}

void ResultsDock::reloadBuckets()
{
    int count = 0;
    m_bucketMinutes = 15;
    if (m_document && !m_document->review().profiles.empty()) {
        const core::Profile &p = m_document->review().profiles.front();
        count = int(p.multipliers.size());
        m_bucketMinutes = p.bucketMinutes;
    }
    const int before = bucket();
    m_updating = true;
    {
        const QSignalBlocker blockSlider(m_slider);
        const QSignalBlocker blockCheck(m_bucketCheck);
        m_slider->setRange(0, std::max(0, count - 1));
        m_bucketCheck->setEnabled(count > 0);
        if (count == 0)
            m_bucketCheck->setChecked(false);
        m_slider->setEnabled(m_bucketCheck->isChecked() && count > 0);
    }
    m_updating = false;
    updateBucketLabel();
    if (bucket() != before)
        emitSelection();
}

void ResultsDock::updateBucketLabel()
{
    const int b = bucket();
    m_bucketLabel->setText(b >= 0 ? models::bucketSpanText(b, m_bucketMinutes)
                                  : (m_bucketCheck->isEnabled() ? tr("base load") : tr("no profile")));
    m_chart->setCurrentBucket(m_bucketCheck->isChecked() ? m_slider->value() : -1);
}

void ResultsDock::emitSelection()
{
    if (!m_updating)
        Q_EMIT selectionChanged(scenario(), bucket());
}

void ResultsDock::setScenario(const QString &scenarioId)
{
    const int i = m_scenarioBox->findData(scenarioId.isEmpty() ? core::baselineScenarioId() : scenarioId);
    if (i >= 0)
        m_scenarioBox->setCurrentIndex(i);
}

void ResultsDock::setBucket(int bucket)
{
    if (bucket < 0) {
        m_bucketCheck->setChecked(false);
        return;
    }
    if (!m_bucketCheck->isEnabled() || bucket > m_slider->maximum())
        return;
    const QSignalBlocker blocker(m_bucketCheck);
    m_bucketCheck->setChecked(true);
    m_slider->setEnabled(true);
    if (m_slider->value() == bucket) {
        updateBucketLabel();
        emitSelection();
    } else {
        m_slider->setValue(bucket);
    }
}

void ResultsDock::setResult(const core::Review &review, const core::solver::SolveResult &result)
{
    m_error->hide();
    m_model->setResult(review, result);
    m_bottleneck->setText(m_model->bottleneckText());
    m_headroom->setText(m_model->headroomText());
    const bool saturated = std::any_of(result.stations.begin(), result.stations.end(),
                                       [](const core::solver::StationResult &s) { return s.saturated; });
    m_bottleneck->setStyleSheet(saturated ? QStringLiteral("color: #a61b1b;") : QString());
    m_headroom->setToolTip(result.notes.join(QLatin1Char('\n')));
    m_view->expandAll();
}

void ResultsDock::setError(const QString &message)
{
    m_model->clear();
    m_bottleneck->setText(tr("No result"));
    m_bottleneck->setStyleSheet({});
    m_headroom->clear();
    m_error->setText(message);
    m_error->show();
}

void ResultsDock::setTimeline(const models::Timeline &timeline)
{
    m_chart->setTimeline(timeline);
    m_chart->setCurrentBucket(m_bucketCheck->isChecked() ? m_slider->value() : -1);
}

void ResultsDock::setKnee(double knee) { m_chart->setKnee(knee); }

} // namespace hostreview::widgets
