// The rules file format: the shipped file loads, and each kind of mistake is an error naming the
// rule and the field. Also the roadmap's ordering and windows, and the CSV quoting.
#include "findingstestutil.h"

#include <QTest>

using namespace hostreview::core;
using namespace hostreview::core::findings;

class TestFindingRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedRulesLoad();
    void ruleErrors_data();
    void ruleErrors();
    void roadmapOrder();
    void roadmapWindows_data();
    void roadmapWindows();
    void csvQuoting_data();
    void csvQuoting();
};

void TestFindingRules::shippedRulesLoad()
{
    const Result<RuleSet> rules = loadRules(defaultRulesPath());
    QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().toString()));
    QVERIFY(rules->rules.size() >= 12);
    // Every condition type the engine implements is used by at least one shipped rule.
    for (const QString &type : conditionTypes()) {
        bool used = false;
        for (const Rule &r : rules->rules)
            used = used || r.condition == type;
        QVERIFY2(used, qPrintable(type));
    }
    // Every rule cites something, and every recommendation of a non-checklist rule has a source.
    for (const Rule &r : rules->rules) {
        QVERIFY2(!r.sources.isEmpty(), qPrintable(r.id));
        for (const Recommendation &rec : r.recommendations)
            QVERIFY2(!rec.sources.isEmpty(), qPrintable(r.id));
    }
}

static QByteArray oneRule(const QString &body)
{
    return QStringLiteral(R"({"format":"hostreview-findings-rules","version":1,"id":"t","revision":1,"rules":[%1]})")
        .arg(body)
        .toUtf8();
}

static const char *kGood = R"("id":"r1","condition":"station_utilization","parameters":{"min_utilization":0.8},
 "severity":"high","effort":"S","phase":"platform-controls","title":"{station} at {utilization}",
 "summary":"s","recommendations":[{"text":"t","sources":["000_23d2cd0e78e4bc62.txt:9"]}],"sources":["facts: Odoo CLI reference"])";

void TestFindingRules::ruleErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QString good = QString::fromUtf8(kGood);
    auto replace = [&](const QString &from, const QString &to) {
        QString s = good;
        s.replace(from, to);
        return oneRule(QLatin1Char('{') + s + QLatin1Char('}'));
    };
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("unknown condition") << replace(QStringLiteral("\"station_utilization\""), QStringLiteral("\"cpu_magic\""))
                                       << QStringLiteral("rules[r1].condition: must be");
    QTest::newRow("parameter not a number")
        << replace(QStringLiteral("\"min_utilization\":0.8"), QStringLiteral("\"min_utilization\":\"x\""))
        << QStringLiteral("rules[r1].parameters.min_utilization: must be a number from 0 to 10, got \"x\"");
    QTest::newRow("parameter out of range")
        << replace(QStringLiteral("\"min_utilization\":0.8"), QStringLiteral("\"min_utilization\":-1"))
        << QStringLiteral("rules[r1].parameters.min_utilization: must be a number from 0 to 10, got -1");
    QTest::newRow("unknown parameter") << replace(QStringLiteral("\"min_utilization\":0.8"), QStringLiteral("\"foo\":1"))
                                       << QStringLiteral("rules[r1].parameters.foo: is not a parameter of condition station_utilization");
    QTest::newRow("severity") << replace(QStringLiteral("\"high\""), QStringLiteral("\"urgent\""))
                              << QStringLiteral("rules[r1].severity: must be critical, high, medium or low, got \"urgent\"");
    QTest::newRow("effort") << replace(QStringLiteral("\"S\""), QStringLiteral("\"XL\""))
                            << QStringLiteral("rules[r1].effort: must be S, M or L, got \"XL\"");
    QTest::newRow("phase") << replace(QStringLiteral("\"platform-controls\""), QStringLiteral("\"later\""))
                           << QStringLiteral("rules[r1].phase: must be baseline");
    QTest::newRow("unknown placeholder") << replace(QStringLiteral("{utilization}"), QStringLiteral("{cpu}"))
                                         << QStringLiteral("rules[r1].title: unknown placeholder {cpu}");
    QTest::newRow("bad recommendation source")
        << replace(QStringLiteral("\"000_23d2cd0e78e4bc62.txt:9\""), QStringLiteral("\"somewhere\""))
        << QStringLiteral("rules[r1].recommendations[0].sources[0]: must be \"<seed file>:<line>\"");
    QTest::newRow("missing title") << replace(QStringLiteral("\"title\":\"{station} at {utilization}\","), QString())
                                   << QStringLiteral("rules[r1].title: is required");
    QTest::newRow("required parameter")
        << replace(QStringLiteral("\"station_utilization\",\"parameters\":{\"min_utilization\":0.8}"),
                   QStringLiteral("\"class_overlaps_peak\",\"parameters\":{}"))
        << QStringLiteral("rules[r1].parameters.class_match: is required by condition class_overlaps_peak");
    QTest::newRow("choice parameter")
        << replace(QStringLiteral("\"station_utilization\",\"parameters\":{\"min_utilization\":0.8}"),
                   QStringLiteral("\"memory_budget\",\"parameters\":{\"limit\":\"medium\"}"))
        << QStringLiteral("rules[r1].parameters.limit: must be soft or hard, got \"medium\"");
    QTest::newRow("duplicate id")
        << oneRule(QLatin1Char('{') + good + QStringLiteral("},{") + good + QLatin1Char('}'))
        << QStringLiteral("rules[r1].id: is used by an earlier rule");
    QTest::newRow("newer version") << QByteArray(R"({"format":"hostreview-findings-rules","version":2,"id":"t","rules":[]})")
                                   << QStringLiteral("version: this program reads rules files up to version 1, got 2");
}

