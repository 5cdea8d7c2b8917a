// Comment commands and the audit recorder: push, check the document, undo, check it is restored,
// redo (the house pattern for command tests); the recorder's entries for push, undo, redo, merge.

#include "collabfixture.h"

#include "core/commands/answercommands.h"
#include "core/commands/auditrecorder.h"
#include "core/commands/commentcommands.h"
#include "core/commands/stationcommands.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace hostreview;
using namespace hostreview::core;
using namespace hostreview::commands;
using hostreview::testing::at;
using hostreview::testing::baseReview;

class TestCollabCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addReplyUndoRedo();
    void addCommentRefusesBadInput_data();
    void addCommentRefusesBadInput();
    void removeThreadRestoresOrder();
    void resolveThread();
    void editText();
    void auditRecorder();
    void auditRecorderIgnoresMergedTyping();
    void auditRecorderAtTheUndoLimit();
    void recordRevisionDoesNotModify();
    void summary();

private:
    static Comment reply(const QString &id, const QString &parent, const QString &text)
    {
        return testing::comment(id, parent, QStringLiteral("station"), QStringLiteral("pg"), QStringLiteral("bob"), at(10), text);
    }
};

void TestCollabCommands::addReplyUndoRedo()
{
    ReviewDocument doc;
    doc.setReview(baseReview());
    QUndoStack stack;
    QSignalSpy added(&doc, &ReviewDocument::commentAdded);
    const Comment c = reply(doc.uniqueCommentId(), QStringLiteral("c-1"), QStringLiteral("6 at peak"));
    QCOMPARE(c.id, QStringLiteral("c-2"));
    stack.push(new AddCommentCommand(&doc, c));
    QCOMPARE(doc.review().comments.size(), std::size_t(2));
    QCOMPARE(*doc.review().comment(QStringLiteral("c-2")), c);
    QCOMPARE(added.count(), 1);
    QVERIFY(doc.isModified());
    QCOMPARE(stack.text(0), QStringLiteral("Reply to comment c-1"));
    stack.undo();
    QCOMPARE(doc.review().comments, baseReview().comments);
    stack.redo();
    QCOMPARE(*doc.review().comment(QStringLiteral("c-2")), c);
}

void TestCollabCommands::addCommentRefusesBadInput_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("where");
    QTest::newRow("taken id") << QStringLiteral("taken") << QStringLiteral("comments[c-1].id");
    QTest::newRow("invalid id") << QStringLiteral("invalid") << QStringLiteral("comments[a b].id");
    QTest::newRow("no such station") << QStringLiteral("station") << QStringLiteral("comments[c-5].target");
    QTest::newRow("no such parent") << QStringLiteral("parent") << QStringLiteral("comments[c-5].parent");
    QTest::newRow("parent on another target") << QStringLiteral("other") << QStringLiteral("comments[c-5].parent");
    QTest::newRow("unknown kind") << QStringLiteral("kind") << QStringLiteral("comments[c-5].target_kind");
}

void TestCollabCommands::addCommentRefusesBadInput()
{
    QFETCH(QString, edit);
    QFETCH(QString, where);
    ReviewDocument doc;
    doc.setReview(baseReview());
    Comment c = reply(QStringLiteral("c-5"), QString(), QStringLiteral("x"));
    if (edit == QLatin1String("taken"))
        c.id = QStringLiteral("c-1");
    else if (edit == QLatin1String("invalid"))
        c.id = QStringLiteral("a b");
    else if (edit == QLatin1String("station"))
        c.targetId = QStringLiteral("nowhere");
    else if (edit == QLatin1String("parent"))
        c.parentId = QStringLiteral("c-404");
    else if (edit == QLatin1String("other")) {
        c.parentId = QStringLiteral("c-1");
        c.targetId = QStringLiteral("web");
    } else
        c.targetKind = QStringLiteral("zone");
    const Result<void> r = doc.addComment(c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, where);
    QCOMPARE(doc.review().comments, baseReview().comments);
    QVERIFY(!doc.isModified());
}

