// Three-way merge and diff of reviews by stable ids (core/merge/merge.h). Every expectation is the
// hand-worked outcome of the edits each test makes to the fixture: which side changed which field.

#include "collabfixture.h"

#include "core/interchange/jsoncodec.h"
#include "core/merge/merge.h"
#include "core/merge/revisions.h"
#include "core/model/validation.h"

#include <QElapsedTimer>
#include <QTest>

using namespace hostreview;
using namespace hostreview::core;
using hostreview::testing::answer;
using hostreview::testing::at;
using hostreview::testing::baseReview;
using hostreview::testing::station;

class TestMerge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoReviewersDifferentItemsAndStationsMergeCleanly();
    void sameFieldIsAConflictNamingIt_data();
    void sameFieldIsAConflictNamingIt();
    void sameChangeOnBothSidesIsNoConflict();
    void addedStationsFromBothSides();
    void addVsAddOfTheSameIdConflicts();
    void deleteVsEditConflicts_data();
    void deleteVsEditConflicts();
    void deleteOfAnUnchangedElementApplies();
    void emptiedRequiredListStays();
    void positionIsOneValue();
    void commentsFromBothSides();
    void evidenceFromBothSides();
    void profilesMerge();
    void hostingAnswersMergeByKey();
    void scenariosAndClassesMerge();
    void auditLogsAreUnitedInTimeOrder();
    void resolveWithChoices();
    void resolveRefusesUnknownPath();
    void mergedReviewValidates();
    void twoFileMergeViaCommonRevision();
    void noCommonRevisionIsAnError();
    void snapshotsAreBounded();
    void hostileSnapshotsRefused_data();
    void hostileSnapshotsRefused();
    void largeReviewsMergeQuickly();
    void diffTexts_data();
    void diffTexts();
    void diffOfEqualReviewsIsEmpty();

private:
    static MergeResult merged(const Review &base, const Review &ours, const Review &theirs)
    {
        Result<MergeResult> r = mergeReviews(base, ours, theirs);
        if (!r)
            qFatal("merge failed: %s", qPrintable(r.error().toString()));
        return std::move(r).value();
    }
    static QStringList conflictPaths(const MergeResult &r)
    {
        QStringList paths;
        for (const Conflict &c : r.conflicts)
            paths << c.path;
        return paths;
    }
};

// The acceptance test: two reviewers answer different checklist items and edit different
// stations from a common base; the merge contains both without conflict.
void TestMerge::twoReviewersDifferentItemsAndStationsMergeCleanly()
{
    const Review base = baseReview();
    const auto [alice, bob] = testing::twoReviewersEdits(base);

    const MergeResult r = merged(base, alice, bob);
    QVERIFY2(r.conflicts.isEmpty(), qPrintable(conflictPaths(r).join(QLatin1Char(' '))));
    QCOMPARE(r.merged.station(QStringLiteral("pg"))->servers, 8);
    QCOMPARE(r.merged.station(QStringLiteral("web"))->servers, 3);
    QVERIFY(r.merged.answer(QStringLiteral("monitoring")));
    QCOMPARE(r.merged.answer(QStringLiteral("monitoring"))->status, AnswerStatus::Met);
    QVERIFY(r.merged.answer(QStringLiteral("ha-failover")));
    QCOMPARE(r.merged.answer(QStringLiteral("ha-failover"))->status, AnswerStatus::Partly);
    QCOMPARE(r.merged.answer(QStringLiteral("backups"))->status, AnswerStatus::Met);
    QCOMPARE(r.merged.answers.size(), std::size_t(3));
    // Four changes from the base: two answers added, two server counts changed.
    QStringList applied;
    for (const Difference &d : r.applied)
        applied << d.path;
    applied.sort();
    QCOMPARE(applied, (QStringList{QStringLiteral("answers[ha-failover]"), QStringLiteral("answers[monitoring]"),
                                   QStringLiteral("stations[pg].servers"), QStringLiteral("stations[web].servers")}));
    QVERIFY(!hasErrors(r.problems));
}

