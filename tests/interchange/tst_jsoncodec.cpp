#include "core/interchange/jsoncodec.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

using namespace hostreview::core;

namespace {

/** A review that uses every field the format knows, unknown keys at every level, and awkward text. */
Review richReview()
{
    Review r;
    r.name = QStringLiteral("Großhändler — 東京 ✓ \"quoted\" \\ back\\slash");
    r.meta.client = QStringLiteral("ACME Distribution GmbH");
    r.meta.reviewers = {QStringLiteral("Ann Example"), QStringLiteral("Bø Reviewer")};
    r.meta.startDate = QDate(2024, 5, 1);
    r.meta.endDate = QDate(2024, 5, 31);
    r.meta.version = QStringLiteral("draft 2");
    r.meta.notes = QStringLiteral("line one\nline two\ttab\r\x01\x1f end");
    r.meta.extra.insert(QStringLiteral("x_meta"), QStringLiteral("kept"));

    Station web;
    web.id = QStringLiteral("odoo-http");
    web.name = QStringLiteral("Odoo HTTP workers");
    web.kind = QStringLiteral("odoo-http");
    web.servers = 9;
    web.zone = QStringLiteral("k8s-a");
    web.tenant = QStringLiteral("acme");
    web.x = 120.5;
    web.y = -40;
    web.properties.insert(QStringLiteral("cpu_cores"), 4);
    web.properties.insert(QStringLiteral("limit_time_real"), 120.5);
    web.notes = QStringLiteral("behind Traefik");
    web.extra.insert(QStringLiteral("x_colour"), QStringLiteral("#ff0000"));
    web.extra.insert(QStringLiteral("a_nested"),
                     QJsonObject{{QStringLiteral("z"), 1}, {QStringLiteral("a"), QJsonArray{1, 2.5, 3}}});
    r.stations.push_back(web);

    Station ext;
    ext.id = QStringLiteral("edi");
    ext.name = QStringLiteral("EDI partner");
    ext.kind = QStringLiteral("external-system");
    ext.discipline = Discipline::Delay;
    r.stations.push_back(ext);

    Station pg;
    pg.id = QStringLiteral("pg");
    pg.name = QStringLiteral("PostgreSQL primary");
    pg.kind = QStringLiteral("postgresql-primary");
    pg.servers = 8;
    r.stations.push_back(pg);

    Link l;
    l.from = QStringLiteral("odoo-http");
    l.to = QStringLiteral("pg");
    l.calls.insert(QStringLiteral("orders"), 12.25);
    l.calls.insert(QStringLiteral("scan"), 3);
    l.extra.insert(QStringLiteral("x_bend"), QJsonArray{10, 20});
    r.links.push_back(l);

    WorkloadClass orders;
    orders.id = QStringLiteral("orders");
    orders.name = QStringLiteral("Interactive order entry");
    orders.arrivalRate = 6.5;
    orders.entry = QStringLiteral("odoo-http");
    Demand d1;
    d1.station = QStringLiteral("odoo-http");
    d1.visits = 1;
    d1.serviceTime = 0.12;
    d1.extra.insert(QStringLiteral("x_comment"), QStringLiteral("measured in staging"));
    Demand d2;
    d2.station = QStringLiteral("pg");
    d2.serviceTime = 0.0015; // visits from the links
    orders.demands = {d1, d2};
    orders.targetResponseTime = 0.8;
    orders.provenance = Provenance::Measured;
    orders.source = QStringLiteral("access.log 2024-05-01..2024-05-07, 1.2 M lines");
    orders.extra.insert(QStringLiteral("x_owner"), QStringLiteral("sales"));
    r.classes.push_back(orders);

    WorkloadClass scan;
    scan.id = QStringLiteral("scan");
    scan.name = QStringLiteral("Warehouse scanning");
    scan.type = ClassType::Closed;
    scan.population = 40;
    scan.thinkTime = 8;
    Demand d3;
    d3.station = QStringLiteral("odoo-http");
    d3.visits = 2;
    d3.serviceTime = 1e-5;
    scan.demands = {d3};
    r.classes.push_back(scan);

    Profile p;
    p.classId = QStringLiteral("orders");
    p.bucketMinutes = 60;
    for (int b = 0; b < 24; ++b)
        p.multipliers.push_back(b < 8 ? 0.1 * b : 1.0 / 3.0 + b);
    p.provenance = Provenance::Measured;
    p.source = QStringLiteral("access.log");
    p.extra.insert(QStringLiteral("x_weekday"), QStringLiteral("mon"));
    r.profiles.push_back(p);

    Scenario s;
    s.id = QStringLiteral("peak");
    s.name = QStringLiteral("Peak order day");
    s.description = QStringLiteral("Black Friday");
    s.classScale.insert(QStringLiteral("orders"), 2.5);
    s.stationOverrides.insert(QStringLiteral("odoo-http"), QJsonObject{{QStringLiteral("servers"), 24}});
    s.target = true;
    s.provenance = Provenance::Measured;
    s.extra.insert(QStringLiteral("x_rank"), 1);
    r.scenarios.push_back(s);

    r.checklistId = QStringLiteral("odoo-hosting");
    r.hostingAnswers.insert(QStringLiteral("data_residency"), QStringLiteral("eu"));
    r.hostingAnswers.insert(QStringLiteral("users"), 250);

    ChecklistAnswer a;
    a.itemId = QStringLiteral("backups.offsite");
    a.status = AnswerStatus::Partly;
    a.notes = QStringLiteral("Nightly pg_dump, no PITR");
    a.evidenceIds = {QStringLiteral("ev1")};
    a.reviewer = QStringLiteral("Ann Example");
    a.answeredAt = QDateTime(QDate(2024, 5, 3), QTime(14, 3, 7, 250), Qt::UTC);
    a.extra.insert(QStringLiteral("x_flag"), true);
    r.answers.push_back(a);
    ChecklistAnswer b;
    b.itemId = QStringLiteral("monitoring");
    b.status = AnswerStatus::NotApplicable;
    r.answers.push_back(b);

    EvidenceFile e;
    e.id = QStringLiteral("ev1");
    e.fileName = QStringLiteral("crontab – prod.txt");
    e.mimeType = QStringLiteral("text/plain");
    for (int i = 0; i < 256; ++i)
        e.data.append(char(i));
    e.addedAt = QDateTime(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);
    e.addedBy = QStringLiteral("Ann Example");
    e.extra.insert(QStringLiteral("x_sha"), QStringLiteral("abc"));
    r.evidence.push_back(e);

    r.extra.insert(QStringLiteral("x_layout"), QJsonObject{{QStringLiteral("zoom"), 1.5}});
    r.extra.insert(QStringLiteral("findings"), QJsonArray{QStringLiteral("later section")});
    return r;
}

/** A valid document in compact, non-canonical form; type-error rows patch one piece of it. */
const char *const kBase = R"({"version": 1, "format": "hostreview-model", "name": "Base",
"review": {"client": "ACME", "reviewers": ["Ann"], "start_date": "2024-05-01"},
"stations": [
 {"id": "web", "name": "Web", "kind": "odoo-http", "discipline": "queue", "servers": 9,
  "position": {"x": 1, "y": 2}, "properties": {"cpu_cores": 4}},
 {"id": "pg", "name": "PG", "kind": "postgresql-primary", "discipline": "queue", "servers": 8},
 {"id": "ext", "name": "EDI", "kind": "external-system", "discipline": "delay"}],
"links": [{"from": "web", "to": "pg", "calls": {"orders": 3}}],
"classes": [
 {"id": "orders", "name": "Orders", "type": "open", "arrival_rate": 2.5, "entry": "web", "provenance": "estimated",
  "demands": [{"station": "web", "visits": 1, "service_time": 0.12}, {"station": "pg", "service_time": 0.002}]},
 {"id": "scan", "name": "Scanners", "type": "closed", "population": 10, "think_time": 5,
  "demands": [{"station": "web", "visits": 1, "service_time": 0.05}]}],
"profiles": [{"class": "orders", "bucket_minutes": 360, "multipliers": [0.5, 1, 1.5, 0.25]}],
"scenarios": [{"id": "peak", "name": "Peak", "class_scale": {"orders": 2}, "station_overrides": {"web": {"servers": 17}},
  "target": true}],
"checklist": "odoo-hosting",
"hosting_questionnaire": {"q1": "yes"},
"answers": [{"item": "backups", "status": "met", "evidence": ["ev1"], "answered_at": "2024-05-03T10:00:00Z"}],
"evidence": [{"id": "ev1", "file_name": "a.txt", "data": "aGVsbG8="}]
})";