void TestCollabCommands::removeThreadRestoresOrder()
{
    ReviewDocument doc;
    Review r = baseReview();
    r.comments.push_back(reply(QStringLiteral("c-2"), QStringLiteral("c-1"), QStringLiteral("a")));
    Comment onWeb = reply(QStringLiteral("c-3"), QString(), QStringLiteral("b"));
    onWeb.targetId = QStringLiteral("web");
    r.comments.push_back(onWeb);
    r.comments.push_back(reply(QStringLiteral("c-4"), QStringLiteral("c-2"), QStringLiteral("c")));
    doc.setReview(r);
    QUndoStack stack;
    stack.push(new RemoveCommentCommand(&doc, QStringLiteral("c-1")));
    // The root, its reply and the reply to the reply go; the comment on web stays.
    QCOMPARE(doc.review().comments.size(), std::size_t(1));
    QCOMPARE(doc.review().comments[0].id, QStringLiteral("c-3"));
    stack.undo();
    QCOMPARE(doc.review().comments, r.comments);
    stack.redo();
    QCOMPARE(doc.review().comments.size(), std::size_t(1));
}

void TestCollabCommands::resolveThread()
{
    ReviewDocument doc;
    Review r = baseReview();
    r.comments.push_back(reply(QStringLiteral("c-2"), QStringLiteral("c-1"), QStringLiteral("a")));
    doc.setReview(r);
    QUndoStack stack;
    stack.push(new SetCommentResolvedCommand(&doc, QStringLiteral("c-1"), true));
    QVERIFY(doc.review().comment(QStringLiteral("c-1"))->resolved);
    QVERIFY(doc.review().comment(QStringLiteral("c-2"))->resolved);
    stack.undo();
    QCOMPARE(doc.review().comments, r.comments);
    stack.redo();
    QVERIFY(doc.review().comment(QStringLiteral("c-2"))->resolved);
    // Reopening a reply reopens only that reply.
    stack.push(new SetCommentResolvedCommand(&doc, QStringLiteral("c-2"), false));
    QVERIFY(doc.review().comment(QStringLiteral("c-1"))->resolved);
    QVERIFY(!doc.review().comment(QStringLiteral("c-2"))->resolved);
}

void TestCollabCommands::editText()
{
    ReviewDocument doc;
    doc.setReview(baseReview());
    QUndoStack stack;
    stack.push(new EditCommentCommand(&doc, QStringLiteral("c-1"), QStringLiteral("Is 4 enough at month end?")));
    QCOMPARE(doc.review().comment(QStringLiteral("c-1"))->text, QStringLiteral("Is 4 enough at month end?"));
    QCOMPARE(doc.review().comment(QStringLiteral("c-1"))->author, QStringLiteral("alice"));
    stack.undo();
    QCOMPARE(doc.review().comment(QStringLiteral("c-1"))->text, QStringLiteral("Is 4 enough?"));
    // A text over the limit is refused by the document; the command becomes obsolete.
    QVERIFY(!doc.setComment(QStringLiteral("c-1"), [&] {
                   Comment c = *doc.review().comment(QStringLiteral("c-1"));
                   c.text = QString(kMaxCommentChars + 1, QLatin1Char('y'));
                   return c;
               }())
                 .ok());
}

