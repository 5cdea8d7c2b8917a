// Closed classes: exact MVA by hand for N = 1, 2, 3; load-dependent (multi-server) stations
// against the product-form distribution summed in long double log space, up to m = 1 000 and
// N = 10 000; multi-class exact MVA against aggregation identities; Bard–Schweitzer within its
// tolerance of the exact solution.
#include "core/solver/mva.h"
#include "core/solver/solver.h"
#include "reviewbuilder.h"

#include <QTest>

#include <cmath>

using namespace hostreview;
using namespace hostreview::core;
using namespace hostreview::core::solver;
using namespace hostreview::tests;

namespace {

/**
 * Throughput and mean queue length of one m-server station (demand D) in a loop with an
 * infinite-server think time Z and N users, from the product-form distribution
 * p(j) ∝ D^j / Π_{i≤j} min(i, m) · Z^{N−j} / (N−j)!  (BCMP 1975 product form for
 * load-dependent centres; the delay's factor is Z^n/n!), summed directly in long double log space.
 */
std::pair<long double, long double> referenceMultiServer(int m, long double d, long double z, int n)
{
    std::vector<long double> lw(size_t(n) + 1);
    long double lf = 0.0L;
    for (int j = 0; j <= n; ++j) {
        if (j > 0)
            lf += std::log(d) - std::log((long double)std::min(j, m));
        lw[size_t(j)] = lf + (n - j) * std::log(z) - std::lgamma((long double)(n - j) + 1.0L);
    }
    long double top = lw[0];
    for (long double l : lw)
        top = std::max(top, l);
    long double sum = 0.0L, busy = 0.0L, q = 0.0L;
    for (int j = 0; j <= n; ++j) {
        const long double p = std::exp(lw[size_t(j)] - top);
        sum += p;
        busy += p * std::min(j, m);
        q += p * j;
    }
    return {busy / sum / d, q / sum};
}

ClosedNetwork oneClass(std::vector<int> servers, std::vector<double> demands, int n, double z)
{
    ClosedNetwork net;
    net.stations = int(servers.size());
    net.classes = 1;
    net.servers = std::move(servers);
    net.demand = demands;
    net.serviceTime = std::move(demands);
    net.population = {n};
    net.thinkTime = {z};
    return net;
}

} // namespace

class TestClosedNetwork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handWorked_data();
    void handWorked();
    void multiServerSmall();
    void moreServersThanUsers();
    void multiServerStable_data();
    void multiServerStable();
    void mixedStationsSingleClass();
    void multiClassIdenticalClasses_data();
    void multiClassIdenticalClasses();
    void multiClassHand();
    void schweitzerCloseToExact();
    void exactRefusedAboveBound();
    void throughSolve();
};

void TestClosedNetwork::handWorked_data()
{
    // Two single-server stations, demands 0.5 and 0.25, think time 1 (hand-worked MVA):
    // N=1: R = 0.75, X = 1/1.75 = 4/7, Q = (2/7, 1/7).
    // N=2: R = (0.5·9/7, 0.25·8/7) = (9/14, 2/7), R = 13/14, X = 2/(27/14) = 28/27.
    // N=3: Q(2) = (X·9/14, X·2/7) = (2/3, 8/27); R = (0.5·5/3, 0.25·35/27) = (5/6, 35/108);
    //      R = 125/108, X = 3/(233/108) = 324/233.
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("ra");
    QTest::addColumn<double>("rb");
    QTest::newRow("N=1") << 1 << 4.0 / 7.0 << 0.5 << 0.25;
    QTest::newRow("N=2") << 2 << 28.0 / 27.0 << 9.0 / 14.0 << 2.0 / 7.0;
    QTest::newRow("N=3") << 3 << 324.0 / 233.0 << 5.0 / 6.0 << 35.0 / 108.0;
}

void TestClosedNetwork::handWorked()
{
    QFETCH(int, n);
    QFETCH(double, x);
    QFETCH(double, ra);
    QFETCH(double, rb);
    for (int method = 0; method < 2; ++method) {
        // Plain MVA, and the same network through the multi-class lattice code with one class.
        ClosedSolution s;
        if (method == 0) {
            s = solveSingleClassExact(oneClass({1, 1}, {0.5, 0.25}, n, 1.0));
        } else {
            const Result<ClosedSolution> e = solveMultiClassExact(oneClass({1, 1}, {0.5, 0.25}, n, 1.0));
            QVERIFY(e.ok());
            s = *e;
        }
        QVERIFY(near(s.throughput[0], x));
        QVERIFY(near(s.residence[0], ra));
        QVERIFY(near(s.residence[1], rb));
        QVERIFY(near(s.queue[0], x * ra));
    }
}

