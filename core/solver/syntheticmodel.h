#pragma once

#include "../model/review.h"

namespace hostreview::core::solver {

/** Shape of a generated review (benchmarks and property tests). */
struct SyntheticSpec {
    int stations = 20;
    int openClasses = 4;
    int closedClasses = 0;
    int demandsPerClass = 0;     ///< stations each class visits; 0 = every station
    int buckets = 96;            ///< profile buckets (0: no profiles)
    int scenarios = 4;           ///< besides the implicit baseline
    int maxServers = 8;
    double delayShare = 0.1;     ///< share of delay stations
    int population = 20;         ///< closed population per class
    double targetUtilization = 0.6; ///< highest open utilisation at baseline, before profiles
    bool useLinks = false;       ///< visits from a random forward call graph instead of explicit visits
    unsigned seed = 1;
};

/**
 * Returns a random but reproducible review of the given shape: stations s0…, classes o0…/c0…,
 * a day profile per class, scenarios that scale classes and add servers. Open rates are scaled so
 * that the busiest queue station sits at `targetUtilization` at baseline without profiles.
 */
Review syntheticReview(const SyntheticSpec &spec);

} // namespace hostreview::core::solver
