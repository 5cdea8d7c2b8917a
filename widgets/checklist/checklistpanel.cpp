#include "checklistpanel.h"

#include "answereditor.h"
#include "domainprogressdelegate.h"
#include "domainscorechart.h"

#include "core/checklist/scorecard.h"
#include "core/log.h"
#include "core/paths.h"
#include "models/checklistcolors.h"
#include "models/checklistfilterproxy.h"
#include "models/checklisttreemodel.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QLocale>

#include <cmath>

namespace hostreview::widgets {

using core::AnswerStatus;
using models::ChecklistRiskFilter;
using models::ChecklistTreeModel;

namespace {
constexpr auto DefaultChecklistId = "odoo-hosting";

QString oneDecimal(double v)
{
    return QLocale().toString(std::round(v * 10.0) / 10.0, 'f', 1);
}
} // namespace

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new ChecklistTreeModel(this)),
      m_proxy(new models::ChecklistFilterProxy(this)),
      m_posture(new QLabel),
      m_hosting(new QLabel),
      m_statusBox(new QComboBox),
      m_riskBox(new QComboBox),
      m_search(new QLineEdit),
      m_shown(new QLabel),
      m_view(new QTreeView),
      m_editor(new AnswerEditor),
      m_chart(new DomainScoreChart)
{
    m_proxy->setSourceModel(m_model);

    auto *header = new QFrame;
    header->setFrameShape(QFrame::StyledPanel);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(8, 6, 8, 6);
    m_posture->setTextFormat(Qt::RichText);
    m_posture->setWordWrap(true);
    m_hosting->setTextFormat(Qt::RichText);
    m_hosting->setWordWrap(true);
    headerLayout->addWidget(m_posture);
    headerLayout->addWidget(m_hosting);

    m_statusBox->addItem(tr("Any status"), -1);
    for (AnswerStatus s : {AnswerStatus::Met, AnswerStatus::Partly, AnswerStatus::NotMet, AnswerStatus::NotApplicable,
                           AnswerStatus::NotAssessed})
        m_statusBox->addItem(models::answerStatusText(s), int(s));
    m_riskBox->addItem(tr("Any risk"), int(ChecklistRiskFilter::All));
    m_riskBox->addItem(tr("With a risk"), int(ChecklistRiskFilter::AnyRisk));
    m_riskBox->addItem(tr("High risk"), int(ChecklistRiskFilter::High));
    m_riskBox->addItem(tr("Medium risk"), int(ChecklistRiskFilter::Medium));
    m_riskBox->addItem(tr("Low risk"), int(ChecklistRiskFilter::Low));
    m_riskBox->addItem(tr("No risk"), int(ChecklistRiskFilter::NoRisk));
    m_search->setPlaceholderText(tr("Search questions, notes, ids…"));
    m_search->setClearButtonEnabled(true);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:")));
    filterRow->addWidget(m_statusBox);
    filterRow->addWidget(m_riskBox);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_shown);

    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(ChecklistTreeModel::StatusColumn, new DomainProgressDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *h = m_view->header();
    h->setStretchLastSection(false);
    h->setMinimumSectionSize(40);
    h->setSectionResizeMode(ChecklistTreeModel::QuestionColumn, QHeaderView::Stretch);
    h->resizeSection(ChecklistTreeModel::IdColumn, 230);
    h->resizeSection(ChecklistTreeModel::StatusColumn, 112);
    h->resizeSection(ChecklistTreeModel::RiskColumn, 130);
    h->resizeSection(ChecklistTreeModel::WeightColumn, 52);
    h->resizeSection(ChecklistTreeModel::CriticalityColumn, 75);
    // Domain rows show their score in the question column; the score column is for other views.
    h->setSectionHidden(ChecklistTreeModel::ScoreColumn, true);

    auto *editorScroll = new QScrollArea;
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(editorScroll);
    right->addWidget(m_chart);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({500, 330});

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_view, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({780, 620});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(split, 1);

    connect(m_model, &ChecklistTreeModel::scorecardChanged, this, &ChecklistPanel::onScorecardChanged);
    connect(m_statusBox, &QComboBox::currentIndexChanged, this, &ChecklistPanel::updateFilters);
    connect(m_riskBox, &QComboBox::currentIndexChanged, this, &ChecklistPanel::updateFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ChecklistPanel::updateFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    // Filtering rebuilds the visible rows: keep every shown domain open and the count current.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    connect(m_editor, &AnswerEditor::attachEvidenceRequested, this, &ChecklistPanel::attachEvidenceRequested);
    connect(m_editor, &AnswerEditor::removeEvidenceRequested, this, &ChecklistPanel::removeEvidenceRequested);

    onScorecardChanged();
}

void ChecklistPanel::setDocument(core::ReviewDocument *document, QUndoStack *stack)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_stack = stack;
    if (m_document) {
        // Connected before the model follows the document, so a replaced review first gets its
        // checklist and then is scored against it.
        connect(m_document, &core::ReviewDocument::reset, this, &ChecklistPanel::onReset);
        connect(m_document, &core::ReviewDocument::hostingAnswersChanged, this, &ChecklistPanel::updateHosting);
    }
    ensureChecklist();
    m_model->setDocument(document);
    m_editor->setDocument(document, stack);
    updateHosting();
}

