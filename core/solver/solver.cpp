#include "solver.h"

#include "../log.h"
#include "compiledmodel.h"

namespace hostreview::core::solver {

const StationResult *SolveResult::station(const QString &id) const
{
    for (const StationResult &s : stations)
        if (s.id == id)
            return &s;
    return nullptr;
}

const ClassResult *SolveResult::workloadClass(const QString &id) const
{
    for (const ClassResult &c : classes)
        if (c.id == id)
            return &c;
    return nullptr;
}

Result<SolveResult> solve(const Review &review, const SolveOptions &options)
{
    if (!(options.knee > 0.0))
        return fail(QStringLiteral("knee"), QStringLiteral("must be > 0, got %1").arg(options.knee));
    Result<CompiledModel> model = compileModel(review);
    if (!model)
        return model.error();
    Result<CompiledScenario> scenario = compileScenario(*model, review, options.scenario);
    if (!scenario)
        return scenario.error();
    if (options.bucket && (*options.bucket < 0 || *options.bucket >= model->bucketCount)) {
        if (model->bucketCount == 0)
            return fail(QStringLiteral("bucket"), QStringLiteral("the model has no profiles, so no bucket %1").arg(*options.bucket));
        return fail(QStringLiteral("bucket"), QStringLiteral("must be in 0…%1, got %2").arg(model->bucketCount - 1).arg(*options.bucket));
    }
    const Load load = makeLoad(*model, *scenario, options.bucket);
    return solveLoad(*model, load, options.method, options.knee);
}

} // namespace hostreview::core::solver
