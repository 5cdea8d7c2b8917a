// hostreview-cli diff, merge and audit, run as a separate process: exit codes, files written,
// the fields named. The inputs are made here from the merge fixture, so each expected value is
// the edit the test made.

#include "collabfixture.h"

#include "core/interchange/jsoncodec.h"
#include "core/interchange/reviewfile.h"
#include "core/merge/revisions.h"
#include "core/model/stationkinds.h"

#include "tests/support/clirun.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hostreview;
using namespace hostreview::core;
using hostreview::testing::answer;
using hostreview::testing::at;
using hostreview::testing::baseReview;

class TestMergeCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void diffExitCodes_data();
    void diffExitCodes();
    void diffJson();
    void mergeThreeFilesWithoutConflict();
    void mergeConflictWritesNothing();
    void mergePreferTheirs();
    void mergeTwoProjectsViaCommonRevision();
    void mergeTwoFilesWithoutSharedRevision();
    void commentsListsThreads();
    void importLogIsAudited();
    void mergeUsage_data();
    void mergeUsage();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args) const;
    QString write(const QString &name, const Review &review) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestMergeCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HOSTREVIEW_CLI_PATH)).isExecutable(), HOSTREVIEW_CLI_PATH);
}

TestMergeCli::Run TestMergeCli::cli(const QStringList &args) const
{
    const testing::CliRun run = testing::runCli(QStringLiteral(HOSTREVIEW_CLI_PATH), args,
                                                {{QStringLiteral("HOSTREVIEW_REVIEWER"), QStringLiteral("merge-bot")}});
    return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
}

QString TestMergeCli::write(const QString &name, const Review &review) const
{
    const QString file = path(name);
    QFile::remove(file);
    const Result<void> written = writeReviewFile(review, file);
    if (!written)
        qFatal("cannot write %s: %s", qPrintable(file), qPrintable(written.error().toString()));
    return file;
}

void TestMergeCli::diffExitCodes_data()
{
    QTest::addColumn<bool>("edit");
    QTest::addColumn<bool>("missing");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("same") << false << false << 0;
    QTest::newRow("different") << true << false << 1;
    QTest::newRow("unreadable") << false << true << 2;
}

void TestMergeCli::diffExitCodes()
{
    QFETCH(bool, edit);
    QFETCH(bool, missing);
    QFETCH(int, exitCode);
    const Review a = baseReview();
    Review b = a;
    if (edit)
        b.station(QStringLiteral("pg"))->servers = 8;
    const QString fa = write(QStringLiteral("diff-a.hostreview"), a);
    const QString fb = missing ? path(QStringLiteral("nope.json")) : write(QStringLiteral("diff-b.json"), b);
    const Run run = cli({QStringLiteral("diff"), fa, fb});
    QCOMPARE(run.exitCode, exitCode);
    if (edit)
        QCOMPARE(run.out, QStringLiteral("stations[pg].servers: 4 → 8\n"));
    if (missing)
        QVERIFY2(run.err.contains(QStringLiteral("nope.json")), qPrintable(run.err));
}

void TestMergeCli::diffJson()
{
    const Review a = baseReview();
    Review b = a;
    b.answers.push_back(answer(QStringLiteral("monitoring"), AnswerStatus::Met, QStringLiteral("bob")));
    const Run run = cli({QStringLiteral("diff"), write(QStringLiteral("dj-a.json"), a), write(QStringLiteral("dj-b.json"), b),
                         QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("\"path\": \"answers[monitoring]\"")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("\"kind\": \"added\"")));
}

void TestMergeCli::mergeThreeFilesWithoutConflict()
{
    const Review base = baseReview();
    const auto [ours, theirs] = testing::twoReviewersEdits(base); // the issue's acceptance edits
    const QString out = path(QStringLiteral("merged.hostreview"));
    const Run run = cli({QStringLiteral("merge"), write(QStringLiteral("base.json"), base), write(QStringLiteral("ours.json"), ours),
                         write(QStringLiteral("theirs.hostreview"), theirs), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("applied (theirs): stations[web].servers: 2 → 3")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("applied (ours): stations[pg].servers: 4 → 8")));
    const Result<Review> merged = readReviewFile(out);
    QVERIFY(merged.ok());
    QCOMPARE(merged->station(QStringLiteral("pg"))->servers, 8);
    QCOMPARE(merged->station(QStringLiteral("web"))->servers, 3);
    QVERIFY(merged->answer(QStringLiteral("monitoring")) && merged->answer(QStringLiteral("ha-failover")));
    // The merge is in the audit log, by the reviewer named in the environment, and is a new revision.
    QCOMPARE(merged->audit.back().who, QStringLiteral("merge-bot"));
    QCOMPARE(merged->audit.back().action, QStringLiteral("Merge ours.json and theirs.hostreview"));
    QCOMPARE(merged->history.size(), std::size_t(1));
    QCOMPARE(merged->revisionId, merged->history.back().id);
    const Run audit = cli({QStringLiteral("audit"), out});
    QCOMPARE(audit.exitCode, 0);
    QVERIFY2(audit.out.contains(QStringLiteral("merge-bot@")) && audit.out.contains(QStringLiteral("Merge ours.json")),
             qPrintable(audit.out));
}