void TestCollabCommands::auditRecorder()
{
    ReviewDocument doc;
    doc.setReview(baseReview());
    QUndoStack stack;
    AuditRecorder recorder(&stack, &doc);
    recorder.setReviewer(QStringLiteral("carol"));
    const std::size_t before = doc.review().audit.size();
    QSignalSpy appended(&doc, &ReviewDocument::auditAppended);

    stack.push(new AddStationCommand(&doc, testing::station(QStringLiteral("redis"), 1)));
    const QString station = stack.text(0);
    QVERIFY(station.contains(QStringLiteral("REDIS")) || station.contains(QStringLiteral("redis")));
    stack.push(new AddCommentCommand(&doc, reply(QStringLiteral("c-2"), QStringLiteral("c-1"), QStringLiteral("ok"))));
    stack.undo();
    stack.redo();
    stack.undo();
    stack.undo();
    // A new push after undoing discards the redo commands: a push, not a redo.
    stack.push(new SetCommentResolvedCommand(&doc, QStringLiteral("c-1"), true));
    stack.setIndex(0);

    QStringList actions;
    for (std::size_t i = before; i < doc.review().audit.size(); ++i)
        actions << doc.review().audit[i].action;
    QCOMPARE(actions, (QStringList{station, QStringLiteral("Reply to comment c-1"),
                                   QStringLiteral("Undo Reply to comment c-1"), QStringLiteral("Redo Reply to comment c-1"),
                                   QStringLiteral("Undo Reply to comment c-1"), QStringLiteral("Undo ") + station,
                                   QStringLiteral("Resolve comment c-1"), QStringLiteral("Undo Resolve comment c-1")}));
    QCOMPARE(appended.count(), actions.size());
    // Each entry names what its command changed, in the paths diff and merge use; undo and redo
    // name the same object as the edit.
    QStringList targets;
    for (std::size_t i = before; i < doc.review().audit.size(); ++i)
        targets << doc.review().audit[i].target;
    const QString redis = QStringLiteral("stations[redis]"), reply2 = QStringLiteral("comments[c-2]"),
                  resolved1 = QStringLiteral("comments[c-1].resolved");
    QCOMPARE(targets, (QStringList{redis, reply2, reply2, reply2, reply2, redis, resolved1, resolved1}));
    const AuditEntry &last = doc.review().audit.back();
    QCOMPARE(last.who, QStringLiteral("carol"));
    QVERIFY(!last.host.isEmpty());
    QCOMPARE(last.when.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(last.when.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestCollabCommands::auditRecorderIgnoresMergedTyping()
{
    ReviewDocument doc;
    doc.setReview(baseReview());
    QUndoStack stack;
    AuditRecorder recorder(&stack, &doc);
    const std::size_t before = doc.review().audit.size();
    ChecklistAnswer a = *doc.review().answer(QStringLiteral("backups"));
    for (const QString &text : {QStringLiteral("n"), QStringLiteral("ni"), QStringLiteral("nightly")}) {
        a.notes = text;
        stack.push(new EditAnswerNotesCommand(&doc, QStringLiteral("backups"), a));
    }
    QCOMPARE(stack.count(), 1);
    QCOMPARE(doc.review().audit.size(), before + 1);
    QCOMPARE(doc.review().audit.back().action, stack.text(0));
    QCOMPARE(doc.review().audit.back().target, QStringLiteral("answers[backups].notes"));
    // The audit log is a record, not an edit: appending did not emit edited().
    QSignalSpy edited(&doc, &ReviewDocument::edited);
    doc.appendAudit(makeAuditEntry(QStringLiteral("x"), QStringLiteral("Open")));
    QCOMPARE(edited.count(), 0);
}

void TestCollabCommands::auditRecorderAtTheUndoLimit()
{
    // With an undo limit, a push drops the oldest command: the index stays, yet it is a new edit.
    ReviewDocument doc;
    doc.setReview(baseReview());
    QUndoStack stack;
    stack.setUndoLimit(2);
    AuditRecorder recorder(&stack, &doc);
    const std::size_t before = doc.review().audit.size();
    for (int i = 0; i < 4; ++i)
        stack.push(new EditCommentCommand(&doc, QStringLiteral("c-1"), QStringLiteral("text %1").arg(i)));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(doc.review().audit.size(), before + 4);
}

void TestCollabCommands::recordRevisionDoesNotModify()
{
    ReviewDocument doc;
    doc.setReview(baseReview());
    QSignalSpy history(&doc, &ReviewDocument::historyChanged);
    doc.recordRevision(QStringLiteral("alice"));
    QVERIFY(!doc.isModified());
    QCOMPARE(history.count(), 1);
    QCOMPARE(doc.review().history.size(), std::size_t(1));
    QCOMPARE(doc.review().revisionId, doc.review().history[0].id);
    doc.recordRevision(QStringLiteral("alice"));
    QCOMPARE(doc.review().history[1].parentId, doc.review().history[0].id);
}

void TestCollabCommands::summary()
{
    // Worked by hand: ana 3 entries (09:00–09:20), bo 2 (09:01 and 09:05);
    // objects: stations[pg] 2 (two fields), classes[orders] 1, comments[c-1] 1; one entry has no target.
    Review r;
    auto entry = [](int minute, const QString &who, const QString &target) {
        return AuditEntry{at(minute), who, QStringLiteral("h"), QStringLiteral("edit"), target};
    };
    r.audit = {entry(1, QStringLiteral("bo"), QStringLiteral("classes[orders]")),
               entry(0, QStringLiteral("ana"), QStringLiteral("stations[pg].servers")),
               entry(5, QStringLiteral("bo"), QStringLiteral("stations[pg].name")),
               entry(10, QStringLiteral("ana"), QStringLiteral("comments[c-1]")),
               entry(20, QStringLiteral("ana"), QString())};
    r.history = {Revision{QStringLiteral("r1"), {}, {}, at(2), QStringLiteral("ana"), {}},
                 Revision{QStringLiteral("r2"), QStringLiteral("r1"), {}, at(6), QStringLiteral("bo"), {}},
                 Revision{QStringLiteral("r3"), QStringLiteral("r1"), QStringLiteral("r2"), at(21), QStringLiteral("ana"), {}}};
    r.comments = {testing::comment(QStringLiteral("c-1"), {}, commentTargets::station(), QStringLiteral("pg"),
                                   QStringLiteral("ana"), at(3), QStringLiteral("?")),
                  testing::comment(QStringLiteral("c-2"), QStringLiteral("c-1"), commentTargets::station(),
                                   QStringLiteral("pg"), QStringLiteral("bo"), at(4), QStringLiteral("!")),
                  testing::comment(QStringLiteral("c-3"), {}, commentTargets::station(), QStringLiteral("pg"),
                                   QStringLiteral("bo"), at(7), QStringLiteral("?"))};
    r.comments[0].resolved = true;

    const CollabSummary s = summariseCollab(r, 2);
    QCOMPARE(s.entries, 5);
    QCOMPARE(s.first, at(0));
    QCOMPARE(s.last, at(20));
    QCOMPARE(s.reviewers.size(), std::size_t(2));
    QCOMPARE(s.reviewers[0].name, QStringLiteral("ana"));
    QCOMPARE(s.reviewers[0].entries, 3);
    QCOMPARE(s.reviewers[0].first, at(0));
    QCOMPARE(s.reviewers[0].last, at(20));
    QCOMPARE(s.reviewers[1].name, QStringLiteral("bo"));
    QCOMPARE(s.reviewers[1].entries, 2);
    QCOMPARE(s.reviewers[1].first, at(1));
    QCOMPARE(s.reviewers[1].last, at(5));
    QCOMPARE(s.objects.size(), std::size_t(2)); // bounded to the two most changed
    QCOMPARE(s.objects[0].path, QStringLiteral("stations[pg]"));
    QCOMPARE(s.objects[0].entries, 2);
    QCOMPARE(s.objects[1].path, QStringLiteral("classes[orders]")); // ties by path: classes < comments
    QCOMPARE(s.objects[1].entries, 1);
    QCOMPARE(s.revisions, 3);
    QCOMPARE(s.merges, 1);
    QCOMPARE(s.threads, 2);
    QCOMPARE(s.openThreads, 1);

    const CollabSummary none = summariseCollab(Review{});
    QCOMPARE(none.entries, 0);
    QVERIFY(!none.first.isValid());
    QVERIFY(none.reviewers.empty());
    QVERIFY(none.objects.empty());
}

QTEST_MAIN(TestCollabCommands)
#include "tst_collabcommands.moc"
