// The engine on the three bundled samples (templates/samples/) with their sample checklist answers:
// each yields a non-empty set that tells the sample's documented story, and before/after improves.
#include "findingstestutil.h"

#include "core/checklist/checklist.h"
#include "core/interchange/reviewfile.h"
#include "core/paths.h"

#include <QTest>

#include <cmath>

using namespace hostreview::core;
using namespace hostreview::core::findings;

class TestFindingsSamples : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sample_data();
    void sample();
    void beforeAfter_data();
    void beforeAfter();
    void compareUnknownScenario();
    void shippedTemplatesEqualExplicitOnes();

private:
    std::optional<checklist::Checklist> m_checklist;
    RuleSet m_rules;
};

// The samples carry their checklist answers (tools/samples embeds templates/checklists/sample-answers/).
static Review loadSample(const QString &name)
{
    const Result<Review> r = readReviewFile(templatePath(QStringLiteral("samples/%1.json").arg(name)));
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return *r;
}

void TestFindingsSamples::initTestCase()
{
    const Result<checklist::Checklist> cl = checklist::loadChecklist(templatePath(QStringLiteral("checklists/odoo-hosting.json")));
    QVERIFY2(cl.ok(), qPrintable(cl.ok() ? QString() : cl.error().toString()));
    m_checklist = *cl;
    const Result<RuleSet> rules = loadRules(defaultRulesPath());
    QVERIFY(rules.ok());
    m_rules = *rules;
}

void TestFindingsSamples::sample_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expectedRules");
    // What each sample's story (templates/samples/README.md, templates/checklists/README.md) leads to expect.
    QTest::newRow("regional-distributor") << QStringLiteral("regional-distributor")
                                          << QStringList{QStringLiteral("tenants-peak-together"),
                                                         QStringLiteral("pgbouncer-client-budget"),
                                                         QStringLiteral("checklist-high-risk")};
    QTest::newRow("national-distributor") << QStringLiteral("national-distributor")
                                          << QStringList{QStringLiteral("pg-at-risk"), QStringLiteral("checklist-high-risk")};
    QTest::newRow("omnichannel-retailer") << QStringLiteral("omnichannel-retailer")
                                          << QStringList{QStringLiteral("redis-all-roles"), QStringLiteral("backup-overlaps-peak"),
                                                         QStringLiteral("odoo-workers-saturated"),
                                                         QStringLiteral("reporting-on-primary-replica-unused")};
}

void TestFindingsSamples::sample()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expectedRules);
    const Review review = loadSample(name);
    EngineOptions options;
    options.checklist = &*m_checklist;
    const Result<FindingsResult> result = evaluate(review, m_rules, options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QVERIFY(!result->findings.empty());
    qInfo().noquote() << name << ":" << result->findings.size() << "findings";
    QStringList ids;
    for (const Finding &f : result->findings) {
        qInfo().noquote() << "  [" + severityName(f.severity) + "/" + effortName(f.effort) + "]" << f.title;
        QVERIFY2(!ids.contains(f.id), qPrintable(f.id)); // ids are unique
        ids << f.id;
        QVERIFY(!f.title.isEmpty() && !f.summary.isEmpty());
        QVERIFY2(!f.title.contains(QLatin1Char('{')) && !f.summary.contains(QLatin1Char('{')), qPrintable(f.title));
        QVERIFY2(!f.sources.isEmpty(), qPrintable(f.id));
        for (const Evidence &e : f.evidence)
            QVERIFY2(!std::isnan(e.value) && !e.text.isEmpty(), qPrintable(f.id + QLatin1Char(' ') + e.label));
    }
    for (const QString &rule : expectedRules)
        QVERIFY2(hostreview::findingstest::byRule(result->findings, rule), qPrintable(name + QStringLiteral(": no ") + rule));
    // Prioritised: severities never go back up along the list.
    for (size_t i = 1; i < result->findings.size(); ++i)
        QVERIFY(result->findings[i - 1].severity <= result->findings[i].severity);
    // Same input, same findings (stable ids and order).
    const Result<FindingsResult> again = evaluate(review, m_rules, options);
    QVERIFY(again.ok());
    QCOMPARE(again->findings, result->findings);
}

void TestFindingsSamples::beforeAfter_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("current");
    QTest::newRow("national-distributor") << QStringLiteral("national-distributor") << QStringLiteral("peak-order-day");
    QTest::newRow("omnichannel-retailer") << QStringLiteral("omnichannel-retailer") << QStringLiteral("peak-order-day");
}

void TestFindingsSamples::beforeAfter()
{
    QFETCH(QString, name);
    QFETCH(QString, current);
    const Review review = loadSample(name);
    const std::optional<QString> target = targetScenarioId(review);
    QVERIFY(target);
    CompareOptions options;
    options.checklist = &*m_checklist;
    options.rules = &m_rules;
    const Result<Comparison> c = compare(review, current, *target, options);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QCOMPARE(c->current.scenario, current);
    QCOMPARE(c->target.scenario, *target);
    QVERIFY(!c->current.topStations.empty() && !c->target.topStations.empty());
    QVERIFY(c->current.topStations.size() <= 5);
    // The target architecture is the same load on more capacity: its busiest station is less busy,
    // and it leaves no more high risks open than today.
    qInfo().noquote() << name << "top station" << c->current.topStations.front().stationId
                      << c->current.topStations.front().utilization << "→" << c->target.topStations.front().stationId
                      << c->target.topStations.front().utilization << "; high risks" << c->current.openHighRisks << "→"
                      << c->target.openHighRisks;
    QVERIFY(c->target.topStations.front().utilization < c->current.topStations.front().utilization);
    QVERIFY(c->target.openHighRisks <= c->current.openHighRisks);
    QCOMPARE(c->current.classes.size(), review.classes.size());
    QCOMPARE(c->current.domains.size(), m_checklist->domains.size());
}

void TestFindingsSamples::compareUnknownScenario()
{
    const Review review = loadSample(QStringLiteral("national-distributor"));
    CompareOptions options;
    options.rules = &m_rules;
    const Result<Comparison> c = compare(review, QStringLiteral("baseline"), QStringLiteral("nope"), options);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().where, QStringLiteral("scenarios[nope]"));
}

void TestFindingsSamples::shippedTemplatesEqualExplicitOnes()
{
    // The GUI's one-call evaluation must find exactly what the engine finds with the templates loaded by hand.
    const Review review = loadSample(QStringLiteral("omnichannel-retailer"));
    QVERIFY(!review.answers.empty());
    EngineOptions options;
    options.checklist = &*m_checklist;
    const Result<FindingsResult> explicitly = evaluate(review, m_rules, options);
    const Result<FindingsResult> shipped = evaluateWithShippedTemplates(review, options.knee);
    QVERIFY(explicitly.ok() && shipped.ok());
    QCOMPARE(shipped->findings, explicitly->findings);
    // One CSV record per finding after the header (records end in CRLF; quoted fields may hold LF).
    const QString csv = findingsToCsv(shipped->findings);
    QCOMPARE(int(csv.count(QStringLiteral("\r\n"))), int(shipped->findings.size()) + 1);

    Review unknown = review;
    unknown.checklistId = QStringLiteral("no-such-checklist");
    const Result<FindingsResult> missing = evaluateWithShippedTemplates(unknown);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().toString().contains(QStringLiteral("no-such-checklist")), qPrintable(missing.error().toString()));
}

QTEST_GUILESS_MAIN(TestFindingsSamples)
#include "tst_findingssamples.moc"
