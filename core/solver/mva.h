#pragma once

#include "../result.h"

#include <QStringList>

#include <vector>

namespace hostreview::core::solver {

/**
 * A closed network as flat arrays, the input of the mean value analyses. Stations are 0…K−1,
 * classes 0…C−1; `demand[c*K + k]` is D_ck = visits × service time (seconds per request).
 */
struct ClosedNetwork {
    int stations = 0;
    int classes = 0;
    std::vector<int> servers;        ///< per station: m ≥ 1 for a queue, 0 for a delay station
    std::vector<double> demand;      ///< C×K, D_ck ≥ 0
    std::vector<double> serviceTime; ///< C×K, time per visit (only compared between classes at a station)
    std::vector<int> population;     ///< per class, N_c ≥ 1
    std::vector<double> thinkTime;   ///< per class, Z_c ≥ 0
    QStringList stationIds;          ///< optional, for notes
};

/** What a mean value analysis returns: per-class throughput, residence times and queue lengths. */
struct ClosedSolution {
    std::vector<double> throughput; ///< per class X_c (requests per second)
    std::vector<double> residence;  ///< C×K residence time per request (visits × time per visit)
    std::vector<double> queue;      ///< C×K mean number of class c at station k
    bool approximate = false;
    QStringList notes;              ///< which approximation, how many iterations
};

/** How much of a closed solution to compute. */
enum class ClosedDetail {
    Full,       ///< throughput, residence times and queue lengths
    Throughput, ///< throughput only; `residence` and `queue` may be left empty (saturation timelines)
};

/** Documented bounds of the exact multi-class MVA (docs/solver.md). */
inline constexpr long long kExactLatticeBound = 2'000'000; ///< Π (N_c + 1)
inline constexpr int kExactMaxClasses = 4;
/** Bard–Schweitzer stops when no queue length moves by more than this (relative to N_c). */
inline constexpr double kSchweitzerTolerance = 1e-12;
inline constexpr int kSchweitzerMaxIterations = 100'000;

/**
 * Solves a single-class closed network exactly. Without multi-server stations this is Reiser &
 * Lavenberg's MVA (Lazowska et al. 1984, ch. 6; Reiser & Lavenberg 1980). With multi-server stations it is
 * the convolution algorithm with load-dependent factors (Buzen 1973, with the load-dependent
 * factors of product-form networks, BCMP 1975) evaluated in log space: every step adds positive terms, so nothing cancels and nothing
 * overflows, and it stays exact for m up to 1 000 and N up to 10 000, where the textbook
 * marginal-probability recursion turns negative. With ClosedDetail::Throughput the convolution
 * skips the normalising constants without each multi-server station (X = G(N−1)/G(N) needs only G).
 */
ClosedSolution solveSingleClassExact(const ClosedNetwork &net, ClosedDetail detail = ClosedDetail::Full);

/**
 * Solves a multi-class closed network by exact MVA over the population lattice (Lazowska et al.
 * ch. 7; Reiser & Lavenberg 1980), level by level. Multi-server stations whose time per visit is the same
 * for every visiting class are load-dependent (Reiser & Lavenberg 1980, marginal probabilities);
 * other multi-server stations use Seidmann's approximation and the result is flagged.
 * Fails above kExactLatticeBound or kExactMaxClasses, or when the marginal recursion loses
 * precision (a probability below −1e-9).
 */
Result<ClosedSolution> solveMultiClassExact(const ClosedNetwork &net);

/**
 * Solves a closed network by Bard–Schweitzer approximate MVA (Schweitzer 1979; Lazowska et al.
 * ch. 7), with Seidmann's multi-server approximation (an m-server station becomes one
 * server with demand D/m plus a delay D·(m−1)/m; Seidmann, Schweitzer & Shalev-Oren 1987).
 */
ClosedSolution solveSchweitzer(const ClosedNetwork &net);

} // namespace hostreview::core::solver
