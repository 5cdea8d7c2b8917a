#pragma once

#include "core/model/review.h"
#include "core/solver/solver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>

#include <atomic>

namespace hostreview::app {

/**
 * Runs the core solver off the GUI thread, latest request wins: each request() snapshots the review
 * (a plain value) and queues one job on a one-thread pool; a job that is no longer the latest when it
 * starts is skipped, and an answer that is no longer the latest when it arrives is dropped, so the
 * canvas never shows an older edit's figures after a newer one's.
 */
class SolverRunner : public QObject {
    Q_OBJECT
public:
    explicit SolverRunner(QObject *parent = nullptr);
    ~SolverRunner() override;

    /** Queues a solve of `review` with `options`; returns the request's number. */
    quint64 request(const core::Review &review, const core::solver::SolveOptions &options);

    /** True while the latest request has not been answered. */
    bool isBusy() const { return m_answered != m_latest; }
    /** Processes events until the latest request is answered or `timeoutMs` passes (tests, screenshots). */
    bool waitUntilIdle(int timeoutMs = 10000);

Q_SIGNALS:
    /** The latest request was solved in `elapsedMs` milliseconds (solver time, not queueing). */
    void solved(const hostreview::core::solver::SolveResult &result, double elapsedMs);
    /** The latest request could not be solved (invalid model): the reason, naming the field. */
    void failed(const QString &message);

private:
    QThreadPool m_pool;
    std::atomic<quint64> m_latest{0};
    quint64 m_answered = 0;
};

} // namespace hostreview::app
