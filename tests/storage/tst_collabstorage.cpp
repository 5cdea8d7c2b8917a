// Schema v2 of the project file (issue 7): comments, the audit log and revisions with their
// snapshots round-trip exactly, a v1 file migrates, snapshots stay bounded, and the interchange
// JSON carries the same records (snapshots excepted) byte-identically.

#include "rawsql.h"

#include "../merge/collabfixture.h"

#include "core/interchange/jsoncodec.h"
#include "core/merge/revisions.h"
#include "core/model/validation.h"
#include "core/storage/projectfile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hostreview;
using namespace hostreview::core;
using hostreview::testing::at;
using hostreview::testing::baseReview;

class TestCollabStorage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void v1FileMigratesToV2();
    void snapshotsStayBoundedThroughSaves();
    void jsonRoundTripIsByteIdentical();
    void jsonRefusesUnknownKeys_data();
    void jsonRefusesUnknownKeys();
    void validation_data();
    void validation();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static Review richCollabReview();

    QTemporaryDir m_dir;
};

using hostreview::tests::runSql;

void TestCollabStorage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(projectSchemaVersion(), 2);
}

Review TestCollabStorage::richCollabReview()
{
    Review r = baseReview();
    Comment reply = testing::comment(QStringLiteral("c-2"), QStringLiteral("c-1"), QStringLiteral("station"),
                                     QStringLiteral("pg"), QStringLiteral("bob"), at(4).addMSecs(250),
                                     QStringLiteral("Peak shows 6 busy — \"measured\"\nsee log"));
    reply.resolved = true;
    r.comments.push_back(reply);
    // No author, no time: both optional.
    r.comments.push_back(testing::comment(QStringLiteral("c-3"), QString(), QStringLiteral("checklist-item"),
                                          QStringLiteral("backups"), QString(), QDateTime(),
                                          QStringLiteral("Restore never tested")));
    r.audit.push_back({at(5), QStringLiteral("bob"), QStringLiteral("desk"), QStringLiteral("Undo Change servers of pg"), {}});
    r.audit.push_back({QDateTime(), QStringLiteral("carol"), QString(), QStringLiteral("Merge a and b"), QString()});
    recordRevision(r, QStringLiteral("alice"), at(6));
    r.station(QStringLiteral("pg"))->servers = 6;
    recordRevision(r, QStringLiteral("bob"), at(7), QStringLiteral("0e2f-other-side"));
    return r;
}

void TestCollabStorage::roundTrip()
{
    const Review review = richCollabReview();
    QVERIFY(!hasErrors(validate(review)));
    const QString file = path(QStringLiteral("roundtrip.hostreview"));
    const Result<void> saved = saveProject(review, file);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    const Result<Review> loaded = loadProject(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->comments, review.comments);
    QCOMPARE(loaded->audit, review.audit);
    QCOMPARE(loaded->history, review.history);
    QCOMPARE(loaded->revisionId, review.revisionId);
    QCOMPARE(*loaded, review);
    // The snapshot read back decompresses to the content saved at that revision.
    const Result<Review> first = snapshotReview(loaded->history.front());
    QVERIFY(first.ok());
    QCOMPARE(first->station(QStringLiteral("pg"))->servers, 4);
}

