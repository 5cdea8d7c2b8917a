#include "core/import/logimport.h"
#include "core/import/logparsers.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace hostreview::core;
using namespace hostreview::core::import;

/**
 * Real-format fixtures (tests/import/fixtures), each written to its source's documentation:
 * - traefik.json.log, traefik-clf.log: Traefik "Access Logs" (doc.traefik.io/traefik/observability/
 *   access-logs): JSON field names StartUTC, Duration / OriginDuration / Overhead in ns, OriginStatus
 *   0 when Traefik answered itself; CLF followed by request count, "router", "server URL", `<N>ms`.
 * - odoo.log: odoo/netsvc.py — format `%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s:
 *   %(message)s %(perf_info)s`, PerfFilter's perf_info "%d %.3f %.3f" (query count, SQL time, the
 *   rest) or "- - -", ColoredPerfFilter's ANSI colours, and tracebacks on continuation lines.
 * - pgss.csv: the pg_stat_statements view (PostgreSQL docs, pgstatstatements: calls,
 *   total_exec_time in ms, rows, shared_blks_hit, shared_blks_read) exported with COPY … CSV HEADER.
 * Expected values are read off the fixture lines by hand.
 */
class TestImportFormats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timestamps_data();
    void timestamps();
    void detection_data();
    void detection();
    void traefikJson();
    void traefikClf();
    void odoo();
    void pgStatStatements();
    void genericCsv();

private:
    static QString fixture(const char *name) { return QStringLiteral(IMPORT_FIXTURES "/") + QLatin1String(name); }
    static qint64 utc(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
    }
};

void TestImportFormats::timestamps_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedUtc"); // Qt's own ISO parser gives the reference
    QTest::newRow("iso Z ns") << "iso" << "2026-03-03T09:15:02.123456789Z" << "2026-03-03T09:15:02.123Z";
    QTest::newRow("iso offset") << "iso" << "2026-03-03T10:15:02.5+01:00" << "2026-03-03T09:15:02.500Z";
    QTest::newRow("iso negative offset") << "iso" << "2026-12-31T20:30:00-05:00" << "2027-01-01T01:30:00.000Z";
    QTest::newRow("iso no zone") << "iso" << "2024-02-29 23:59:59" << "2024-02-29T23:59:59.000Z";
    QTest::newRow("clf") << "clf" << "03/Mar/2026:10:15:02 +0100" << "2026-03-03T09:15:02.000Z";
    QTest::newRow("clf west") << "clf" << "31/Dec/2025:23:00:00 -0130" << "2026-01-01T00:30:00.000Z";
    QTest::newRow("asctime") << "asctime" << "2026-03-03 09:15:02,275" << "2026-03-03T09:15:02.275Z";
    QTest::newRow("iso bad month") << "iso" << "2026-13-03T09:15:02Z" << "";
    QTest::newRow("clf bad month") << "clf" << "03/Mrz/2026:10:15:02 +0100" << "";
}

void TestImportFormats::timestamps()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, expectedUtc);
    const std::string s = text.toStdString();
    const std::optional<qint64> got = kind == QLatin1String("iso") ? parseIso8601Ms(s)
                                      : kind == QLatin1String("clf") ? parseClfTimeMs(s)
                                                                     : parseAsctimeMs(s);
    if (expectedUtc.isEmpty()) {
        QVERIFY(!got.has_value());
        return;
    }
    QVERIFY(got.has_value());
    QCOMPARE(*got, QDateTime::fromString(expectedUtc, Qt::ISODateWithMs).toMSecsSinceEpoch());
}

void TestImportFormats::detection_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << R"({"StartUTC":"2026-03-03T09:15:02Z","Duration":1})" << "traefik-json";
    QTest::newRow("clf") << R"(1.2.3.4 - - [03/Mar/2026:10:15:02 +0100] "GET / HTTP/1.1" 200 1 "-" "-" 1 "r" "u" 5ms)" << "traefik-clf";
    QTest::newRow("odoo") << "2026-03-03 09:14:58,001 4242 INFO ? odoo.service.server: HTTP service" << "odoo";
    QTest::newRow("pgss") << "userid,dbid,queryid,query,calls,total_exec_time,rows" << "pgss";
    QTest::newRow("pgss 12") << "query,calls,total_time,rows" << "pgss";
    QTest::newRow("csv") << "timestamp,path,duration" << "csv";
    QTest::newRow("prose") << "hello world" << "";
}