QByteArray patched(const QByteArray &from, const QByteArray &to)
{
    QByteArray doc(kBase);
    if (!from.isEmpty()) {
        const qsizetype at = doc.indexOf(from);
        if (at < 0)
            qFatal("test data: %s not in the base document", from.constData());
        doc.replace(at, from.size(), to);
    }
    return doc;
}

} // namespace

class TestJsonCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void baseDocumentReads();
    void richRoundTrip();
    void canonicalIsByteIdentical_data();
    void canonicalIsByteIdentical();
    void canonicalLayout();
    void omitsAbsentOptionalFields();
    void unknownKeysKept();
    void typeErrorsNameTheField_data();
    void typeErrorsNameTheField();
    void nonFiniteRefused_data();
    void nonFiniteRefused();
    void parseErrorGivesLine();
    void stringEscapes();
    void numbersShortestRoundTrip_data();
    void numbersShortestRoundTrip();
};

void TestJsonCodec::baseDocumentReads()
{
    const Result<Review> r = reviewFromJson(kBase);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->name, QStringLiteral("Base"));
    QCOMPARE(r->stations.size(), size_t(3));
    QCOMPARE(r->stations[2].discipline, Discipline::Delay);
    QCOMPARE(r->stations[2].servers, 1); // servers may be left out on a delay station
    QCOMPARE(r->stations[0].x, 1.0);
    QCOMPARE(r->classes[0].demands[1].visits, std::optional<double>());
    QCOMPARE(r->classes[1].population, std::optional<int>(10));
    QCOMPARE(r->profiles[0].multipliers.size(), size_t(4));
    QCOMPARE(r->scenarios[0].stationOverrides.value(QStringLiteral("web")).value(QStringLiteral("servers")).toInt(), 17);
    QCOMPARE(r->answers[0].answeredAt, QDateTime(QDate(2024, 5, 3), QTime(10, 0), Qt::UTC));
    QCOMPARE(r->evidence[0].data, QByteArray("hello"));
    QCOMPARE(r->meta.startDate, QDate(2024, 5, 1));
    QVERIFY(r->extra.isEmpty());
}

