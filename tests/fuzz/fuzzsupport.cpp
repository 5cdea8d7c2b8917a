#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <unistd.h>

namespace hostreview::fuzz {

void initialize(int *argc, char ***argv)
{
    // The application lives until the process ends and is never destroyed: libFuzzer exits from
    // inside its loop, and a QCoreApplication destroyed by exit handlers after main() has returned
    // would read the argc it keeps a reference to. It gets an argc/argv of its own for that reason.
    static QCoreApplication *app = nullptr;
    if (app)
        return;
    static int qtArgc = 1;
    static char *qtArgv[] = {*argc > 0 ? (*argv)[0] : const_cast<char *>("fuzz"), nullptr};
    // Loggers are cloned from the default one on first use (core/log.cpp): silence it first.
    spdlog::set_level(spdlog::level::off);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    app = new QCoreApplication(qtArgc, qtArgv);
}

QString scratchPath(const QString &suffix)
{
    const QString dir = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/hostreview-fuzz-%2%3").arg(dir).arg(qint64(::getpid())).arg(suffix);
}

bool writeScratch(const QString &path, const std::uint8_t *data, std::size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size);
}

} // namespace hostreview::fuzz
