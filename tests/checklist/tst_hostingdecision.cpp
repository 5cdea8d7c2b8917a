#include "core/checklist/hostingdecision.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hostreview::core;
using namespace hostreview::core::checklist;

Q_DECLARE_METATYPE(QJsonObject)

namespace {

QJsonObject answers(const QString &orderVolume, const QString &peaks, int warehouses, const QString &integrations,
                    const QString &customisation, const QString &compliance, const QString &uptime,
                    const QString &maturity, const QString &entities)
{
    return QJsonObject{{"order_volume", orderVolume},   {"peak_profile", peaks},
                       {"warehouses", warehouses},      {"integration_density", integrations},
                       {"customisation", customisation}, {"compliance", compliance},
                       {"uptime", uptime},              {"platform_maturity", maturity},
                       {"entity_mix", entities}};
}

HostingRules shippedRules()
{
    const Result<HostingRules> r = loadHostingRules(qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR")
                                                    + QStringLiteral("/templates/hosting/hosting-decision.json"));
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().toString()));
    return r.value();
}

int pointsOf(const HostingRecommendation &rec, const QString &outcome)
{
    for (const OutcomeScore &s : rec.scores)
        if (s.outcomeId == outcome)
            return s.points;
    return -1;
}

bool excluded(const HostingRecommendation &rec, const QString &outcome)
{
    for (const OutcomeScore &s : rec.scores)
        if (s.outcomeId == outcome)
            return s.excluded;
    return false;
}

} // namespace

/**
 * Questionnaires worked by hand against the rules in templates/hosting/hosting-decision.json
 * (point values quoted in each row's comment), one or more per outcome.
 */
class TestHostingDecision : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outcomes_data();
    void outcomes();
    void reasonsCiteSeeds();
    void unanswered();
    void invalidAnswers_data();
    void invalidAnswers();
    void tieOrder();
    void rulesErrorsNameField_data();
    void rulesErrorsNameField();
    void sampleAnswersMatchStories_data();
    void sampleAnswersMatchStories();
};

void TestHostingDecision::outcomes_data()
{
    QTest::addColumn<QJsonObject>("given");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("multiTenant");
    QTest::addColumn<int>("dedicated");
    QTest::addColumn<int>("hybrid");
    QTest::addColumn<QString>("ruledOut");
    // low-volume 2 + steady 1 + one-warehouse 1 + few-integrations 1 + standard 2 + business-hours 1 = 8
    QTest::newRow("regional distributor, one warehouse → multi-tenant")
        << answers("low", "steady", 1, "few", "standard", "none", "business-hours", "medium", "single")
        << "multi-tenant" << 8 << 0 << 0 << "";
    // dedicated: high-volume 3 + several-warehouses 2 + heavy-integrations 3 + extended 1 + high-maturity 1 = 10;
    // multi-tenant: moderate customisation 1; hybrid: high-maturity 1
    QTest::newRow("national distributor, heavy integrations → dedicated")
        << answers("high", "seasonal", 4, "heavy", "moderate", "standard", "extended", "high", "single")
        << "dedicated" << 1 << 10 << 1 << "";
    // dedicated: volatile 2 + 24x7 2 + heavy customisation 2 = 6; multi-tenant: low volume 2 + one warehouse 1 +
    // few integrations 1 = 4
    QTest::newRow("small but volatile, 24x7, heavily customised → dedicated")
        << answers("low", "volatile", 1, "few", "heavy", "none", "24x7", "medium", "single")
        << "dedicated" << 4 << 6 << 0 << "";
    // multi-tenant would lead with 8 (as the regional case) but strict compliance rules it out;
    // dedicated gets strict-compliance 3
    QTest::newRow("strict compliance rules out multi-tenant")
        << answers("low", "steady", 1, "few", "standard", "strict", "business-hours", "medium", "single")
        << "dedicated" << 8 << 3 << 0 << "multi-tenant";
    // hybrid: mixed-group 6 + high-maturity 1 = 7; dedicated: several-warehouses 2 + several-integrations 1 +
    // extended 1 + high-maturity 1 = 5; multi-tenant: moderate customisation 1
    QTest::newRow("group with mixed criticality → hybrid")
        << answers("moderate", "seasonal", 3, "several", "moderate", "standard", "extended", "high", "mixed-group")
        << "hybrid" << 1 << 5 << 7 << "";
    // hybrid would lead (6) but low maturity rules it out; multi-tenant: steady 1 + one warehouse 1 + few 1 +
    // standard 2 + business-hours 1 + low-maturity 1 = 7
    QTest::newRow("mixed group without platform maturity → not hybrid")
        << answers("moderate", "steady", 1, "few", "standard", "none", "business-hours", "low", "mixed-group")
        << "multi-tenant" << 7 << 0 << 6 << "hybrid";
    // uniform-group 1 + low 2 + steady 1 + few 1 + standard 2 + business-hours 1 + one warehouse (0) 1 = 9
    QTest::newRow("group of standard subsidiaries → multi-tenant")
        << answers("low", "steady", 0, "few", "standard", "standard", "business-hours", "medium", "uniform-group")
        << "multi-tenant" << 9 << 0 << 0 << "";
}