void TestJsonCodec::richRoundTrip()
{
    const Review original = richReview();
    const QByteArray json = reviewToJson(original);
    const Result<Review> back = reviewFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    // Field groups first, so that a failure says where.
    QCOMPARE(back->name, original.name);
    QVERIFY(back->meta == original.meta);
    QCOMPARE(back->stations.size(), original.stations.size());
    for (size_t i = 0; i < original.stations.size(); ++i)
        QVERIFY2(back->stations[i] == original.stations[i], qPrintable(original.stations[i].id));
    QVERIFY(back->links == original.links);
    QVERIFY(back->classes == original.classes);
    QVERIFY(back->profiles == original.profiles);
    QVERIFY(back->scenarios == original.scenarios);
    QVERIFY(back->answers == original.answers);
    QCOMPARE(back->evidence[0].data, original.evidence[0].data);
    QVERIFY(back->evidence == original.evidence);
    QCOMPARE(back->hostingAnswers, original.hostingAnswers);
    QCOMPARE(back->extra, original.extra);
    QVERIFY(*back == original);
    QCOMPARE(reviewToJson(*back), json);
}

void TestJsonCodec::canonicalIsByteIdentical_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("rich hand-built review") << reviewToJson(richReview());
    QTest::newRow("compact base document") << QByteArray(kBase);
    QTest::newRow("unknown keys everywhere")
        << patched(R"("name": "Base",)", R"("name": "Base", "zz_top": {"b": [1, "two", null, false], "a": 1e300},)");
    QTest::newRow("integer beyond 2^53 in an extra")
        << patched(R"("name": "Base",)", R"("name": "Base", "x_big": 9007199254740993,)");
    QTest::newRow("numbers with exponents")
        << patched(R"("arrival_rate": 2.5)", R"("arrival_rate": 1.5e-7)");
    QTest::newRow("date-time with offset and milliseconds")
        << patched(R"("2024-05-03T10:00:00Z")", R"("2024-05-03T12:00:00.125+02:00")");
    QTest::newRow("empty review") << reviewToJson(Review{});
}

void TestJsonCodec::canonicalIsByteIdentical()
{
    QFETCH(QByteArray, input);
    const Result<Review> first = reviewFromJson(input);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    const QByteArray canonical = reviewToJson(*first);
    const Result<Review> second = reviewFromJson(canonical);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
    QCOMPARE(reviewToJson(*second), canonical);
    QVERIFY(*second == *first);
}

