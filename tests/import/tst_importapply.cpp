#include "core/import/applyimport.h"
#include "core/import/logimport.h"
#include "core/interchange/reviewfile.h"
#include "core/model/stationkinds.h"
#include "loggen/loggen.h"

#include <QTemporaryDir>

#include <cstdio>

#include <QTest>

using namespace hostreview::core;
using namespace hostreview::core::import;

/**
 * applyImport is a pure function: the review passed in is unchanged, the returned one has the
 * measured arrival rates, service times (measured time per request ÷ visits), profiles, provenance
 * and the classification rules. Input results are built by hand so every expected number is known.
 */
class TestImportApply : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appliesMeasurements_data();
    void appliesMeasurements();
    void addsMissingClass();
    void closedClassKeepsPopulation();
    void partialDayKeepsProfile();
    void logToProjectRoundTrip_data();
    void logToProjectRoundTrip();

private:
    static Review reviewWithVisits(std::optional<double> pgVisits, double odooToPgCalls);
    static ImportResult measured(const QString &classId, double rate, double app, double db, double ingress, bool fullDay);
};

Review TestImportApply::reviewWithVisits(std::optional<double> pgVisits, double odooToPgCalls)
{
    Review r;
    r.name = QStringLiteral("apply");
    r.stations = {makeStation(QStringLiteral("traefik"), QStringLiteral("edge"), QStringLiteral("Traefik")),
                  makeStation(QStringLiteral("odoo-http"), QStringLiteral("odoo"), QStringLiteral("Odoo")),
                  makeStation(QStringLiteral("postgresql-primary"), QStringLiteral("pg"), QStringLiteral("PostgreSQL"))};
    r.links = {Link{QStringLiteral("edge"), QStringLiteral("odoo"), {{QStringLiteral("order-entry"), 1.0}}, {}},
               Link{QStringLiteral("odoo"), QStringLiteral("pg"), {{QStringLiteral("order-entry"), odooToPgCalls}}, {}}};
    WorkloadClass c;
    c.id = QStringLiteral("order-entry");
    c.name = QStringLiteral("Order entry");
    c.arrivalRate = 1.0;
    c.entry = QStringLiteral("edge");
    c.demands = {Demand{QStringLiteral("edge"), 1.0, 0.001, {}}, Demand{QStringLiteral("odoo"), 1.0, 0.5, {}},
                 Demand{QStringLiteral("pg"), pgVisits, 0.5, {}}};
    r.classes.push_back(c);
    return r;
}

ImportResult TestImportApply::measured(const QString &classId, double rate, double app, double db, double ingress, bool fullDay)
{
    ImportResult res;
    res.bucketMinutes = 60;
    res.source = QStringLiteral("access.log (traefik-json, 2026-03-02 00:00 – 2026-03-03 00:00 UTC; 10 lines)");
    res.rules = defaultClassificationRules();
    ClassMeasurement m;
    m.classId = classId;
    m.requests = 1000;
    m.meanRate = rate;
    m.app.samples = m.db.samples = m.ingress.samples = 1000;
    m.app.mean = app;
    m.db.mean = db;
    m.ingress.mean = ingress;
    if (fullDay)
        for (int s = 0; s < 24; ++s)
            m.multipliers.push_back(s < 12 ? 0.5 : 1.5);
    res.classes.push_back(m);
    return res;
}

void TestImportApply::appliesMeasurements_data()
{
    QTest::addColumn<bool>("explicitVisits");
    QTest::addColumn<double>("calls");
    QTest::addColumn<double>("visits");
    // pg visits written on the demand, or derived from the links edge→odoo (1) × odoo→pg (calls).
    QTest::newRow("explicit 4 visits") << true << 4.0 << 4.0;
    QTest::newRow("links, 5 calls") << false << 5.0 << 5.0;
    QTest::newRow("links, 0.5 calls") << false << 0.5 << 0.5;
}

void TestImportApply::appliesMeasurements()
{
    QFETCH(bool, explicitVisits);
    QFETCH(double, calls);
    QFETCH(double, visits);
    const Review before = reviewWithVisits(explicitVisits ? std::optional<double>(visits) : std::nullopt, calls);
    const Review copy = before;
    const ImportResult res = measured(QStringLiteral("order-entry"), 3.5, 0.120, 0.040, 0.0005, true);
    QStringList notes;
    const Review after = applyImport(before, res, &notes);
    QVERIFY(before == copy); // pure

    const WorkloadClass *c = after.workloadClass(QStringLiteral("order-entry"));
    QVERIFY(c);
    QCOMPARE(*c->arrivalRate, 3.5);
    QCOMPARE(c->demands[0].serviceTime, 0.0005);        // Traefik overhead
    QCOMPARE(c->demands[1].serviceTime, 0.120);         // Python time, 1 visit
    QCOMPARE(c->demands[2].serviceTime, 0.040 / visits); // SQL time per request ÷ visits
    QCOMPARE(c->demands[2].visits, before.classes[0].demands[2].visits); // structure untouched
    QCOMPARE(c->provenance, Provenance::Measured);
    QCOMPARE(c->source, res.source);

    const Profile *p = after.profile(QStringLiteral("order-entry"));
    QVERIFY(p);
    QCOMPARE(p->bucketMinutes, 60);
    QCOMPARE(int(p->multipliers.size()), 24);
    QCOMPARE(p->multipliers[0], 0.5);
    QCOMPARE(p->multipliers[23], 1.5);
    QCOMPARE(p->provenance, Provenance::Measured);
    QVERIFY(after.extra.value(classificationRulesKey()).isArray());
    QVERIFY(*rulesFromReview(after) == defaultClassificationRules());
}