void TestMerge::sameFieldIsAConflictNamingIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("path");
    QTest::newRow("station servers") << QStringLiteral("servers") << QStringLiteral("stations[pg].servers");
    QTest::newRow("answer status") << QStringLiteral("status") << QStringLiteral("answers[backups].status");
    QTest::newRow("class arrival rate") << QStringLiteral("arrival") << QStringLiteral("classes[orders].arrival_rate");
    QTest::newRow("link calls") << QStringLiteral("calls") << QStringLiteral("links[web→pg].calls.orders");
    QTest::newRow("demand service time") << QStringLiteral("service") << QStringLiteral("classes[orders].demands[pg].service_time");
    QTest::newRow("review name") << QStringLiteral("name") << QStringLiteral("name");
}

// The acceptance test's second half: editing the same field differently gives a conflict naming it.
void TestMerge::sameFieldIsAConflictNamingIt()
{
    QFETCH(QString, field);
    QFETCH(QString, path);
    const Review base = baseReview();
    Review ours = base;
    Review theirs = base;
    const auto edit = [&](Review &r, int n) {
        if (field == QLatin1String("servers"))
            r.station(QStringLiteral("pg"))->servers = 4 + 2 * n;
        else if (field == QLatin1String("status"))
            r.answers[0].status = n == 1 ? AnswerStatus::NotMet : AnswerStatus::Partly;
        else if (field == QLatin1String("arrival"))
            r.classes[0].arrivalRate = 1.5 + n;
        else if (field == QLatin1String("calls"))
            r.links[0].calls[QStringLiteral("orders")] = 2.0 + n;
        else if (field == QLatin1String("service"))
            r.classes[0].demands[1].serviceTime = 0.01 * (1 + n);
        else
            r.name = QStringLiteral("Edited by %1").arg(n);
    };
    edit(ours, 1);
    edit(theirs, 2);
    const MergeResult r = merged(base, ours, theirs);
    QCOMPARE(conflictPaths(r), QStringList{path});
    const Conflict &c = r.conflicts.constFirst();
    QVERIFY(!c.base.isUndefined());
    QVERIFY(c.ours != c.theirs);
    QVERIFY2(c.text.startsWith(path + QStringLiteral(": ")), qPrintable(c.text));
    // Provisionally, ours.
    QCOMPARE(reviewToJson(r.merged), reviewToJson(ours));
}

void TestMerge::sameChangeOnBothSidesIsNoConflict()
{
    const Review base = baseReview();
    Review ours = base;
    ours.station(QStringLiteral("pg"))->servers = 6;
    Review theirs = ours;
    const MergeResult r = merged(base, ours, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.station(QStringLiteral("pg"))->servers, 6);
    QCOMPARE(r.applied.size(), 1);
    QCOMPARE(r.applied.constFirst().origin, ChangeOrigin::Both);
}

