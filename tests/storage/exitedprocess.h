#pragma once

#include <QProcess>

namespace hostreview::tests {

/** Returns the pid of a child that has run and been reaped: a process id that is certainly gone (-1 on failure). */
inline qint64 exitedProcessId()
{
    QProcess p;
    p.start(QStringLiteral("/bin/true"), {});
    if (!p.waitForStarted())
        return -1;
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

} // namespace hostreview::tests