void TestJsonCodec::canonicalLayout()
{
    Review r;
    r.name = QStringLiteral("Tiny");
    Station s;
    s.id = QStringLiteral("q");
    s.name = QStringLiteral("Q");
    s.servers = 2;
    s.extra.insert(QStringLiteral("b_extra"), 1);
    s.extra.insert(QStringLiteral("a_extra"), QJsonArray{1, 2});
    r.stations.push_back(s);
    WorkloadClass c;
    c.id = QStringLiteral("c");
    c.name = QStringLiteral("C");
    c.arrivalRate = 0.1;
    c.demands.push_back(Demand{QStringLiteral("q"), 1.0, 0.25, {}});
    r.classes.push_back(c);
    Profile p;
    p.classId = QStringLiteral("c");
    p.bucketMinutes = 720;
    p.multipliers = {0.2, 1.75};
    r.profiles.push_back(p);
    r.extra.insert(QStringLiteral("zeta"), QStringLiteral("z"));

    const QByteArray expected = R"({
  "format": "hostreview-model",
  "version": 1,
  "name": "Tiny",
  "stations": [
    {
      "id": "q",
      "name": "Q",
      "kind": "generic",
      "discipline": "queue",
      "servers": 2,
      "a_extra": [1, 2],
      "b_extra": 1
    }
  ],
  "classes": [
    {
      "id": "c",
      "name": "C",
      "type": "open",
      "arrival_rate": 0.1,
      "demands": [
        {
          "station": "q",
          "visits": 1,
          "service_time": 0.25
        }
      ]
    }
  ],
  "profiles": [
    {
      "class": "c",
      "bucket_minutes": 720,
      "multipliers": [0.2, 1.75]
    }
  ],
  "zeta": "z"
}
)";
    QCOMPARE(reviewToJson(r), expected);
}

void TestJsonCodec::omitsAbsentOptionalFields()
{
    const QByteArray json = reviewToJson(Review{});
    QCOMPARE(json, QByteArray("{\n  \"format\": \"hostreview-model\",\n  \"version\": 1,\n  \"name\": \"\",\n"
                              "  \"stations\": [],\n  \"classes\": []\n}\n"));
}

void TestJsonCodec::unknownKeysKept()
{
    QByteArray doc = patched(R"("name": "Base",)", R"("name": "Base", "x_doc": 1,)");
    auto patch = [&doc](const QByteArray &from, const QByteArray &to) {
        const qsizetype at = doc.indexOf(from);
        QVERIFY2(at >= 0, from.constData());
        doc.replace(at, from.size(), to);
    };
    patch(R"("client": "ACME")", R"("client": "ACME", "x_meta": 2)");
    patch(R"("servers": 8})", R"("servers": 8, "x_station": 3})");
    patch(R"("calls": {"orders": 3})", R"("calls": {"orders": 3}, "x_link": 4)");
    patch(R"("provenance": "estimated",)", R"("provenance": "estimated", "x_class": 5,)");
    patch(R"("service_time": 0.002})", R"("service_time": 0.002, "x_demand": 6})");
    patch(R"("multipliers": [0.5, 1, 1.5, 0.25])", R"("multipliers": [0.5, 1, 1.5, 0.25], "x_profile": 7)");
    patch(R"("target": true)", R"("target": true, "x_scenario": 8)");
    patch(R"("status": "met",)", R"("status": "met", "x_answer": 9,)");
    patch(R"("data": "aGVsbG8=")", R"("data": "aGVsbG8=", "x_evidence": 10)");

    const Result<Review> r = reviewFromJson(doc);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->extra.value(QStringLiteral("x_doc")).toInt(), 1);
    QCOMPARE(r->meta.extra.value(QStringLiteral("x_meta")).toInt(), 2);
    QCOMPARE(r->stations[1].extra.value(QStringLiteral("x_station")).toInt(), 3);
    QCOMPARE(r->links[0].extra.value(QStringLiteral("x_link")).toInt(), 4);
    QCOMPARE(r->classes[0].extra.value(QStringLiteral("x_class")).toInt(), 5);
    QCOMPARE(r->classes[0].demands[1].extra.value(QStringLiteral("x_demand")).toInt(), 6);
    QCOMPARE(r->profiles[0].extra.value(QStringLiteral("x_profile")).toInt(), 7);
    QCOMPARE(r->scenarios[0].extra.value(QStringLiteral("x_scenario")).toInt(), 8);
    QCOMPARE(r->answers[0].extra.value(QStringLiteral("x_answer")).toInt(), 9);
    QCOMPARE(r->evidence[0].extra.value(QStringLiteral("x_evidence")).toInt(), 10);
    const QByteArray out = reviewToJson(*r);
    for (const char *key : {"x_doc", "x_meta", "x_station", "x_link", "x_class", "x_demand", "x_profile", "x_scenario",
                            "x_answer", "x_evidence"})
        QVERIFY2(out.contains(QByteArray("\"") + key + "\": "), key);
}