void TestImportFormats::detection()
{
    QFETCH(QString, line);
    QFETCH(QString, format);
    const auto got = detectLogFormat(line.toStdString());
    QCOMPARE(got ? logFormatName(*got) : QString(), format);
}

void TestImportFormats::traefikJson()
{
    ImportOptions options;
    options.format = LogFormat::Auto;
    const Result<ImportResult> r = importLogs({fixture("traefik.json.log")}, options);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->files.at(0).format, QStringLiteral("traefik-json"));
    QCOMPARE(r->linesRead, 3);
    QCOMPARE(r->requests, 3);
    QCOMPARE(r->malformed, 0);
    QCOMPARE(r->unclassified, 0);
    QCOMPARE(r->firstRequest.toMSecsSinceEpoch(), utc("2026-03-03T09:15:02.123Z"));

    const ClassMeasurement *order = r->measurement(QStringLiteral("order-entry"));
    QVERIFY(order);
    QCOMPARE(order->requests, 1);
    QCOMPARE(order->response.mean, 0.152345678);   // Duration 152345678 ns
    QCOMPARE(order->app.mean, 0.151945678);        // OriginDuration
    QCOMPARE(order->ingress.mean, 0.0004);         // Overhead 400000 ns
    QCOMPARE(order->db.samples, 0);                // Traefik cannot split the upstream time
    const ClassMeasurement *ws = r->measurement(QStringLiteral("longpolling"));
    QVERIFY(ws);
    QCOMPARE(ws->response.mean, 30.001);
    // The redirect was answered by Traefik itself (OriginStatus 0): it is the "shop" request, with
    // no application time.
    const ClassMeasurement *shop = r->measurement(QStringLiteral("shop"));
    QVERIFY(shop);
    QCOMPARE(shop->app.samples, 0);
    QCOMPARE(shop->response.mean, 0.00012);
}

void TestImportFormats::traefikClf()
{
    const Result<ImportResult> r = importLogs({fixture("traefik-clf.log")}, ImportOptions{});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->files.at(0).format, QStringLiteral("traefik-clf"));
    QCOMPARE(r->requests, 3);
    QCOMPARE(r->malformed, 0);
    QCOMPARE(r->unclassified, 1); // /favicon.ico
    QCOMPARE(r->topUnclassified.at(0).first, QStringLiteral("/favicon.ico"));
    // 10:15:02 +0100 is 09:15:02 UTC.
    QCOMPARE(r->firstRequest.toMSecsSinceEpoch(), utc("2026-03-03T09:15:02.000Z"));
    QCOMPARE(r->measurement(QStringLiteral("order-entry"))->response.mean, 0.152);
    QCOMPARE(r->measurement(QStringLiteral("longpolling"))->response.mean, 30.001);

    // All three requests fall in the UTC bucket 09:15–09:30: 1 request / 900 s each for
    // order-entry, longpolling and the unclassified favicon.
    const QByteArray csv = timelineCsv(*r);
    const QList<QByteArray> rows = csv.split('\n');
    QCOMPARE(rows.at(0), QByteArray("local_start,day,slot,longpolling,order-entry,unclassified"));
    const QByteArray perBucket = QByteArray::number(1.0 / 900.0, 'g', 8);
    QCOMPARE(rows.at(1), "2026-03-03T09:15:00+00:00,2026-03-03,37," + perBucket + ',' + perBucket + ',' + perBucket);
}

