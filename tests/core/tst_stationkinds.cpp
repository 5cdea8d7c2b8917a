#include "core/model/stationkinds.h"

#include <QTest>

using namespace hostreview::core;

/** The palette's defaults are the documented facts they cite (../shared/odoo-facts.md). */
class TestStationKinds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults_data();
    void defaults();
    void odooWorkersFollowCores();
    void unknownKindIsGeneric();
    void everyPropertyDefaultHasItsType();
};

void TestStationKinds::defaults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("odoo db_maxconn 64") << "odoo-http" << "db_maxconn" << QJsonValue(64);
    QTest::newRow("odoo limit_time_real 120 s") << "odoo-http" << "limit_time_real" << QJsonValue(120.0);
    QTest::newRow("odoo memory soft 2048 MiB") << "odoo-http" << "limit_memory_soft" << QJsonValue(2048);
    QTest::newRow("odoo memory hard 2560 MiB") << "odoo-http" << "limit_memory_hard" << QJsonValue(2560);
    QTest::newRow("odoo max_cron_threads 2") << "odoo-http" << "max_cron_threads" << QJsonValue(2);
    QTest::newRow("pgbouncer session mode") << "pgbouncer" << "pool_mode" << QJsonValue(QStringLiteral("session"));
    QTest::newRow("pgbouncer pool 20") << "pgbouncer" << "default_pool_size" << QJsonValue(20);
    QTest::newRow("pgbouncer clients 100") << "pgbouncer" << "max_client_conn" << QJsonValue(100);
    QTest::newRow("postgres max_connections 100") << "postgresql-primary" << "max_connections" << QJsonValue(100);
}

void TestStationKinds::defaults()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);
    const Station s = makeStation(kind, QStringLiteral("s1"), {});
    QVERIFY2(s.properties.contains(key), qPrintable(key));
    QCOMPARE(s.properties.value(key).toDouble(), expected.isString() ? 0.0 : expected.toDouble());
    QCOMPARE(s.properties.value(key).toString(), expected.toString());
}

void TestStationKinds::odooWorkersFollowCores()
{
    // Odoo deploy docs: workers = (#CPU × 2) + 1; the default host has 4 cores → 9 workers.
    const Station s = makeStation(QStringLiteral("odoo-http"), QStringLiteral("web"), {});
    QCOMPARE(s.properties.value(QStringLiteral("cpu_cores")).toInt(), 4);
    QCOMPARE(s.servers, 9);
    QCOMPARE(s.discipline, Discipline::Queue);
    // PgBouncer and Redis are single-threaded: one server.
    QCOMPARE(makeStation(QStringLiteral("pgbouncer"), QStringLiteral("b"), {}).servers, 1);
    QVERIFY(findStationKind(QStringLiteral("redis"))->singleThreaded);
    QCOMPARE(makeStation(QStringLiteral("redis"), QStringLiteral("r"), {}).servers, 1);
}

void TestStationKinds::unknownKindIsGeneric()
{
    const Station s = makeStation(QStringLiteral("mainframe"), QStringLiteral("m"), QStringLiteral("Mainframe"));
    QCOMPARE(s.kind, QStringLiteral("generic"));
    QCOMPARE(s.name, QStringLiteral("Mainframe"));
    QVERIFY(findStationKind(QStringLiteral("mainframe")) == nullptr);
}

void TestStationKinds::everyPropertyDefaultHasItsType()
{
    for (const StationKind &kind : stationKinds()) {
        for (const PropertySpec &p : kind.properties) {
            const QString what = kind.id + QLatin1Char('.') + p.key;
            switch (p.type) {
            case PropertyType::Integer:
            case PropertyType::Number:
                QVERIFY2(p.defaultValue.isDouble(), qPrintable(what));
                QVERIFY2(p.defaultValue.toDouble() >= p.minimum && p.defaultValue.toDouble() <= p.maximum, qPrintable(what));
                break;
            case PropertyType::Choice:
                QVERIFY2(p.choices.contains(p.defaultValue.toString()), qPrintable(what));
                break;
            case PropertyType::Boolean:
                QVERIFY2(p.defaultValue.isBool(), qPrintable(what));
                break;
            case PropertyType::Text:
                QVERIFY2(p.defaultValue.isString(), qPrintable(what));
                break;
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestStationKinds)
#include "tst_stationkinds.moc"