void TestCollabStorage::v1FileMigratesToV2()
{
    // A v1 file is a v2 file without the four new tables: make one by dropping them.
    Review review = baseReview();
    review.comments.clear();
    review.audit.clear();
    const QString file = path(QStringLiteral("v1.hostreview"));
    QVERIFY(saveProject(review, file).ok());
    QCOMPARE(runSql(file, {QStringLiteral("DROP TABLE comment"), QStringLiteral("DROP TABLE audit"),
                           QStringLiteral("DROP TABLE revision"), QStringLiteral("DROP TABLE revision_head"),
                           QStringLiteral("PRAGMA user_version = 1")}),
             QString());
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray before = raw.readAll();
    raw.close();

    const Result<Review> loaded = loadProject(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(*loaded, review);
    QVERIFY(loaded->comments.empty() && loaded->audit.empty() && loaded->history.empty());
    QVERIFY(loaded->revisionId.isEmpty());
    // The user's file was not touched; saving the migrated review writes schema 2 with the new tables.
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(raw.readAll(), before);
    raw.close();
    Review upgraded = *loaded;
    upgraded.comments = richCollabReview().comments;
    const QString out = path(QStringLiteral("v1-upgraded.hostreview"));
    QVERIFY(saveProject(upgraded, out).ok());
    const Result<Review> again = loadProject(out);
    QVERIFY(again.ok());
    QCOMPARE(again->comments, upgraded.comments);
}

void TestCollabStorage::snapshotsStayBoundedThroughSaves()
{
    Review review = baseReview();
    const QString file = path(QStringLiteral("bounded.hostreview"));
    const int saves = kMaxRevisionSnapshots + 5;
    for (int i = 0; i < saves; ++i) {
        review.station(QStringLiteral("web"))->servers = 1 + i;
        recordRevision(review, QStringLiteral("alice"), at(0).addSecs(i));
        QVERIFY(saveProject(review, file).ok());
        const Result<Review> loaded = loadProject(file);
        QVERIFY(loaded.ok());
        review = *loaded;
    }
    QCOMPARE(int(review.history.size()), saves);
    int kept = 0;
    for (const Revision &r : review.history)
        kept += r.snapshot.isEmpty() ? 0 : 1;
    QCOMPARE(kept, kMaxRevisionSnapshots);
    // Each revision's parent is the one saved before it.
    for (std::size_t i = 1; i < review.history.size(); ++i)
        QCOMPARE(review.history[i].parentId, review.history[i - 1].id);
}

void TestCollabStorage::jsonRoundTripIsByteIdentical()
{
    const Review review = richCollabReview();
    const QByteArray json = reviewToJson(review);
    const Result<Review> read = reviewFromJson(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(reviewToJson(*read), json);
    QCOMPARE(read->comments, review.comments);
    QCOMPARE(read->audit, review.audit);
    QCOMPARE(read->revisionId, review.revisionId);
    // The JSON carries the revisions' ids, not their snapshots.
    QCOMPARE(read->history.size(), review.history.size());
    for (std::size_t i = 0; i < review.history.size(); ++i) {
        Revision expected = review.history[i];
        expected.snapshot.clear();
        QCOMPARE(read->history[i], expected);
    }
    QVERIFY(!json.contains("snapshot"));
    // Key order: comments, audit, history, revision after evidence.
    const qsizetype evidence = json.indexOf("\n  \"evidence\"");
    const qsizetype comments = json.indexOf("\n  \"comments\"");
    const qsizetype audit = json.indexOf("\n  \"audit\"");
    const qsizetype history = json.indexOf("\n  \"history\"");
    const qsizetype revision = json.indexOf("\n  \"revision\"");
    QVERIFY(evidence > 0 && evidence < comments && comments < audit && audit < history && history < revision);
    // A review without any of them writes none of the keys.
    Review plain = baseReview();
    plain.comments.clear();
    plain.audit.clear();
    const QByteArray plainJson = reviewToJson(plain);
    QVERIFY(!plainJson.contains("\"comments\"") && !plainJson.contains("\"audit\"") && !plainJson.contains("\"history\""));
}

void TestCollabStorage::jsonRefusesUnknownKeys_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QString>("where");
    QTest::newRow("comment") << QByteArray(R"("comments": [{"id": "c-1", "target_kind": "station", "target": "pg", "colour": "red"}])")
                             << QStringLiteral("comments[c-1].colour");
    QTest::newRow("audit") << QByteArray(R"("audit": [{"action": "Open", "mood": "fine"}])") << QStringLiteral("audit[0].mood");
    QTest::newRow("history") << QByteArray(R"("history": [{"id": "r1", "snapshot": "eJw="}])")
                             << QStringLiteral("history[r1].snapshot");
}

void TestCollabStorage::jsonRefusesUnknownKeys()
{
    QFETCH(QByteArray, list);
    QFETCH(QString, where);
    const QByteArray json = R"({"format": "hostreview-model", "version": 1, "name": "x", "stations": [], "classes": [], )"
                            + list + "}";
    const Result<Review> read = reviewFromJson(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().where, where);
    QVERIFY2(read.error().message.startsWith(QStringLiteral("unknown key")), qPrintable(read.error().message));
}

void TestCollabStorage::validation_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("isError");
    QTest::newRow("duplicated id") << QStringLiteral("dup") << QStringLiteral("comments[c-1].id") << true;
    QTest::newRow("missing parent") << QStringLiteral("orphan") << QStringLiteral("comments[c-9].parent") << true;
    QTest::newRow("reply cycle") << QStringLiteral("cycle") << QStringLiteral("comments[c-1].parent") << true;
    QTest::newRow("unknown kind") << QStringLiteral("kind") << QStringLiteral("comments[c-1].target_kind") << true;
    QTest::newRow("text too long") << QStringLiteral("long") << QStringLiteral("comments[c-1].text") << true;
    QTest::newRow("deleted station") << QStringLiteral("deleted") << QStringLiteral("comments[c-1].target") << false;
    QTest::newRow("revision not in history") << QStringLiteral("head") << QStringLiteral("revision") << true;
}

void TestCollabStorage::validation()
{
    QFETCH(QString, edit);
    QFETCH(QString, where);
    QFETCH(bool, isError);
    Review r = baseReview();
    QVERIFY(!hasErrors(validate(r)));
    Comment extra = r.comments[0];
    if (edit == QLatin1String("dup")) {
        r.comments.push_back(extra);
    } else if (edit == QLatin1String("orphan")) {
        extra.id = QStringLiteral("c-9");
        extra.parentId = QStringLiteral("c-404");
        r.comments.push_back(extra);
    } else if (edit == QLatin1String("cycle")) {
        extra.id = QStringLiteral("c-2");
        extra.parentId = QStringLiteral("c-1");
        r.comments.push_back(extra);
        r.comments[0].parentId = QStringLiteral("c-2");
    } else if (edit == QLatin1String("kind")) {
        r.comments[0].targetKind = QStringLiteral("zone");
    } else if (edit == QLatin1String("long")) {
        r.comments[0].text = QString(kMaxCommentChars + 1, QLatin1Char('x'));
    } else if (edit == QLatin1String("deleted")) {
        r.comments[0].targetId = QStringLiteral("gone");
    } else {
        r.revisionId = QStringLiteral("not-recorded");
    }
    int matching = 0;
    for (const Problem &p : validate(r))
        if (p.where == where) {
            ++matching;
            QCOMPARE(p.severity == Severity::Error, isError);
        }
    QVERIFY2(matching >= 1, qPrintable(where));
}

QTEST_GUILESS_MAIN(TestCollabStorage)
#include "tst_collabstorage.moc"