void TestJsonCodec::typeErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    QTest::newRow("servers as a string") << patched(R"("servers": 8)", R"("servers": "8")")
                                         << "stations[pg].servers" << R"(expected an integer, got "8")";
    QTest::newRow("servers fractional") << patched(R"("servers": 8)", R"("servers": 8.5)") << "stations[pg].servers"
                                        << "expected an integer, got 8.5";
    QTest::newRow("servers missing on a queue") << patched(R"(, "servers": 8)", "") << "stations[pg].servers"
                                                << "missing (required)";
    QTest::newRow("servers beyond int") << patched(R"("servers": 8)", R"("servers": 1e12)") << "stations[pg].servers"
                                        << "integer out of range, got 1000000000000";
    QTest::newRow("station name a number") << patched(R"("name": "PG")", R"("name": 5)") << "stations[pg].name"
                                           << "expected a string, got 5";
    QTest::newRow("station id invalid: named by index") << patched(R"("name": "PG")", R"("name": null)")
                                                            .replace(R"("id": "pg")", R"("id": "p g")")
                                                        << "stations[1].name" << "expected a string, got null";
    QTest::newRow("discipline unknown") << patched(R"("discipline": "delay")", R"("discipline": "infinite")")
                                        << "stations[ext].discipline" << R"(expected "queue" or "delay", got "infinite")";
    QTest::newRow("position x text") << patched(R"("x": 1)", R"("x": "1")") << "stations[web].position.x"
                                     << R"(expected a number, got "1")";
    QTest::newRow("position unknown key") << patched(R"("y": 2)", R"("y": 2, "z": 3)") << "stations[web].position.z"
                                          << "unknown key (a position has x and y only)";
    QTest::newRow("properties a list") << patched(R"("properties": {"cpu_cores": 4})", R"("properties": [4])")
                                       << "stations[web].properties" << "expected an object, got a list";
    QTest::newRow("stations an object") << patched(R"("stations": [)", R"("stations": {"a": [)").replace(
        R"("discipline": "delay"}],)", R"("discipline": "delay"}]},)")
                                        << "stations" << "expected a list, got an object";
    QTest::newRow("station not an object") << patched(R"({"id": "ext", "name": "EDI", "kind": "external-system", "discipline": "delay"})", "42")
                                           << "stations[2]" << "expected an object, got 42";
    QTest::newRow("link from missing") << patched(R"("from": "web", )", "") << "links[0].from" << "missing (required)";
    QTest::newRow("link calls text") << patched(R"("calls": {"orders": 3})", R"("calls": {"orders": "3"})")
                                     << "links[0].calls[orders]" << R"(expected a number, got "3")";
    QTest::newRow("class type unknown") << patched(R"("type": "open")", R"("type": "batch")") << "classes[orders].type"
                                        << R"(expected "open" or "closed", got "batch")";
    QTest::newRow("arrival_rate bool") << patched(R"("arrival_rate": 2.5)", R"("arrival_rate": true)")
                                       << "classes[orders].arrival_rate" << "expected a number, got true";
    QTest::newRow("population fractional") << patched(R"("population": 10)", R"("population": 2.5)")
                                           << "classes[scan].population" << "expected an integer, got 2.5";
    QTest::newRow("think_time text") << patched(R"("think_time": 5)", R"("think_time": "5 s")")
                                     << "classes[scan].think_time" << R"(expected a number, got "5 s")";
    QTest::newRow("demands missing") << patched(R"(,
  "demands": [{"station": "web", "visits": 1, "service_time": 0.12}, {"station": "pg", "service_time": 0.002}])", "")
                                     << "classes[orders].demands" << "missing (required)";
    QTest::newRow("service_time text") << patched(R"("service_time": 0.002)", R"("service_time": "2 ms")")
                                       << "classes[orders].demands[1].service_time" << R"(expected a number, got "2 ms")";
    QTest::newRow("class named by index") << patched(R"("service_time": 0.002)", R"("service_time": [])")
                                                 .replace(R"("id": "orders")", R"("id": 7)")
                                          << "classes[0].id" << "expected a string, got 7";
    QTest::newRow("demand index, class by id") << patched(R"("service_time": 0.05)", R"("service_time": {})")
                                               << "classes[scan].demands[0].service_time" << "expected a number, got an object";
    QTest::newRow("visits null") << patched(R"("visits": 1, "service_time": 0.12)", R"("visits": null, "service_time": 0.12)")
                                 << "classes[orders].demands[0].visits" << "expected a number, got null";
    QTest::newRow("provenance unknown") << patched(R"("provenance": "estimated")", R"("provenance": "guessed")")
                                        << "classes[orders].provenance" << R"(expected "estimated" or "measured", got "guessed")";
    QTest::newRow("bucket_minutes text") << patched(R"("bucket_minutes": 360)", R"("bucket_minutes": "360")")
                                         << "profiles[orders].bucket_minutes" << R"(expected an integer, got "360")";
    QTest::newRow("multiplier text") << patched(R"([0.5, 1, 1.5, 0.25])", R"([0.5, 1, 1.5, "x"])")
                                     << "profiles[orders].multipliers[3]" << R"(expected a number, got "x")";
    QTest::newRow("class_scale text") << patched(R"("class_scale": {"orders": 2})", R"("class_scale": {"orders": "2x"})")
                                      << "scenarios[peak].class_scale[orders]" << R"(expected a number, got "2x")";
    QTest::newRow("override not an object") << patched(R"({"web": {"servers": 17}})", R"({"web": 17})")
                                            << "scenarios[peak].station_overrides[web]" << "expected an object, got 17";
    QTest::newRow("target text") << patched(R"("target": true)", R"("target": "yes")") << "scenarios[peak].target"
                                 << R"(expected true or false, got "yes")";
    QTest::newRow("answer status unknown") << patched(R"("status": "met")", R"("status": "done")")
                                           << "answers[backups].status"
                                           << R"(expected "met", "partly", "not-met", "n/a" or "not-assessed", got "done")";
    QTest::newRow("answer evidence id a number") << patched(R"("evidence": ["ev1"])", R"("evidence": [1])")
                                                 << "answers[backups].evidence[0]" << "expected a string, got 1";
    QTest::newRow("answered_at without zone") << patched(R"("2024-05-03T10:00:00Z")", R"("2024-05-03T10:00:00")")
                                              << "answers[backups].answered_at"
                                              << R"(expected an ISO 8601 date-time such as 2024-05-31T14:03:00Z, got "2024-05-03T10:00:00")";
    QTest::newRow("evidence data not base64") << patched(R"("aGVsbG8=")", R"("not base64!")") << "evidence[ev1].data"
                                              << "expected base64 data";
    QTest::newRow("start_date not a date") << patched(R"("2024-05-01")", R"("01/05/2024")") << "review.start_date"
                                           << R"(expected a date YYYY-MM-DD, got "01/05/2024")";
    QTest::newRow("start_date impossible") << patched(R"("2024-05-01")", R"("2024-02-30")") << "review.start_date"
                                           << R"(expected a date YYYY-MM-DD, got "2024-02-30")";
    QTest::newRow("reviewers a string") << patched(R"(["Ann"])", R"("Ann")") << "review.reviewers"
                                        << R"(expected a list, got "Ann")";
    QTest::newRow("questionnaire a list") << patched(R"({"q1": "yes"})", R"(["yes"])") << "hosting_questionnaire"
                                          << "expected an object, got a list";
    QTest::newRow("checklist a number") << patched(R"("odoo-hosting")", "3") << "checklist" << "expected a string, got 3";
    QTest::newRow("name missing") << patched(R"("name": "Base",)", "") << "name" << "missing (required)";
    QTest::newRow("format wrong") << patched(R"("hostreview-model")", R"("other-model")") << "format"
                                  << R"(expected "hostreview-model", got "other-model")";
    QTest::newRow("format missing") << patched(R"("format": "hostreview-model",)", "") << "format"
                                    << "missing: not a hostreview-model document";
    QTest::newRow("version newer") << patched(R"("version": 1)", R"("version": 2)") << "version"
                                   << "version 2 is newer than this program reads (up to 1): update hostreview";
    QTest::newRow("version text") << patched(R"("version": 1)", R"("version": "1")") << "version"
                                  << R"(expected an integer, got "1")";
    QTest::newRow("version zero") << patched(R"("version": 1)", R"("version": 0)") << "version" << "expected 1, got 0";
    QTest::newRow("top level a list") << QByteArray("[1, 2]") << ""
                                      << "not a hostreview-model document: the top level is not a JSON object";
}

