// Published worked examples, reproduced through the whole solver (solve() on a Review).
//
// R. Jain, "The Art of Computer Systems Performance Analysis", Wiley 1991, chapter 34 (Mean Value
// Analysis), Example 34.2 and Table 34.1: a timesharing system with think time Z = 4 s, a CPU
// (S = 0.125 s, V = 16), disk A (S = 0.3 s, V = 10) and disk B (S = 0.2 s, V = 5). The table prints
// per-visit response times, system response time, throughput and queue lengths to three decimals
// for N = 1…5 and 17…20 users; the solver must agree with every printed figure to its rounding.
//
// Erlang C: the probability of waiting with m = 10 servers offered a = 8 Erlangs is 0.4092 (to four
// decimals) in the standard Erlang C tables used for call-centre staffing; m = 2, a = 1.5 gives
// 9/14 by hand (interchange contract check).
#include "core/solver/erlang.h"
#include "core/solver/solver.h"
#include "reviewbuilder.h"

#include <QTest>

#include <cmath>

using namespace hostreview;
using namespace hostreview::core;
using namespace hostreview::core::solver;
using namespace hostreview::tests;

class TestPublishedExamples : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jainTable34_1_data();
    void jainTable34_1();
    void erlangCTable();
};

void TestPublishedExamples::jainTable34_1_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<double>("rCpu");   // response time per visit, CPU
    QTest::addColumn<double>("rDiskA");
    QTest::addColumn<double>("rDiskB");
    QTest::addColumn<double>("response"); // system response time
    QTest::addColumn<double>("throughput");
    QTest::addColumn<double>("qCpu");
    QTest::addColumn<double>("qDiskA");
    QTest::addColumn<double>("qDiskB");
    // Rows of Table 34.1 as printed.
    QTest::newRow("N=1") << 1 << 0.125 << 0.300 << 0.200 << 6.000 << 0.100 << 0.200 << 0.300 << 0.100;
    QTest::newRow("N=2") << 2 << 0.150 << 0.390 << 0.220 << 7.400 << 0.175 << 0.421 << 0.684 << 0.193;
    QTest::newRow("N=3") << 3 << 0.178 << 0.505 << 0.239 << 9.088 << 0.229 << 0.651 << 1.158 << 0.273;
    QTest::newRow("N=4") << 4 << 0.206 << 0.647 << 0.255 << 11.051 << 0.266 << 0.878 << 1.721 << 0.338;
    QTest::newRow("N=5") << 5 << 0.235 << 0.816 << 0.268 << 13.256 << 0.290 << 1.088 << 2.365 << 0.388;
    QTest::newRow("N=17") << 17 << 0.370 << 3.962 << 0.300 << 47.045 << 0.333 << 1.974 << 13.195 << 0.499;
    QTest::newRow("N=18") << 18 << 0.372 << 4.259 << 0.300 << 50.032 << 0.333 << 1.981 << 14.187 << 0.499;
    QTest::newRow("N=19") << 19 << 0.373 << 4.556 << 0.300 << 53.022 << 0.333 << 1.987 << 15.181 << 0.500;
    QTest::newRow("N=20") << 20 << 0.373 << 4.854 << 0.300 << 56.016 << 0.333 << 1.991 << 16.177 << 0.500;
}

void TestPublishedExamples::jainTable34_1()
{
    QFETCH(int, users);
    QFETCH(double, rCpu);
    QFETCH(double, rDiskA);
    QFETCH(double, rDiskB);
    QFETCH(double, response);
    QFETCH(double, throughput);
    QFETCH(double, qCpu);
    QFETCH(double, qDiskA);
    QFETCH(double, qDiskB);

    Review review;
    review.name = QStringLiteral("Jain example 34.2");
    review.stations = {queue(QStringLiteral("cpu")), queue(QStringLiteral("diskA")), queue(QStringLiteral("diskB"))};
    review.classes = {closedClass(QStringLiteral("users"), users, 4.0,
                                  {demand(QStringLiteral("cpu"), 0.125, 16.0), demand(QStringLiteral("diskA"), 0.3, 10.0),
                                   demand(QStringLiteral("diskB"), 0.2, 5.0)})};
    const auto result = solve(review);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QVERIFY(!result->approximate);

    // The table rounds to three decimals: agreement within half a unit of the last printed digit.
    const double half = 0.0005 + 1e-12;
    const auto perVisit = [&](const QString &id, double visits) {
        return *result->station(id)->perClass.front().residenceTime / visits;
    };
    QVERIFY(std::abs(perVisit(QStringLiteral("cpu"), 16) - rCpu) <= half);
    QVERIFY(std::abs(perVisit(QStringLiteral("diskA"), 10) - rDiskA) <= half);
    QVERIFY(std::abs(perVisit(QStringLiteral("diskB"), 5) - rDiskB) <= half);
    QVERIFY(std::abs(*result->classes.front().responseTime - response) <= half);
    QVERIFY(std::abs(result->classes.front().throughput - throughput) <= half);
    QVERIFY(std::abs(*result->station(QStringLiteral("cpu"))->queueLength - qCpu) <= half);
    QVERIFY(std::abs(*result->station(QStringLiteral("diskA"))->queueLength - qDiskA) <= half);
    QVERIFY(std::abs(*result->station(QStringLiteral("diskB"))->queueLength - qDiskB) <= half);
}

void TestPublishedExamples::erlangCTable()
{
    QVERIFY(std::abs(erlangC(10, 8.0) - 0.4092) <= 0.00005);
    QVERIFY(near(erlangC(2, 1.5), 9.0 / 14.0));
}

QTEST_GUILESS_MAIN(TestPublishedExamples)
#include "tst_publishedexamples.moc"
