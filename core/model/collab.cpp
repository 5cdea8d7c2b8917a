#include "collab.h"

#include <QSysInfo>

namespace hostreview::core {

QString defaultReviewerName()
{
    for (const char *variable : {"HOSTREVIEW_REVIEWER", "USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

QString currentHostName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("unknown") : host;
}

AuditEntry makeAuditEntry(const QString &who, const QString &action, const QString &target)
{
    return AuditEntry{QDateTime::currentDateTimeUtc(), who, currentHostName(), action, target};
}

} // namespace hostreview::core