void TestJsonCodec::typeErrorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<Review> r = reviewFromJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, where);
    QCOMPARE(r.error().message, message);
}

void TestJsonCodec::nonFiniteRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("1e999") << patched(R"("arrival_rate": 2.5)", R"("arrival_rate": 1e999)");
    QTest::newRow("-1e999") << patched(R"("service_time": 0.12)", R"("service_time": -1e999)");
    QTest::newRow("NaN") << patched(R"("arrival_rate": 2.5)", R"("arrival_rate": NaN)");
    QTest::newRow("Infinity") << patched(R"("think_time": 5)", R"("think_time": Infinity)");
    QTest::newRow("-Infinity in an extra") << patched(R"("name": "Base",)", R"("name": "Base", "x": -Infinity,)");
    QTest::newRow("1e999 in a multiplier") << patched(R"([0.5, 1, 1.5, 0.25])", R"([0.5, 1e999, 1.5, 0.25])");
    QTest::newRow("1e999 in properties") << patched(R"({"cpu_cores": 4})", R"({"cpu_cores": 4e999})");
}

void TestJsonCodec::nonFiniteRefused()
{
    QFETCH(QByteArray, json);
    const Result<Review> r = reviewFromJson(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("line ")) || r.error().message.contains(QStringLiteral("finite")),
             qPrintable(r.error().toString()));
}

