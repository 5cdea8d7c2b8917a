// Google Benchmark of the log import (issue 8): throughput of importLogs on generated Traefik JSON
// and Odoo logs (tools/loggen), reported as bytes per second. The files are written once to the
// temporary folder (never to the source tree). The 1 GB end-to-end figures in docs/import.md come
// from `hostreview-cli import-log --dry-run` on hostreview-loggen output.
#include "core/import/logimport.h"
#include "loggen/loggen.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace hostreview::core::import;
namespace gen = hostreview::loggen;

namespace {

QString generated(gen::Format format, const char *name, double scale)
{
    const QString path = QDir::temp().filePath(QString::fromLatin1(name));
    if (QFileInfo(path).size() > 0)
        return path;
    gen::Spec spec;
    spec.format = format;
    spec.timeZone = QTimeZone("Europe/Berlin");
    spec.startUtcMs = QDateTime(QDate(2026, 3, 2), QTime(0, 0), spec.timeZone).toMSecsSinceEpoch();
    spec.endUtcMs = QDateTime(QDate(2026, 3, 9), QTime(0, 0), spec.timeZone).toMSecsSinceEpoch();
    gen::ClassSpec order;
    order.path = "/web/dataset/call_kw/sale.order/read";
    order.rate = 0.8 * scale;
    order.multipliers = gen::officeDay(15);
    gen::ClassSpec api;
    api.path = "/jsonrpc";
    api.rate = 0.3 * scale;
    spec.classes = {order, api};
    std::FILE *f = std::fopen(path.toLocal8Bit().constData(), "wb");
    gen::Generator g(spec);
    g.generate([f](const char *data, std::size_t size) { std::fwrite(data, 1, size, f); });
    std::fclose(f);
    return path;
}

void importFile(benchmark::State &state, const QString &path, LogFormat format)
{
    ImportOptions options;
    options.format = format;
    options.timeZone = QTimeZone("Europe/Berlin");
    const qint64 bytes = QFileInfo(path).size();
    for (auto _ : state) {
        auto result = importLogs({path}, options);
        if (!result.ok()) {
            state.SkipWithError("import failed");
            break;
        }
        benchmark::DoNotOptimize(result->requests);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}

void BM_ImportTraefikJson(benchmark::State &state)
{
    importFile(state, generated(gen::Format::TraefikJson, "hostreview-bench-traefik.json.log", 1.0), LogFormat::TraefikJson);
}
BENCHMARK(BM_ImportTraefikJson)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ImportTraefikClf(benchmark::State &state)
{
    importFile(state, generated(gen::Format::TraefikClf, "hostreview-bench-traefik-clf.log", 1.0), LogFormat::TraefikClf);
}
BENCHMARK(BM_ImportTraefikClf)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ImportOdoo(benchmark::State &state)
{
    importFile(state, generated(gen::Format::Odoo, "hostreview-bench-odoo.log", 3.0), LogFormat::Odoo);
}
BENCHMARK(BM_ImportOdoo)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
