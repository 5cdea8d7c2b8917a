// Solver benchmarks (Google Benchmark): sweeps of generated networks, exact single-class MVA,
// log-space Erlang C. The goals are listed in docs/solver.md; `hostreview-cli bench` prints the
// same cases as medians without this library.
#include "core/solver/erlang.h"
#include "core/solver/mva.h"
#include "core/solver/sweep.h"
#include "core/solver/syntheticmodel.h"

#include <benchmark/benchmark.h>

using namespace hostreview::core;
using namespace hostreview::core::solver;

namespace {

Review openNetwork(int stations)
{
    SyntheticSpec spec;
    spec.stations = stations;
    spec.openClasses = 10;
    spec.buckets = 96;
    spec.scenarios = 4;
    return syntheticReview(spec);
}

void BM_SweepOpenTimeline(benchmark::State &state)
{
    const Review review = openNetwork(int(state.range(0)));
    SweepOptions so;
    so.keepResults = false;
    for (auto _ : state)
        benchmark::DoNotOptimize(sweep(review, so).ok());
    state.SetLabel("10 open classes x 96 buckets x 5 scenarios, timeline");
}
BENCHMARK(BM_SweepOpenTimeline)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_SweepOpenFull(benchmark::State &state)
{
    const Review review = openNetwork(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(sweep(review).ok());
    state.SetLabel("10 open classes x 96 buckets x 5 scenarios, full results");
}
BENCHMARK(BM_SweepOpenFull)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_ClosedSingleClass(benchmark::State &state)
{
    ClosedNetwork net;
    net.stations = 50;
    net.classes = 1;
    for (int k = 0; k < 50; ++k) {
        net.servers.push_back(state.range(1) > 0 && k % 10 == 0 ? int(state.range(1)) : 1);
        net.demand.push_back(0.001 * (1 + k % 7));
    }
    net.serviceTime = net.demand;
    net.population = {int(state.range(0))};
    net.thinkTime = {5.0};
    for (auto _ : state)
        benchmark::DoNotOptimize(solveSingleClassExact(net).throughput[0]);
}
BENCHMARK(BM_ClosedSingleClass)->Args({10000, 0})->Args({1000, 8})->Unit(benchmark::kMillisecond);

void BM_SampleSizedReview(benchmark::State &state)
{
    SyntheticSpec spec;
    spec.stations = 20;
    spec.openClasses = 4;
    spec.closedClasses = int(state.range(0));
    spec.demandsPerClass = 8;
    spec.population = 15;
    spec.buckets = 96;
    spec.scenarios = 4;
    const Review review = syntheticReview(spec);
    for (auto _ : state)
        benchmark::DoNotOptimize(sweep(review).ok());
}
BENCHMARK(BM_SampleSizedReview)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_ErlangC(benchmark::State &state)
{
    const int m = int(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(erlangC(m, 0.9999 * m));
}
BENCHMARK(BM_ErlangC)->Arg(8)->Arg(10000);

} // namespace

BENCHMARK_MAIN();