void TestJsonCodec::parseErrorGivesLine()
{
    const QByteArray json = "{\n  \"format\": \"hostreview-model\",\n  \"version\": 1,\n  \"name\": \"x\"\n  \"stations\": []\n}\n";
    const Result<Review> r = reviewFromJson(json);
    QVERIFY(!r.ok());
    QVERIFY(r.error().where.isEmpty());
    QVERIFY2(r.error().message.startsWith(QStringLiteral("not valid JSON at line 5, column ")),
             qPrintable(r.error().message));
}

void TestJsonCodec::stringEscapes()
{
    Review r;
    r.name = QString::fromUtf8("q\"b\\s/\n\r\t\b\f") + QChar(0x01) + QChar(0x1f) + QChar(0x7f) + QString::fromUtf8("é東😀");
    const QByteArray json = reviewToJson(r);
    QVERIFY2(json.contains(QByteArray("\"name\": \"q\\\"b\\\\s/\\n\\r\\t\\b\\f\\u0001\\u001f\x7f") + "é東😀" + "\""),
             json.constData());
    const Result<Review> back = reviewFromJson(json);
    QVERIFY(back.ok());
    QCOMPARE(back->name, r.name);
}

void TestJsonCodec::numbersShortestRoundTrip_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::newRow("integral") << 3.0 << QByteArray("3");
    QTest::newRow("negative zero") << -0.0 << QByteArray("0");
    QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
    QTest::newRow("1/3") << 1.0 / 3.0 << QByteArray("0.3333333333333333");
    QTest::newRow("1e-5") << 1e-5 << QByteArray("1e-05");
    QTest::newRow("1e300") << 1e300 << QByteArray("1e+300");
    QTest::newRow("smallest subnormal") << std::numeric_limits<double>::denorm_min() << QByteArray("5e-324");
}

void TestJsonCodec::numbersShortestRoundTrip()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    Review r;
    WorkloadClass c;
    c.id = QStringLiteral("c");
    c.name = QStringLiteral("C");
    c.arrivalRate = value;
    r.classes.push_back(c);
    const QByteArray json = reviewToJson(r);
    QVERIFY2(json.contains("\"arrival_rate\": " + text + ",\n"), json.constData());
    const Result<Review> back = reviewFromJson(json);
    if (value != 0 && std::fabs(value) < 1e-300)
        QSKIP("Qt 6.4's JSON parser refuses subnormal numbers");
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(*back->classes[0].arrivalRate, value);
}

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
