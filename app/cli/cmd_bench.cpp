// hostreview-cli bench: times the solver on generated networks (and on given review files) and
// prints medians, so the performance goals of docs/solver.md can be checked on any machine.
#include "clicommand.h"

#include "core/interchange/reviewfile.h"
#include "core/solver/mva.h"
#include "core/solver/sweep.h"
#include "core/solver/syntheticmodel.h"

#include <QCommandLineParser>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace hostreview;
using namespace hostreview::app::cli;
namespace solver = hostreview::core::solver;

namespace {

/** Runs `work` `repeat` times and returns the median CPU time of this thread in milliseconds. */
double medianMs(int repeat, const std::function<bool()> &work, bool *ok)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        timespec a{}, b{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
        if (!work())
            *ok = false;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
        times.push_back(double(b.tv_sec - a.tv_sec) * 1e3 + double(b.tv_nsec - a.tv_nsec) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void line(const QString &what, double ms, const QString &goal = QString())
{
    out() << QStringLiteral("%1 %2 ms").arg(what, -72).arg(ms, 9, 'f', 3)
          << (goal.isEmpty() ? QString() : QStringLiteral("   (goal %1)").arg(goal)) << '\n';
    out().flush();
}

int runBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the solver on generated networks (10 classes, every "
                                                    "scenario × 96 buckets) and on the given review files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Reviews to sweep completely (optional)."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Repetitions per case (default 7)."),
                                       QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption quickOpt(QStringLiteral("quick"), QStringLiteral("Skip the 10 000-station case."));
    const QCommandLineOption filesOpt(QStringLiteral("files-only"), QStringLiteral("Time only the given files."));
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"), QStringLiteral("Generated open networks to time (default 100,1000,10000)."),
                                      QStringLiteral("N,..."), QStringLiteral("100,1000,10000"));
    parser.addOptions({repeatOpt, quickOpt, filesOpt, sizesOpt});
    if (!parser.parse(arguments)) {
        err() << "hostreview-cli bench: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    bool ok = false;
    const int repeat = parser.value(repeatOpt).toInt(&ok);
    if (!ok || repeat < 1) {
        err() << "hostreview-cli bench: --repeat must be an integer ≥ 1\n";
        return ExitUsage;
    }
    bool fine = true;
    out() << "median of " << repeat << " runs, CPU time of one thread\n";

    const bool generated = !parser.isSet(filesOpt);
    std::vector<int> sizes;
    for (const QString &n : parser.value(sizesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.push_back(n.toInt());
    for (int stations : sizes) {
        if (stations < 1 || !generated || (stations == 10000 && parser.isSet(quickOpt)))
            continue;
        solver::SyntheticSpec spec;
        spec.stations = stations;
        spec.openClasses = 10;
        spec.demandsPerClass = 0; // every class visits every station
        spec.buckets = 96;
        spec.scenarios = 4;       // + baseline = 5
        const core::Review review = solver::syntheticReview(spec);
        for (bool keep : {false, true}) {
            solver::SweepOptions so;
            so.keepResults = keep;
            const double ms = medianMs(stations == 10000 ? std::min(repeat, 3) : repeat,
                                       [&] { return solver::sweep(review, so).ok(); }, &fine);
            line(QStringLiteral("open: %1 stations × 10 classes × 96 buckets × 5 scenarios%2")
                     .arg(stations)
                     .arg(keep ? QStringLiteral(", full results") : QStringLiteral(", timeline")),
                 ms, stations == 1000 && !keep ? QStringLiteral("< 50 ms") : QString());
        }
    }

    if (generated) {
        solver::ClosedNetwork net;
        net.stations = 50;
        net.classes = 1;
        for (int k = 0; k < 50; ++k) {
            net.servers.push_back(1);
            net.demand.push_back(0.001 * (1 + k % 7));
        }
        net.serviceTime = net.demand;
        net.population = {10000};
        net.thinkTime = {5.0};
        line(QStringLiteral("closed: 1 class, 10 000 users, 50 single-server stations, exact MVA"),
             medianMs(repeat, [&] { return solver::solveSingleClassExact(net).throughput[0] > 0.0; }, &fine),
             QStringLiteral("< 20 ms"));
        for (int k = 0; k < 50; k += 10)
            net.servers[size_t(k)] = 8;
        line(QStringLiteral("closed: same with 5 stations of 8 servers (log-space convolution)"),
             medianMs(std::min(repeat, 3), [&] { return solver::solveSingleClassExact(net).throughput[0] > 0.0; }, &fine));
    }

    if (generated) {
        solver::SyntheticSpec spec;
        spec.stations = 20;
        spec.openClasses = 4;
        spec.closedClasses = 2;
        spec.demandsPerClass = 8;
        spec.population = 15;
        spec.buckets = 96;
        spec.scenarios = 4;
        const core::Review review = solver::syntheticReview(spec);
        solver::SweepOptions so;
        line(QStringLiteral("sample-sized review: 20 stations, 4 open + 2 closed classes, 96 × 5, full results"),
             medianMs(repeat, [&] { return solver::sweep(review, so).ok(); }, &fine), QStringLiteral("< 5 ms"));
    }

    for (const QString &file : parser.positionalArguments()) {
        const core::Result<core::Review> review = core::readReviewFile(file);
        if (!review) {
            err() << file << ": " << review.error().toString() << "\n";
            fine = false;
            continue;
        }
        for (bool keep : {false, true}) {
            solver::SweepOptions so;
            so.keepResults = keep;
            line(QStringLiteral("%1: every scenario × every bucket, %2")
                     .arg(file, keep ? QStringLiteral("full results (report)") : QStringLiteral("timeline (live re-solve)")),
                 medianMs(repeat, [&] { return solver::sweep(*review, so).ok(); }, &fine),
                 keep ? QString() : QStringLiteral("< 5 ms")); // the live goal of issue 3; see docs/solver.md §7
        }
    }
    return fine ? ExitOk : ExitInvalid;
}

const CliRegistration reg{{"bench", "Time the solver on generated networks and given reviews", &runBench}};

} // namespace
