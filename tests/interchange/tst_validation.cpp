#include "core/model/validation.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace hostreview::core;

using Mutation = std::function<void(Review &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

Station station(const QString &id, const QString &kind, int servers, Discipline discipline = Discipline::Queue)
{
    Station s;
    s.id = id;
    s.name = id.toUpper();
    s.kind = kind;
    s.servers = servers;
    s.discipline = discipline;
    return s;
}

/** A valid review with something in every list: traefik → odoo-http → pgbouncer → pg, an EDI partner. */
Review validReview()
{
    Review r;
    r.name = QStringLiteral("Valid");
    r.stations.push_back(station(QStringLiteral("traefik"), QStringLiteral("traefik"), 4));
    Station web = station(QStringLiteral("web"), QStringLiteral("odoo-http"), 9);
    web.properties.insert(QStringLiteral("cpu_cores"), 4);
    web.properties.insert(QStringLiteral("limit_time_real"), 120.5);
    r.stations.push_back(web);
    Station bouncer = station(QStringLiteral("bouncer"), QStringLiteral("pgbouncer"), 1);
    bouncer.properties.insert(QStringLiteral("pool_mode"), QStringLiteral("transaction"));
    r.stations.push_back(bouncer);
    r.stations.push_back(station(QStringLiteral("pg"), QStringLiteral("postgresql-primary"), 8));
    r.stations.push_back(station(QStringLiteral("ext"), QStringLiteral("external-system"), 0, Discipline::Delay));

    auto link = [](const char *from, const char *to, double calls) {
        Link l;
        l.from = QString::fromLatin1(from);
        l.to = QString::fromLatin1(to);
        l.calls.insert(QStringLiteral("orders"), calls);
        return l;
    };
    r.links = {link("traefik", "web", 1), link("web", "bouncer", 3), link("bouncer", "pg", 1)};

    WorkloadClass orders;
    orders.id = QStringLiteral("orders");
    orders.name = QStringLiteral("Orders");
    orders.arrivalRate = 6.5;
    orders.entry = QStringLiteral("traefik");
    orders.demands = {Demand{QStringLiteral("traefik"), 1.0, 0.0004, {}}, Demand{QStringLiteral("web"), 1.0, 0.12, {}},
                      Demand{QStringLiteral("pg"), std::nullopt, 0.0015, {}}};
    orders.targetResponseTime = 1.0;
    r.classes.push_back(orders);

    WorkloadClass scan;
    scan.id = QStringLiteral("scan");
    scan.name = QStringLiteral("Scanners");
    scan.type = ClassType::Closed;
    scan.population = 40;
    scan.thinkTime = 0;
    scan.demands = {Demand{QStringLiteral("web"), 1.0, 0.05, {}}, Demand{QStringLiteral("ext"), 0.0, 0.3, {}}};
    r.classes.push_back(scan);

    Profile p;
    p.classId = QStringLiteral("orders");
    p.bucketMinutes = 60;
    p.multipliers.assign(24, 1.0);
    p.multipliers[3] = 0.0;
    r.profiles.push_back(p);

    Scenario s;
    s.id = QStringLiteral("peak");
    s.name = QStringLiteral("Peak");
    s.classScale.insert(QStringLiteral("orders"), 2.5);
    s.stationOverrides.insert(QStringLiteral("web"),
                              QJsonObject{{QStringLiteral("servers"), 24}, {QStringLiteral("discipline"), QStringLiteral("queue")}});
    s.target = true;
    r.scenarios.push_back(s);

    ChecklistAnswer a;
    a.itemId = QStringLiteral("backups");
    a.status = AnswerStatus::Met;
    a.evidenceIds = {QStringLiteral("ev1")};
    r.answers.push_back(a);
    EvidenceFile e;
    e.id = QStringLiteral("ev1");
    e.data = "crontab";
    r.evidence.push_back(e);
    return r;
}

QString dump(const std::vector<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

} // namespace

class TestValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validReviewHasNoProblems();
    void rules_data();
    void rules();
    void allProblemsAtOnce();
    void ids_data();
    void ids();
};

void TestValidation::validReviewHasNoProblems()
{
    const std::vector<Problem> problems = validate(validReview());
    QVERIFY2(problems.empty(), qPrintable(dump(problems)));
}