void TestMergeCli::mergeConflictWritesNothing()
{
    const Review base = baseReview();
    Review ours = base;
    ours.station(QStringLiteral("pg"))->servers = 8;
    Review theirs = base;
    theirs.station(QStringLiteral("pg"))->servers = 6;
    const QString out = path(QStringLiteral("conflict.hostreview"));
    QFile::remove(out);
    const Run run = cli({QStringLiteral("merge"), write(QStringLiteral("cb.json"), base), write(QStringLiteral("co.json"), ours),
                         write(QStringLiteral("ct.json"), theirs), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QStringLiteral("conflict: stations[pg].servers: base 4, ours 8, theirs 6")), qPrintable(run.out));
    QVERIFY(run.err.contains(QStringLiteral("1 conflict(s) remain")));
    QVERIFY(!QFileInfo::exists(out));
}

void TestMergeCli::mergePreferTheirs()
{
    const Review base = baseReview();
    Review ours = base;
    ours.station(QStringLiteral("pg"))->servers = 8;
    ours.station(QStringLiteral("web"))->servers = 5;
    Review theirs = base;
    theirs.station(QStringLiteral("pg"))->servers = 6;
    const QString out = path(QStringLiteral("prefer.json"));
    const Run run = cli({QStringLiteral("merge"), write(QStringLiteral("pb.json"), base), write(QStringLiteral("po.json"), ours),
                         write(QStringLiteral("pt.json"), theirs), QStringLiteral("-o"), out, QStringLiteral("--prefer"),
                         QStringLiteral("theirs")});
    QCOMPARE(run.exitCode, 0);
    const Result<Review> merged = readReviewFile(out);
    QVERIFY(merged.ok());
    QCOMPARE(merged->station(QStringLiteral("pg"))->servers, 6);
    QCOMPARE(merged->station(QStringLiteral("web"))->servers, 5);
}