void TestClosedNetwork::multiServerSmall()
{
    // One 2-server station (D = 1) and Z = 1, by hand from the state probabilities:
    // N=1: X = 1/(D+Z) = 0.5.
    // N=2: weights j=0: Z²/2 = 0.5, j=1: Z·D = 1, j=2: D²/2 = 0.5 → p = (0.25, 0.5, 0.25);
    //      busy = 0.5 + 2·0.25 = 1 → X = 1; Q = 0.5 + 0.5 = 1.
    // N=3: j=0: 1/6, j=1: 1/2, j=2: 1/2, j=3: 1/4 (D³/(1·2·2)); sum 17/12;
    //      busy = (1/2 + 2·1/2 + 2·1/4)/(17/12) = 2·12/17 = 24/17; Q = (1/2 + 1 + 3/4)/(17/12) = 27/17.
    ClosedSolution s1 = solveSingleClassExact(oneClass({2}, {1.0}, 1, 1.0));
    QVERIFY(near(s1.throughput[0], 0.5));
    ClosedSolution s2 = solveSingleClassExact(oneClass({2}, {1.0}, 2, 1.0));
    QVERIFY(near(s2.throughput[0], 1.0));
    QVERIFY(near(s2.queue[0], 1.0));
    ClosedSolution s3 = solveSingleClassExact(oneClass({2}, {1.0}, 3, 1.0));
    QVERIFY(near(s3.throughput[0], 24.0 / 17.0));
    QVERIFY(near(s3.queue[0], 27.0 / 17.0));
    QVERIFY(near(s3.residence[0], (27.0 / 17.0) / (24.0 / 17.0)));
}

void TestClosedNetwork::moreServersThanUsers()
{
    // With m ≥ N no user ever waits: the station is a delay, X = N/(D + Z), R = D, for 1 or 2 classes.
    const ClosedSolution s = solveSingleClassExact(oneClass({1000000}, {0.5}, 10, 1.5));
    QVERIFY(near(s.throughput[0], 10.0 / 2.0));
    QVERIFY(near(s.residence[0], 0.5));
    ClosedNetwork net;
    net.stations = 1;
    net.classes = 2;
    net.servers = {20};
    net.demand = {0.5, 0.25};
    net.serviceTime = {0.5, 0.1}; // class-dependent, still exact: nobody queues
    net.population = {6, 4};
    net.thinkTime = {1.5, 0.75};
    const Result<ClosedSolution> m = solveMultiClassExact(net);
    QVERIFY(m.ok());
    QVERIFY(!m->approximate);
    QVERIFY(near(m->throughput[0], 6.0 / 2.0));
    QVERIFY(near(m->throughput[1], 4.0 / 1.0));
}

void TestClosedNetwork::multiServerStable_data()
{
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("z");
    // Z chosen so that N sits near N* = (D + Z)·m/D (the knee, the hardest case), and beyond it.
    QTest::newRow("m=16, N=100 (textbook recursion fails)") << 16 << 100 << 5.0;
    QTest::newRow("m=16, N=100, heavy") << 16 << 100 << 1.0;
    QTest::newRow("m=64, N=1000") << 64 << 1000 << 14.0;
    QTest::newRow("m=200, N=2000, past the knee") << 200 << 2000 << 5.0;
    QTest::newRow("m=1000, N=10000 at the knee") << 1000 << 10000 << 9.0;
    QTest::newRow("m=1000, N=10000, light") << 1000 << 10000 << 20.0;
}

void TestClosedNetwork::multiServerStable()
{
    QFETCH(int, m);
    QFETCH(int, n);
    QFETCH(double, z);
    const ClosedSolution s = solveSingleClassExact(oneClass({m}, {1.0}, n, z));
    const auto [x, q] = referenceMultiServer(m, 1.0L, (long double)z, n);
    QVERIFY(std::isfinite(s.throughput[0]) && std::isfinite(s.queue[0]));
    QVERIFY2(near(s.throughput[0], double(x)), qPrintable(QStringLiteral("X=%1 ref=%2").arg(s.throughput[0], 0, 'g', 17).arg(double(x), 0, 'g', 17)));
    QVERIFY2(near(s.queue[0], double(q)), qPrintable(QStringLiteral("Q=%1 ref=%2").arg(s.queue[0], 0, 'g', 17).arg(double(q), 0, 'g', 17)));
    // Population conservation: Q + X·Z = N.
    QVERIFY(near(s.queue[0] + s.throughput[0] * z, double(n)));
    // Throughput alone (the timelines' path) agrees with the same reference.
    const ClosedSolution t = solveSingleClassExact(oneClass({m}, {1.0}, n, z), ClosedDetail::Throughput);
    QVERIFY2(near(t.throughput[0], double(x)), qPrintable(QStringLiteral("X=%1 ref=%2").arg(t.throughput[0], 0, 'g', 17).arg(double(x), 0, 'g', 17)));
}