void TestMerge::addedStationsFromBothSides()
{
    const Review base = baseReview();
    Review ours = base;
    ours.stations.push_back(station(QStringLiteral("redis"), 1));
    Review theirs = base;
    theirs.stations.push_back(station(QStringLiteral("worker"), 2));
    const MergeResult r = merged(base, ours, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QStringList ids;
    for (const Station &s : r.merged.stations)
        ids << s.id;
    // Ours in our order; theirs' addition after the station it follows on their side (cache).
    QCOMPARE(ids, (QStringList{QStringLiteral("web"), QStringLiteral("pg"), QStringLiteral("cache"),
                               QStringLiteral("worker"), QStringLiteral("redis")}));
    QCOMPARE(r.merged.station(QStringLiteral("worker"))->servers, 2);
}

void TestMerge::addVsAddOfTheSameIdConflicts()
{
    const Review base = baseReview();
    Review ours = base;
    ours.stations.push_back(station(QStringLiteral("redis"), 1));
    Review theirs = base;
    theirs.stations.push_back(station(QStringLiteral("redis"), 3));
    const MergeResult r = merged(base, ours, theirs);
    QCOMPARE(conflictPaths(r), QStringList{QStringLiteral("stations[redis]")});
    QVERIFY(r.conflicts.constFirst().base.isUndefined());
    QCOMPARE(r.conflicts.constFirst().theirs.toObject().value(QStringLiteral("servers")).toInt(), 3);
}

void TestMerge::deleteVsEditConflicts_data()
{
    QTest::addColumn<bool>("oursDeletes");
    QTest::newRow("ours deletes, theirs edits") << true;
    QTest::newRow("ours edits, theirs deletes") << false;
}

void TestMerge::deleteVsEditConflicts()
{
    QFETCH(bool, oursDeletes);
    const Review base = baseReview();
    Review deleting = base;
    deleting.stations.erase(deleting.stations.begin() + deleting.stationIndex(QStringLiteral("cache")));
    Review editing = base;
    editing.station(QStringLiteral("cache"))->servers = 2;
    const MergeResult r = oursDeletes ? merged(base, deleting, editing) : merged(base, editing, deleting);
    QCOMPARE(conflictPaths(r), QStringList{QStringLiteral("stations[cache]")});
    const Conflict &c = r.conflicts.constFirst();
    QCOMPARE((oursDeletes ? c.ours : c.theirs).isUndefined(), true);
    QCOMPARE((oursDeletes ? c.theirs : c.ours).toObject().value(QStringLiteral("servers")).toInt(), 2);
    QCOMPARE(r.merged.station(QStringLiteral("cache")) == nullptr, oursDeletes); // ours provisionally
}

void TestMerge::deleteOfAnUnchangedElementApplies()
{
    const Review base = baseReview();
    Review ours = base;
    Review theirs = base;
    theirs.stations.erase(theirs.stations.begin() + theirs.stationIndex(QStringLiteral("cache")));
    const MergeResult r = merged(base, ours, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QVERIFY(!r.merged.station(QStringLiteral("cache")));
    QCOMPARE(r.applied.size(), 1);
    QCOMPARE(r.applied.constFirst().kind, ChangeKind::Removed);
    QCOMPARE(r.applied.constFirst().path, QStringLiteral("stations[cache]"));
}

void TestMerge::emptiedRequiredListStays()
{
    // Ours deletes every class (and so the profile); `classes` is required, so the merged document
    // must still hold it, empty.
    const Review base = baseReview();
    Review ours = base;
    ours.classes.clear();
    ours.profiles.clear();
    for (Link &l : ours.links)
        l.calls.clear();
    Review theirs = base;
    theirs.station(QStringLiteral("web"))->servers = 3;
    const MergeResult r = merged(base, ours, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QVERIFY(r.merged.classes.empty());
    QVERIFY(r.merged.profiles.empty());
    QCOMPARE(r.merged.station(QStringLiteral("web"))->servers, 3);
}

void TestMerge::positionIsOneValue()
{
    Review base = baseReview();
    base.station(QStringLiteral("pg"))->x = 5;
    base.station(QStringLiteral("pg"))->y = 5;
    Review ours = base;
    ours.station(QStringLiteral("pg"))->x = 0; // moved to the origin: the position is left out of the JSON
    ours.station(QStringLiteral("pg"))->y = 0;
    Review theirs = base;
    theirs.station(QStringLiteral("pg"))->y = 7;
    const MergeResult r = merged(base, ours, theirs);
    QCOMPARE(conflictPaths(r), QStringList{QStringLiteral("stations[pg].position")});
    const Result<Review> resolved = resolveConflicts(r, {{QStringLiteral("stations[pg].position"), Side::Theirs}});
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->station(QStringLiteral("pg"))->x, 5.0);
    QCOMPARE(resolved->station(QStringLiteral("pg"))->y, 7.0);
    QCOMPARE(r.merged.station(QStringLiteral("pg"))->x, 0.0);
}

void TestMerge::commentsFromBothSides()
{
    const Review base = baseReview();
    Review ours = base;
    const Comment reply = testing::comment(QStringLiteral("c-2"), QStringLiteral("c-1"), QStringLiteral("station"),
                                           QStringLiteral("pg"), QStringLiteral("alice"), at(5),
                                           QStringLiteral("Measured: 6 busy at peak"));
    ours.comments.push_back(reply);
    Review theirs = base;
    const Comment other = testing::comment(QStringLiteral("c-3"), QString(), QStringLiteral("class"), QStringLiteral("orders"),
                                           QStringLiteral("bob"), at(7), QStringLiteral("Rate from the May logs"));
    theirs.comments.push_back(other);
    theirs.comments[0].resolved = true; // bob resolves alice's thread

    const MergeResult r = merged(base, ours, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.comments.size(), std::size_t(3));
    QVERIFY(r.merged.comment(QStringLiteral("c-1"))->resolved);
    QCOMPARE(*r.merged.comment(QStringLiteral("c-2")), reply);
    QCOMPARE(*r.merged.comment(QStringLiteral("c-3")), other);

    // Both edit the same comment's text: a conflict on that field only.
    Review a = base;
    a.comments[0].text = QStringLiteral("Is 4 enough? (alice)");
    Review b = base;
    b.comments[0].text = QStringLiteral("Is 4 enough? (bob)");
    b.comments[0].resolved = true;
    const MergeResult c = merged(base, a, b);
    QCOMPARE(conflictPaths(c), QStringList{QStringLiteral("comments[c-1].text")});
    QVERIFY(c.merged.comment(QStringLiteral("c-1"))->resolved);
}

void TestMerge::evidenceFromBothSides()
{
    const Review base = baseReview();
    const auto withEvidence = [&](const QString &id, const QByteArray &data) {
        Review r = base;
        EvidenceFile e;
        e.id = id;
        e.fileName = id + QStringLiteral(".txt");
        e.data = data;
        r.evidence.push_back(e);
        r.answers[0].evidenceIds << id;
        return r;
    };
    const Review ours = withEvidence(QStringLiteral("ev-2"), "restore test log");
    const Review theirs = withEvidence(QStringLiteral("ev-3"), "offsite copy receipt");
    const MergeResult r = merged(base, ours, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.evidence.size(), std::size_t(3));
    // Their addition follows the element it follows on their side (ev-1), ahead of ours.
    QCOMPARE(r.merged.evidence[0].id, QStringLiteral("ev-1"));
    QCOMPARE(r.merged.evidence[1].id, QStringLiteral("ev-3"));
    QCOMPARE(r.merged.evidence[1].data, QByteArray("offsite copy receipt"));
    QCOMPARE(r.merged.evidence[2].id, QStringLiteral("ev-2"));
    QCOMPARE(r.merged.evidence[2].data, QByteArray("restore test log"));
    // The answer's evidence list is a set: base's, then ours' addition, then theirs'.
    QCOMPARE(r.merged.answer(QStringLiteral("backups"))->evidenceIds,
             (QStringList{QStringLiteral("ev-1"), QStringLiteral("ev-2"), QStringLiteral("ev-3")}));
}

void TestMerge::profilesMerge()
{
    const Review base = baseReview();
    Review ours = base;
    ours.profiles[0].multipliers[9] = 2.5; // the morning peak
    Review theirs = base;
    theirs.profiles[0].source = QStringLiteral("nginx logs 1-31 May");
    const MergeResult r = merged(base, ours, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.profiles[0].multipliers[9], 2.5);
    QCOMPARE(r.merged.profiles[0].source, QStringLiteral("nginx logs 1-31 May"));

    // The multipliers are one value: changing them differently on both sides conflicts as a whole.
    theirs.profiles[0].multipliers[10] = 1.8;
    const MergeResult c = merged(base, ours, theirs);
    QCOMPARE(conflictPaths(c), QStringList{QStringLiteral("profiles[orders].multipliers")});
}

void TestMerge::hostingAnswersMergeByKey()
{
    const Review base = baseReview();
    Review ours = base;
    ours.hostingAnswers.insert(QStringLiteral("has_dba"), true);
    Review theirs = base;
    theirs.hostingAnswers.insert(QStringLiteral("team_size"), 5);
    const MergeResult r = merged(base, ours, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.hostingAnswers.value(QStringLiteral("has_dba")).toBool(), true);
    QCOMPARE(r.merged.hostingAnswers.value(QStringLiteral("team_size")).toInt(), 5);
}

void TestMerge::scenariosAndClassesMerge()
{
    Review base = baseReview();
    Scenario peak;
    peak.id = QStringLiteral("peak");
    peak.name = QStringLiteral("Month-end peak");
    peak.classScale.insert(QStringLiteral("orders"), 2.0);
    base.scenarios = {peak};
    Review ours = base;
    ours.scenarios[0].stationOverrides.insert(QStringLiteral("pg"), QJsonObject{{QStringLiteral("servers"), 8}});
    WorkloadClass reports = base.classes[0];
    reports.id = QStringLiteral("reports");
    reports.name = QStringLiteral("Reports");
    reports.arrivalRate = 0.1;
    ours.classes.push_back(reports);
    Review theirs = base;
    theirs.scenarios[0].description = QStringLiteral("Last two days of the month");
    theirs.classes[0].demands[0].serviceTime = 0.12;
    const MergeResult r = merged(base, ours, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.scenarios[0].stationOverrides.value(QStringLiteral("pg")).value(QStringLiteral("servers")).toInt(), 8);
    QCOMPARE(r.merged.scenarios[0].description, QStringLiteral("Last two days of the month"));
    QCOMPARE(r.merged.classes.size(), std::size_t(2));
    QCOMPARE(r.merged.classes[0].demands[0].serviceTime, 0.12);
    QCOMPARE(r.merged.workloadClass(QStringLiteral("reports"))->arrivalRate, std::optional<double>(0.1));

    // The same class scale changed differently: a conflict inside the scenario's map.
    ours.scenarios[0].classScale[QStringLiteral("orders")] = 3.0;
    theirs.scenarios[0].classScale[QStringLiteral("orders")] = 2.5;
    const MergeResult c = merged(base, ours, theirs);
    QCOMPARE(conflictPaths(c), QStringList{QStringLiteral("scenarios[peak].class_scale.orders")});
}

void TestMerge::auditLogsAreUnitedInTimeOrder()
{
    const Review base = baseReview();
    Review ours = base;
    ours.audit.push_back({at(3), QStringLiteral("alice"), QStringLiteral("laptop"), QStringLiteral("Change servers of pg"), {}});
    ours.audit.push_back({at(9), QStringLiteral("alice"), QStringLiteral("laptop"), QStringLiteral("Answer monitoring"), {}});
    Review theirs = base;
    theirs.audit.push_back({at(6), QStringLiteral("bob"), QStringLiteral("desk"), QStringLiteral("Change servers of web"), {}});
    const MergeResult r = merged(base, ours, theirs);
    QCOMPARE(r.merged.audit.size(), std::size_t(4));
    QStringList actions;
    for (const AuditEntry &e : r.merged.audit)
        actions << e.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("Add station pg"), QStringLiteral("Change servers of pg"),
                                   QStringLiteral("Change servers of web"), QStringLiteral("Answer monitoring")}));
    QVERIFY(r.conflicts.isEmpty());
}

