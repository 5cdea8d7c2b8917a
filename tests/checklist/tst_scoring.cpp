#include "core/checklist/scorecard.h"

#include <QTest>

using namespace hostreview::core;
using namespace hostreview::core::checklist;

namespace {

ChecklistItem makeItem(const QString &id, const QString &domain, int weight, Criticality c)
{
    ChecklistItem i;
    i.id = id;
    i.domainId = domain;
    i.question = QStringLiteral("Question ") + id;
    i.good = QStringLiteral("Good ") + id;
    i.weight = weight;
    i.criticality = c;
    i.sources = {QStringLiteral("seed.txt:1")};
    return i;
}

/** Answers "id=status" pairs; "-" as status leaves the item without any answer. */
Review reviewWith(const QStringList &pairs)
{
    Review r;
    for (const QString &p : pairs) {
        const QString id = p.section(QLatin1Char('='), 0, 0);
        const QString status = p.section(QLatin1Char('='), 1);
        if (status == QLatin1String("-"))
            continue;
        ChecklistAnswer a;
        a.itemId = id;
        a.status = *answerStatusFromName(status);
        a.notes = QStringLiteral("notes on ") + id;
        r.answers.push_back(a);
    }
    return r;
}

/** One domain "d" with items of weight 3, 2 and 1. */
Checklist threeItemChecklist()
{
    Checklist c;
    c.id = QStringLiteral("t");
    c.domains = {ChecklistDomain{QStringLiteral("d"), QStringLiteral("Domain"), QString()}};
    c.items = {makeItem(QStringLiteral("w3"), QStringLiteral("d"), 3, Criticality::High),
               makeItem(QStringLiteral("w2"), QStringLiteral("d"), 2, Criticality::Medium),
               makeItem(QStringLiteral("w1"), QStringLiteral("d"), 1, Criticality::Low)};
    return c;
}

} // namespace

/**
 * Scores computed by hand from docs/scoring.md: score = 100 · Σ w·credit / Σ w over assessed
 * items, credit met 1, partly ½, not-met 0; n/a and unanswered items leave both sums.
 */
class TestScoring : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void domainScore_data();
    void domainScore();
    void riskLevels_data();
    void riskLevels();
    void bands_data();
    void bands();
    void workedExample();
    void posture_data();
    void posture();
    void unknownAnswersReported();
};

void TestScoring::domainScore_data()
{
    QTest::addColumn<QStringList>("answers"); // statuses of w3, w2, w1
    QTest::addColumn<double>("expected");     // -1: no score
    QTest::addColumn<int>("unanswered");
    QTest::addColumn<int>("assessedWeight");
    QTest::addColumn<int>("applicableWeight");
    QTest::newRow("all met: 6/6") << QStringList{"met", "met", "met"} << 100.0 << 0 << 6 << 6;
    QTest::newRow("all not met: 0/6") << QStringList{"not-met", "not-met", "not-met"} << 0.0 << 0 << 6 << 6;
    QTest::newRow("heavy item met: 3/6") << QStringList{"met", "not-met", "not-met"} << 50.0 << 0 << 6 << 6;
    QTest::newRow("light item met: 1/6") << QStringList{"not-met", "not-met", "met"} << 100.0 / 6 << 0 << 6 << 6;
    QTest::newRow("all partly: half credit") << QStringList{"partly", "partly", "partly"} << 50.0 << 0 << 6 << 6;
    QTest::newRow("mixed: (1.5+2)/6") << QStringList{"partly", "met", "not-met"} << 350.0 / 6 << 0 << 6 << 6;
    QTest::newRow("n/a leaves the sums: 3/4") << QStringList{"met", "n/a", "not-met"} << 75.0 << 0 << 4 << 4;
    QTest::newRow("not-assessed is separate: 3/4") << QStringList{"met", "not-assessed", "not-met"} << 75.0 << 1 << 4 << 6;
    QTest::newRow("missing answer is unanswered: 3/4") << QStringList{"met", "-", "not-met"} << 75.0 << 1 << 4 << 6;
    QTest::newRow("only unanswered met would be 100, is not") << QStringList{"-", "-", "not-met"} << 0.0 << 2 << 1 << 6;
    QTest::newRow("all n/a: no score") << QStringList{"n/a", "n/a", "n/a"} << -1.0 << 0 << 0 << 0;
    QTest::newRow("all unanswered: no score") << QStringList{"-", "not-assessed", "-"} << -1.0 << 3 << 0 << 6;
}