void TestClosedNetwork::mixedStationsSingleClass()
{
    // Single-server, multi-server and delay stations together: the convolution path must agree with
    // plain MVA when the multi-server station is given 1 server (same network, both paths), and
    // conserve the population otherwise.
    const ClosedSolution a = solveSingleClassExact(oneClass({1, 1, 0}, {0.2, 0.1, 0.5}, 50, 2.0));
    ClosedNetwork net = oneClass({1, 1, 0, 4}, {0.2, 0.1, 0.5, 1e-300}, 50, 2.0);
    net.demand[3] = 0.0; // an m-server station without demand leaves the plain-MVA answer unchanged
    const ClosedSolution b = solveSingleClassExact(net);
    QVERIFY(near(a.throughput[0], b.throughput[0]));
    const ClosedSolution c = solveSingleClassExact(oneClass({1, 3, 0, 8}, {0.2, 0.5, 0.5, 1.2}, 200, 2.0));
    double total = c.throughput[0] * 2.0;
    for (double q : c.queue)
        total += q;
    QVERIFY(near(total, 200.0));
    // Utilisation law at the 3-server station: busy servers X·D ≤ 3.
    QVERIFY(c.throughput[0] * 0.5 <= 3.0 + 1e-12);
    // With one multi-server station and a delay, the convolution equals the direct reference when the
    // single-server stations are absent.
    const ClosedSolution d = solveSingleClassExact(oneClass({0, 5}, {0.5, 1.0}, 40, 1.5));
    const auto [x, q] = referenceMultiServer(5, 1.0L, 2.0L, 40); // the delay station adds 0.5 to Z
    QVERIFY(near(d.throughput[0], double(x)));
    QVERIFY(near(d.queue[1], double(q)));
}

void TestClosedNetwork::multiClassIdenticalClasses_data()
{
    QTest::addColumn<int>("servers");
    QTest::addColumn<int>("n1");
    QTest::addColumn<int>("n2");
    QTest::newRow("single-server stations") << 1 << 7 << 5;
    QTest::newRow("3-server station (load-dependent)") << 3 << 7 << 5;
    // Where the marginal-probability recursion fails (m = 16, N = 100): the lattice convolution.
    QTest::newRow("16 servers, N = 50 + 50") << 16 << 50 << 50;
    QTest::newRow("64 servers, N = 150 + 100") << 64 << 150 << 100;
}

void TestClosedNetwork::multiClassIdenticalClasses()
{
    // Two classes with identical demands and think times behave as one class of N1 + N2 users whose
    // throughput splits in proportion to the populations (product form is symmetric in customers).
    QFETCH(int, servers);
    QFETCH(int, n1);
    QFETCH(int, n2);
    ClosedNetwork net;
    net.stations = 3;
    net.classes = 2;
    net.servers = {1, servers, 0};
    net.demand = {0.01, 0.5, 1.0, 0.01, 0.5, 1.0};
    net.serviceTime = net.demand;
    net.population = {n1, n2};
    net.thinkTime = {2.0, 2.0};
    const Result<ClosedSolution> multi = solveMultiClassExact(net);
    QVERIFY(multi.ok());
    QVERIFY(!multi->approximate);
    const int n = n1 + n2;
    const ClosedSolution one = solveSingleClassExact(oneClass({1, servers, 0}, {0.01, 0.5, 1.0}, n, 2.0));
    QVERIFY(near(multi->throughput[0], one.throughput[0] * n1 / n));
    QVERIFY(near(multi->throughput[1], one.throughput[0] * n2 / n));
    for (int k = 0; k < 3; ++k) {
        QVERIFY(near(multi->queue[size_t(k)], one.queue[size_t(k)] * n1 / n));
        QVERIFY(near(multi->queue[size_t(3 + k)], one.queue[size_t(k)] * n2 / n));
    }
}

