// Property tests over seeded random networks (open, closed and mixed, with multi-server and delay
// stations): the operational laws must hold in every result, exactly.
#include "core/solver/solver.h"
#include "core/solver/syntheticmodel.h"
#include "reviewbuilder.h"

#include <QTest>

using namespace hostreview;
using namespace hostreview::core;
using namespace hostreview::core::solver;
using namespace hostreview::tests;

class TestProperties : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void laws_data();
    void laws();
    void monotoneInLoad_data();
    void monotoneInLoad();
};

namespace {

SyntheticSpec specFor(int seed, int open, int closed, bool links)
{
    SyntheticSpec s;
    s.seed = unsigned(seed);
    s.stations = 6 + seed % 5;
    s.openClasses = open;
    s.closedClasses = closed;
    s.demandsPerClass = 4;
    s.buckets = 0;
    s.scenarios = 0;
    s.maxServers = 3;
    s.delayShare = 0.2;
    s.population = 3 + seed % 4;
    s.targetUtilization = 0.5;
    s.useLinks = links;
    return s;
}

} // namespace

void TestProperties::laws_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("open");
    QTest::addColumn<int>("closed");
    QTest::addColumn<bool>("links");
    for (int seed = 1; seed <= 8; ++seed) {
        QTest::newRow(qPrintable(QStringLiteral("open, seed %1").arg(seed))) << seed << 3 << 0 << false;
        QTest::newRow(qPrintable(QStringLiteral("closed 1 class, seed %1").arg(seed))) << seed << 0 << 1 << false;
        QTest::newRow(qPrintable(QStringLiteral("closed 2 classes, seed %1").arg(seed))) << seed << 0 << 2 << false;
        QTest::newRow(qPrintable(QStringLiteral("mixed, links, seed %1").arg(seed))) << seed << 2 << 2 << true;
    }
}

void TestProperties::laws()
{
    QFETCH(int, seed);
    QFETCH(int, open);
    QFETCH(int, closed);
    QFETCH(bool, links);
    const Review r = syntheticReview(specFor(seed, open, closed, links));
    const Result<SolveResult> res = solve(r);
    QVERIFY2(res.ok(), qPrintable(res.ok() ? QString() : res.error().toString()));
    std::vector<double> population(r.classes.size(), 0.0);
    for (size_t k = 0; k < r.stations.size(); ++k) {
        const Station &st = r.stations[k];
        const StationResult &sr = res->stations[k];
        QCOMPARE(sr.id, st.id);
        QVERIFY(!sr.saturated);
        double u = 0.0, q = 0.0;
        for (const ClassAtStation &pc : sr.perClass) {
            const int c = r.classIndex(pc.classId);
            const WorkloadClass &wc = r.classes[size_t(c)];
            const ClassResult &cr = res->classes[size_t(c)];
            double s = 0.0;
            for (const Demand &d : wc.demands)
                if (d.station == st.id)
                    s = d.serviceTime;
            // Flow balance: X_ck = X_c · V_ck, and the visits come back out of it.
            const double v = pc.throughput / cr.throughput;
            QVERIFY(v > 0.0 && std::isfinite(v));
            // Utilisation law: U = X · S / m (delay: X · S).
            const double m = st.discipline == Discipline::Delay ? 1.0 : st.servers;
            QVERIFY(near(pc.utilization, pc.throughput * s / m));
            // Little's law per class and station: Q = X_c · R_ck (R per request, X per request).
            QVERIFY(pc.residenceTime && pc.queueLength);
            QVERIFY(*pc.residenceTime >= v * s * (1.0 - 1e-12)); // never faster than service
            QVERIFY(near(*pc.queueLength, cr.throughput * *pc.residenceTime));
            population[size_t(c)] += *pc.queueLength;
            u += pc.utilization;
            q += *pc.queueLength;
        }
        QVERIFY(near(sr.utilization, u));
        QVERIFY(near(*sr.queueLength, q));
        if (st.discipline == Discipline::Queue)
            QVERIFY(sr.utilization < 1.0);
    }
    for (size_t c = 0; c < r.classes.size(); ++c) {
        const WorkloadClass &wc = r.classes[c];
        const ClassResult &cr = res->classes[c];
        double sum = 0.0;
        for (const StationResult &sr : res->stations)
            for (const ClassAtStation &pc : sr.perClass)
                if (pc.classId == wc.id)
                    sum += *pc.residenceTime;
        QVERIFY(near(*cr.responseTime, sum));
        if (wc.type == ClassType::Closed) {
            // Response time law X = N/(R + Z) and population conservation.
            QVERIFY(near(cr.throughput, *wc.population / (*cr.responseTime + *wc.thinkTime)));
            QVERIFY(near(population[c] + cr.throughput * *wc.thinkTime, *wc.population));
            QVERIFY(cr.throughput <= cr.bounds.maxThroughput * (1.0 + 1e-12));
        } else {
            QVERIFY(near(cr.throughput, *wc.arrivalRate));
        }
        QVERIFY(*cr.responseTime >= cr.bounds.minResponseTime * (1.0 - 1e-12));
    }
}

void TestProperties::monotoneInLoad_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("open");
    QTest::addColumn<int>("closed");
    for (int seed = 11; seed <= 16; ++seed) {
        QTest::newRow(qPrintable(QStringLiteral("open, seed %1").arg(seed))) << seed << 3 << 0;
        QTest::newRow(qPrintable(QStringLiteral("closed, seed %1").arg(seed))) << seed << 0 << 1;
        QTest::newRow(qPrintable(QStringLiteral("mixed, seed %1").arg(seed))) << seed << 1 << 1;
    }
}

void TestProperties::monotoneInLoad()
{
    QFETCH(int, seed);
    QFETCH(int, open);
    QFETCH(int, closed);
    Review r = syntheticReview(specFor(seed, open, closed, false));
    const Result<SolveResult> before = solve(r);
    QVERIFY(before.ok());
    for (WorkloadClass &c : r.classes) {
        if (c.type == ClassType::Open)
            c.arrivalRate = *c.arrivalRate * 1.1;
        else
            c.population = *c.population + 1;
    }
    const Result<SolveResult> after = solve(r);
    QVERIFY(after.ok());
    for (size_t k = 0; k < r.stations.size(); ++k) {
        QVERIFY(after->stations[k].utilization >= before->stations[k].utilization * (1.0 - 1e-12));
        QVERIFY(*after->stations[k].queueLength >= *before->stations[k].queueLength * (1.0 - 1e-12));
    }
    for (size_t c = 0; c < r.classes.size(); ++c) {
        QVERIFY(*after->classes[c].responseTime >= *before->classes[c].responseTime * (1.0 - 1e-12));
        QVERIFY(after->classes[c].throughput >= before->classes[c].throughput * (1.0 - 1e-12));
    }
}

QTEST_APPLESS_MAIN(TestProperties)
#include "tst_properties.moc"
