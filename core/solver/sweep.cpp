#include "sweep.h"

#include "compiledmodel.h"

namespace hostreview::core::solver {

Result<Sweep> sweep(const Review &review, const SweepOptions &options)
{
    if (!(options.knee > 0.0))
        return fail(QStringLiteral("knee"), QStringLiteral("must be > 0, got %1").arg(options.knee));
    Result<CompiledModel> model = compileModel(review);
    if (!model)
        return model.error();
    QStringList ids = options.scenarios;
    if (ids.isEmpty()) {
        ids << baselineScenarioId();
        for (const Scenario &s : review.scenarios)
            if (s.id != baselineScenarioId())
                ids << s.id;
    }
    Sweep out;
    out.bucketCount = model->bucketCount;
    out.bucketMinutes = review.profiles.empty() ? 0 : review.profiles.front().bucketMinutes;
    const int buckets = std::max(1, model->bucketCount);
    for (const QString &id : std::as_const(ids)) {
        Result<CompiledScenario> scenario = compileScenario(*model, review, id);
        if (!scenario)
            return scenario.error();
        ScenarioSweep ss;
        ss.scenario = id;
        ss.stations.resize(size_t(model->stationCount));
        for (int k = 0; k < model->stationCount; ++k) {
            ss.stations[size_t(k)].stationId = model->stationIds[k];
            ss.stations[size_t(k)].utilization.reserve(size_t(buckets));
        }
        if (options.keepResults)
            ss.results.reserve(size_t(buckets));
        double peak = -1.0;
        for (int b = 0; b < buckets; ++b) {
            const std::optional<int> bucket = model->bucketCount > 0 ? std::optional<int>(b) : std::nullopt;
            Result<SolveResult> r = solveLoad(*model, makeLoad(*model, *scenario, bucket), options.method, options.knee,
                                              options.keepResults ? Detail::Full : Detail::Utilization);
            if (!r)
                return r.error();
            ss.approximate = ss.approximate || r->approximate;
            double bottleneckU = 0.0;
            for (int k = 0; k < model->stationCount; ++k) {
                const StationResult &st = r->stations[size_t(k)];
                StationTimeline &tl = ss.stations[size_t(k)];
                tl.utilization.push_back(st.utilization);
                if (st.delay)
                    continue;
                bottleneckU = std::max(bottleneckU, st.utilization);
                if (st.atRisk) {
                    if (!tl.firstAtRisk)
                        tl.firstAtRisk = b;
                    if (!ss.firstBucketAtRisk)
                        ss.firstBucketAtRisk = b;
                }
                if (st.saturated) {
                    if (!tl.firstSaturated)
                        tl.firstSaturated = b;
                    if (!ss.firstBucketSaturated)
                        ss.firstBucketSaturated = b;
                }
            }
            ss.bottleneckUtilization.push_back(bottleneckU);
            if (bucket && bottleneckU > peak) {
                peak = bottleneckU;
                ss.peakBucket = b;
            }
            if (options.keepResults)
                ss.results.push_back(std::move(*r));
        }
        out.scenarios.push_back(std::move(ss));
    }
    return out;
}

} // namespace hostreview::core::solver
