#pragma once

#include "../model/review.h"
#include "../result.h"
#include "solver.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hostreview::core::solver {

/**
 * A review reduced to what the solver reads, as flat arrays indexed by station k (0…K−1) and
 * class c (0…C−1), document order; C×K arrays are row-major by class (`[c*K + k]`). Compiled once
 * (ids resolved, visits solved from the links, fields checked) and reused for every scenario and
 * bucket of a sweep.
 */
struct CompiledModel {
    int stationCount = 0;
    int classCount = 0;
    QStringList stationIds;
    QStringList classIds;
    std::vector<int> servers;         ///< per station (document value)
    std::vector<char> delay;          ///< per station: 1 for a delay station
    std::vector<char> closed;         ///< per class: 1 for a closed class
    std::vector<double> arrivalRate;  ///< per class (open)
    std::vector<int> population;      ///< per class (closed)
    std::vector<double> thinkTime;    ///< per class (closed)
    std::vector<double> visits;       ///< C×K; 0 where the class has no demand
    std::vector<double> serviceTime;  ///< C×K
    std::vector<double> demand;       ///< C×K, visits × service time
    std::vector<std::vector<int>> visitedStations; ///< per class, stations with visits > 0
    std::vector<std::vector<int>> visitingClasses; ///< per station, classes with visits > 0
    std::vector<std::vector<double>> multipliers;  ///< per class profile; empty = 1 in every bucket
    int bucketCount = 0;              ///< buckets of the profiles; 0 when there are none
};

/** A scenario resolved against a compiled model. */
struct CompiledScenario {
    QString id;
    std::vector<double> classScale; ///< per class
    std::vector<int> servers;       ///< per station, after overrides
    std::vector<char> delay;        ///< per station, after overrides
};

/** The load of one scenario and bucket: what one solve reads besides the compiled model. */
struct Load {
    QString scenario;
    std::optional<int> bucket;
    const std::vector<int> *servers = nullptr;
    const std::vector<char> *delay = nullptr;
    std::vector<double> arrivalRate; ///< per class, scaled
    std::vector<int> population;     ///< per class, scaled and rounded half away from zero
};

/**
 * Checks every field the solver reads and compiles the review; errors name the object and field
 * in the words of interchange-v1 ("classes[api].arrival_rate: must be > 0, got -1").
 */
Result<CompiledModel> compileModel(const Review &review);

/** Resolves scenario `id` ("baseline" is implicit); errors name the scenario's field. */
Result<CompiledScenario> compileScenario(const CompiledModel &model, const Review &review, const QString &id);

/** Applies a scenario and an optional bucket (checked to be in range by the caller). */
Load makeLoad(const CompiledModel &model, const CompiledScenario &scenario, std::optional<int> bucket);

/** How much of a result to build. */
enum class Detail {
    Full,        ///< every figure of interchange-v1
    Utilization, ///< stations' utilisation, saturated and atRisk flags, bottleneck and headroom only (timelines)
};

/** Solves one load. Fails only when Method::Exact is asked beyond the documented bounds. */
Result<SolveResult> solveLoad(const CompiledModel &model, const Load &load, Method method, double knee,
                              Detail detail = Detail::Full);

} // namespace hostreview::core::solver
