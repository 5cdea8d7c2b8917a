// Erlang B/C: hand values, the direct-sum definition in long double log space, and the extremes
// (m = 10 000, ρ = 0.9999) where factorial forms overflow.
#include "core/solver/erlang.h"

#include <QTest>

#include <cmath>

using namespace hostreview::core::solver;

namespace {

/**
 * Erlang C from its definition (Kleinrock, Queueing Systems vol. 1, 1975, §3.5):
 * C = [a^m/m! · m/(m−a)] / [Σ_{k<m} a^k/k! + a^m/m! · m/(m−a)], each term in log space with
 * lgammal and summed relative to the largest, in long double — independent of the B recurrence.
 */
long double referenceErlangC(int m, long double a)
{
    std::vector<long double> logs;
    for (int k = 0; k < m; ++k)
        logs.push_back(k * std::log(a) - std::lgamma((long double)(k) + 1.0L));
    const long double last = m * std::log(a) - std::lgamma((long double)(m) + 1.0L) + std::log((long double)m / (m - a));
    long double top = last;
    for (long double l : logs)
        top = std::max(top, l);
    long double sum = std::exp(last - top);
    for (long double l : logs)
        sum += std::exp(l - top);
    return std::exp(last - top) / sum;
}

} // namespace

class TestErlang : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handValues_data();
    void handValues();
    void againstDefinition_data();
    void againstDefinition();
    void timePerVisit_data();
    void timePerVisit();
    void edges();
};

void TestErlang::handValues_data()
{
    QTest::addColumn<int>("m");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("expected");
    // m = 1: C = ρ = a.
    QTest::newRow("m=1, a=0.3") << 1 << 0.3 << 0.3;
    // m = 2, a = 1.5: (a²/2!/(1−ρ)) / (1 + a + a²/2!/(1−ρ)) = 4.5/(2.5 + 4.5) = 4.5/7.
    QTest::newRow("m=2, a=1.5") << 2 << 1.5 << 4.5 / 7.0;
    // m = 2, a = 1: ρ = 0.5; (1/2/0.5) / (1 + 1 + 1) = 1/3.
    QTest::newRow("m=2, a=1") << 2 << 1.0 << 1.0 / 3.0;
    // m = 3, a = 2: Σ_{k<3} = 1 + 2 + 2 = 5; a³/3!·3/(3−2) = 8/6·3 = 4; C = 4/9.
    QTest::newRow("m=3, a=2") << 3 << 2.0 << 4.0 / 9.0;
}

void TestErlang::handValues()
{
    QFETCH(int, m);
    QFETCH(double, a);
    QFETCH(double, expected);
    QVERIFY2(std::abs(erlangC(m, a) - expected) <= 1e-12 * expected,
             qPrintable(QString::number(erlangC(m, a), 'g', 17)));
}

void TestErlang::againstDefinition_data()
{
    QTest::addColumn<int>("m");
    QTest::addColumn<double>("rho");
    for (int m : {4, 16, 64, 100, 1000, 10000})
        for (double rho : {0.1, 0.5, 0.8, 0.95, 0.99, 0.9999})
            QTest::newRow(qPrintable(QStringLiteral("m=%1, rho=%2").arg(m).arg(rho))) << m << rho;
}

void TestErlang::againstDefinition()
{
    QFETCH(int, m);
    QFETCH(double, rho);
    const double a = m * rho;
    const double c = erlangC(m, a);
    const long double ref = referenceErlangC(m, (long double)a);
    QVERIFY(std::isfinite(c));
    QVERIFY(c >= 0.0 && c <= 1.0);
    if (ref < 1e-300L) { // below the normal doubles: the double answer may only be as small
        QVERIFY(c < 1e-300);
        return;
    }
    QVERIFY2(std::abs((long double)c - ref) <= 1e-9L * ref,
             qPrintable(QStringLiteral("C=%1 ref=%2").arg(c, 0, 'g', 17).arg(double(ref), 0, 'g', 17)));
}

void TestErlang::timePerVisit_data()
{
    QTest::addColumn<int>("m");
    QTest::addColumn<double>("rho");
    QTest::addColumn<double>("expected");
    // M/M/1: S/(1−ρ) with S = 1.
    QTest::newRow("M/M/1 rho=0.5") << 1 << 0.5 << 2.0;
    QTest::newRow("M/M/1 rho=0.9") << 1 << 0.9 << 10.0;
    // M/M/2 at a = 1.5 (the contract check): 1 + (4.5/7)/(2·0.25) = 1 + 9/7 = 16/7.
    QTest::newRow("M/M/2 rho=0.75") << 2 << 0.75 << 16.0 / 7.0;
    // M/M/2 closed form: W = S/(1 − ρ²) (Kleinrock 1975, §3.5): ρ = 0.5 → 4/3.
    QTest::newRow("M/M/2 rho=0.5") << 2 << 0.5 << 4.0 / 3.0;
}

void TestErlang::timePerVisit()
{
    QFETCH(int, m);
    QFETCH(double, rho);
    QFETCH(double, expected);
    QVERIFY(std::abs(mmmTimePerVisit(1.0, m, rho) - expected) <= 1e-12 * expected);
}

void TestErlang::edges()
{
    QCOMPARE(erlangC(5, 0.0), 0.0);
    QCOMPARE(erlangC(5, 5.0), 1.0);
    QCOMPARE(erlangB(0, 3.0), 1.0);
    // Erlang B of m = 1: a/(1 + a).
    QVERIFY(std::abs(erlangB(1, 3.0) - 0.75) < 1e-15);
}

QTEST_APPLESS_MAIN(TestErlang)
#include "tst_erlang.moc"
