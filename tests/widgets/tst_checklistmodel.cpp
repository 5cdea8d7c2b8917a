// The checklist tree model and its filter proxy on a small hand-built checklist: domain progress
// and score against a hand computation, status text and colour never blank, and the filters by
// status, risk and text (each expected row set worked out by hand from the rules in docs/scoring.md).

#include "models/checklistcolors.h"
#include "models/checklistfilterproxy.h"
#include "models/checklisttreemodel.h"

#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace hostreview;
using core::AnswerStatus;
using core::checklist::Criticality;
using models::ChecklistFilterProxy;
using models::ChecklistRiskFilter;
using models::ChecklistTreeModel;

Q_DECLARE_METATYPE(std::optional<core::AnswerStatus>)
Q_DECLARE_METATYPE(models::ChecklistRiskFilter)

namespace {

core::checklist::ChecklistItem item(const char *id, const char *domain, const char *question, int weight, Criticality c)
{
    core::checklist::ChecklistItem i;
    i.id = QString::fromLatin1(id);
    i.domainId = QString::fromLatin1(domain);
    i.question = QString::fromLatin1(question);
    i.good = QStringLiteral("Good practice for ") + i.id;
    i.weight = weight;
    i.criticality = c;
    return i;
}

/*
 * Three domains, seven items:
 *   sec  s1 w3 high   not-met → risk high (high, weight ≥ 3 keeps it high)
 *        s2 w2 medium partly  → risk low  (not-met would be medium; partly is one below)
 *        s3 w1 low    met     → no risk
 *   ops  o1 w2 high   n/a     → no risk, not scored
 *        o2 w1 medium (none)  → not assessed
 *        o3 w2 medium not-met → risk medium
 *   mig  m1 w2 high   (none)  → the domain has no score
 * Scores: sec = 100·(0·3 + ½·2 + 1·1)/(3+2+1) = 100·2/6 = 33.3; ops = 100·0/2 = 0; mig none.
 */
core::checklist::Checklist smallChecklist()
{
    core::checklist::Checklist c;
    c.id = QStringLiteral("small");
    c.name = QStringLiteral("Small");
    c.domains = {{QStringLiteral("sec"), QStringLiteral("Security"), QString()},
                 {QStringLiteral("ops"), QStringLiteral("Operations"), QString()},
                 {QStringLiteral("mig"), QStringLiteral("Migration"), QString()}};
    c.items = {item("s1", "sec", "Are secrets in a vault?", 3, Criticality::High),
               item("s2", "sec", "Is access role based?", 2, Criticality::Medium),
               item("s3", "sec", "Are images scanned?", 1, Criticality::Low),
               item("o1", "ops", "Is the backup restored monthly?", 2, Criticality::High),
               item("o2", "ops", "Are alerts routed to on-call?", 1, Criticality::Medium),
               item("o3", "ops", "Is capacity reviewed?", 2, Criticality::Medium),
               item("m1", "mig", "Is there a rollback plan?", 2, Criticality::High)};
    return c;
}

core::ChecklistAnswer answer(const char *id, AnswerStatus s, const char *notes = "")
{
    core::ChecklistAnswer a;
    a.itemId = QString::fromLatin1(id);
    a.status = s;
    a.notes = QString::fromLatin1(notes);
    return a;
}

core::Review answeredReview()
{
    core::Review r;
    r.checklistId = QStringLiteral("small");
    r.answers = {answer("s1", AnswerStatus::NotMet), answer("s2", AnswerStatus::Partly, "Shared admin account"),
                 answer("s3", AnswerStatus::Met), answer("o1", AnswerStatus::NotApplicable),
                 answer("o3", AnswerStatus::NotMet)};
    return r;
}

QStringList visibleItems(const QAbstractItemModel &m)
{
    QStringList ids;
    for (int d = 0; d < m.rowCount(); ++d) {
        const QModelIndex domain = m.index(d, 0);
        for (int i = 0; i < m.rowCount(domain); ++i)
            ids << m.index(i, 0, domain).data(ChecklistTreeModel::ItemIdRole).toString();
    }
    return ids;
}

} // namespace

class TestChecklistModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void domainRows();
    void statusNeverBlank_data();
    void statusNeverBlank();
    void answerChangeRescores();
    void filters_data();
    void filters();

private:
    core::ReviewDocument m_document;
};

void TestChecklistModel::init()
{
    m_document.setReview(answeredReview());
}