void TestFindingRules::ruleErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const Result<RuleSet> r = rulesFromJson(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(expected), qPrintable(r.error().toString()));
}

static Finding finding(const QString &id, FindingSeverity s, Effort e, RoadmapPhase p)
{
    Finding f;
    f.id = id;
    f.ruleId = id;
    f.title = id;
    f.severity = s;
    f.effort = e;
    f.phase = p;
    return f;
}

void TestFindingRules::roadmapOrder()
{
    const std::vector<Finding> findings{
        finding(QStringLiteral("b"), FindingSeverity::High, Effort::Medium, RoadmapPhase::PlatformControls),
        finding(QStringLiteral("d"), FindingSeverity::Medium, Effort::Small, RoadmapPhase::PlatformControls),
        finding(QStringLiteral("a"), FindingSeverity::Critical, Effort::Large, RoadmapPhase::PlatformControls),
        finding(QStringLiteral("c"), FindingSeverity::High, Effort::Small, RoadmapPhase::PlatformControls),
        finding(QStringLiteral("e"), FindingSeverity::Low, Effort::Small, RoadmapPhase::Optimisation),
        finding(QStringLiteral("f"), FindingSeverity::High, Effort::Large, RoadmapPhase::Baseline),
    };
    const Roadmap roadmap = buildRoadmap(findings);
    QCOMPARE(roadmap.phases.size(), size_t(4));
    QCOMPARE(roadmap.phases[0].phase, RoadmapPhase::Baseline);
    QCOMPARE(roadmap.phases[1].phase, RoadmapPhase::PlatformControls);
    QCOMPARE(roadmap.phases[2].phase, RoadmapPhase::Resilience);
    QCOMPARE(roadmap.phases[3].phase, RoadmapPhase::Optimisation);
    QStringList platform;
    for (const RoadmapEntry &e : roadmap.phases[1].entries)
        platform << e.finding.id;
    // Severity first (critical a), then effort within a severity (high S c before high M b), then medium d.
    QCOMPARE(platform, (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("d")}));
    QCOMPARE(roadmap.phases[0].entries.size(), size_t(1));
    QVERIFY(roadmap.phases[2].entries.empty());
    QCOMPARE(roadmap.phases[3].entries.size(), size_t(1));
    // Each phase cites the seed line that states the four-phase roadmap.
    for (const RoadmapPhaseGroup &g : roadmap.phases)
        QVERIFY(g.sources.contains(QStringLiteral("000_23d2cd0e78e4bc62.txt:43")));
}