void TestMergeCli::mergeTwoProjectsViaCommonRevision()
{
    Review base = baseReview();
    recordRevision(base, QStringLiteral("alice"), at(10));
    Review ours = base;
    ours.station(QStringLiteral("pg"))->servers = 8;
    recordRevision(ours, QStringLiteral("alice"), at(20));
    Review theirs = base;
    theirs.answers.push_back(answer(QStringLiteral("monitoring"), AnswerStatus::Met, QStringLiteral("bob")));
    recordRevision(theirs, QStringLiteral("bob"), at(30));
    const QString out = path(QStringLiteral("two.hostreview"));
    const Run run = cli({QStringLiteral("merge"), write(QStringLiteral("alice.hostreview"), ours),
                         write(QStringLiteral("bob.hostreview"), theirs), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Common ancestor: revision ") + base.revisionId), qPrintable(run.out));
    const Result<Review> merged = readReviewFile(out);
    QVERIFY(merged.ok());
    QCOMPARE(merged->station(QStringLiteral("pg"))->servers, 8);
    QVERIFY(merged->answer(QStringLiteral("monitoring")));
    // The merge revision has both sides as parents.
    QCOMPARE(merged->history.back().parentId, ours.revisionId);
    QCOMPARE(merged->history.back().secondParentId, theirs.revisionId);
    QCOMPARE(merged->history.size(), std::size_t(4));
}

void TestMergeCli::mergeTwoFilesWithoutSharedRevision()
{
    const Run run = cli({QStringLiteral("merge"), write(QStringLiteral("x.json"), baseReview()),
                         write(QStringLiteral("y.json"), baseReview()), QStringLiteral("-o"), path(QStringLiteral("xy.json"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("share no saved revision")), qPrintable(run.err));
}

void TestMergeCli::commentsListsThreads()
{
    Review r = baseReview();
    r.comments.push_back(testing::comment(QStringLiteral("c-2"), QStringLiteral("c-1"), QStringLiteral("station"),
                                          QStringLiteral("pg"), QStringLiteral("bob"), at(30), QStringLiteral("Six at peak")));
    Comment onItem = testing::comment(QStringLiteral("c-3"), QString(), QStringLiteral("checklist-item"),
                                      QStringLiteral("backups"), QStringLiteral("carol"), at(45), QStringLiteral("Restore drill?"));
    onItem.resolved = true;
    r.comments.push_back(onItem);
    const QString file = write(QStringLiteral("comments.hostreview"), r);
    const Run all = cli({QStringLiteral("comments"), file});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out, QStringLiteral("station pg:\n"
                                     "  [c-1] alice, 2026-11-20 09:00Z\n"
                                     "    Is 4 enough?\n"
                                     "    [c-2] bob, 2026-11-20 09:30Z\n"
                                     "      Six at peak\n"
                                     "\n"
                                     "checklist-item backups:\n"
                                     "  [c-3] carol, 2026-11-20 09:45Z  (resolved)\n"
                                     "    Restore drill?\n"));
    const Run open = cli({QStringLiteral("comments"), file, QStringLiteral("--open")});
    QCOMPARE(open.exitCode, 0);
    QVERIFY(!open.out.contains(QStringLiteral("c-3")));
    QVERIFY(open.out.contains(QStringLiteral("[c-2] bob")));
}

void TestMergeCli::importLogIsAudited()
{
    // import-log --into changes the project: it appends an audit entry and records a revision.
    Review r;
    r.name = QStringLiteral("audited import");
    r.stations = {makeStation(QStringLiteral("odoo-http"), QStringLiteral("odoo"), QStringLiteral("Odoo")),
                  makeStation(QStringLiteral("postgresql-primary"), QStringLiteral("pg"), QStringLiteral("PostgreSQL"))};
    WorkloadClass c;
    c.id = QStringLiteral("api");
    c.name = QStringLiteral("API");
    c.arrivalRate = 5.0;
    c.demands = {Demand{QStringLiteral("odoo"), 1.0, 0.2, {}}, Demand{QStringLiteral("pg"), 1.0, 0.05, {}}};
    r.classes.push_back(c);
    const QString project = write(QStringLiteral("import.hostreview"), r);
    const QString log = path(QStringLiteral("odoo.log"));
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("2026-03-03 09:00:00,100 4242 INFO prod werkzeug: 192.0.2.1 - - [03/Mar/2026 09:00:00] \"POST /jsonrpc HTTP/1.1\" 200 - 4 0.010 0.090\n"
            "2026-03-03 10:00:00,140 4242 INFO prod werkzeug: 192.0.2.1 - - [03/Mar/2026 10:00:00] \"POST /jsonrpc HTTP/1.1\" 200 - 6 0.030 0.110\n");
    f.close();
    const Run run = cli({QStringLiteral("import-log"), log, QStringLiteral("--into"), project, QStringLiteral("--bucket"),
                         QStringLiteral("1h")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const Result<Review> back = readReviewFile(project);
    QVERIFY(back.ok());
    QCOMPARE(back->audit.size(), std::size_t(1));
    QCOMPARE(back->audit.back().action, QStringLiteral("Import measurements (import-log)"));
    QCOMPARE(back->audit.back().who, QStringLiteral("merge-bot"));
    QCOMPARE(back->history.size(), std::size_t(1));
    QCOMPARE(back->revisionId, back->history.back().id);
}

void TestMergeCli::mergeUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no output") << QStringList{QStringLiteral("merge"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("one file") << QStringList{QStringLiteral("merge"), QStringLiteral("a"), QStringLiteral("-o"), QStringLiteral("c")};
    QTest::newRow("bad prefer") << QStringList{QStringLiteral("merge"), QStringLiteral("a"), QStringLiteral("b"),
                                               QStringLiteral("-o"), QStringLiteral("c"), QStringLiteral("--prefer"),
                                               QStringLiteral("mine")};
    QTest::newRow("diff bad format") << QStringList{QStringLiteral("diff"), QStringLiteral("a"), QStringLiteral("b"),
                                                    QStringLiteral("--format"), QStringLiteral("xml")};
}

void TestMergeCli::mergeUsage()
{
    QFETCH(QStringList, args);
    QCOMPARE(cli(args).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestMergeCli)
#include "tst_mergecli.moc"