void TestChecklistModel::domainRows()
{
    ChecklistTreeModel model;
    model.setChecklist(smallChecklist());
    model.setDocument(&m_document);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(model.domainIndex(QStringLiteral("sec"))), 3);

    const QModelIndex sec = model.domainIndex(QStringLiteral("sec"));
    QCOMPARE(sec.data().toString(), QStringLiteral("Security"));
    QCOMPARE(model.domainIndex(QStringLiteral("sec"), ChecklistTreeModel::StatusColumn).data().toString(),
             QStringLiteral("3/3 answered"));
    QCOMPARE(sec.data(ChecklistTreeModel::ScoreRole).toDouble(), 100.0 * 2.0 / 6.0);
    QCOMPARE(model.domainIndex(QStringLiteral("sec"), ChecklistTreeModel::ScoreColumn).data().toString(),
             QStringLiteral("33.3 · Initial"));
    // n/a counts as answered for progress; o2 is not.
    QCOMPARE(model.domainIndex(QStringLiteral("ops"), ChecklistTreeModel::StatusColumn).data().toString(),
             QStringLiteral("2/3 answered"));
    QCOMPARE(model.domainIndex(QStringLiteral("ops")).data(ChecklistTreeModel::ProgressRole).toDouble(), 2.0 / 3.0);
    QCOMPARE(model.domainIndex(QStringLiteral("ops")).data(ChecklistTreeModel::ScoreRole).toDouble(), 0.0);
    QVERIFY(model.domainIndex(QStringLiteral("ops")).data(ChecklistTreeModel::ScoreRole).isValid());
    // A domain with nothing assessed has no score at all, not a zero.
    QVERIFY(!model.domainIndex(QStringLiteral("mig")).data(ChecklistTreeModel::ScoreRole).isValid());
    QCOMPARE(model.domainIndex(QStringLiteral("mig"), ChecklistTreeModel::ScoreColumn).data().toString(),
             QStringLiteral("not assessed"));
    QCOMPARE(model.domainIndex(QStringLiteral("sec"), ChecklistTreeModel::RiskColumn).data().toString(),
             QStringLiteral("1 high, 1 low"));

    const QModelIndex s1 = model.itemIndex(QStringLiteral("s1"));
    QCOMPARE(s1.parent(), sec);
    QCOMPARE(s1.siblingAtColumn(ChecklistTreeModel::QuestionColumn).data().toString(),
             QStringLiteral("Are secrets in a vault?"));
    QCOMPARE(s1.siblingAtColumn(ChecklistTreeModel::RiskColumn).data().toString(), QStringLiteral("High"));
    QCOMPARE(s1.siblingAtColumn(ChecklistTreeModel::WeightColumn).data().toInt(), 3);
    QCOMPARE(s1.siblingAtColumn(ChecklistTreeModel::CriticalityColumn).data().toString(), QStringLiteral("High"));
    QCOMPARE(model.itemIndex(QStringLiteral("s3"), ChecklistTreeModel::RiskColumn).data().toString(), QStringLiteral("—"));
}

void TestChecklistModel::statusNeverBlank_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QString>("text");
    QTest::newRow("not-met") << "s1" << "Not met";
    QTest::newRow("partly") << "s2" << "Partly";
    QTest::newRow("met") << "s3" << "Met";
    QTest::newRow("n/a") << "o1" << "N/A";
    QTest::newRow("no answer") << "o2" << "Not assessed";
}

void TestChecklistModel::statusNeverBlank()
{
    QFETCH(QString, itemId);
    QFETCH(QString, text);
    ChecklistTreeModel model;
    model.setChecklist(smallChecklist());
    model.setDocument(&m_document);
    const QModelIndex status = model.itemIndex(itemId, ChecklistTreeModel::StatusColumn);
    QCOMPARE(status.data().toString(), text);
    const QColor colour = status.data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY(colour.isValid());
    QCOMPARE(colour, models::answerStatusColor(AnswerStatus(status.data(ChecklistTreeModel::StatusRole).toInt())));
    QCOMPARE(status.data(Qt::DecorationRole).value<QColor>(), colour);
}

