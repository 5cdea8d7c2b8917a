#pragma once

#include "../model/review.h"
#include "../result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hostreview::core::solver {

/** Which closed-network method to use (interchange-v1 `--method`). */
enum class Method {
    Auto,        ///< exact where the documented bounds allow, approximate beyond
    Exact,       ///< exact MVA; refused above the documented lattice bound
    Approximate, ///< Bard–Schweitzer approximate MVA
};

/** What to solve: one scenario, one profile bucket (or none). */
struct SolveOptions {
    QString scenario = QStringLiteral("baseline");
    std::optional<int> bucket; ///< profile bucket; nullopt applies no profile
    Method method = Method::Auto;
    double knee = 0.8;         ///< utilisation from which a station is "at risk"
};

/** One class's figures at one station (interchange-v1 `stations[].per_class[]`). */
struct ClassAtStation {
    QString classId;
    double throughput = 0.0;  ///< class throughput × visits
    double utilization = 0.0; ///< throughput × service time / servers (delay: mean number in service)
    std::optional<double> residenceTime; ///< visits × time per visit; nullopt when saturated
    std::optional<double> queueLength;   ///< mean number present; nullopt when saturated
};

/** One station's figures (interchange-v1 `stations[]`). */
struct StationResult {
    QString id;
    double utilization = 0.0;     ///< sum over classes; the offered value when saturated (may exceed 1)
    double openUtilization = 0.0; ///< the part from open classes alone
    std::optional<double> queueLength;
    bool saturated = false;       ///< queue station whose open utilisation is ≥ 1
    bool atRisk = false;          ///< utilisation ≥ knee
    bool delay = false;           ///< delay station (utilisation is a mean number in service)
    std::vector<ClassAtStation> perClass; ///< document order of classes, only classes that visit
};

/** Asymptotic bounds of one class (Lazowska et al., ch. 5). */
struct ClassBounds {
    double maxThroughput = 0.0;  ///< 1 / D_max
    double minResponseTime = 0.0;///< D (sum of demands)
    std::optional<double> nStar; ///< closed: N* = (D + Z) / D_max
    QString bottleneckStation;   ///< the station with D_max
};

/** One class's figures (interchange-v1 `classes[]`). */
struct ClassResult {
    QString id;
    double throughput = 0.0;
    std::optional<double> responseTime; ///< nullopt when it visits a saturated station
    ClassBounds bounds;
};

/** The answer for one scenario and bucket (one element of interchange-v1 `results`). */
struct SolveResult {
    QString scenario;
    std::optional<int> bucket;
    bool approximate = false;
    QString bottleneck;                  ///< queue station with the highest utilisation; empty if none
    std::optional<double> headroom;      ///< 1 / max open utilisation; nullopt without open classes
    QString headroomStation;
    std::vector<StationResult> stations; ///< document order
    std::vector<ClassResult> classes;    ///< document order
    QStringList notes;                   ///< which approximations were used, and why

    const StationResult *station(const QString &id) const;
    const ClassResult *workloadClass(const QString &id) const;
};

/**
 * Solves the review for one scenario and bucket. Invalid models (unknown ids, non-positive
 * service times, routing cycles that never end, …) are errors naming the field; a saturated
 * station is a result (`saturated`), not an error.
 */
Result<SolveResult> solve(const Review &review, const SolveOptions &options = {});

} // namespace hostreview::core::solver
