#include "models/stationresultsmodel.h"

#include "reviewfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace hostreview;
using models::StationResultsModel;

namespace {
/** A hand-built result: pg at 70.4 %, web saturated (offered 112 %), traefik quiet, carrier a delay station. */
core::solver::SolveResult handResult()
{
    core::solver::SolveResult r;
    r.scenario = QStringLiteral("baseline");
    r.bottleneck = QStringLiteral("web");
    r.headroom = 1.0 / 1.12;
    r.headroomStation = QStringLiteral("web");

    core::solver::StationResult traefik;
    traefik.id = QStringLiteral("traefik");
    traefik.utilization = 0.00065;
    traefik.queueLength = 0.0026;
    traefik.perClass = {{QStringLiteral("orders"), 6.5, 0.00065, 0.0004, 0.0026}};

    core::solver::StationResult web;
    web.id = QStringLiteral("web");
    web.utilization = 1.12;
    web.openUtilization = 1.12;
    web.saturated = true;
    web.atRisk = true;
    web.perClass = {{QStringLiteral("orders"), 6.5, 0.0867, std::nullopt, std::nullopt},
                    {QStringLiteral("scanners"), 4.9, 0.0272, std::nullopt, std::nullopt}};

    core::solver::StationResult pg;
    pg.id = QStringLiteral("pg");
    pg.utilization = 0.704;
    pg.queueLength = 2.31;
    pg.atRisk = false;
    pg.perClass = {{QStringLiteral("orders"), 78.0, 0.0146, 0.0312, 0.203},
                   {QStringLiteral("scanners"), 19.6, 0.0049, 0.0123, 0.06}};

    core::solver::StationResult carrier;
    carrier.id = QStringLiteral("carrier");
    carrier.delay = true;
    carrier.utilization = 1.5;
    carrier.queueLength = 1.5;
    r.stations = {traefik, web, pg, carrier};
    return r;
}
} // namespace

/** StationResultsModel against a hand-built review and result (values chosen, not computed by the code). */
class TestStationResultsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shape();
    void cells_data();
    void cells();
    void saturatedIsTextNeverNaN();
    void sortByUtilization_data();
    void sortByUtilization();
    void summaryTexts();
    void roles();
    void timesInSeconds();
};

void TestStationResultsModel::shape()
{
    StationResultsModel m;
    QCOMPARE(m.rowCount(), 0);
    m.setResult(testing::smallReview(), handResult());
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.columnCount(), int(StationResultsModel::ColumnCount));
    QCOMPARE(m.rowCount(m.index(0, 0)), 1); // traefik: orders only
    QCOMPARE(m.rowCount(m.index(1, 0)), 2); // web: both classes
    QCOMPARE(m.rowCount(m.index(3, 0)), 0); // carrier: none given
    const QModelIndex child = m.index(1, 0, m.index(2, 0));
    QCOMPARE(m.parent(child), m.index(2, 0));
    QVERIFY(!m.parent(m.index(2, 0)).isValid());
    m.clear();
    QCOMPARE(m.rowCount(), 0);
}

void TestStationResultsModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("child"); // -1: the station row
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("pg name") << 2 << -1 << int(StationResultsModel::NameColumn) << "PostgreSQL primary";
    QTest::newRow("pg 70.4 %") << 2 << -1 << int(StationResultsModel::UtilizationColumn) << "70.4 %";
    QTest::newRow("pg queue 2.31") << 2 << -1 << int(StationResultsModel::QueueLengthColumn) << "2.31";
    // The station throughput is the sum of its classes' throughputs: 78 + 19.6.
    QTest::newRow("pg throughput 97.60") << 2 << -1 << int(StationResultsModel::ThroughputColumn) << "97.60";
    QTest::newRow("pg ok") << 2 << -1 << int(StationResultsModel::StateColumn) << "ok";
    QTest::newRow("web saturated state") << 1 << -1 << int(StationResultsModel::StateColumn) << "saturated";
    QTest::newRow("web offered 112 %") << 1 << -1 << int(StationResultsModel::UtilizationColumn) << "112.0 %";
    QTest::newRow("pg/orders class name") << 2 << 0 << int(StationResultsModel::NameColumn) << "Order entry";
    QTest::newRow("pg/orders 31.2 ms") << 2 << 0 << int(StationResultsModel::ResidenceTimeColumn) << "31.2";
    QTest::newRow("pg/scanners 12.3 ms") << 2 << 1 << int(StationResultsModel::ResidenceTimeColumn) << "12.3";
    QTest::newRow("pg/orders 1.46 %") << 2 << 0 << int(StationResultsModel::UtilizationColumn) << "1.5 %";
    QTest::newRow("delay shows a number") << 3 << -1 << int(StationResultsModel::UtilizationColumn) << "1.50";
    QTest::newRow("delay state") << 3 << -1 << int(StationResultsModel::StateColumn) << "delay";
}

void TestStationResultsModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, child);
    QFETCH(int, column);
    QFETCH(QString, text);
    StationResultsModel m;
    m.setResult(testing::smallReview(), handResult());
    const QModelIndex station = m.index(row, 0);
    const QModelIndex cell = child < 0 ? m.index(row, column) : m.index(child, column, station);
    QCOMPARE(cell.data().toString(), text);
}

void TestStationResultsModel::saturatedIsTextNeverNaN()
{
    StationResultsModel m;
    m.setResult(testing::smallReview(), handResult());
    const QModelIndex web = m.index(1, 0);
    QCOMPARE(m.index(1, StationResultsModel::QueueLengthColumn).data().toString(), QStringLiteral("saturated"));
    for (int c = 0; c < 2; ++c) {
        QCOMPARE(m.index(c, StationResultsModel::ResidenceTimeColumn, web).data().toString(), QStringLiteral("saturated"));
        QCOMPARE(m.index(c, StationResultsModel::QueueLengthColumn, web).data().toString(), QStringLiteral("saturated"));
    }
    // No cell anywhere shows nan or inf.
    for (int r = 0; r < m.rowCount(); ++r) {
        const QModelIndex parent = m.index(r, 0);
        for (int col = 0; col < m.columnCount(); ++col) {
            const QString t = m.index(r, col).data().toString().toLower();
            QVERIFY2(!t.contains(QLatin1String("nan")) && !t.contains(QLatin1String("inf")), qPrintable(t));
            for (int c = 0; c < m.rowCount(parent); ++c) {
                const QString ct = m.index(c, col, parent).data().toString().toLower();
                QVERIFY2(!ct.contains(QLatin1String("nan")) && !ct.contains(QLatin1String("inf")), qPrintable(ct));
            }
        }
    }
}

void TestStationResultsModel::sortByUtilization_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("utilisation descending")
        << int(StationResultsModel::UtilizationColumn) << int(Qt::DescendingOrder)
        << QStringList{"carrier", "web", "pg", "traefik"};
    QTest::newRow("utilisation ascending") << int(StationResultsModel::UtilizationColumn) << int(Qt::AscendingOrder)
                                           << QStringList{"traefik", "pg", "web", "carrier"};
    // A saturated station's missing queue length sorts as the largest.
    QTest::newRow("queue length descending") << int(StationResultsModel::QueueLengthColumn) << int(Qt::DescendingOrder)
                                             << QStringList{"web", "pg", "carrier", "traefik"};
    QTest::newRow("name ascending") << int(StationResultsModel::NameColumn) << int(Qt::AscendingOrder)
                                    << QStringList{"carrier", "web", "pg", "traefik"};
}

void TestStationResultsModel::sortByUtilization()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, ids);
    StationResultsModel m;
    m.setResult(testing::smallReview(), handResult());
    const QPersistentModelIndex pg = m.index(2, 0);
    m.sort(column, Qt::SortOrder(order));
    QStringList got;
    for (int r = 0; r < m.rowCount(); ++r)
        got << m.index(r, 0).data(StationResultsModel::IdRole).toString();
    QCOMPARE(got, ids);
    // Persistent indexes follow their rows.
    QCOMPARE(pg.data(StationResultsModel::IdRole).toString(), QStringLiteral("pg"));
    QCOMPARE(pg.row(), int(ids.indexOf(QStringLiteral("pg"))));
    // Children stay under their station.
    const QModelIndex pgIndex = m.index(m.rowOfStation(QStringLiteral("pg")), 0);
    QCOMPARE(m.rowCount(pgIndex), 2);
    QCOMPARE(m.index(0, 0, pgIndex).data(StationResultsModel::StationIdRole).toString(), QStringLiteral("pg"));
}