void TestImportFormats::odoo()
{
    const Result<ImportResult> r = importLogs({fixture("odoo.log")}, ImportOptions{});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->files.at(0).format, QStringLiteral("odoo"));
    QCOMPARE(r->linesRead, 10);
    QCOMPARE(r->requests, 4);
    QCOMPARE(r->ignored, 5);   // server start, the ERROR line and its three traceback lines
    QCOMPARE(r->malformed, 1); // "abc" as query count
    QCOMPARE(r->firstMalformed.at(0).line, 10);
    QCOMPARE(r->firstMalformed.at(0).file, QStringLiteral("odoo.log"));

    const ClassMeasurement *order = r->measurement(QStringLiteral("order-entry"));
    QVERIFY(order);
    QCOMPARE(order->db.mean, 0.004);   // query_time
    QCOMPARE(order->app.mean, 0.148);  // remaining_time = wall − SQL
    QCOMPARE(order->meanQueries, 12.0);
    // Logged at the end: 09:15:02.275 − (0.004 + 0.148) s = 09:15:02.123.
    QCOMPARE(r->firstRequest.toMSecsSinceEpoch(), utc("2026-03-03T09:15:02.123Z"));

    const ClassMeasurement *warehouse = r->measurement(QStringLiteral("warehouse")); // coloured line
    QVERIFY(warehouse);
    QCOMPARE(warehouse->db.mean, 0.412);
    QCOMPARE(warehouse->app.mean, 1.210);
    QCOMPARE(warehouse->meanQueries, 153.0);

    const ClassMeasurement *web = r->measurement(QStringLiteral("web-client")); // "- - -": rate only
    QVERIFY(web);
    QCOMPARE(web->requests, 1);
    QCOMPARE(web->app.samples, 0);

    const ClassMeasurement *api = r->measurement(QStringLiteral("api")); // trailing cursor mode "ro"
    QVERIFY(api);
    QCOMPARE(api->requests, 1);
    QCOMPARE(api->db.mean, 0.001);
}

void TestImportFormats::pgStatStatements()
{
    ImportOptions options;
    options.format = LogFormat::PgStatStatements;
    const Result<ImportResult> r = importLogs({fixture("pgss.csv")}, options);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->malformed, 0);
    QCOMPARE(int(r->queryFamilies.size()), 3);
    // Sorted by total time: two SELECTs on sale_order (3600.5 + 400 ms, one spanning two lines),
    // then the UPDATE (2500 ms), then BEGIN (10 ms).
    const QueryFamily &select = r->queryFamilies.at(0);
    QCOMPARE(select.family, QStringLiteral("SELECT sale_order"));
    QCOMPARE(select.statements, 2);
    QCOMPARE(select.calls, 2000);
    QCOMPARE(select.totalTime, 4.0005);
    QCOMPARE(select.meanTime, 4.0005 / 2000);
    QCOMPARE(select.rows, 2800);
    QCOMPARE(select.sharedBlksHit, 59000);
    QCOMPARE(select.sharedBlksRead, 130);
    QCOMPARE(r->queryFamilies.at(1).family, QStringLiteral("UPDATE stock_quant"));
    QCOMPARE(r->queryFamilies.at(1).totalTime, 2.5);
    QCOMPARE(r->queryFamilies.at(2).family, QStringLiteral("BEGIN"));
}

void TestImportFormats::genericCsv()
{
    ImportOptions options;
    options.format = LogFormat::Csv;
    const Result<CsvMapping> mapping = csvMappingFromSpec(QStringLiteral("timestamp=ts,class=route,duration=elapsed_ms,unit=ms,delimiter=;"));
    QVERIFY(mapping.ok());
    options.csv = *mapping;
    const Result<ImportResult> r = importLogs({fixture("generic.csv")}, options);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->requests, 3);
    QCOMPARE(r->unclassified, 0);
    const ClassMeasurement *edi = r->measurement(QStringLiteral("edi-import"));
    QVERIFY(edi);
    QCOMPARE(edi->requests, 2);
    QCOMPARE(edi->response.mean, 1.0); // (1500 + 500) / 2 ms
    const ClassMeasurement *backup = r->measurement(QStringLiteral("backup"));
    QVERIFY(backup);
    QCOMPARE(backup->response.mean, 60.0);
    // 10:00:00+01:00 and epoch 1772528460 (09:01:00 UTC): the first request is 09:00:00 UTC.
    QCOMPARE(r->firstRequest.toMSecsSinceEpoch(), utc("2026-03-03T09:00:00.000Z"));
    QCOMPARE(r->lastRequest.toMSecsSinceEpoch(), qint64(1772528460) * 1000);

    // A mapping naming a column the header lacks is refused, naming the column.
    options.csv.duration = QStringLiteral("latency");
    const Result<ImportResult> bad = importLogs({fixture("generic.csv")}, options);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().toString().contains(QStringLiteral("duration=latency")), qPrintable(bad.error().toString()));
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