void TestValidation::rules_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, Mutation m, bool isError, const char *where, const QString &message) {
        QTest::newRow(name) << m << isError << QString::fromUtf8(where) << message;
    };
    const bool E = true;
    const bool W = false;

    // Document and ids.
    row("document name empty", [](Review &r) { r.name.clear(); }, E, "name", "must not be empty");
    row("station id invalid", [](Review &r) { r.stations.push_back(station(QStringLiteral("bad id"), "generic", 1)); }, E,
        "stations[5].id", R"("bad id" is not a valid id (1 to 64 of A-Z a-z 0-9 _ . -))");
    row("station id too long", [](Review &r) { r.stations.push_back(station(QString(65, QLatin1Char('a')), "generic", 1)); },
        E, "stations[5].id", QStringLiteral("\"%1\" is not a valid id (1 to 64 of A-Z a-z 0-9 _ . -)").arg(QString(65, QLatin1Char('a'))));
    row("station id duplicate", [](Review &r) { r.stations.push_back(station(QStringLiteral("pg"), "generic", 1)); }, E,
        "stations[5].id", R"(duplicate id "pg" (also stations[3]))");

    // Stations.
    row("station name empty", [](Review &r) { r.stations[1].name = QStringLiteral("  "); }, E, "stations[web].name",
        "must not be empty");
    row("queue servers 0", [](Review &r) { r.stations[3].servers = 0; }, E, "stations[pg].servers",
        "must be an integer ≥ 1 for a queue station, got 0");
    row("unknown kind", [](Review &r) { r.stations[3].kind = QStringLiteral("mainframe"); }, W, "stations[pg].kind",
        R"(unknown kind "mainframe": treated as a generic station)");
    row("property wrong type",
        [](Review &r) { r.stations[1].properties.insert(QStringLiteral("cpu_cores"), QStringLiteral("4")); }, E,
        "stations[web].properties.cpu_cores", R"(expected an integer, got "4")");
    row("integer property fractional", [](Review &r) { r.stations[1].properties.insert(QStringLiteral("cpu_cores"), 4.5); },
        E, "stations[web].properties.cpu_cores", "expected an integer, got 4.5");
    row("property below minimum", [](Review &r) { r.stations[1].properties.insert(QStringLiteral("cpu_cores"), 0); }, E,
        "stations[web].properties.cpu_cores", "must be between 1 and 4096 cores, got 0");
    row("number property text",
        [](Review &r) { r.stations[1].properties.insert(QStringLiteral("limit_time_real"), true); }, E,
        "stations[web].properties.limit_time_real", "expected a number, got true");
    row("choice not offered",
        [](Review &r) { r.stations[2].properties.insert(QStringLiteral("pool_mode"), QStringLiteral("pipelined")); }, E,
        "stations[bouncer].properties.pool_mode",
        R"(expected one of "session", "transaction", "statement", got "pipelined")");
    row("text property a number",
        [](Review &r) {
            r.stations.push_back(station(QStringLiteral("redis"), "redis", 1));
            r.stations.back().properties.insert(QStringLiteral("eviction_policy"), 3);
        },
        E, "stations[redis].properties.eviction_policy", "expected a string, got 3");
    row("unknown property", [](Review &r) { r.stations[1].properties.insert(QStringLiteral("colour"), 1); }, W,
        "stations[web].properties.colour", R"(unknown property for a "odoo-http" station)");
    row("single-threaded with servers", [](Review &r) { r.stations[2].servers = 4; }, W, "stations[bouncer].servers",
        "PgBouncer is single-threaded: one instance serves one request at a time, got 4 servers (model several "
        "instances as several stations)");
    row("position not finite", [](Review &r) { r.stations[1].x = kNaN; }, E, "stations[web].position",
        "must be finite numbers");

    // Links.
    row("link from unknown", [](Review &r) { r.links[0].from = QStringLiteral("nowhere"); }, E, "links[0].from",
        R"(no station "nowhere")");
    row("link to unknown", [](Review &r) { r.links[2].to = QStringLiteral("nowhere"); }, E, "links[2].to",
        R"(no station "nowhere")");
    row("link calls unknown class", [](Review &r) { r.links[1].calls.insert(QStringLiteral("ghost"), 1); }, E,
        "links[1].calls[ghost]", R"(no class "ghost")");
    row("link calls negative", [](Review &r) { r.links[1].calls[QStringLiteral("orders")] = -1; }, E,
        "links[1].calls[orders]", "must be ≥ 0, got -1");
    row("link calls NaN", [](Review &r) { r.links[1].calls[QStringLiteral("orders")] = kNaN; }, E,
        "links[1].calls[orders]", "must be a finite number, got NaN");
    row("link duplicate", [](Review &r) { r.links.push_back(r.links[1]); }, E, "links[3]",
        R"(duplicate link "web" → "bouncer" (also links[1]))");

    // Classes.
    row("class id duplicate", [](Review &r) { r.classes.push_back(r.classes[1]); }, E, "classes[2].id",
        R"(duplicate id "scan" (also classes[1]))");
    row("class name empty", [](Review &r) { r.classes[0].name.clear(); }, E, "classes[orders].name", "must not be empty");
    row("open without arrival_rate", [](Review &r) { r.classes[0].arrivalRate.reset(); }, E,
        "classes[orders].arrival_rate", "required for an open class");
    row("open arrival_rate 0", [](Review &r) { r.classes[0].arrivalRate = 0; }, E, "classes[orders].arrival_rate",
        "must be > 0, got 0");
    row("open arrival_rate infinite", [](Review &r) { r.classes[0].arrivalRate = kInf; }, E,
        "classes[orders].arrival_rate", "must be a finite number, got infinity");
    row("open with population", [](Review &r) { r.classes[0].population = 5; }, E, "classes[orders].population",
        R"(an open class has no population (did you mean type "closed"?))");
    row("open with think_time", [](Review &r) { r.classes[0].thinkTime = 5; }, W, "classes[orders].think_time",
        "ignored for an open class");
    row("closed without population", [](Review &r) { r.classes[1].population.reset(); }, E, "classes[scan].population",
        "required for a closed class");
    row("closed population 0", [](Review &r) { r.classes[1].population = 0; }, E, "classes[scan].population",
        "must be an integer ≥ 1, got 0");
    row("closed without think_time", [](Review &r) { r.classes[1].thinkTime.reset(); }, E, "classes[scan].think_time",
        "required for a closed class (0 for none)");
    row("closed think_time negative", [](Review &r) { r.classes[1].thinkTime = -1; }, E, "classes[scan].think_time",
        "must be ≥ 0, got -1");
    row("closed with arrival_rate", [](Review &r) { r.classes[1].arrivalRate = 2; }, E, "classes[scan].arrival_rate",
        R"(a closed class has no arrival rate (did you mean type "open"?))");
    row("demand unknown station", [](Review &r) { r.classes[0].demands[0].station = QStringLiteral("ghost"); }, E,
        "classes[orders].demands[0].station", R"(no station "ghost")");
    row("service_time 0", [](Review &r) { r.classes[0].demands[1].serviceTime = 0; }, E,
        "classes[orders].demands[1].service_time", "must be > 0, got 0");
    row("service_time NaN", [](Review &r) { r.classes[1].demands[0].serviceTime = kNaN; }, E,
        "classes[scan].demands[0].service_time", "must be a finite number, got NaN");
    row("visits negative", [](Review &r) { r.classes[0].demands[0].visits = -0.5; }, E,
        "classes[orders].demands[0].visits", "must be ≥ 0, got -0.5");
    row("demand station twice", [](Review &r) { r.classes[0].demands.push_back(r.classes[0].demands[1]); }, E,
        "classes[orders].demands[3].station", R"(station "web" already has a demand in this class (demands[1]))");
    row("entry required", [](Review &r) { r.classes[0].entry.clear(); }, E, "classes[orders].entry",
        "required: a demand leaves out visits, so they come from the links starting at the entry station");
    row("entry unknown", [](Review &r) { r.classes[1].entry = QStringLiteral("ghost"); }, E, "classes[scan].entry",
        R"(no station "ghost")");
    row("no demands", [](Review &r) { r.classes[1].demands.clear(); }, W, "classes[scan].demands",
        "no demands: the class loads no station");
    row("target_response_time 0", [](Review &r) { r.classes[0].targetResponseTime = 0; }, E,
        "classes[orders].target_response_time", "must be > 0, got 0");

    // Profiles.
    row("profile unknown class", [](Review &r) { r.profiles[0].classId = QStringLiteral("ghost"); }, E,
        "profiles[ghost].class", R"(no class "ghost")");
    row("profile duplicate", [](Review &r) { r.profiles.push_back(r.profiles[0]); }, E, "profiles[1].class",
        R"(class "orders" already has a profile (profiles[0]))");
    row("bucket not dividing a day", [](Review &r) { r.profiles[0].bucketMinutes = 7; }, E,
        "profiles[orders].bucket_minutes", "must be > 0 and divide 1440 (a day), got 7");
    row("bucket 0", [](Review &r) { r.profiles[0].bucketMinutes = 0; }, E, "profiles[orders].bucket_minutes",
        "must be > 0 and divide 1440 (a day), got 0");
    row("multiplier count", [](Review &r) { r.profiles[0].multipliers.pop_back(); }, E, "profiles[orders].multipliers",
        "expected 24 multipliers (1440 / 60 minutes), got 23");
    row("multiplier negative", [](Review &r) { r.profiles[0].multipliers[5] = -1; }, E,
        "profiles[orders].multipliers[5]", "must be ≥ 0, got -1");
    row("multiplier infinite", [](Review &r) { r.profiles[0].multipliers[6] = kInf; }, E,
        "profiles[orders].multipliers[6]", "must be a finite number, got infinity");
    row("profiles disagree on buckets",
        [](Review &r) {
            Profile p;
            p.classId = QStringLiteral("scan");
            p.bucketMinutes = 30;
            p.multipliers.assign(48, 1.0);
            r.profiles.push_back(p);
        },
        E, "profiles[scan].bucket_minutes", "all profiles share one bucket size: 30 here, 60 in profiles[orders]");

    // Scenarios.
    row("scenario named baseline", [](Review &r) { r.scenarios[0].id = baselineScenarioId(); }, E, "scenarios[0].id",
        R"("baseline" is the implicit scenario without changes: choose another id)");
    row("scenario id duplicate", [](Review &r) { r.scenarios.push_back(r.scenarios[0]); r.scenarios[1].target = false; },
        E, "scenarios[1].id", R"(duplicate id "peak" (also scenarios[0]))");
    row("scenario id invalid", [](Review &r) { r.scenarios[0].id = QStringLiteral("peak day"); }, E, "scenarios[0].id",
        R"("peak day" is not a valid id (1 to 64 of A-Z a-z 0-9 _ . -))");
    row("scenario name empty", [](Review &r) { r.scenarios[0].name.clear(); }, E, "scenarios[peak].name",
        "must not be empty");
    row("class_scale unknown class", [](Review &r) { r.scenarios[0].classScale.insert(QStringLiteral("ghost"), 2); }, E,
        "scenarios[peak].class_scale[ghost]", R"(no class "ghost")");
    row("class_scale negative", [](Review &r) { r.scenarios[0].classScale[QStringLiteral("orders")] = -2; }, E,
        "scenarios[peak].class_scale[orders]", "must be ≥ 0, got -2");
    row("override unknown station",
        [](Review &r) { r.scenarios[0].stationOverrides.insert(QStringLiteral("ghost"), QJsonObject{}); }, E,
        "scenarios[peak].station_overrides[ghost]", R"(no station "ghost")");
    row("override servers 0",
        [](Review &r) { r.scenarios[0].stationOverrides[QStringLiteral("web")].insert(QStringLiteral("servers"), 0); }, E,
        "scenarios[peak].station_overrides[web].servers", "must be an integer ≥ 1, got 0");
    row("override servers fractional",
        [](Review &r) { r.scenarios[0].stationOverrides[QStringLiteral("web")].insert(QStringLiteral("servers"), 2.5); },
        E, "scenarios[peak].station_overrides[web].servers", "must be an integer ≥ 1, got 2.5");
    row("override servers text",
        [](Review &r) {
            r.scenarios[0].stationOverrides[QStringLiteral("web")].insert(QStringLiteral("servers"), QStringLiteral("24"));
        },
        E, "scenarios[peak].station_overrides[web].servers", R"(must be an integer ≥ 1, got "24")");
    row("override discipline unknown",
        [](Review &r) {
            r.scenarios[0].stationOverrides[QStringLiteral("web")].insert(QStringLiteral("discipline"), QStringLiteral("ps"));
        },
        E, "scenarios[peak].station_overrides[web].discipline", R"(expected "queue" or "delay", got "ps")");
    row("override unknown field",
        [](Review &r) {
            r.scenarios[0].stationOverrides[QStringLiteral("web")].insert(QStringLiteral("kind"), QStringLiteral("redis"));
        },
        E, "scenarios[peak].station_overrides[web].kind",
        "cannot be overridden (a scenario may replace servers and discipline)");
    row("override single-threaded servers",
        [](Review &r) {
            r.scenarios[0].stationOverrides.insert(QStringLiteral("bouncer"), QJsonObject{{QStringLiteral("servers"), 2}});
        },
        W, "scenarios[peak].station_overrides[bouncer].servers",
        "PgBouncer is single-threaded: more servers do not model it");
    row("two targets",
        [](Review &r) {
            r.scenarios.push_back(r.scenarios[0]);
            r.scenarios[1].id = QStringLiteral("peak2");
        },
        W, "scenarios[peak2].target", "more than one scenario is marked as the target architecture");

    // Checklist answers and evidence.
    row("answer item invalid", [](Review &r) { r.answers[0].itemId = QStringLiteral("back ups"); }, E, "answers[0].item",
        R"("back ups" is not a valid id (1 to 64 of A-Z a-z 0-9 _ . -))");
    row("answer duplicate", [](Review &r) { r.answers.push_back(r.answers[0]); }, E, "answers[1].item",
        R"(duplicate id "backups" (also answers[0]))");
    row("answer evidence unknown", [](Review &r) { r.answers[0].evidenceIds << QStringLiteral("ev9"); }, E,
        "answers[backups].evidence[1]", R"(no evidence "ev9")");
    row("evidence id duplicate", [](Review &r) { r.evidence.push_back(r.evidence[0]); }, E, "evidence[1].id",
        R"(duplicate id "ev1" (also evidence[0]))");
    row("evidence id invalid", [](Review &r) { r.evidence.push_back(r.evidence[0]); r.evidence[1].id = QStringLiteral("e/1"); },
        E, "evidence[1].id", R"("e/1" is not a valid id (1 to 64 of A-Z a-z 0-9 _ . -))");
    row("evidence over 64 MiB", [](Review &r) { r.evidence[0].data = QByteArray(64 * 1024 * 1024 + 1, 'x'); }, E,
        "evidence[ev1].data", "64.0 MiB is over the 64 MiB limit for one attachment");
}

