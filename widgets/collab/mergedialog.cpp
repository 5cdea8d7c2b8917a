#include "mergedialog.h"

#include "core/log.h"
#include "models/collab/mergemodels.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hostreview::widgets {

using models::ConflictTableModel;
using models::DifferenceTableModel;

namespace {

QTableView *makeTable(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *makeHeading(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QWidget *MergeDialog::makeDifferencePage()
{
    m_differences = new DifferenceTableModel(this);
    m_differenceView = makeTable(m_differences);
    m_differenceView->setObjectName(QStringLiteral("differenceView"));
    m_differenceView->horizontalHeader()->setSectionResizeMode(DifferenceTableModel::ChangeColumn, QHeaderView::ResizeToContents);
    m_differenceView->horizontalHeader()->setSectionResizeMode(DifferenceTableModel::PathColumn, QHeaderView::ResizeToContents);
    return m_differenceView;
}

MergeDialog::MergeDialog(core::MergeResult result, const QString &mineName, const QString &theirsName,
                         const QString &baseName, QWidget *parent)
    : QDialog(parent), m_result(std::move(result))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge with %1").arg(theirsName));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Merging %1 (theirs) into %2 (mine); common base: %3.").arg(theirsName, mineName, baseName)));

    m_tabs = new QTabWidget;
    auto *conflictPage = new QWidget;
    auto *conflictLayout = new QVBoxLayout(conflictPage);
    conflictLayout->setContentsMargins(0, 4, 0, 0);
    conflictLayout->addWidget(makeHeading(tr("Both sides changed these differently. Click the Mine or Theirs cell of "
                                             "each row to keep that value.")));
    m_conflicts = new ConflictTableModel(this);
    m_conflicts->setConflicts(m_result->conflicts);
    m_conflictView = makeTable(m_conflicts);
    m_conflictView->setObjectName(QStringLiteral("conflictView"));
    m_conflictView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_conflictView->horizontalHeader()->setSectionResizeMode(ConflictTableModel::PathColumn, QHeaderView::ResizeToContents);
    conflictLayout->addWidget(m_conflictView, 1);
    auto *pickRow = new QHBoxLayout;
    m_allMine = new QPushButton(tr("Keep &Mine for All"));
    m_allTheirs = new QPushButton(tr("Take &Theirs for All"));
    pickRow->addWidget(m_allMine);
    pickRow->addWidget(m_allTheirs);
    pickRow->addStretch();
    conflictLayout->addLayout(pickRow);
    m_tabs->addTab(conflictPage, tr("Conflicts (%1)").arg(m_result->conflicts.size()));
    QWidget *applied = makeDifferencePage();
    m_differences->setDifferences(m_result->applied);
    m_tabs->addTab(applied, tr("Applied automatically (%1)").arg(m_result->applied.size()));
    m_tabs->setCurrentIndex(m_result->conflicts.isEmpty() ? 1 : 0);
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = buttons->addButton(tr("&Apply Merge"), QDialogButtonBox::AcceptRole);
    m_apply->setToolTip(tr("Replace the open review with the merged one (one step, undoable)"));
    layout->addWidget(buttons);

    connect(m_conflictView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == ConflictTableModel::MineColumn)
            m_conflicts->choose(index.row(), core::Side::Ours);
        else if (index.column() == ConflictTableModel::TheirsColumn)
            m_conflicts->choose(index.row(), core::Side::Theirs);
    });
    connect(m_allMine, &QPushButton::clicked, this, [this] { m_conflicts->chooseAll(core::Side::Ours); });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] { m_conflicts->chooseAll(core::Side::Theirs); });
    connect(m_conflicts, &ConflictTableModel::choicesChanged, this, &MergeDialog::updateApply);
    connect(m_apply, &QPushButton::clicked, this, &MergeDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateApply();
    resize(960, 560);
}

MergeDialog::MergeDialog(QList<core::Difference> differences, const QString &mineName, const QString &otherName,
                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare with %1").arg(otherName));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(differences.isEmpty()
                                      ? tr("%1 and %2 have the same content.").arg(mineName, otherName)
                                      : tr("%n difference(s) from %1 (before) to %2 (after).", nullptr, int(differences.size()))
                                            .arg(mineName, otherName)));
    layout->addWidget(makeDifferencePage(), 1);
    m_differences->setDifferences(std::move(differences));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
}

void MergeDialog::updateApply()
{
    if (!m_result)
        return;
    const bool ready = m_conflicts->allChosen();
    m_apply->setEnabled(ready);
    int open = 0;
    for (int i = 0; i < m_conflicts->rowCount(); ++i)
        open += !m_conflicts->choice(i).has_value();
    QString text = ready ? tr("Ready: %n change(s) applied automatically", nullptr, int(m_result->applied.size()))
                         : tr("%n conflict(s) still to decide", nullptr, open);
    int errors = 0;
    for (const core::Problem &p : m_result->problems)
        errors += p.severity == core::Severity::Error;
    if (!m_result->problems.empty())
        text += tr(" · the merged review has %n validation problem(s)", nullptr, int(m_result->problems.size()))
            + (errors ? tr(" (%n error(s): fix them after merging)", nullptr, errors) : QString());
    m_status->setText(text);
}

void MergeDialog::apply()
{
    if (!m_result || !m_conflicts->allChosen())
        return;
    core::Result<core::Review> merged = core::resolveConflicts(*m_result, m_conflicts->choices());
    if (!merged) {
        core::logger("widgets.collab")->warn("merge failed: {}", merged.error().toString().toStdString());
        QMessageBox::warning(this, tr("Merge"), tr("The merge cannot be completed: %1").arg(merged.error().toString()));
        return;
    }
    m_merged = std::move(*merged);
    accept();
}

} // namespace hostreview::widgets
