#include "tests/support/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/**
 * `hostreview-cli score` run as a separate process on a small review whose expected figures are
 * worked by hand from the shipped template's weights (sec-secrets 3, sec-sso-mfa 3,
 * sec-privileged-access 2; security-iam has 13 items).
 */
class TestScoreCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void json();
    void table();
    void errors_data();
    void errors();

private:
    QString writeReview(const QString &name, const QJsonObject &hosting);
    int run(const QStringList &args, QByteArray *stdOut = nullptr, QByteArray *stdErr = nullptr);
    QTemporaryDir m_dir;
    QString m_review;
};

namespace {

QJsonObject answer(const QString &item, const QString &status)
{
    return QJsonObject{{"item", item}, {"status", status}, {"notes", "note " + item}, {"reviewer", "T"}};
}

QJsonObject regionalQuestionnaire()
{
    return QJsonObject{{"order_volume", "low"},   {"peak_profile", "steady"},          {"warehouses", 1},
                       {"integration_density", "few"}, {"customisation", "standard"}, {"compliance", "none"},
                       {"uptime", "business-hours"},    {"platform_maturity", "medium"}, {"entity_mix", "single"}};
}

} // namespace

QString TestScoreCli::writeReview(const QString &name, const QJsonObject &hosting)
{
    const QJsonObject doc{{"format", "hostreview-model"},
                          {"version", 1},
                          {"name", "Score test"},
                          {"stations", QJsonArray{}},
                          {"classes", QJsonArray{}},
                          {"checklist", "odoo-hosting"},
                          {"answers", QJsonArray{answer("sec-secrets", "met"), answer("sec-sso-mfa", "not-met"),
                                                 answer("sec-privileged-access", "partly"),
                                                 answer("sec-tenant-isolation", "n/a")}},
                          {"hosting_questionnaire", hosting}};
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(doc).toJson());
    return path;
}

int TestScoreCli::run(const QStringList &args, QByteArray *stdOut, QByteArray *stdErr)
{
    const hostreview::testing::CliRun run =
        hostreview::testing::runCli(QStringLiteral(HOSTREVIEW_CLI_PATH), QStringList{QStringLiteral("score")} + args,
                        {{QStringLiteral("HOSTREVIEW_DATA_DIR"), qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR")}});
    if (stdOut)
        *stdOut = run.out;
    if (stdErr)
        *stdErr = run.err;
    return run.exitCode;
}

void TestScoreCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_review = writeReview("review.json", regionalQuestionnaire());
    QVERIFY(!m_review.isEmpty());
}

void TestScoreCli::json()
{
    QByteArray output, errors;
    QCOMPARE(run({m_review, "--format", "json"}, &output, &errors), 0);
    const QJsonObject doc = QJsonDocument::fromJson(output).object();
    QCOMPARE(doc.value("format").toString(), QStringLiteral("hostreview-score"));
    const QJsonObject checklist = doc.value("checklist").toObject();

    QJsonObject security;
    for (const QJsonValue &d : checklist.value("domains").toArray())
        if (d.toObject().value("id").toString() == QLatin1String("security-iam"))
            security = d.toObject();
    // 100 · (3·1 + 3·0 + 2·½) / (3 + 3 + 2) = 50; n/a excluded; 13 − 4 answered = 9 unanswered.
    QCOMPARE(security.value("score").toDouble(), 50.0);
    QCOMPARE(security.value("band").toString(), QStringLiteral("developing"));
    QCOMPARE(security.value("assessed_weight").toInt(), 8);
    QCOMPARE(security.value("counts").toObject().value("unanswered").toInt(), 9);
    QCOMPARE(security.value("counts").toObject().value("not_applicable").toInt(), 1);
    // Every other domain has nothing assessed: no score. Overall = the one domain score.
    for (const QJsonValue &d : checklist.value("domains").toArray())
        if (d.toObject().value("id").toString() != QLatin1String("security-iam"))
            QVERIFY(d.toObject().value("score").isNull());
    QCOMPARE(checklist.value("overall").toObject().value("score").toDouble(), 50.0);
    QCOMPARE(checklist.value("overall").toObject().value("posture").toString(), QStringLiteral("at-risk"));

    // sso-mfa: high criticality not met → high; privileged-access: high, weight 2, partly → medium.
    const QJsonArray risks = checklist.value("risks").toArray();
    QCOMPARE(risks.size(), 2);
    QCOMPARE(risks[0].toObject().value("item").toString(), QStringLiteral("sec-sso-mfa"));
    QCOMPARE(risks[0].toObject().value("level").toString(), QStringLiteral("high"));
    QCOMPARE(risks[1].toObject().value("item").toString(), QStringLiteral("sec-privileged-access"));
    QCOMPARE(risks[1].toObject().value("level").toString(), QStringLiteral("medium"));

    // Regional questionnaire: multi-tenant 2+1+1+1+2+1 = 8.
    const QJsonObject hosting = doc.value("hosting").toObject();
    QCOMPARE(hosting.value("recommendation").toString(), QStringLiteral("multi-tenant"));
    QCOMPARE(hosting.value("scores").toArray()[0].toObject().value("points").toInt(), 8);
}

void TestScoreCli::table()
{
    QByteArray output;
    QCOMPARE(run({m_review}, &output), 0);
    const QString text = QString::fromUtf8(output);
    QVERIFY2(text.contains(QStringLiteral("Security & IAM")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("50.0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("sec-sso-mfa")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Managed multi-tenant hosting")), qPrintable(text));
}

void TestScoreCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad format") << QStringList{"REVIEW", "--format", "xml"} << 2 << "--format";
    QTest::newRow("no file") << QStringList{} << 2 << "FILE";
    QTest::newRow("missing file") << QStringList{"/nonexistent/review.json"} << 1 << "/nonexistent/review.json";
    QTest::newRow("invalid questionnaire") << QStringList{"BAD"} << 1 << "hosting_questionnaire.warehouses";
    QTest::newRow("missing template") << QStringList{"REVIEW", "--checklist", "/nonexistent/c.json"} << 1 << "/nonexistent/c.json";
}

void TestScoreCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QJsonObject bad = regionalQuestionnaire();
    bad.insert("warehouses", "three");
    const QString badReview = writeReview("bad.json", bad);
    args.replaceInStrings(QRegularExpression("^REVIEW$"), m_review);
    args.replaceInStrings(QRegularExpression("^BAD$"), badReview);
    QByteArray errors;
    QCOMPARE(run(args, nullptr, &errors), exitCode);
    QVERIFY2(QString::fromUtf8(errors).contains(message), errors.constData());
}

QTEST_GUILESS_MAIN(TestScoreCli)
#include "tst_scorecli.moc"
