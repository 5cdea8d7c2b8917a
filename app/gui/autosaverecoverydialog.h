#pragma once

#include "core/storage/recovery.h"

#include <QDialog>

#include <optional>
#include <vector>

class QPushButton;
class QTreeWidget;

namespace hostreview::app {

/**
 * Offers the autosaves of programs that ended without saving (issue 7): one row per autosave with
 * the original file name (or "Untitled"), the review's name, when it was written and by whom.
 * **Recover** closes the dialog with the selected one (chosen()); **Discard** deletes the selected
 * one and keeps the dialog open for the rest; **Later** closes it and keeps every file for the next
 * start.
 */
class AutosaveRecoveryDialog : public QDialog {
    Q_OBJECT
public:
    explicit AutosaveRecoveryDialog(std::vector<core::RecoveryEntry> entries, QWidget *parent = nullptr);

    /** Returns the autosave to recover after the dialog was accepted. */
    std::optional<core::RecoveryEntry> chosen() const { return m_chosen; }
    /** Returns the autosaves still listed (not discarded). */
    const std::vector<core::RecoveryEntry> &entries() const { return m_entries; }

    QTreeWidget *list() const { return m_list; }
    QPushButton *recoverButton() const { return m_recover; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *laterButton() const { return m_later; }

private:
    void fill();
    void recoverSelected();
    void discardSelected();
    int selectedIndex() const;

    std::vector<core::RecoveryEntry> m_entries;
    std::optional<core::RecoveryEntry> m_chosen;
    QTreeWidget *m_list;
    QPushButton *m_recover;
    QPushButton *m_discard;
    QPushButton *m_later;
};

} // namespace hostreview::app
