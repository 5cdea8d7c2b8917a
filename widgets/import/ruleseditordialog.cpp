#include "ruleseditordialog.h"

#include "widgets/workload/validatingdelegate.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hostreview::widgets {

namespace imp = core::import;
using RulesModel = models::ClassificationRulesModel;

namespace {

/** Problems listed under the table before "and N more". */
constexpr int kShownProblems = 4;

} // namespace

RulesEditorDialog::RulesEditorDialog(QWidget *parent)
    : QDialog(parent), m_model(new RulesModel(this)), m_view(new QTableView(this)),
      m_delegate(new ValidatingDelegate(this)), m_notice(new QLabel(this)), m_message(new QLabel(this)),
      m_preview(new QLabel(this)), m_add(new QPushButton(tr("&Add"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_up(new QPushButton(tr("Move &Up"), this)),
      m_down(new QPushButton(tr("Move &Down"), this)), m_reset(new QPushButton(tr("Reset to &Odoo Defaults"), this))
{
    setWindowTitle(tr("Classification rules"));
    setObjectName(QStringLiteral("rulesEditorDialog"));

    auto *intro = new QLabel(tr("Each request of an imported log is counted under the class of the first rule it "
                                "matches, from the top. The path expression is searched in the path without its "
                                "query string; method and router may stay empty for any. Requests no rule matches "
                                "are counted as unclassified in the import summary."),
                             this);
    intro->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("rulesNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_view->setObjectName(QStringLiteral("rulesTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RulesModel::OrderColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RulesModel::MatchesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RulesModel::PathColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(RulesModel::ClassColumn, 130);
    m_view->setColumnWidth(RulesModel::MethodColumn, 90);
    m_view->setColumnWidth(RulesModel::RouterColumn, 110);

    m_message->setObjectName(QStringLiteral("rulesMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("rulesPreview"));
    m_preview->setWordWrap(true);
    m_preview->hide();

    m_add->setObjectName(QStringLiteral("addRuleButton"));
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_reset->setObjectName(QStringLiteral("resetRulesButton"));
    m_add->setToolTip(tr("Add a rule below the selected one"));
    m_up->setToolTip(tr("Try the selected rule earlier"));
    m_down->setToolTip(tr("Try the selected rule later"));
    m_reset->setToolTip(tr("Replace every rule by the defaults for Odoo's URL space"));
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        side->addWidget(b);
    side->addStretch(1);
    side->addWidget(m_reset);

    auto *table = new QHBoxLayout;
    table->addWidget(m_view, 1);
    table->addLayout(side);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setToolTip(tr("Save the rules in the project (one step you can undo)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_notice);
    layout->addLayout(table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_preview);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &RulesEditorDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, &RulesEditorDialog::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(+1); });
    connect(m_reset, &QPushButton::clicked, m_model, &RulesModel::resetToDefaults);
    connect(m_model, &RulesModel::rulesChanged, this, &RulesEditorDialog::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RulesEditorDialog::updateState);
    // While a cell is being typed, its problems are shown and OK waits for a valid expression.
    connect(m_delegate, &ValidatingDelegate::candidateChecked, this, [this](const QStringList &problems) {
        if (problems.isEmpty())
            updateState();
        else
            showProblems(problems);
    });

    updateState();
    resize(900, 480);
}

void RulesEditorDialog::setRules(const std::vector<imp::ClassificationRule> &rules) { m_model->setRules(rules); }

void RulesEditorDialog::setSamples(std::vector<RulesModel::SampleRequest> samples, const QString &description)
{
    m_sampleDescription = description;
    m_model->setSamples(std::move(samples));
    m_view->setColumnHidden(RulesModel::MatchesColumn, !m_model->hasSamples());
}

void RulesEditorDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString RulesEditorDialog::noticeText() const { return m_notice->isHidden() ? QString() : m_notice->text(); }

QString RulesEditorDialog::messageText() const { return m_message->text(); }

QString RulesEditorDialog::previewText() const { return m_preview->isHidden() ? QString() : m_preview->text(); }

int RulesEditorDialog::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void RulesEditorDialog::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->clearSelection();
        return;
    }
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, RulesModel::PathColumn));
}

void RulesEditorDialog::addRule()
{
    const int current = currentRow();
    imp::ClassificationRule rule;
    // The new rule starts with the selected rule's class and an empty path, which the table marks as
    // still to be filled in.
    rule.classId = current >= 0 ? m_model->rules()[std::size_t(current)].classId : QStringLiteral("new-class");
    const int row = m_model->insertRule(current >= 0 ? current + 1 : -1, rule);
    selectRow(row);
    if (isVisible())
        m_view->edit(m_model->index(row, RulesModel::PathColumn));
}

void RulesEditorDialog::removeRule()
{
    const int current = currentRow();
    if (!m_model->removeRule(current))
        return;
    selectRow(std::min(current, m_model->rowCount() - 1));
}

void RulesEditorDialog::moveRule(int delta)
{
    const int current = currentRow();
    if (m_model->moveRule(current, current + delta))
        selectRow(current + delta);
}

void RulesEditorDialog::showProblems(const QStringList &problems)
{
    QStringList shown = problems.mid(0, kShownProblems);
    if (problems.size() > kShownProblems)
        shown << tr("… and %n more problem(s)", nullptr, int(problems.size() - kShownProblems));
    m_message->setText(shown.join(QLatin1Char('\n')));
    m_message->setVisible(!problems.isEmpty());
    m_ok->setEnabled(problems.isEmpty() && m_model->rowCount() > 0);
}

void RulesEditorDialog::updateState()
{
    const int current = currentRow();
    m_remove->setEnabled(current >= 0);
    m_up->setEnabled(current > 0);
    m_down->setEnabled(current >= 0 && current + 1 < m_model->rowCount());

    QStringList problems = m_model->problems();
    if (m_model->rowCount() == 0)
        problems << tr("There are no rules: every request would be unclassified. Add a rule or reset to the defaults.");
    showProblems(problems);

    m_preview->setVisible(m_model->hasSamples());
    if (!m_model->hasSamples())
        return;
    const QLocale locale;
    const qint64 matched = m_model->sampleMatches();
    m_preview->setText(matched < 0
                           ? tr("Preview: fix the rules above to see how many of the %1 sample requests they match.")
                                 .arg(locale.toString(m_model->sampleTotal()))
                           : tr("Preview: %1 of %2 sample requests matched (%3).")
                                 .arg(locale.toString(matched), locale.toString(m_model->sampleTotal()),
                                      m_sampleDescription));
}

} // namespace hostreview::widgets
