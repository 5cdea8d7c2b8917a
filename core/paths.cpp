#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hostreview::core {

QString dataDir()
{
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("HOSTREVIEW_DATA_DIR");
    if (!fromEnv.isEmpty())
        candidates << fromEnv;
    if (QCoreApplication::instance()) {
        // Installed layout: <prefix>/bin/hostreview → <prefix>/share/hostreview
        candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/hostreview");
    }
    candidates << QStringLiteral(HOSTREVIEW_DATA_DIR) << QStringLiteral(HOSTREVIEW_SOURCE_DIR);
    for (const QString &c : candidates) {
        if (QFileInfo(c + QStringLiteral("/templates")).isDir())
            return QDir(c).canonicalPath();
    }
    return {};
}

QString templatePath(const QString &relative)
{
    const QString dir = dataDir();
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/templates/") + relative;
}

} // namespace hostreview::core
