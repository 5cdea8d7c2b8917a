#pragma once

#include "core/storage/recovery.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace hostreview::core {
class ReviewDocument;
}

namespace hostreview::app {

/**
 * Autosaves the unsaved work of one document into the recovery folder every few minutes (issue 7):
 * only when the document is modified, only ever into the recovery folder (never the user's file),
 * with the normal atomic project save plus a sidecar saying whose work it is. Saving or closing
 * cleanly calls discard(), which deletes it; after a crash the next start offers it (see
 * AutosaveRecoveryDialog).
 */
class AutosaveController : public QObject {
    Q_OBJECT
public:
    explicit AutosaveController(core::ReviewDocument *document, QObject *parent = nullptr);
    ~AutosaveController() override;

    /** Sets the period in minutes; 0 switches autosave off (and keeps no file). */
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_minutes; }
    bool isActive() const { return m_timer.isActive(); }

    /** Sets the reviewer name written into the sidecar. */
    void setReviewer(const QString &name) { m_reviewer = name; }

    /** Sets the folder to write to (default: core::defaultRecoveryDir()); tests use a temporary one. */
    void setRecoveryDir(const QString &dir) { m_dir = dir; }
    QString recoveryDir() const { return m_dir; }

    /**
     * Writes the autosave now if the document is modified (what the timer does); returns true when
     * a file was written. A failure is logged and reported through failed(), never a dialog.
     */
    bool autosaveNow();

    /** Deletes this document's autosave (after a save, a clean close, or when the document is replaced). */
    void discard();

    /**
     * Takes over a recovered autosave of a program that is gone: writes this program's own autosave
     * of the (recovered) document first, then deletes the old one, so that a crash in between loses
     * nothing.
     */
    void adopt(const core::RecoveryEntry &recovered);

    /** Returns the autosave written last by this program (nullopt when none is on disk). */
    const std::optional<core::RecoveryEntry> &current() const { return m_current; }

Q_SIGNALS:
    void autosaved(const QString &path);
    void failed(const QString &message);

private:
    bool write();

    core::ReviewDocument *m_document;
    QTimer m_timer;
    int m_minutes = 0;
    QString m_reviewer;
    QString m_dir;
    std::optional<core::RecoveryEntry> m_current;
};

} // namespace hostreview::app
