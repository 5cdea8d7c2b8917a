#pragma once

#include "core/storage/lockrecord.h"

#include <QObject>
#include <QString>

#include <optional>

class QWidget;

namespace hostreview::app {

/** What the user chose when the file is open elsewhere. */
enum class LockChoice {
    Open,     ///< nobody else has it: open normally (the lock is ours)
    ReadOnly, ///< open it read-only: no lock, Save disabled (Save As works)
    Copy,     ///< open its content as a new untitled review
    Cancel,   ///< do not open it
};

/**
 * Holds the lock record of the document this window has open (issue 7) and asks the user what to
 * do when someone else holds it. One lock at most: holding another file releases the previous one.
 * A folder that cannot be written gives no lock and a warning in the log; the file still opens.
 */
class LockController : public QObject {
    Q_OBJECT
public:
    explicit LockController(QObject *parent = nullptr);
    ~LockController() override; ///< releases the lock

    /** Sets the reviewer name written into new lock records. */
    void setReviewer(const QString &name) { m_reviewer = name; }

    /** Returns this program's record (reviewer, host, pid, now, version). */
    core::LockRecord self() const;

    /** Returns the lock another live program holds on `path`, without writing anything. */
    std::optional<core::LockRecord> foreignLock(const QString &path) const;

    /**
     * Asks what to do with `path`: LockChoice::Open when nobody else holds it, otherwise the user's
     * answer to "Open by … on … since …" (Open read-only / Open a copy / Cancel).
     */
    LockChoice decide(const QString &path, QWidget *parent) const;

    /** Releases the lock held now (if any) and takes the one of `path`; false when it could not be written. */
    bool hold(const QString &path);
    /** Releases the lock held now (a clean close, another document, read-only mode). */
    void release();
    /** Returns the file whose lock this program holds; empty when none. */
    QString heldPath() const { return m_held; }

    /** Shows the dialog: "Open by <reviewer> on <host> since <time>"; returns ReadOnly, Copy or Cancel. */
    static LockChoice askUser(const QString &path, const core::LockRecord &holder, QWidget *parent);

private:
    QString m_reviewer;
    QString m_held;
    QDateTime m_since;
};

} // namespace hostreview::app
