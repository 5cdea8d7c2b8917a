#include "solverrunner.h"

#include "core/log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMetaObject>
#include <QRunnable>
#include <QThread>

#include <exception>

namespace hostreview::app {

SolverRunner::SolverRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<hostreview::core::solver::SolveResult>();
    m_pool.setMaxThreadCount(1);
}

SolverRunner::~SolverRunner()
{
    m_pool.clear();
    m_pool.waitForDone();
}

quint64 SolverRunner::request(const core::Review &review, const core::solver::SolveOptions &options)
{
    const quint64 number = ++m_latest;
    m_pool.start(QRunnable::create([this, number, review, options] {
        if (number != m_latest.load())
            return; // a newer edit is queued behind us
        QElapsedTimer timer;
        timer.start();
        std::optional<core::Result<core::solver::SolveResult>> answer;
        try {
            answer.emplace(core::solver::solve(review, options));
        } catch (const std::exception &e) {
            answer.emplace(core::fail(QString(), QString::fromUtf8(e.what())));
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(
            this,
            [this, number, ms, answer = std::move(*answer)] {
                if (number != m_latest.load())
                    return;
                m_answered = number;
                if (answer) {
                    Q_EMIT solved(*answer, ms);
                } else {
                    core::logger("app.solver")->info("model not solved: {}", answer.error().toString().toStdString());
                    Q_EMIT failed(answer.error().toString());
                }
            },
            Qt::QueuedConnection);
    }));
    return number;
}

bool SolverRunner::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isBusy() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return !isBusy();
}

} // namespace hostreview::app
