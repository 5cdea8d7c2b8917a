#include "models/scenariolistmodel.h"
#include "models/scenarioscalemodel.h"
#include "models/scenarioserversmodel.h"

#include "core/document/reviewdocument.h"
#include "reviewfixture.h"

#include <QTest>

using namespace hostreview;
using models::ScenarioClassScaleModel;
using models::ScenarioListModel;
using models::ScenarioServersModel;

namespace {
struct Edit {
    QString id;
    core::Scenario after;
    QString field;
};
} // namespace

/** The scenario list, class scale and server override tables. */
class TestScenarioModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void list();
    void scale_data();
    void scale();
    void servers_data();
    void servers();
    void rejected_data();
    void rejected();
};

void TestScenarioModels::list()
{
    core::ReviewDocument doc;
    doc.setReview(testing::smallReview());
    ScenarioListModel m;
    m.setDocument(&doc);
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.index(0, ScenarioListModel::NameColumn).data().toString(), QStringLiteral("Peak order day"));
    QCOMPARE(m.index(0, ScenarioListModel::IdColumn).data().toString(), QStringLiteral("peak-order-day"));
    QCOMPARE(m.index(0, ScenarioListModel::TargetColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m.index(1, ScenarioListModel::TargetColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    std::vector<Edit> edits;
    connect(&m, &ScenarioListModel::scenarioEditRequested, this,
            [&](const QString &id, const core::Scenario &after, const QString &f) { edits.push_back({id, after, f}); });
    QVERIFY(m.setData(m.index(0, ScenarioListModel::NameColumn), QStringLiteral("Black Friday")));
    QCOMPARE(int(edits.size()), 1);
    core::Scenario expected = doc.review().scenarios[0];
    expected.name = QStringLiteral("Black Friday");
    QVERIFY(edits[0].after == expected);
    QCOMPARE(edits[0].field, QStringLiteral("name"));

    QVERIFY(m.setData(m.index(0, ScenarioListModel::TargetColumn), int(Qt::Checked), Qt::CheckStateRole));
    expected = doc.review().scenarios[0];
    expected.target = true;
    QVERIFY(edits.back().after == expected);

    QVERIFY(m.setData(m.index(1, ScenarioListModel::ProvenanceColumn), QStringLiteral("measured")));
    QCOMPARE(edits.back().id, QStringLiteral("recovery"));
    QCOMPARE(edits.back().after.provenance, core::Provenance::Measured);

    // Follows the document.
    core::Scenario s;
    s.id = QStringLiteral("warehouse-surge");
    s.name = QStringLiteral("Warehouse surge");
    QVERIFY(doc.addScenario(s).ok());
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.scenarioIdAt(2), QStringLiteral("warehouse-surge"));
}

void TestScenarioModels::scale_data()
{
    QTest::addColumn<QString>("classId");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("present");
    QTest::addColumn<double>("factor");
    QTest::newRow("orders 3") << "orders" << "3" << true << 3.0;
    QTest::newRow("scanners 1.5 added") << "scanners" << "1.5" << true << 1.5;
    QTest::newRow("orders cleared") << "orders" << "" << false << 0.0;
}

void TestScenarioModels::scale()
{
    QFETCH(QString, classId);
    QFETCH(QString, typed);
    QFETCH(bool, present);
    QFETCH(double, factor);
    core::ReviewDocument doc;
    doc.setReview(testing::smallReview());
    ScenarioClassScaleModel m;
    m.setDocument(&doc);
    QCOMPARE(m.rowCount(), 2);
    QVERIFY(!(m.flags(m.index(0, ScenarioClassScaleModel::ScaleColumn)) & Qt::ItemIsEditable)); // none chosen
    m.setScenarioId(QStringLiteral("peak-order-day"));
    QCOMPARE(m.index(0, ScenarioClassScaleModel::ScaleColumn).data().toString(), QStringLiteral("2.5"));
    QCOMPARE(m.index(1, ScenarioClassScaleModel::ScaleColumn).data(Qt::EditRole).toString(), QString());

    std::vector<Edit> edits;
    connect(&m, &ScenarioClassScaleModel::scenarioEditRequested, this,
            [&](const QString &id, const core::Scenario &after, const QString &f) { edits.push_back({id, after, f}); });
    const int row = doc.review().classIndex(classId);
    QVERIFY(m.setData(m.index(row, ScenarioClassScaleModel::ScaleColumn), typed));
    QCOMPARE(int(edits.size()), 1);
    QCOMPARE(edits[0].id, QStringLiteral("peak-order-day"));
    QCOMPARE(edits[0].field, QStringLiteral("class_scale[%1]").arg(classId));
    QCOMPARE(edits[0].after.classScale.contains(classId), present);
    if (present)
        QCOMPARE(edits[0].after.classScale.value(classId), factor);
    // The overrides are untouched.
    QCOMPARE(edits[0].after.stationOverrides, doc.review().scenarios[0].stationOverrides);
}

void TestScenarioModels::servers_data()
{
    QTest::addColumn<QString>("stationId");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("servers"); // 0: no override left
    QTest::newRow("web 32") << "web" << "32" << 32;
    QTest::newRow("pg 16 added") << "pg" << "16" << 16;
    QTest::newRow("web cleared") << "web" << "" << 0;
}

void TestScenarioModels::servers()
{
    QFETCH(QString, stationId);
    QFETCH(QString, typed);
    QFETCH(int, servers);
    core::ReviewDocument doc;
    doc.setReview(testing::smallReview());
    ScenarioServersModel m;
    m.setDocument(&doc);
    m.setScenarioId(QStringLiteral("peak-order-day"));
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.index(1, ScenarioServersModel::BaseServersColumn).data().toString(), QStringLiteral("9"));
    QCOMPARE(m.index(1, ScenarioServersModel::OverrideServersColumn).data().toString(), QStringLiteral("24"));
    QVERIFY(!(m.flags(m.index(3, ScenarioServersModel::OverrideServersColumn)) & Qt::ItemIsEditable)); // delay

    std::vector<Edit> edits;
    connect(&m, &ScenarioServersModel::scenarioEditRequested, this,
            [&](const QString &id, const core::Scenario &after, const QString &f) { edits.push_back({id, after, f}); });
    QVERIFY(m.setData(m.index(doc.review().stationIndex(stationId), ScenarioServersModel::OverrideServersColumn), typed));
    QCOMPARE(int(edits.size()), 1);
    QCOMPARE(edits[0].field, QStringLiteral("station_overrides[%1].servers").arg(stationId));
    const auto &overrides = edits[0].after.stationOverrides;
    if (servers == 0) {
        QVERIFY(!overrides.contains(stationId));
    } else {
        QCOMPARE(overrides.value(stationId).value(QStringLiteral("servers")).toInt(), servers);
    }
    QCOMPARE(edits[0].after.classScale, doc.review().scenarios[0].classScale);
}