void TestClosedNetwork::multiClassHand()
{
    // Two classes of one user each, one single-server station, no think time, demands 1 and 2.
    // MVA: N=(1,0): R1 = 1, Q = 1; N=(0,1): R2 = 2, Q = 1.
    // N=(1,1): R1 = 1·(1 + Q(0,1)) = 2, R2 = 2·(1 + Q(1,0)) = 4; X1 = 1/2, X2 = 1/4.
    ClosedNetwork net;
    net.stations = 1;
    net.classes = 2;
    net.servers = {1};
    net.demand = {1.0, 2.0};
    net.serviceTime = net.demand;
    net.population = {1, 1};
    net.thinkTime = {0.0, 0.0};
    const Result<ClosedSolution> s = solveMultiClassExact(net);
    QVERIFY(s.ok());
    QVERIFY(near(s->throughput[0], 0.5));
    QVERIFY(near(s->throughput[1], 0.25));
    QVERIFY(near(s->residence[0], 2.0));
    QVERIFY(near(s->residence[1], 4.0));
}

void TestClosedNetwork::schweitzerCloseToExact()
{
    ClosedNetwork net;
    net.stations = 3;
    net.classes = 3;
    net.servers = {1, 1, 0};
    net.demand = {0.2, 0.1, 1.0, 0.05, 0.3, 0.5, 0.1, 0.1, 2.0};
    net.serviceTime = net.demand;
    net.population = {10, 8, 12};
    net.thinkTime = {1.0, 0.5, 3.0};
    const Result<ClosedSolution> exact = solveMultiClassExact(net);
    QVERIFY(exact.ok());
    const ClosedSolution approx = solveSchweitzer(net);
    QVERIFY(approx.approximate);
    QVERIFY(approx.notes.join(QString()).contains(QStringLiteral("converged")));
    for (int c = 0; c < 3; ++c) {
        // Bard–Schweitzer errs by a few per cent, up to about 10 % near the knee (Lazowska et al. ch. 7).
        QVERIFY2(std::abs(approx.throughput[size_t(c)] - exact->throughput[size_t(c)]) <= 0.10 * exact->throughput[size_t(c)],
                 qPrintable(QStringLiteral("class %1: approx %2 exact %3").arg(c).arg(approx.throughput[size_t(c)]).arg(exact->throughput[size_t(c)])));
        // Its fixed point satisfies Little's law and population conservation exactly.
        double total = approx.throughput[size_t(c)] * net.thinkTime[size_t(c)];
        for (int k = 0; k < 3; ++k)
            total += approx.queue[size_t(c * 3 + k)];
        QVERIFY(near(total, net.population[size_t(c)], 1e-9));
    }
}

void TestClosedNetwork::exactRefusedAboveBound()
{
    Review r;
    r.stations = {queue(QStringLiteral("q"))};
    for (int c = 0; c < 3; ++c)
        r.classes.push_back(closedClass(QStringLiteral("c%1").arg(c), 200, 1.0, {demand(QStringLiteral("q"), 0.01 * (c + 1))}));
    SolveOptions o;
    o.method = Method::Exact; // 201³ ≈ 8.1·10⁶ > 2·10⁶
    const Result<SolveResult> refused = solve(r, o);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("2000000")));
    o.method = Method::Auto;
    const Result<SolveResult> approx = solve(r, o);
    QVERIFY(approx.ok());
    QVERIFY(approx->approximate);
    QVERIFY(!approx->notes.isEmpty());
}

void TestClosedNetwork::throughSolve()
{
    // The contract's closed example through solve(): visits 2 × 0.25 at a, 1 × 0.25 at b, N=2, Z=1.
    Review r;
    r.stations = {queue(QStringLiteral("a")), queue(QStringLiteral("b"))};
    r.classes = {closedClass(QStringLiteral("users"), 2, 1.0, {demand(QStringLiteral("a"), 0.25, 2.0), demand(QStringLiteral("b"), 0.25)})};
    const Result<SolveResult> res = solve(r);
    QVERIFY(res.ok());
    const double x = 28.0 / 27.0;
    QVERIFY(near(res->classes[0].throughput, x));
    QVERIFY(near(*res->classes[0].responseTime, 13.0 / 14.0));
    QVERIFY(near(*res->stations[0].queueLength, 2.0 / 3.0));
    QVERIFY(near(res->stations[1].utilization, 7.0 / 27.0));
    QVERIFY(near(res->stations[0].perClass[0].throughput, 2.0 * x));
    QVERIFY(!res->headroom);
    // N* = (D + Z)/D_max = (0.75 + 1)/0.5.
    QVERIFY(near(*res->classes[0].bounds.nStar, 3.5));
}

QTEST_APPLESS_MAIN(TestClosedNetwork)
#include "tst_closednetwork.moc"
