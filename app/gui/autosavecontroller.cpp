#include "autosavecontroller.h"

#include "core/document/reviewdocument.h"
#include "core/log.h"

#include <QCoreApplication>

namespace hostreview::app {

AutosaveController::AutosaveController(core::ReviewDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_dir(core::defaultRecoveryDir())
{
    connect(&m_timer, &QTimer::timeout, this, &AutosaveController::autosaveNow);
}

AutosaveController::~AutosaveController() = default;

void AutosaveController::setIntervalMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
    if (m_minutes == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_minutes * 60 * 1000);
}

bool AutosaveController::autosaveNow()
{
    if (!m_document->isModified())
        return false;
    return write();
}

bool AutosaveController::write()
{
    core::RecoveryInfo info;
    info.originalPath = m_document->filePath();
    info.reviewName = m_document->review().name;
    info.reviewer = m_reviewer;
    info.host = core::currentHostName();
    info.pid = QCoreApplication::applicationPid();
    info.savedAt = QDateTime::currentDateTimeUtc();
    info.appVersion = QCoreApplication::applicationVersion();
    const core::Result<core::RecoveryEntry> written = core::writeRecovery(m_dir, m_document->review(), info);
    if (!written) {
        core::logger("app.gui")->warn("autosave failed: {}", written.error().toString().toStdString());
        Q_EMIT failed(written.error().toString());
        return false;
    }
    // Saved under a new name (the document was saved elsewhere): the old autosave is out of date.
    if (m_current && m_current->projectPath != written->projectPath)
        core::removeRecovery(*m_current);
    m_current = *written;
    core::logger("app.gui")->debug("autosaved to {}", written->projectPath.toStdString());
    Q_EMIT autosaved(written->projectPath);
    return true;
}

void AutosaveController::discard()
{
    if (!m_current)
        return;
    core::removeRecovery(*m_current);
    m_current.reset();
}

void AutosaveController::adopt(const core::RecoveryEntry &recovered)
{
    if (write() && m_current->projectPath != recovered.projectPath)
        core::removeRecovery(recovered);
}

} // namespace hostreview::app