void TestMerge::resolveWithChoices()
{
    const Review base = baseReview();
    Review ours = base;
    ours.station(QStringLiteral("pg"))->servers = 8;
    ours.answers[0].status = AnswerStatus::Partly;
    Review theirs = base;
    theirs.station(QStringLiteral("pg"))->servers = 6;
    theirs.answers[0].status = AnswerStatus::NotMet;
    theirs.station(QStringLiteral("web"))->servers = 5; // not a conflict: applied whatever the choices
    const MergeResult r = merged(base, ours, theirs);
    QCOMPARE(conflictPaths(r),
             (QStringList{QStringLiteral("stations[pg].servers"), QStringLiteral("answers[backups].status")}));
    const Result<Review> resolved = resolveConflicts(
        r, {{QStringLiteral("stations[pg].servers"), Side::Theirs}, {QStringLiteral("answers[backups].status"), Side::Ours}});
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().toString()));
    QCOMPARE(resolved->station(QStringLiteral("pg"))->servers, 6);
    QCOMPARE(resolved->answer(QStringLiteral("backups"))->status, AnswerStatus::Partly);
    QCOMPARE(resolved->station(QStringLiteral("web"))->servers, 5);

    // A delete-vs-edit settled for the side that deleted.
    Review deleting = base;
    deleting.stations.erase(deleting.stations.begin() + deleting.stationIndex(QStringLiteral("cache")));
    Review editing = base;
    editing.station(QStringLiteral("cache"))->servers = 2;
    const MergeResult d = merged(base, editing, deleting);
    const Result<Review> gone = resolveConflicts(d, {{QStringLiteral("stations[cache]"), Side::Theirs}});
    QVERIFY(gone.ok());
    QVERIFY(!gone->station(QStringLiteral("cache")));
}