void TestScenarioModels::rejected_data()
{
    QTest::addColumn<int>("table"); // 0 scale, 1 servers
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("where");
    QTest::newRow("scale -1") << 0 << 0 << "-1" << "scenarios[peak-order-day].class_scale[orders]";
    QTest::newRow("scale text") << 0 << 1 << "lots" << "scenarios[peak-order-day].class_scale[scanners]";
    QTest::newRow("servers 0") << 1 << 2 << "0" << "scenarios[peak-order-day].station_overrides[pg].servers";
    QTest::newRow("servers 2.5") << 1 << 2 << "2.5" << "scenarios[peak-order-day].station_overrides[pg].servers";
}

void TestScenarioModels::rejected()
{
    QFETCH(int, table);
    QFETCH(int, row);
    QFETCH(QString, typed);
    QFETCH(QString, where);
    core::ReviewDocument doc;
    doc.setReview(testing::smallReview());
    ScenarioClassScaleModel scale;
    ScenarioServersModel servers;
    scale.setDocument(&doc);
    servers.setDocument(&doc);
    scale.setScenarioId(QStringLiteral("peak-order-day"));
    servers.setScenarioId(QStringLiteral("peak-order-day"));
    QStringList messages;
    int edits = 0;
    connect(&scale, &ScenarioClassScaleModel::editRejected, this, [&](const QString &m) { messages << m; });
    connect(&servers, &ScenarioServersModel::editRejected, this, [&](const QString &m) { messages << m; });
    connect(&scale, &ScenarioClassScaleModel::scenarioEditRequested, this, [&] { ++edits; });
    connect(&servers, &ScenarioServersModel::scenarioEditRequested, this, [&] { ++edits; });
    QAbstractItemModel *m = table == 0 ? static_cast<QAbstractItemModel *>(&scale) : &servers;
    QVERIFY(!m->setData(m->index(row, table == 0 ? 1 : 2), typed));
    QCOMPARE(edits, 0);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages[0].startsWith(where + QStringLiteral(": ")), qPrintable(messages[0]));
}

QTEST_GUILESS_MAIN(TestScenarioModels)
#include "tst_scenariomodels.moc"