void ChecklistPanel::setChecklist(const core::checklist::Checklist &checklist)
{
    m_fixedChecklist = true;
    m_loadError.clear();
    applyChecklist(checklist);
}

void ChecklistPanel::setHostingRules(const core::checklist::HostingRules &rules)
{
    m_rules = rules;
    m_rulesError.clear();
    updateHosting();
}

void ChecklistPanel::setReviewerName(const QString &name)
{
    m_editor->setReviewerName(name);
}

void ChecklistPanel::applyChecklist(const core::checklist::Checklist &checklist)
{
    const QString current = m_editor->itemId();
    m_model->setChecklist(checklist);
    m_editor->setChecklist(checklist);
    m_view->expandAll();
    if (!current.isEmpty() && checklist.item(current)) {
        selectItem(current);
    } else {
        m_editor->setItem(QString());
        m_proxy->setPinnedItem(QString());
    }
}

void ChecklistPanel::ensureChecklist()
{
    if (m_fixedChecklist)
        return;
    QString id = m_document ? m_document->review().checklistId : QString();
    if (id.isEmpty())
        id = QString::fromLatin1(DefaultChecklistId);
    if (id == m_model->checklist().id && m_loadError.isEmpty())
        return;
    const QString path = core::templatePath(QStringLiteral("checklists/%1.json").arg(id));
    core::Result<core::checklist::Checklist> loaded =
        path.isEmpty() ? core::Result<core::checklist::Checklist>(
                             core::Error{QString(), tr("checklist %1: no templates folder found").arg(id)})
                       : core::checklist::loadChecklist(path);
    if (!loaded) {
        m_loadError = loaded.error().toString();
        core::logger("widgets.checklist")->warn("checklist not loaded: {}", m_loadError.toStdString());
        applyChecklist(core::checklist::Checklist{});
        onScorecardChanged();
        return;
    }
    m_loadError.clear();
    applyChecklist(*loaded);
}

void ChecklistPanel::onReset()
{
    ensureChecklist();
    updateHosting();
}

void ChecklistPanel::selectItem(const QString &itemId)
{
    const QModelIndex source = m_model->itemIndex(itemId);
    if (!source.isValid())
        return;
    // Pinned first, so the filters keep it visible instead of being cleared.
    m_editor->setItem(itemId);
    m_proxy->setPinnedItem(itemId);
    const QModelIndex proxied = m_proxy->mapFromSource(source);
    m_view->expand(proxied.parent());
    m_view->setCurrentIndex(proxied);
    m_view->scrollTo(proxied);
}