void TestHostingDecision::outcomes()
{
    QFETCH(QJsonObject, given);
    QFETCH(QString, expected);
    QFETCH(int, multiTenant);
    QFETCH(int, dedicated);
    QFETCH(int, hybrid);
    QFETCH(QString, ruledOut);
    const Result<HostingRecommendation> rec = recommendHosting(shippedRules(), given);
    QVERIFY2(rec.ok(), qPrintable(rec.ok() ? QString() : rec.error().toString()));
    QCOMPARE(rec->outcomeId.value_or(QString()), expected);
    QCOMPARE(pointsOf(*rec, "multi-tenant"), multiTenant);
    QCOMPARE(pointsOf(*rec, "dedicated"), dedicated);
    QCOMPARE(pointsOf(*rec, "hybrid"), hybrid);
    for (const QString &o : {QStringLiteral("multi-tenant"), QStringLiteral("dedicated"), QStringLiteral("hybrid")})
        QCOMPARE(excluded(*rec, o), o == ruledOut);
    QVERIFY(rec->unanswered.isEmpty());
    QVERIFY(!rec->reasons().empty());
}

void TestHostingDecision::reasonsCiteSeeds()
{
    const HostingRules rules = shippedRules();
    QCOMPARE(rules.questions.size(), size_t(9));
    for (const HostingRule &r : rules.rules)
        QVERIFY2(!r.sources.isEmpty() && !r.reason.isEmpty(), qPrintable(r.id));
    const Result<HostingRecommendation> rec = recommendHosting(
        rules, answers("high", "seasonal", 4, "heavy", "moderate", "standard", "extended", "high", "single"));
    QVERIFY(rec.ok());
    QStringList reasons;
    for (const FiredRule &f : rec->reasons())
        reasons << f.ruleId;
    // Every rule that gave dedicated points is a reason; moderate-customisation (multi-tenant only) is not.
    QCOMPARE(reasons, (QStringList{"high-volume", "several-warehouses", "heavy-integrations", "extended-uptime", "high-maturity"}));
}

void TestHostingDecision::unanswered()
{
    const HostingRules rules = shippedRules();
    const Result<HostingRecommendation> none = recommendHosting(rules, QJsonObject{});
    QVERIFY(none.ok());
    QVERIFY(!none->outcomeId);
    QCOMPARE(none->unanswered.size(), 9);

    // A partial questionnaire decides on what is there and lists the rest.
    const Result<HostingRecommendation> partial = recommendHosting(
        rules, QJsonObject{{"integration_density", "heavy"}, {"warehouses", QJsonValue::Null}, {"colour", "blue"}});
    QVERIFY(partial.ok());
    QCOMPARE(partial->outcomeId.value_or(QString()), QStringLiteral("dedicated"));
    QCOMPARE(partial->unanswered.size(), 8);
    QVERIFY(partial->unanswered.contains(QStringLiteral("warehouses")));
    QCOMPARE(partial->ignored, QStringList{QStringLiteral("colour")});
}

void TestHostingDecision::invalidAnswers_data()
{
    QTest::addColumn<QJsonObject>("given");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QJsonObject{{"order_volume", "huge"}} << "hosting_questionnaire.order_volume"
                                    << "must be one of low, moderate or high, got \"huge\"";
    QTest::newRow("number for a choice") << QJsonObject{{"uptime", 24}} << "hosting_questionnaire.uptime" << "got 24";
    QTest::newRow("text for a number") << QJsonObject{{"warehouses", "three"}} << "hosting_questionnaire.warehouses"
                                       << "must be a whole number from 0 to 1000, got \"three\"";
    QTest::newRow("negative count") << QJsonObject{{"warehouses", -1}} << "hosting_questionnaire.warehouses" << "got -1";
    QTest::newRow("fractional count") << QJsonObject{{"warehouses", 2.5}} << "hosting_questionnaire.warehouses" << "got 2.5";
}