void TestMerge::resolveRefusesUnknownPath()
{
    const Review base = baseReview();
    const MergeResult r = merged(base, base, base);
    const Result<Review> resolved = resolveConflicts(r, {{QStringLiteral("stations[nope].servers"), Side::Ours}});
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().where, QStringLiteral("stations[nope].servers"));
}

void TestMerge::mergedReviewValidates()
{
    const Review base = baseReview();
    QVERIFY(!hasErrors(validate(base)));
    Review ours = base;
    ours.stations.push_back(station(QStringLiteral("redis"), 1));
    ours.classes[0].demands.push_back(Demand{QStringLiteral("redis"), 1.0, 0.001, {}});
    Review theirs = base;
    theirs.classes[0].arrivalRate = 2.0;
    theirs.classes[0].targetResponseTime = 0.5;
    const MergeResult r = merged(base, ours, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QVERIFY(!hasErrors(r.problems));
    QCOMPARE(r.merged.classes[0].demands.size(), std::size_t(3));
    QCOMPARE(r.merged.classes[0].arrivalRate, std::optional<double>(2.0));
    QCOMPARE(r.merged.classes[0].targetResponseTime, std::optional<double>(0.5));

    // A merge can combine two valid edits into an invalid model: one side deletes a station the
    // other side's new demand uses. The merge itself succeeds; validation names the problem.
    Review deleting = base;
    deleting.stations.erase(deleting.stations.begin() + deleting.stationIndex(QStringLiteral("cache")));
    Review using_ = base;
    using_.classes[0].demands.push_back(Demand{QStringLiteral("cache"), 1.0, 0.001, {}});
    const MergeResult bad = merged(base, deleting, using_);
    QVERIFY(bad.conflicts.isEmpty());
    QVERIFY(hasErrors(bad.problems));
}

void TestMerge::twoFileMergeViaCommonRevision()
{
    Review base = baseReview();
    recordRevision(base, QStringLiteral("alice"), at(10));
    const QString baseRevision = base.revisionId;
    QCOMPARE(base.history.size(), std::size_t(1));
    QVERIFY(base.history[0].parentId.isEmpty());

    Review ours = base;
    ours.station(QStringLiteral("pg"))->servers = 8;
    recordRevision(ours, QStringLiteral("alice"), at(20));
    QCOMPARE(ours.history.back().parentId, baseRevision);
    Review theirs = base;
    theirs.answers.push_back(answer(QStringLiteral("monitoring"), AnswerStatus::Met, QStringLiteral("bob")));
    recordRevision(theirs, QStringLiteral("bob"), at(25));

    const Result<Revision> ancestor = commonAncestor(ours, theirs);
    QVERIFY2(ancestor.ok(), qPrintable(ancestor.ok() ? QString() : ancestor.error().toString()));
    QCOMPARE(ancestor->id, baseRevision);
    const Result<Review> snapshot = snapshotReview(*ancestor);
    QVERIFY(snapshot.ok());
    // The snapshot is the base's content, without its log and history.
    QCOMPARE(reviewToJson(*snapshot), [&] {
        Review content = base;
        content.audit.clear();
        content.history.clear();
        return reviewToJson(content);
    }());

    const MergeResult r = merged(*snapshot, ours, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.station(QStringLiteral("pg"))->servers, 8);
    QVERIFY(r.merged.answer(QStringLiteral("monitoring")));
    // History: the union of both sides' revisions, the base's once.
    QCOMPARE(r.merged.history.size(), std::size_t(3));
    QCOMPARE(r.merged.revisionId, ours.revisionId);
}

void TestMerge::noCommonRevisionIsAnError()
{
    Review a = baseReview();
    Review b = baseReview();
    recordRevision(a, QStringLiteral("alice"), at(1));
    recordRevision(b, QStringLiteral("bob"), at(2));
    const Result<Revision> ancestor = commonAncestor(a, b);
    QVERIFY(!ancestor.ok());
    QVERIFY2(ancestor.error().message.contains(QStringLiteral("share no saved revision")),
             qPrintable(ancestor.error().toString()));
}

void TestMerge::snapshotsAreBounded()
{
    Review r = baseReview();
    const int saves = kMaxRevisionSnapshots + 10;
    for (int i = 0; i < saves; ++i) {
        r.station(QStringLiteral("pg"))->servers = 4 + i;
        recordRevision(r, QStringLiteral("alice"), at(0).addSecs(60 * i));
    }
    QCOMPARE(int(r.history.size()), saves);
    int kept = 0;
    for (const Revision &v : r.history)
        kept += v.snapshot.isEmpty() ? 0 : 1;
    QCOMPARE(kept, kMaxRevisionSnapshots);
    // The newest ones are kept; the oldest ten lost theirs.
    for (int i = 0; i < saves; ++i)
        QCOMPARE(r.history[std::size_t(i)].snapshot.isEmpty(), i < saves - kMaxRevisionSnapshots);
    // The newest snapshot holds the last saved content.
    const Result<Review> last = snapshotReview(r.history.back());
    QVERIFY(last.ok());
    QCOMPARE(last->station(QStringLiteral("pg"))->servers, 4 + saves - 1);
}

void TestMerge::hostileSnapshotsRefused_data()
{
    QTest::addColumn<QByteArray>("snapshot");
    QTest::addColumn<QString>("message");
    // qCompress's 4-byte big-endian size header claiming 4 GiB − 16 bytes: refused before allocating.
    QByteArray huge("\xff\xff\xff\xf0", 4);
    huge += QByteArray(64, 'x');
    QTest::newRow("claims 4 GiB") << huge << QStringLiteral("more than the 64 MiB limit");
    QTest::newRow("too short") << QByteArray("ab") << QStringLiteral("too short");
    QTest::newRow("not zlib") << QByteArray("\x00\x00\x00\x10garbage-garbage!", 20) << QStringLiteral("damaged");
    QTest::newRow("not a review") << qCompress(QByteArray("[1, 2, 3]")) << QStringLiteral("cannot be read");
}

void TestMerge::hostileSnapshotsRefused()
{
    QFETCH(QByteArray, snapshot);
    QFETCH(QString, message);
    Revision r;
    r.id = QStringLiteral("rev-1");
    r.snapshot = snapshot;
    const Result<Review> review = snapshotReview(r);
    QVERIFY(!review.ok());
    QVERIFY2(review.error().toString().contains(message), qPrintable(review.error().toString()));
    QVERIFY(review.error().toString().contains(QStringLiteral("history[rev-1]")));
}

void TestMerge::largeReviewsMergeQuickly()
{
    // 300 stations and a 20 000-entry audit log on each side: every one-sided edit applied and the
    // logs joined. The time is logged, not asserted (speed belongs to benchmarks).
    Review base = baseReview();
    for (int i = 0; i < 300; ++i)
        base.stations.push_back(station(QStringLiteral("s%1").arg(i), 1 + i % 7));
    Review ours = base;
    Review theirs = base;
    for (int i = 0; i < 20000; ++i) {
        ours.audit.push_back({at(0).addSecs(2 * i), QStringLiteral("alice"), QStringLiteral("laptop"),
                              QStringLiteral("Edit %1").arg(i), {}});
        theirs.audit.push_back({at(0).addSecs(2 * i + 1), QStringLiteral("bob"), QStringLiteral("desk"),
                                QStringLiteral("Edit %1").arg(i), {}});
    }
    for (int i = 0; i < 300; i += 2)
        ours.station(QStringLiteral("s%1").arg(i))->servers += 1;
    for (int i = 1; i < 300; i += 2)
        theirs.station(QStringLiteral("s%1").arg(i))->servers += 2;
    QElapsedTimer timer;
    timer.start();
    const MergeResult r = merged(base, ours, theirs);
    const qint64 ms = timer.elapsed();
    qInfo("merge of 303 stations and 2 x 20000 audit entries: %lld ms", ms);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.applied.size(), 300);
    QCOMPARE(r.merged.audit.size(), std::size_t(1 + 40000));
}