void ChecklistPanel::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid())
        return; // filtered away: keep editing what was chosen
    const QString itemId = source.data(ChecklistTreeModel::ItemIdRole).toString();
    if (!itemId.isEmpty()) {
        m_editor->setItem(itemId);
        m_proxy->setPinnedItem(itemId);
    }
}

void ChecklistPanel::updateFilters()
{
    const int status = m_statusBox->currentData().toInt();
    m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional<AnswerStatus>(AnswerStatus(status)));
    m_proxy->setRiskFilter(ChecklistRiskFilter(m_riskBox->currentData().toInt()));
    m_proxy->setTextFilter(m_search->text());
    m_view->expandAll();
    onScorecardChanged(); // the shown count
}

void ChecklistPanel::onScorecardChanged()
{
    const core::checklist::Scorecard &card = m_model->scorecard();
    m_chart->setScorecard(card);

    if (!m_loadError.isEmpty()) {
        m_posture->setText(tr("<b>Checklist not available:</b> %1").arg(m_loadError.toHtmlEscaped()));
    } else {
        const core::checklist::StatusCounts &c = card.counts;
        const QString score = card.overallScore && card.overallBand
                                  ? tr("%1 · %2").arg(oneDecimal(*card.overallScore),
                                                      models::maturityBandText(*card.overallBand))
                                  : tr("no score yet");
        m_posture->setText(tr("<b>Overall:</b> %1 — <b><span style=\"color:%2\">%3</span></b> "
                              "(%4 high, %5 medium, %6 low risks) · %7 of %8 items answered")
                               .arg(score, models::postureColor(card.posture).name(),
                                    models::postureText(card.posture))
                               .arg(card.highRisks)
                               .arg(card.mediumRisks)
                               .arg(card.lowRisks)
                               .arg(c.total() - c.unanswered)
                               .arg(c.total()));
    }

    // Count the items the filters leave visible.
    int shown = 0;
    for (int d = 0; d < m_proxy->rowCount(); ++d)
        shown += m_proxy->rowCount(m_proxy->index(d, 0));
    m_shown->setText(tr("%1 of %2 items").arg(shown).arg(m_model->checklist().items.size()));
}

void ChecklistPanel::updateHosting()
{
    if (!m_rules && m_rulesError.isEmpty()) {
        const QString path = core::templatePath(QStringLiteral("hosting/hosting-decision.json"));
        core::Result<core::checklist::HostingRules> loaded =
            path.isEmpty() ? core::Result<core::checklist::HostingRules>(
                                 core::Error{QString(), tr("hosting rules: no templates folder found")})
                           : core::checklist::loadHostingRules(path);
        if (loaded) {
            m_rules = *loaded;
        } else {
            m_rulesError = loaded.error().toString();
            core::logger("widgets.checklist")->warn("hosting rules not loaded: {}", m_rulesError.toStdString());
        }
    }
    if (!m_rules) {
        m_hosting->setText(tr("<b>Hosting model:</b> rules not available (%1)").arg(m_rulesError.toHtmlEscaped()));
        return;
    }
    const QJsonObject answers = m_document ? m_document->review().hostingAnswers : QJsonObject();
    const core::Result<core::checklist::HostingRecommendation> rec = core::checklist::recommendHosting(*m_rules, answers);
    if (!rec) {
        m_hosting->setText(tr("<b>Hosting model:</b> the questionnaire has answers that cannot be used: %1")
                               .arg(rec.error().toString().toHtmlEscaped()));
        return;
    }
    const QString unanswered =
        rec->unanswered.isEmpty() ? QString() : tr(" (%n question(s) unanswered)", nullptr, int(rec->unanswered.size()));
    if (!rec->outcomeId) {
        m_hosting->setText(tr("<b>Hosting model:</b> no recommendation yet%1. %2")
                               .arg(unanswered, rec->explanation.toHtmlEscaped()));
        return;
    }
    m_hosting->setText(tr("<b>Hosting model: %1</b>%2. %3")
                           .arg(rec->outcomeName.toHtmlEscaped(), unanswered, rec->explanation.toHtmlEscaped()));
}

} // namespace hostreview::widgets