void TestHostingDecision::invalidAnswers()
{
    QFETCH(QJsonObject, given);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<HostingRecommendation> rec = recommendHosting(shippedRules(), given);
    QVERIFY(!rec.ok());
    QCOMPARE(rec.error().where, where);
    QVERIFY2(rec.error().message.contains(message), qPrintable(rec.error().toString()));
}

void TestHostingDecision::tieOrder()
{
    // Two outcomes with one point each: the earlier one in tie_order wins, whatever the document order.
    const QByteArray json = R"({"format":"hostreview-hosting-rules","version":1,"id":"t",
      "outcomes":[{"id":"a","name":"A","summary":"a","sources":["s.txt:1"]},
                  {"id":"b","name":"B","summary":"b","sources":["s.txt:2"]}],
      "tie_order":["b","a"],
      "questions":[{"id":"q","text":"Q?","type":"choice","options":[{"id":"x","label":"X"}]}],
      "rules":[{"id":"ra","when":[{"question":"q","in":["x"]}],"points":{"a":1},"reason":"r","sources":["s.txt:3"]},
               {"id":"rb","when":[{"question":"q","in":["x"]}],"points":{"b":1},"reason":"r","sources":["s.txt:4"]}]})";
    const Result<HostingRules> rules = hostingRulesFromJson(json);
    QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().toString()));
    const Result<HostingRecommendation> rec = recommendHosting(*rules, QJsonObject{{"q", "x"}});
    QVERIFY(rec.ok());
    QCOMPARE(rec->outcomeId.value_or(QString()), QStringLiteral("b"));
}

void TestHostingDecision::rulesErrorsNameField_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("where");
    QTest::newRow("unknown question") << QByteArray(R"({"id":"r1","when":[{"question":"nope","in":["x"]}],"points":{"a":1},"reason":"r","sources":["s.txt:1"]})")
                                      << "rules[r1].when[0].question";
    QTest::newRow("unknown option") << QByteArray(R"({"id":"r1","when":[{"question":"q","in":["y"]}],"points":{"a":1},"reason":"r","sources":["s.txt:1"]})")
                                    << "rules[r1].when[0].in";
    QTest::newRow("unknown outcome") << QByteArray(R"({"id":"r1","when":[{"question":"q","in":["x"]}],"points":{"c":1},"reason":"r","sources":["s.txt:1"]})")
                                     << "rules[r1].points";
    QTest::newRow("no reason") << QByteArray(R"({"id":"r1","when":[{"question":"q","in":["x"]}],"points":{"a":1},"sources":["s.txt:1"]})")
                               << "rules[r1].reason";
    QTest::newRow("bad source") << QByteArray(R"({"id":"r1","when":[{"question":"q","in":["x"]}],"points":{"a":1},"reason":"r","sources":["s.txt"]})")
                                << "rules[r1].sources[0]";
}

void TestHostingDecision::rulesErrorsNameField()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, where);
    const QByteArray json = R"({"format":"hostreview-hosting-rules","version":1,"id":"t",
      "outcomes":[{"id":"a","name":"A","summary":"a","sources":["s.txt:1"]}],"tie_order":["a"],
      "questions":[{"id":"q","text":"Q?","type":"choice","options":[{"id":"x","label":"X"}]}],
      "rules":[)" + rule + "]}";
    const Result<HostingRules> rules = hostingRulesFromJson(json);
    QVERIFY(!rules.ok());
    QCOMPARE(rules.error().where, where);
}

void TestHostingDecision::sampleAnswersMatchStories_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("expected");
    // The samples' stories (seed 002 lines 31–32; seed 004 line 48): a regional distributor on
    // shared hosting, a national distributor and an omnichannel retailer on dedicated platforms.
    QTest::newRow("regional-distributor") << "regional-distributor" << "multi-tenant";
    QTest::newRow("national-distributor") << "national-distributor" << "dedicated";
    QTest::newRow("omnichannel-retailer") << "omnichannel-retailer" << "dedicated";
}

void TestHostingDecision::sampleAnswersMatchStories()
{
    QFETCH(QString, sample);
    QFETCH(QString, expected);
    QFile f(qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR") + QStringLiteral("/templates/checklists/sample-answers/")
            + sample + QStringLiteral(".json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    const Result<HostingRecommendation> rec = recommendHosting(shippedRules(), doc.value("hosting_questionnaire").toObject());
    QVERIFY2(rec.ok(), qPrintable(rec.ok() ? QString() : rec.error().toString()));
    QCOMPARE(rec->outcomeId.value_or(QString()), expected);
    QVERIFY(rec->unanswered.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostingDecision)
#include "tst_hostingdecision.moc"
