#include "autosaverecoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hostreview::app {

AutosaveRecoveryDialog::AutosaveRecoveryDialog(std::vector<core::RecoveryEntry> entries, QWidget *parent)
    : QDialog(parent), m_entries(std::move(entries))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover unsaved work"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("hostreview ended without saving these reviews. Their autosaved state can be "
                                "recovered; a recovered review opens as modified, and Save writes it back to its file."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget;
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("File"), tr("Review"), tr("Autosaved"), tr("Reviewer")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox;
    m_recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_recover->setToolTip(tr("Open the selected review as it was at its last autosave"));
    m_discard->setToolTip(tr("Delete the selected autosave"));
    m_later->setToolTip(tr("Keep every autosave and ask again at the next start"));
    layout->addWidget(buttons);
    connect(m_recover, &QPushButton::clicked, this, &AutosaveRecoveryDialog::recoverSelected);
    connect(m_discard, &QPushButton::clicked, this, &AutosaveRecoveryDialog::discardSelected);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &AutosaveRecoveryDialog::recoverSelected);
    fill();
    resize(640, 300);
}

void AutosaveRecoveryDialog::fill()
{
    m_list->clear();
    for (const core::RecoveryEntry &e : m_entries) {
        const QString file = e.info.originalPath.isEmpty() ? tr("Untitled") : QFileInfo(e.info.originalPath).fileName();
        auto *item = new QTreeWidgetItem(
            {file, e.info.reviewName, QLocale().toString(e.info.savedAt.toLocalTime(), QLocale::ShortFormat), e.info.reviewer});
        item->setToolTip(0, e.info.originalPath.isEmpty() ? tr("Never saved") : QDir::toNativeSeparators(e.info.originalPath));
        m_list->addTopLevelItem(item);
    }
    if (!m_entries.empty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_recover->setEnabled(!m_entries.empty());
    m_discard->setEnabled(!m_entries.empty());
}

int AutosaveRecoveryDialog::selectedIndex() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void AutosaveRecoveryDialog::recoverSelected()
{
    const int i = selectedIndex();
    if (i < 0)
        return;
    m_chosen = m_entries[size_t(i)];
    accept();
}

void AutosaveRecoveryDialog::discardSelected()
{
    const int i = selectedIndex();
    if (i < 0)
        return;
    core::removeRecovery(m_entries[size_t(i)]);
    m_entries.erase(m_entries.begin() + i);
    fill();
    if (m_entries.empty())
        reject();
}

} // namespace hostreview::app