void TestChecklistModel::answerChangeRescores()
{
    ChecklistTreeModel model;
    model.setChecklist(smallChecklist());
    model.setDocument(&m_document);
    QSignalSpy scored(&model, &ChecklistTreeModel::scorecardChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // s1 not-met → met: sec = 100·(1·3 + ½·2 + 1·1)/6 = 500/6 = 83.3 (managed).
    QVERIFY(m_document.setAnswer(QStringLiteral("s1"), answer("s1", AnswerStatus::Met)).ok());
    QCOMPARE(scored.count(), 1);
    QCOMPARE(changed.count(), 2); // the item row and its domain row
    QCOMPARE(model.domainIndex(QStringLiteral("sec")).data(ChecklistTreeModel::ScoreRole).toDouble(), 500.0 / 6.0);
    QCOMPARE(model.itemIndex(QStringLiteral("s1"), ChecklistTreeModel::StatusColumn).data().toString(),
             QStringLiteral("Met"));
    QCOMPARE(model.scorecard().highRisks, 0);
}

void TestChecklistModel::filters_data()
{
    QTest::addColumn<std::optional<AnswerStatus>>("status");
    QTest::addColumn<ChecklistRiskFilter>("risk");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("domains");

    const std::optional<AnswerStatus> any;
    QTest::newRow("none") << any << ChecklistRiskFilter::All << "" << QStringList{"s1", "s2", "s3", "o1", "o2", "o3", "m1"} << 3;
    QTest::newRow("met") << std::optional(AnswerStatus::Met) << ChecklistRiskFilter::All << "" << QStringList{"s3"} << 1;
    QTest::newRow("not-met") << std::optional(AnswerStatus::NotMet) << ChecklistRiskFilter::All << "" << QStringList{"s1", "o3"} << 2;
    QTest::newRow("n/a") << std::optional(AnswerStatus::NotApplicable) << ChecklistRiskFilter::All << "" << QStringList{"o1"} << 1;
    QTest::newRow("unanswered") << std::optional(AnswerStatus::NotAssessed) << ChecklistRiskFilter::All << "" << QStringList{"o2", "m1"} << 2;
    QTest::newRow("any risk") << any << ChecklistRiskFilter::AnyRisk << "" << QStringList{"s1", "s2", "o3"} << 2;
    QTest::newRow("high risk") << any << ChecklistRiskFilter::High << "" << QStringList{"s1"} << 1;
    QTest::newRow("medium risk") << any << ChecklistRiskFilter::Medium << "" << QStringList{"o3"} << 1;
    QTest::newRow("low risk") << any << ChecklistRiskFilter::Low << "" << QStringList{"s2"} << 1;
    QTest::newRow("no risk") << any << ChecklistRiskFilter::NoRisk << "" << QStringList{"s3", "o1", "o2", "m1"} << 3;
    QTest::newRow("text in question") << any << ChecklistRiskFilter::All << "BACKUP" << QStringList{"o1"} << 1;
    QTest::newRow("text in notes") << any << ChecklistRiskFilter::All << "shared admin" << QStringList{"s2"} << 1;
    QTest::newRow("text is a domain") << any << ChecklistRiskFilter::All << "operations" << QStringList{"o1", "o2", "o3"} << 1;
    QTest::newRow("text is an id") << any << ChecklistRiskFilter::All << " m1 " << QStringList{"m1"} << 1;
    QTest::newRow("text matches nothing") << any << ChecklistRiskFilter::All << "kubernetes" << QStringList{} << 0;
    QTest::newRow("not-met and high") << std::optional(AnswerStatus::NotMet) << ChecklistRiskFilter::High << "" << QStringList{"s1"} << 1;
    QTest::newRow("met and a risk") << std::optional(AnswerStatus::Met) << ChecklistRiskFilter::AnyRisk << "" << QStringList{} << 0;
}

void TestChecklistModel::filters()
{
    QFETCH(std::optional<AnswerStatus>, status);
    QFETCH(ChecklistRiskFilter, risk);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(int, domains);

    ChecklistTreeModel model;
    model.setChecklist(smallChecklist());
    model.setDocument(&m_document);
    ChecklistFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setStatusFilter(status);
    proxy.setRiskFilter(risk);
    proxy.setTextFilter(text);
    QCOMPARE(visibleItems(proxy), expected);
    QCOMPARE(proxy.rowCount(), domains);

    // Clearing the filters brings every item back.
    proxy.setStatusFilter(std::nullopt);
    proxy.setRiskFilter(ChecklistRiskFilter::All);
    proxy.setTextFilter(QString());
    QCOMPARE(visibleItems(proxy).size(), 7);
}

QTEST_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
