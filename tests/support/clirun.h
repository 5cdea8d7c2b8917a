#pragma once

// Runs the built hostreview-cli as a separate process, for the tests of its commands.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace hostreview::testing {

/** What one run of the command line gave: exit code (-1 when it crashed or did not finish), output. */
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/**
 * Runs `program` with `args` in this test's environment changed by `environment` (name, value; an
 * empty value removes the name). A run that does not finish within `timeoutMs` is killed and
 * reported with exit code -1, like a crash, so a hanging command fails its test instead of blocking
 * the suite.
 */
inline CliRun runCli(const QString &program, const QStringList &args,
                     const QList<QPair<QString, QString>> &environment = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : environment) {
        if (value.isEmpty())
            env.remove(name);
        else
            env.insert(name, value);
    }
    process.setProcessEnvironment(env);
    process.start(program, args);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace hostreview::testing