void TestScoring::domainScore()
{
    QFETCH(QStringList, answers);
    QFETCH(double, expected);
    QFETCH(int, unanswered);
    QFETCH(int, assessedWeight);
    QFETCH(int, applicableWeight);
    const Review review = reviewWith({"w3=" + answers[0], "w2=" + answers[1], "w1=" + answers[2]});
    const Scorecard card = score(threeItemChecklist(), review);
    QCOMPARE(card.domains.size(), size_t(1));
    const DomainScore &d = card.domains.front();
    QCOMPARE(d.counts.unanswered, unanswered);
    QCOMPARE(d.counts.total(), 3);
    QCOMPARE(d.assessedWeight, assessedWeight);
    QCOMPARE(d.applicableWeight, applicableWeight);
    if (expected < 0) {
        QVERIFY(!d.score);
        QVERIFY(!d.band);
        QVERIFY(!card.overallScore);
        QCOMPARE(card.posture, Posture::NotAssessed);
    } else {
        QVERIFY(d.score);
        QVERIFY(qAbs(*d.score - expected) < 1e-9);
        QCOMPARE(*d.band, maturityBand(expected));
    }
}

void TestScoring::riskLevels_data()
{
    QTest::addColumn<QString>("criticality");
    QTest::addColumn<int>("weight");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected"); // "" = no risk
    QTest::newRow("high w1 not-met") << "high" << 1 << "not-met" << "high";
    QTest::newRow("high w3 not-met") << "high" << 3 << "not-met" << "high";
    QTest::newRow("high w2 partly") << "high" << 2 << "partly" << "medium";
    QTest::newRow("high w3 partly: raised then lowered") << "high" << 3 << "partly" << "medium";
    QTest::newRow("medium w2 not-met") << "medium" << 2 << "not-met" << "medium";
    QTest::newRow("medium w3 not-met: raised") << "medium" << 3 << "not-met" << "high";
    QTest::newRow("medium w3 partly") << "medium" << 3 << "partly" << "medium";
    QTest::newRow("medium w1 partly") << "medium" << 1 << "partly" << "low";
    QTest::newRow("low w1 not-met") << "low" << 1 << "not-met" << "low";
    QTest::newRow("low w3 not-met: raised") << "low" << 3 << "not-met" << "medium";
    QTest::newRow("low w1 partly: floor") << "low" << 1 << "partly" << "low";
    QTest::newRow("low w5 partly") << "low" << 5 << "partly" << "low";
    QTest::newRow("met is no risk") << "high" << 3 << "met" << "";
    QTest::newRow("n/a is no risk") << "high" << 3 << "n/a" << "";
    QTest::newRow("unanswered is no risk item") << "high" << 3 << "not-assessed" << "";
}

void TestScoring::riskLevels()
{
    QFETCH(QString, criticality);
    QFETCH(int, weight);
    QFETCH(QString, status);
    QFETCH(QString, expected);
    const auto level = riskLevel(*criticalityFromName(criticality), weight, *answerStatusFromName(status));
    QCOMPARE(level ? riskLevelName(*level) : QString(), expected);
}

void TestScoring::bands_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("band");
    QTest::newRow("0") << 0.0 << "initial";
    QTest::newRow("39.9") << 39.9 << "initial";
    QTest::newRow("40") << 40.0 << "developing";
    QTest::newRow("59.99") << 59.99 << "developing";
    QTest::newRow("60") << 60.0 << "defined";
    QTest::newRow("79.9") << 79.9 << "defined";
    QTest::newRow("80") << 80.0 << "managed";
    QTest::newRow("100") << 100.0 << "managed";
}

void TestScoring::bands()
{
    QFETCH(double, score);
    QFETCH(QString, band);
    QCOMPARE(maturityBandName(maturityBand(score)), band);
}