void TestImportApply::addsMissingClass()
{
    const Review before = reviewWithVisits(1.0, 1.0);
    const Review after = applyImport(before, measured(QStringLiteral("api"), 0.8, 0.030, 0.010, 0.0004, true));
    const WorkloadClass *api = after.workloadClass(QStringLiteral("api"));
    QVERIFY(api);
    QCOMPARE(api->type, ClassType::Open);
    QCOMPARE(*api->arrivalRate, 0.8);
    QCOMPARE(int(api->demands.size()), 3);
    QCOMPARE(api->demands[0].station, QStringLiteral("edge"));
    QCOMPARE(api->demands[1].serviceTime, 0.030);
    QCOMPARE(api->demands[2].station, QStringLiteral("pg"));
    QCOMPARE(api->demands[2].serviceTime, 0.010);
    QCOMPARE(after.classes.size(), before.classes.size() + 1);
}

void TestImportApply::closedClassKeepsPopulation()
{
    Review before = reviewWithVisits(1.0, 1.0);
    before.classes[0].type = ClassType::Closed;
    before.classes[0].arrivalRate.reset();
    before.classes[0].population = 40;
    before.classes[0].thinkTime = 8.0;
    QStringList notes;
    const Review after = applyImport(before, measured(QStringLiteral("order-entry"), 3.5, 0.1, 0.02, 0.0004, true), &notes);
    const WorkloadClass *c = after.workloadClass(QStringLiteral("order-entry"));
    QCOMPARE(*c->population, 40);
    QVERIFY(!c->arrivalRate.has_value());
    QCOMPARE(c->demands[1].serviceTime, 0.1);
    QVERIFY(notes.join(QLatin1Char(' ')).contains(QStringLiteral("closed class")));
}

void TestImportApply::partialDayKeepsProfile()
{
    Review before = reviewWithVisits(1.0, 1.0);
    before.profiles.push_back(Profile{QStringLiteral("order-entry"), 60, std::vector<double>(24, 1.0), Provenance::Estimated, {}, {}});
    QStringList notes;
    const Review after = applyImport(before, measured(QStringLiteral("order-entry"), 2.0, 0.1, 0.02, 0.0004, false), &notes);
    QCOMPARE(after.profiles.at(0), before.profiles.at(0));
    QCOMPARE(*after.workloadClass(QStringLiteral("order-entry"))->arrivalRate, 2.0);
    QVERIFY(notes.join(QLatin1Char(' ')).contains(QStringLiteral("profile left unchanged")));
}

void TestImportApply::logToProjectRoundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("project file") << "measured.hostreview";
    QTest::newRow("interchange json") << "measured.json";
}

void TestImportApply::logToProjectRoundTrip()
{
    // A generated Odoo log (1 request/s of order entry, Python 0.1 s ± 0.05, SQL 0.02 s ± 0.01,
    // flat over two days) imported, applied, saved and read back: the measured figures, their
    // provenance and the classification rules survive the project file and the interchange JSON.
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    namespace gen = hostreview::loggen;
    gen::Spec spec;
    spec.format = gen::Format::Odoo;
    spec.startUtcMs = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    spec.endUtcMs = spec.startUtcMs + 2 * 86400000LL;
    gen::ClassSpec order;
    order.path = "/web/dataset/call_kw/sale.order/create";
    order.rate = 1.0;
    order.appMin = 0.05;
    order.appMax = 0.15;
    order.dbMin = 0.01;
    order.dbMax = 0.03;
    spec.classes = {order};
    const QString log = dir.filePath(QStringLiteral("odoo.log"));
    std::FILE *f = std::fopen(log.toLocal8Bit().constData(), "wb");
    QVERIFY(f);
    gen::Generator(spec).generate([f](const char *d, std::size_t n) { std::fwrite(d, 1, n, f); });
    std::fclose(f);

    const Result<ImportResult> imported = importLogs({log}, ImportOptions{});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    const Review applied = applyImport(reviewWithVisits(2.0, 2.0), *imported);
    const QString path = dir.filePath(fileName);
    QVERIFY(writeReviewFile(applied, path).ok());
    const Result<Review> back = readReviewFile(path);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));

    const WorkloadClass *c = back->workloadClass(QStringLiteral("order-entry"));
    QVERIFY(c);
    QVERIFY(std::abs(*c->arrivalRate - 1.0) < 0.005);
    QVERIFY(std::abs(c->demands[1].serviceTime - 0.10) < 0.0005);      // Python time, 1 visit
    QVERIFY(std::abs(c->demands[2].serviceTime - 0.02 / 2) < 0.00005); // SQL time over 2 visits
    QCOMPARE(c->provenance, Provenance::Measured);
    QVERIFY(c->source.contains(QStringLiteral("odoo.log")));
    const Profile *p = back->profile(QStringLiteral("order-entry"));
    QVERIFY(p);
    QCOMPARE(int(p->multipliers.size()), 96);
    QCOMPARE(p->provenance, Provenance::Measured);
    const Result<std::vector<ClassificationRule>> rules = rulesFromReview(*back);
    QVERIFY(rules.ok());
    QVERIFY(*rules == defaultClassificationRules());
}

QTEST_GUILESS_MAIN(TestImportApply)
#include "tst_importapply.moc"