void TestFindingRules::roadmapWindows_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("days");
    // Phase window: baseline 30, platform 60, resilience 90, optimisation 90; critical → 30; high → at most 60.
    QTest::newRow("baseline low") << int(RoadmapPhase::Baseline) << int(FindingSeverity::Low) << 30;
    QTest::newRow("platform medium") << int(RoadmapPhase::PlatformControls) << int(FindingSeverity::Medium) << 60;
    QTest::newRow("platform critical") << int(RoadmapPhase::PlatformControls) << int(FindingSeverity::Critical) << 30;
    QTest::newRow("resilience medium") << int(RoadmapPhase::Resilience) << int(FindingSeverity::Medium) << 90;
    QTest::newRow("resilience high") << int(RoadmapPhase::Resilience) << int(FindingSeverity::High) << 60;
    QTest::newRow("optimisation low") << int(RoadmapPhase::Optimisation) << int(FindingSeverity::Low) << 90;
    QTest::newRow("optimisation critical") << int(RoadmapPhase::Optimisation) << int(FindingSeverity::Critical) << 30;
}

void TestFindingRules::roadmapWindows()
{
    QFETCH(int, phase);
    QFETCH(int, severity);
    QFETCH(int, days);
    const Roadmap roadmap = buildRoadmap(
        {finding(QStringLiteral("x"), FindingSeverity(severity), Effort::Small, RoadmapPhase(phase))});
    QCOMPARE(roadmap.phases[size_t(phase)].entries.size(), size_t(1));
    QCOMPARE(roadmap.phases[size_t(phase)].entries[0].dayWindow, days);
}

// An independent RFC 4180 reader: fields split on commas, quoted fields may hold , " CR LF with "" for ".
static std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

void TestFindingRules::csvQuoting_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");
    QTest::newRow("plain") << QStringLiteral("pg at 97 %") << QStringLiteral("nothing special");
    QTest::newRow("comma") << QStringLiteral("cache, sessions, queue") << QStringLiteral("a,b");
    QTest::newRow("quote") << QStringLiteral("the \"primary\"") << QStringLiteral("\"\"");
    QTest::newRow("newline") << QStringLiteral("line one\nline two") << QStringLiteral("crlf\r\ninside");
}

void TestFindingRules::csvQuoting()
{
    QFETCH(QString, title);
    QFETCH(QString, summary);
    Finding f = finding(QStringLiteral("r:x"), FindingSeverity::High, Effort::Small, RoadmapPhase::Baseline);
    f.title = title;
    f.summary = summary;
    f.stations = {QStringLiteral("pg"), QStringLiteral("redis")};
    const QString csv = findingsToCsv({f});
    QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    const auto rows = parseCsv(csv);
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0].size(), rows[1].size());
    QCOMPARE(rows[0].at(0), QStringLiteral("id"));
    QCOMPARE(rows[1].at(rows[0].indexOf(QStringLiteral("title"))), title);
    QCOMPARE(rows[1].at(rows[0].indexOf(QStringLiteral("summary"))), summary);
    QCOMPARE(rows[1].at(rows[0].indexOf(QStringLiteral("severity"))), QStringLiteral("high"));
    QCOMPARE(rows[1].at(rows[0].indexOf(QStringLiteral("stations"))), QStringLiteral("pg;redis"));
}

QTEST_GUILESS_MAIN(TestFindingRules)
#include "tst_findingrules.moc"