void TestScoring::workedExample()
{
    // The example worked by hand in docs/scoring.md.
    Checklist c;
    c.id = QStringLiteral("example");
    c.domains = {ChecklistDomain{"a", "A", {}}, ChecklistDomain{"b", "B", {}}, ChecklistDomain{"c", "C", {}}};
    c.items = {makeItem("a1", "a", 3, Criticality::High),   makeItem("a2", "a", 2, Criticality::Medium),
               makeItem("a3", "a", 1, Criticality::Low),    makeItem("a4", "a", 2, Criticality::High),
               makeItem("a5", "a", 1, Criticality::Medium), makeItem("b1", "b", 2, Criticality::Medium),
               makeItem("b2", "b", 1, Criticality::Low),    makeItem("c1", "c", 1, Criticality::High),
               makeItem("c2", "c", 3, Criticality::Medium)};
    const Review r = reviewWith({"a1=met", "a2=partly", "a3=not-met", "a4=n/a", "a5=-", "b1=n/a", "b2=not-assessed",
                                 "c1=not-met", "c2=met"});
    const Scorecard card = score(c, r);

    // A: (3·1 + 2·½ + 1·0) / (3+2+1) = 4/6
    QVERIFY(qAbs(*card.domain("a")->score - 400.0 / 6) < 1e-9);
    QCOMPARE(*card.domain("a")->band, MaturityBand::Defined);
    QCOMPARE(card.domain("a")->counts, (StatusCounts{1, 1, 1, 1, 1}));
    // B: nothing assessed
    QVERIFY(!card.domain("b")->score);
    QCOMPARE(card.domain("b")->counts.unanswered, 1);
    // C: (1·0 + 3·1) / 4
    QCOMPARE(*card.domain("c")->score, 75.0);
    // Overall: mean of the scored domains A and C
    QVERIFY(qAbs(*card.overallScore - (400.0 / 6 + 75.0) / 2) < 1e-9);
    QCOMPARE(*card.overallBand, MaturityBand::Defined);
    QCOMPARE(card.counts, (StatusCounts{2, 1, 2, 2, 2}));

    // Risks: c1 high (high, not met); a2 low (medium w2 partly); a3 low (low w1 not met).
    QCOMPARE(card.risks.size(), size_t(3));
    QCOMPARE(card.risks[0].itemId, QStringLiteral("c1"));
    QCOMPARE(card.risks[0].level, RiskLevel::High);
    QCOMPARE(card.risks[0].notes, QStringLiteral("notes on c1"));
    QCOMPARE(card.risks[1].itemId, QStringLiteral("a2"));
    QCOMPARE(card.risks[1].level, RiskLevel::Low);
    QCOMPARE(card.risks[2].itemId, QStringLiteral("a3"));
    QCOMPARE(card.highRisks, 1);
    QCOMPARE(card.mediumRisks, 0);
    QCOMPARE(card.lowRisks, 2);
    QCOMPARE(card.posture, Posture::AtRisk);
}

void TestScoring::posture_data()
{
    QTest::addColumn<QStringList>("answers"); // statuses of w3 (high), w2 (medium), w1 (low)
    QTest::addColumn<QString>("posture");
    QTest::newRow("all met") << QStringList{"met", "met", "met"} << "sound";
    QTest::newRow("low risk only, 5/6") << QStringList{"met", "met", "not-met"} << "sound";
    QTest::newRow("medium risk") << QStringList{"met", "not-met", "met"} << "needs-attention";
    QTest::newRow("high partly is medium") << QStringList{"partly", "met", "met"} << "needs-attention";
    QTest::newRow("high not met") << QStringList{"not-met", "met", "met"} << "at-risk";
    QTest::newRow("nothing assessed") << QStringList{"n/a", "-", "-"} << "not-assessed";
}

void TestScoring::posture()
{
    QFETCH(QStringList, answers);
    QFETCH(QString, posture);
    const Scorecard card = score(threeItemChecklist(), reviewWith({"w3=" + answers[0], "w2=" + answers[1], "w1=" + answers[2]}));
    QCOMPARE(postureName(card.posture), posture);
}

void TestScoring::unknownAnswersReported()
{
    const Scorecard card = score(threeItemChecklist(), reviewWith({"w3=met", "retired-item=not-met"}));
    QCOMPARE(card.unknownItems, QStringList{QStringLiteral("retired-item")});
    QCOMPARE(*card.domains.front().score, 100.0);
    QVERIFY(card.risks.empty());
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