void TestValidation::rules()
{
    QFETCH(Mutation, mutate);
    QFETCH(bool, isError);
    QFETCH(QString, where);
    QFETCH(QString, message);

    Review r = validReview();
    mutate(r);
    const std::vector<Problem> problems = validate(r);
    const auto it = std::find_if(problems.begin(), problems.end(), [&](const Problem &p) { return p.where == where; });
    QVERIFY2(it != problems.end(), qPrintable(QStringLiteral("nothing at %1; got:\n%2").arg(where, dump(problems))));
    QCOMPARE(it->message, message);
    QCOMPARE(it->severity, isError ? Severity::Error : Severity::Warning);
    QCOMPARE(hasErrors(problems), isError); // a warning alone never blocks
}

void TestValidation::allProblemsAtOnce()
{
    Review r = validReview();
    r.stations[3].servers = 0;
    r.stations[3].kind = QStringLiteral("mainframe");
    r.links[0].from = QStringLiteral("nowhere");
    r.classes[0].arrivalRate = -1;
    r.classes[1].population = 0;
    r.profiles[0].bucketMinutes = 7;
    r.scenarios[0].id = baselineScenarioId();
    r.answers[0].evidenceIds = {QStringLiteral("ev9")};
    const std::vector<Problem> problems = validate(r);

    QStringList got;
    for (const Problem &p : problems)
        got << p.toString();
    const QStringList expected = {
        QStringLiteral("error: stations[pg].servers: must be an integer ≥ 1 for a queue station, got 0"),
        QStringLiteral("warning: stations[pg].kind: unknown kind \"mainframe\": treated as a generic station"),
        QStringLiteral("error: links[0].from: no station \"nowhere\""),
        QStringLiteral("error: classes[orders].arrival_rate: must be > 0, got -1"),
        QStringLiteral("error: classes[scan].population: must be an integer ≥ 1, got 0"),
        QStringLiteral("error: profiles[orders].bucket_minutes: must be > 0 and divide 1440 (a day), got 7"),
        QStringLiteral("error: scenarios[0].id: \"baseline\" is the implicit scenario without changes: choose another id"),
        QStringLiteral("error: answers[backups].evidence[0]: no evidence \"ev9\""),
    };
    QCOMPARE(got, expected); // every problem, in document order, not only the first
}

void TestValidation::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters, digits, _ . -") << "Odoo_http.2-a" << true;
    QTest::newRow("one character") << "a" << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x')) << true;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('x')) << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("non-ASCII letter") << "café" << false;
    QTest::newRow("bracket") << "a[0]" << false;
}

void TestValidation::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isValidId(id), valid);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
