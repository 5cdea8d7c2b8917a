#include "lockcontroller.h"

#include "core/log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace hostreview::app {

LockController::LockController(QObject *parent) : QObject(parent) {}

LockController::~LockController() { release(); }

core::LockRecord LockController::self() const
{
    return core::LockRecord{m_reviewer, core::currentHostName(), QCoreApplication::applicationPid(),
                            m_since.isValid() ? m_since : QDateTime::currentDateTimeUtc(),
                            QCoreApplication::applicationVersion()};
}

std::optional<core::LockRecord> LockController::foreignLock(const QString &path) const
{
    return core::heldByOther(path, self());
}

LockChoice LockController::decide(const QString &path, QWidget *parent) const
{
    const std::optional<core::LockRecord> holder = foreignLock(path);
    return holder ? askUser(path, *holder, parent) : LockChoice::Open;
}

bool LockController::hold(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_held)
        return true;
    release();
    m_since = QDateTime::currentDateTimeUtc();
    const core::Result<core::LockOutcome> outcome = core::acquireLock(absolute, self());
    if (!outcome) {
        core::logger("app.gui")->warn("no lock for {}: {}", absolute.toStdString(), outcome.error().toString().toStdString());
        return false;
    }
    if (outcome->state == core::LockState::HeldByOther) {
        // Someone took it between the question and the open: carry on without a lock, say so in the log.
        core::logger("app.gui")->warn("{} was locked meanwhile: {}", absolute.toStdString(),
                                      core::describeLock(*outcome->previous).toStdString());
        return false;
    }
    m_held = absolute;
    return true;
}

void LockController::release()
{
    if (m_held.isEmpty())
        return;
    core::releaseLock(m_held, self());
    m_held.clear();
}

LockChoice LockController::askUser(const QString &path, const core::LockRecord &holder, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, tr("Review in use"), core::describeLock(holder) + QLatin1Char('.'),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("lockDialog"));
    box.setInformativeText(tr("%1 is open in another hostreview. Open it read-only, or open a copy to work on "
                              "and merge later (File ▸ Merge with…).")
                               .arg(QDir::toNativeSeparators(path)));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("readOnlyButton"));
    QPushButton *copy = box.addButton(tr("Open a &Copy"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return LockChoice::ReadOnly;
    if (box.clickedButton() == copy)
        return LockChoice::Copy;
    return LockChoice::Cancel;
}

} // namespace hostreview::app