void TestStationResultsModel::summaryTexts()
{
    StationResultsModel m;
    m.setResult(testing::smallReview(), handResult());
    QVERIFY(m.bottleneckText().contains(QStringLiteral("Odoo HTTP workers")));
    QVERIFY(m.bottleneckText().contains(QStringLiteral("saturated")));
    // 1 / 1.12 = 0.89: the open load must fall to ×0.89.
    QVERIFY2(m.headroomText().contains(QStringLiteral("0.89")), qPrintable(m.headroomText()));

    core::solver::SolveResult ok = handResult();
    ok.stations[1].saturated = false;
    ok.stations[1].utilization = 0.5;
    ok.stations[1].atRisk = false;
    ok.bottleneck = QStringLiteral("pg");
    ok.headroom = 1.0 / 0.704;
    ok.headroomStation = QStringLiteral("pg");
    m.setResult(testing::smallReview(), ok);
    QVERIFY2(m.bottleneckText().contains(QStringLiteral("PostgreSQL primary at 70.4 %")), qPrintable(m.bottleneckText()));
    QVERIFY2(m.headroomText().contains(QStringLiteral("×1.42")), qPrintable(m.headroomText()));

    ok.headroom.reset();
    m.setResult(testing::smallReview(), ok);
    QVERIFY(m.headroomText().contains(QStringLiteral("no open classes")));
}

void TestStationResultsModel::roles()
{
    StationResultsModel m;
    m.setResult(testing::smallReview(), handResult());
    const QModelIndex web = m.index(1, StationResultsModel::UtilizationColumn);
    QCOMPARE(web.data(StationResultsModel::SaturatedRole).toBool(), true);
    QCOMPARE(web.data(StationResultsModel::BottleneckRole).toBool(), true);
    QCOMPARE(web.data(StationResultsModel::SortRole).toDouble(), 1.12);
    QVERIFY(web.data(Qt::BackgroundRole).isValid());
    const QModelIndex webQueue = m.index(1, StationResultsModel::QueueLengthColumn);
    QVERIFY(std::isinf(webQueue.data(StationResultsModel::SortRole).toDouble()));
    const QModelIndex pgResidence = m.index(0, StationResultsModel::ResidenceTimeColumn, m.index(2, 0));
    QCOMPARE(pgResidence.data(StationResultsModel::SortRole).toDouble(), 0.0312 * 1000.0);
    QCOMPARE(pgResidence.data(StationResultsModel::IdRole).toString(), QStringLiteral("orders"));
    QCOMPARE(m.headerData(StationResultsModel::ResidenceTimeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Residence time (ms)"));
}

void TestStationResultsModel::timesInSeconds()
{
    // The "units" setting: the same 31.2 ms residence time reads 0.0312 s, header included.
    StationResultsModel m;
    m.setResult(testing::smallReview(), handResult());
    QSignalSpy header(&m, &QAbstractItemModel::headerDataChanged);
    m.setTimesInSeconds(true);
    QCOMPARE(header.count(), 1);
    const QModelIndex pgResidence = m.index(0, StationResultsModel::ResidenceTimeColumn, m.index(2, 0));
    QCOMPARE(pgResidence.data(StationResultsModel::SortRole).toDouble(), 0.0312);
    QCOMPARE(pgResidence.data().toString(), QStringLiteral("0.0312"));
    QCOMPARE(m.headerData(StationResultsModel::ResidenceTimeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Residence time (s)"));
    m.setTimesInSeconds(false);
    QCOMPARE(pgResidence.data().toString(), QStringLiteral("31.2"));
}

QTEST_GUILESS_MAIN(TestStationResultsModel)
#include "tst_stationresultsmodel.moc"
