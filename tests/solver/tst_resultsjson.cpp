// The results document of interchange-v1: header, key names and order, nulls for saturated
// figures and absent headroom, numbers that read back to the same double.
#include "core/solver/resultsjson.h"
#include "core/solver/solver.h"
#include "reviewbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hostreview;
using namespace hostreview::core;
using namespace hostreview::core::solver;
using namespace hostreview::tests;

class TestResultsJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shapeAndNulls();
    void keyOrder();
    void numbersRoundTrip();
};

namespace {

SolveResult saturatedResult()
{
    Review r;
    r.stations = {queue(QStringLiteral("q")), queue(QStringLiteral("idle"))};
    r.classes = {openClass(QStringLiteral("c"), 12.0, {demand(QStringLiteral("q"), 0.1)})};
    return *solve(r);
}

} // namespace

void TestResultsJson::shapeAndNulls()
{
    const QByteArray json = resultsToJson({saturatedResult()});
    QVERIFY(!json.contains('\n'));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("hostreview-results"));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject r = o.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(r.value(QStringLiteral("scenario")).toString(), QStringLiteral("baseline"));
    QVERIFY(r.value(QStringLiteral("bucket")).isNull());
    QCOMPARE(r.value(QStringLiteral("approximate")).toBool(true), false);
    QCOMPARE(r.value(QStringLiteral("bottleneck")).toString(), QStringLiteral("q"));
    QVERIFY(std::abs(r.value(QStringLiteral("headroom")).toDouble() - 1.0 / 1.2) < 1e-15);
    const QJsonObject q = r.value(QStringLiteral("stations")).toArray().at(0).toObject();
    QCOMPARE(q.value(QStringLiteral("saturated")).toBool(), true);
    QVERIFY(q.value(QStringLiteral("queue_length")).isNull());
    const QJsonObject pc = q.value(QStringLiteral("per_class")).toArray().at(0).toObject();
    QCOMPARE(pc.value(QStringLiteral("class")).toString(), QStringLiteral("c"));
    QVERIFY(pc.value(QStringLiteral("residence_time")).isNull());
    QVERIFY(pc.value(QStringLiteral("queue_length")).isNull());
    // A station no class visits: empty per_class, zero utilisation.
    const QJsonObject idle = r.value(QStringLiteral("stations")).toArray().at(1).toObject();
    QVERIFY(idle.value(QStringLiteral("per_class")).toArray().isEmpty());
    const QJsonObject cls = r.value(QStringLiteral("classes")).toArray().at(0).toObject();
    QVERIFY(cls.value(QStringLiteral("response_time")).isNull());
    QCOMPARE(cls.value(QStringLiteral("throughput")).toDouble(), 12.0);
}

void TestResultsJson::keyOrder()
{
    const QByteArray json = resultToJson(saturatedResult());
    const QList<QByteArray> keys{"\"scenario\"", "\"bucket\"", "\"approximate\"", "\"bottleneck\"", "\"headroom\"",
                                 "\"headroom_station\"", "\"stations\"", "\"classes\""};
    qsizetype last = -1;
    for (const QByteArray &k : keys) {
        const qsizetype at = json.indexOf(k);
        QVERIFY2(at > last, k.constData());
        last = at;
    }
    QVERIFY(json.indexOf("\"id\":\"q\",\"utilization\"") > 0);
    QVERIFY(json.indexOf("{\"class\":\"c\",\"throughput\":") > 0);
}

void TestResultsJson::numbersRoundTrip()
{
    SolveResult r;
    r.scenario = QStringLiteral("x");
    StationResult s;
    s.id = QStringLiteral("s");
    s.utilization = 0.1 + 0.2; // 0.30000000000000004
    s.queueLength = 1.0 / 3.0;
    r.stations = {s};
    const QJsonObject st = QJsonDocument::fromJson(resultsToJson({r})).object().value(QStringLiteral("results"))
                               .toArray().at(0).toObject().value(QStringLiteral("stations")).toArray().at(0).toObject();
    QCOMPARE(st.value(QStringLiteral("utilization")).toDouble(), 0.1 + 0.2);
    QCOMPARE(st.value(QStringLiteral("queue_length")).toDouble(), 1.0 / 3.0);
    QVERIFY(QJsonDocument::fromJson(resultsToJson({r})).object().value(QStringLiteral("results")).toArray().at(0)
                .toObject().value(QStringLiteral("bottleneck")).isNull());
}

QTEST_APPLESS_MAIN(TestResultsJson)
#include "tst_resultsjson.moc"
