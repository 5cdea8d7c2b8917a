// hostreview-cli solve end to end: JSON document and JSON Lines, the error line and exit codes,
// CSV rows (one per result × station), the table's saturated mark, usage errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSolveCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void json();
    void jsonLinesWithFailure();
    void csvAndTable();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run {
        int code = -1;
        QByteArray out, err;
    };
    Run run(const QStringList &args);
    QString write(const QString &name, const QByteArray &json);
    QTemporaryDir m_dir;
};

namespace {

// Two stations: web (1 server, S = 0.1) and db (2 servers, S = 0.3); λ = 5 → U = 0.5 and 0.75.
// A profile of two buckets (×1, ×2.5): bucket 1 saturates web (U = 1.25) and db (U = 1.875).
const char *kModel = R"({"format": "hostreview-model", "version": 1, "name": "cli",
  "stations": [{"id": "web", "name": "Web", "kind": "generic", "discipline": "queue", "servers": 1},
               {"id": "db", "name": "DB", "kind": "generic", "discipline": "queue", "servers": 2}],
  "links": [],
  "classes": [{"id": "orders", "name": "Orders", "type": "open", "arrival_rate": 5.0,
               "demands": [{"station": "web", "visits": 1, "service_time": 0.1},
                           {"station": "db", "visits": 1, "service_time": 0.3}]}],
  "profiles": [{"class": "orders", "bucket_minutes": 720, "multipliers": [1.0, 2.5]}],
  "scenarios": [{"id": "half", "name": "Half", "class_scale": {"orders": 0.5}, "station_overrides": {}}]})";

} // namespace

void TestSolveCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(HOSTREVIEW_CLI_PATH)));
}

TestSolveCli::Run TestSolveCli::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HOSTREVIEW_CLI_PATH), QStringList{QStringLiteral("solve")} + args);
    p.waitForFinished(60000);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString TestSolveCli::write(const QString &name, const QByteArray &json)
{
    QFile f(m_dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(json);
    return f.fileName();
}

void TestSolveCli::json()
{
    const QString file = write(QStringLiteral("m.json"), kModel);
    const Run r = run({file, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--scenario"),
                       QStringLiteral("all")});
    QCOMPARE(r.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("hostreview-results"));
    const QJsonArray results = doc.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("scenario")).toString(), QStringLiteral("baseline"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("scenario")).toString(), QStringLiteral("half"));
    // half: λ = 2.5 → U_db = 2.5·0.3/2 = 0.375, headroom 1/0.375.
    const QJsonObject half = results.at(1).toObject();
    QVERIFY(qAbs(half.value(QStringLiteral("headroom")).toDouble() - 1.0 / 0.375) < 1e-12);

    const Run peak = run({file, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--bucket"),
                          QStringLiteral("peak")});
    const QJsonObject p = QJsonDocument::fromJson(peak.out).object().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(p.value(QStringLiteral("bucket")).toInt(), 1);
    const QJsonObject web = p.value(QStringLiteral("stations")).toArray().at(0).toObject();
    QCOMPARE(web.value(QStringLiteral("saturated")).toBool(), true);
    QVERIFY(web.value(QStringLiteral("queue_length")).isNull());
    QVERIFY(qAbs(web.value(QStringLiteral("utilization")).toDouble() - 1.25) < 1e-12);
}

void TestSolveCli::jsonLinesWithFailure()
{
    const QString good = write(QStringLiteral("good.json"), kModel);
    QByteArray badJson(kModel);
    badJson.replace("\"arrival_rate\": 5.0", "\"arrival_rate\": -1");
    const QString bad = write(QStringLiteral("bad.json"), badJson);
    const Run r = run({good, bad, good, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 1);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(QJsonDocument::fromJson(lines[0]).object().contains(QStringLiteral("results")));
    const QJsonObject e = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(e.value(QStringLiteral("file")).toString(), bad);
    QVERIFY(e.value(QStringLiteral("error")).toString().contains(QStringLiteral("arrival_rate")));
    QVERIFY(lines[1].startsWith("{\"file\":"));
    QVERIFY(QJsonDocument::fromJson(lines[2]).object().contains(QStringLiteral("results")));
    QVERIFY(r.err.contains("arrival_rate"));
}

void TestSolveCli::csvAndTable()
{
    const QString file = write(QStringLiteral("m.json"), kModel);
    const Run csv = run({file, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--bucket"),
                         QStringLiteral("all")});
    QCOMPARE(csv.code, 0);
    // Header + 2 buckets × 2 stations.
    QCOMPARE(csv.out.trimmed().split('\n').size(), 1 + 4);
    const Run table = run({file, QStringLiteral("--bucket"), QStringLiteral("1")});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains("SATURATED"));
    // Stations sorted by utilisation: db (1.875) before web (1.25).
    QVERIFY(table.out.indexOf("  db ") < table.out.indexOf("  web "));
}

void TestSolveCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no file") << QStringList{} << 2;
    QTest::newRow("bad format") << QStringList{QStringLiteral("@"), QStringLiteral("--format"), QStringLiteral("xml")} << 2;
    QTest::newRow("bad method") << QStringList{QStringLiteral("@"), QStringLiteral("--method"), QStringLiteral("fast")} << 2;
    QTest::newRow("bad knee") << QStringList{QStringLiteral("@"), QStringLiteral("--knee"), QStringLiteral("-1")} << 2;
    QTest::newRow("bad bucket") << QStringList{QStringLiteral("@"), QStringLiteral("--bucket"), QStringLiteral("x")} << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("@"), QStringLiteral("--frobnicate")} << 2;
    QTest::newRow("bucket out of range") << QStringList{QStringLiteral("@"), QStringLiteral("--bucket"), QStringLiteral("7")} << 1;
    QTest::newRow("unknown scenario") << QStringList{QStringLiteral("@"), QStringLiteral("--scenario"), QStringLiteral("nope")} << 1;
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/x.json")} << 1;
}

void TestSolveCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const QString file = write(QStringLiteral("m.json"), kModel);
    args.replaceInStrings(QStringLiteral("@"), file);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestSolveCli)
#include "tst_solvecli.moc"