void TestMerge::diffTexts_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("text");
    // Values are compact JSON with sorted keys, elided to 59 characters and "…".
    QTest::newRow("servers") << QStringLiteral("servers") << QStringLiteral("stations[pg].servers: 4 → 8");
    QTest::newRow("added station") << QStringLiteral("add") << QStringLiteral("stations[redis]: added {\"discipline\":\"queue\",\"id\":\"redis\",\"kind\":\"generic\",\"name\":…");
    QTest::newRow("removed answer") << QStringLiteral("unanswer")
                                    << QStringLiteral("answers[backups]: removed (was {\"evidence\":[\"ev-1\"],\"item\":\"backups\",\"reviewer\":\"alice\",\"s…)");
    QTest::newRow("name") << QStringLiteral("name") << QStringLiteral("name: \"Merge fixture\" → \"Renamed\"");
    QTest::newRow("comment resolved") << QStringLiteral("resolve") << QStringLiteral("comments[c-1].resolved: added true");
}

void TestMerge::diffTexts()
{
    QFETCH(QString, edit);
    QFETCH(QString, text);
    const Review a = baseReview();
    Review b = a;
    if (edit == QLatin1String("servers"))
        b.station(QStringLiteral("pg"))->servers = 8;
    else if (edit == QLatin1String("add"))
        b.stations.push_back(station(QStringLiteral("redis"), 1));
    else if (edit == QLatin1String("unanswer"))
        b.answers.clear();
    else if (edit == QLatin1String("name"))
        b.name = QStringLiteral("Renamed");
    else
        b.comments[0].resolved = true;
    const QList<Difference> d = diffReviews(a, b);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.constFirst().text, text);
    // Swapping the two reviews swaps added and removed.
    const QList<Difference> back = diffReviews(b, a);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.constFirst().path, d.constFirst().path);
    QCOMPARE(back.constFirst().before, d.constFirst().after);
}

void TestMerge::diffOfEqualReviewsIsEmpty()
{
    Review a = baseReview();
    Review b = a;
    // The log, history and revision are not content.
    b.audit.push_back({at(30), QStringLiteral("bob"), QStringLiteral("desk"), QStringLiteral("Open"), {}});
    recordRevision(b, QStringLiteral("bob"), at(31));
    QVERIFY(diffReviews(a, b).isEmpty());
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
