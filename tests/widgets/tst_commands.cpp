// Every command: push, check the model, undo, check it is restored exactly, redo, check again.
#include "core/commands/answercommands.h"
#include "core/commands/classcommands.h"
#include "core/commands/linkcommands.h"
#include "core/commands/pastecommand.h"
#include "core/commands/scenariocommands.h"
#include "core/commands/stationcommands.h"
#include "core/document/autolayout.h"
#include "core/document/linkflow.h"
#include "core/document/reviewdocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace hostreview;
using core::Review;

namespace {

core::Station station(const QString &id, int servers, double x, double y)
{
    core::Station s;
    s.id = id;
    s.name = id.toUpper();
    s.servers = servers;
    s.x = x;
    s.y = y;
    return s;
}

// ingress → app → db, one open class whose visits at app and db come from the links.
Review fixture()
{
    Review r;
    r.name = QStringLiteral("fixture");
    r.stations = {station(QStringLiteral("ingress"), 2, 0, 0), station(QStringLiteral("app"), 4, 0, 200),
                  station(QStringLiteral("db"), 8, 0, 400)};
    r.links = {core::Link{QStringLiteral("ingress"), QStringLiteral("app"), {{QStringLiteral("web"), 1.0}}, {}},
               core::Link{QStringLiteral("app"), QStringLiteral("db"), {{QStringLiteral("web"), 3.0}}, {}}};
    core::WorkloadClass web;
    web.id = QStringLiteral("web");
    web.name = QStringLiteral("Web");
    web.arrivalRate = 5.0;
    web.entry = QStringLiteral("ingress");
    web.demands = {core::Demand{QStringLiteral("ingress"), 1.0, 0.001, {}}, core::Demand{QStringLiteral("app"), {}, 0.1, {}},
                   core::Demand{QStringLiteral("db"), {}, 0.004, {}}};
    r.classes = {web};
    core::Profile p;
    p.classId = QStringLiteral("web");
    p.multipliers = std::vector<double>(96, 1.0);
    r.profiles = {p};
    core::Scenario peak;
    peak.id = QStringLiteral("peak");
    peak.name = QStringLiteral("Peak");
    peak.classScale.insert(QStringLiteral("web"), 2.0);
    r.scenarios = {peak};
    return r;
}

} // namespace

class TestCommands : public QObject {
    Q_OBJECT

private:
    core::ReviewDocument m_doc;
    QUndoStack m_stack;

    // Runs the push / undo / redo cycle and checks the review after each step.
    void cycle(QUndoCommand *command, const std::function<void(const Review &)> &checkDone)
    {
        const Review before = m_doc.review();
        m_stack.push(command);
        checkDone(m_doc.review());
        const Review after = m_doc.review();
        m_stack.undo();
        QCOMPARE(m_doc.review(), before);
        m_stack.redo();
        QCOMPARE(m_doc.review(), after);
    }

private Q_SLOTS:
    void init()
    {
        m_stack.clear();
        m_doc.setReview(fixture());
    }

    void addStation_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("expectedIndex");
        QTest::newRow("appended (-1)") << -1 << 3;
        QTest::newRow("first") << 0 << 0;
        QTest::newRow("middle") << 2 << 2;
        QTest::newRow("past the end") << 99 << 3;
    }
    void addStation()
    {
        QFETCH(int, index);
        QFETCH(int, expectedIndex);
        QSignalSpy added(&m_doc, &core::ReviewDocument::stationAdded);
        cycle(new commands::AddStationCommand(&m_doc, station(QStringLiteral("cache"), 1, 50, 60), index),
              [&](const Review &r) {
                  QCOMPARE(r.stations.size(), std::size_t(4));
                  QCOMPARE(r.stationIndex(QStringLiteral("cache")), expectedIndex);
                  QCOMPARE(r.station(QStringLiteral("cache"))->x, 50.0);
              });
        QCOMPARE(added.count(), 2); // push and redo
    }

    void addStationKeepsDemandsNamingItOnUndo()
    {
        // A class may name a station before it is drawn; undoing the placement must not drop that demand.
        core::WorkloadClass web = *m_doc.review().workloadClass(QStringLiteral("web"));
        web.demands.push_back(core::Demand{QStringLiteral("redis"), 2.0, 0.0005, {}});
        QVERIFY(m_doc.setClass(web.id, web).ok());
        cycle(new commands::AddStationCommand(&m_doc, station(QStringLiteral("redis"), 1, 0, 0)),
              [](const Review &r) { QVERIFY(r.station(QStringLiteral("redis"))); });
    }

    void addStationRefusesTakenId()
    {
        const core::Result<void> r = m_doc.addStation(station(QStringLiteral("app"), 1, 0, 0));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("stations[app].id"));
        const core::Result<void> bad = m_doc.addStation(station(QStringLiteral("bad id!"), 1, 0, 0));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("bad id!")));
        QCOMPARE(m_doc.review(), fixture());
    }

    void removeStationRestoresLinksDemandsAndEntry_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("linksLeft");
        QTest::addColumn<int>("demandsLeft");
        QTest::addColumn<QString>("entryLeft");
        QTest::newRow("middle station, two links") << QStringLiteral("app") << 0 << 2 << QStringLiteral("ingress");
        QTest::newRow("entry station") << QStringLiteral("ingress") << 1 << 2 << QString();
        QTest::newRow("leaf") << QStringLiteral("db") << 1 << 2 << QStringLiteral("ingress");
    }
    void removeStationRestoresLinksDemandsAndEntry()
    {
        QFETCH(QString, id);
        QFETCH(int, linksLeft);
        QFETCH(int, demandsLeft);
        QFETCH(QString, entryLeft);
        QSignalSpy linkRemoved(&m_doc, &core::ReviewDocument::linkRemoved);
        cycle(new commands::RemoveStationCommand(&m_doc, id), [&](const Review &r) {
            QVERIFY(!r.station(id));
            QCOMPARE(int(r.links.size()), linksLeft);
            QCOMPARE(int(r.classes[0].demands.size()), demandsLeft);
            QCOMPARE(r.classes[0].entry, entryLeft);
        });
        QCOMPARE(linkRemoved.count(), 2 * (2 - linksLeft));
    }

    void moveMergesConsecutiveDrags()
    {
        using Moves = QHash<QString, QPair<QPointF, QPointF>>;
        const QString app = QStringLiteral("app");
        m_stack.push(new commands::MoveStationsCommand(&m_doc, Moves{{app, {QPointF(0, 200), QPointF(40, 220)}}}));
        m_stack.push(new commands::MoveStationsCommand(&m_doc, Moves{{app, {QPointF(40, 220), QPointF(100, 260)}}}));
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(m_stack.text(0), QStringLiteral("Move app"));
        QCOMPARE(QPointF(m_doc.review().station(app)->x, m_doc.review().station(app)->y), QPointF(100, 260));
        m_stack.undo();
        QCOMPARE(m_doc.review(), fixture());
        m_stack.redo();
        QCOMPARE(m_doc.review().station(app)->x, 100.0);
        // A different set of stations starts a new step; an automatic layout never merges.
        m_stack.push(new commands::MoveStationsCommand(&m_doc, Moves{{QStringLiteral("db"), {QPointF(0, 400), QPointF(0, 420)}}}));
        m_stack.push(new commands::MoveStationsCommand(&m_doc, Moves{{QStringLiteral("db"), {QPointF(0, 420), QPointF(0, 440)}}}, false));
        QCOMPARE(m_stack.count(), 3);
    }

    void moveDoesNotSignalEdited()
    {
        QSignalSpy edited(&m_doc, &core::ReviewDocument::edited);
        QSignalSpy moved(&m_doc, &core::ReviewDocument::stationMoved);
        QVERIFY(m_doc.moveStation(QStringLiteral("db"), 10, 10).ok());
        QCOMPARE(edited.count(), 0); // positions do not change solver results
        QCOMPARE(moved.count(), 1);
        QVERIFY(m_doc.isModified());
    }

    void editStationMergesSameField()
    {
        core::Station s = *m_doc.review().station(QStringLiteral("app"));
        s.servers = 5;
        m_stack.push(new commands::EditStationCommand(&m_doc, s, QStringLiteral("servers")));
        s.servers = 6;
        m_stack.push(new commands::EditStationCommand(&m_doc, s, QStringLiteral("servers")));
        QCOMPARE(m_stack.count(), 1);
        s.name = QStringLiteral("Application");
        m_stack.push(new commands::EditStationCommand(&m_doc, s, QStringLiteral("name")));
        QCOMPARE(m_stack.count(), 2);
        QCOMPARE(m_doc.review().station(QStringLiteral("app"))->servers, 6);
        m_stack.undo();
        QCOMPARE(m_doc.review().station(QStringLiteral("app"))->name, QStringLiteral("APP"));
        m_stack.undo();
        QCOMPARE(m_doc.review(), fixture());
    }

    void editStation()
    {
        core::Station s = *m_doc.review().station(QStringLiteral("db"));
        s.servers = 16;
        s.zone = QStringLiteral("dc-1");
        s.properties.insert(QStringLiteral("cpu_cores"), 16);
        QSignalSpy changed(&m_doc, &core::ReviewDocument::stationChanged);
        cycle(new commands::EditStationCommand(&m_doc, s), [&](const Review &r) { QCOMPARE(*r.station(QStringLiteral("db")), s); });
        QCOMPARE(changed.count(), 3);
    }

    void addLink()
    {
        core::Link l{QStringLiteral("ingress"), QStringLiteral("db"), {{QStringLiteral("web"), 0.5}}, {}};
        cycle(new commands::AddLinkCommand(&m_doc, l), [&](const Review &r) { QCOMPARE(*r.link(l.from, l.to), l); });
    }

    void addLinkRefusesBadEnds_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("where");
        QTest::newRow("missing from") << QStringLiteral("nope") << QStringLiteral("db") << QStringLiteral("links[nope→db].from");
        QTest::newRow("missing to") << QStringLiteral("db") << QStringLiteral("nope") << QStringLiteral("links[db→nope].to");
        QTest::newRow("self") << QStringLiteral("db") << QStringLiteral("db") << QStringLiteral("links[db→db]");
        QTest::newRow("duplicate") << QStringLiteral("app") << QStringLiteral("db") << QStringLiteral("links[app→db]");
    }
    void addLinkRefusesBadEnds()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, where);
        const core::Result<void> r = m_doc.addLink(core::Link{from, to, {}, {}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, where);
        QCOMPARE(m_doc.review(), fixture());
    }

    void removeLink()
    {
        cycle(new commands::RemoveLinkCommand(&m_doc, QStringLiteral("ingress"), QStringLiteral("app")), [](const Review &r) {
            QCOMPARE(r.links.size(), std::size_t(1));
            QCOMPARE(r.links[0].from, QStringLiteral("app"));
        });
    }

    void editLinkCalls()
    {
        core::Link l = *m_doc.review().link(QStringLiteral("app"), QStringLiteral("db"));
        l.calls[QStringLiteral("web")] = 7.5;
        cycle(new commands::EditLinkCommand(&m_doc, l, QStringLiteral("calls.web")), [](const Review &r) {
            QCOMPARE(r.link(QStringLiteral("app"), QStringLiteral("db"))->calls.value(QStringLiteral("web")), 7.5);
        });
        l.calls[QStringLiteral("web")] = -1;
        QVERIFY(!m_doc.setLink(l.from, l.to, l).ok()); // negative calls are refused, not clamped
    }

    void addAndRemoveClass()
    {
        core::WorkloadClass batch;
        batch.id = QStringLiteral("batch");
        batch.name = QStringLiteral("Batch");
        batch.type = core::ClassType::Closed;
        batch.population = 3;
        batch.thinkTime = 30;
        cycle(new commands::AddClassCommand(&m_doc, batch), [](const Review &r) { QCOMPARE(r.classes.size(), std::size_t(2)); });
        cycle(new commands::RemoveClassCommand(&m_doc, QStringLiteral("web")), [](const Review &r) {
            QVERIFY(!r.workloadClass(QStringLiteral("web")));
            QVERIFY(r.profiles.empty()); // its profile goes with it, and comes back on undo
        });
    }

    void editClass()
    {
        core::WorkloadClass web = *m_doc.review().workloadClass(QStringLiteral("web"));
        web.arrivalRate = 12.5;
        cycle(new commands::EditClassCommand(&m_doc, web, QStringLiteral("arrival_rate")), [](const Review &r) {
            QCOMPARE(*r.workloadClass(QStringLiteral("web"))->arrivalRate, 12.5);
        });
    }

    void editProfile_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::newRow("change multipliers") << false;
        QTest::newRow("remove the profile") << true;
    }
    void editProfile()
    {
        QFETCH(bool, remove);
        std::optional<core::Profile> p = *m_doc.review().profile(QStringLiteral("web"));
        if (remove)
            p.reset();
        else
            p->multipliers[40] = 2.5;
        cycle(new commands::EditProfileCommand(&m_doc, QStringLiteral("web"), p), [&](const Review &r) {
            if (remove)
                QVERIFY(!r.profile(QStringLiteral("web")));
            else
                QCOMPARE(r.profile(QStringLiteral("web"))->multipliers[40], 2.5);
        });
    }

    void scenarios()
    {
        core::Scenario more;
        more.id = QStringLiteral("more-servers");
        more.stationOverrides.insert(QStringLiteral("app"), QJsonObject{{QStringLiteral("servers"), 8}});
        cycle(new commands::AddScenarioCommand(&m_doc, more), [](const Review &r) { QCOMPARE(r.scenarios.size(), std::size_t(2)); });
        core::Scenario peak = *m_doc.review().scenario(QStringLiteral("peak"));
        peak.classScale[QStringLiteral("web")] = 3.0;
        cycle(new commands::EditScenarioCommand(&m_doc, peak), [](const Review &r) {
            QCOMPARE(r.scenario(QStringLiteral("peak"))->classScale.value(QStringLiteral("web")), 3.0);
        });
        cycle(new commands::RemoveScenarioCommand(&m_doc, QStringLiteral("peak")),
              [](const Review &r) { QVERIFY(!r.scenario(QStringLiteral("peak"))); });
        core::Scenario baseline;
        baseline.id = core::baselineScenarioId();
        QVERIFY(!m_doc.addScenario(baseline).ok()); // the implicit scenario cannot be defined
    }

    void editAnswer()
    {
        core::ChecklistAnswer a;
        a.itemId = QStringLiteral("backup-tested");
        a.status = core::AnswerStatus::Partly;
        a.notes = QStringLiteral("restore drill last done in March");
        cycle(new commands::EditAnswerCommand(&m_doc, a.itemId, a), [&](const Review &r) { QCOMPARE(*r.answer(a.itemId), a); });
        a.status = core::AnswerStatus::Met;
        cycle(new commands::EditAnswerCommand(&m_doc, a.itemId, a),
              [&](const Review &r) { QCOMPARE(r.answer(a.itemId)->status, core::AnswerStatus::Met); });
    }

    void attachAndRemoveEvidence()
    {
        core::EvidenceFile file;
        file.id = m_doc.uniqueEvidenceId();
        QCOMPARE(file.id, QStringLiteral("ev-1"));
        file.fileName = QStringLiteral("restore-drill.txt");
        file.mimeType = QStringLiteral("text/plain");
        file.data = QByteArray("restored 2026-03-02\0binary tail", 31);
        file.addedBy = QStringLiteral("A. Reviewer");
        const QString item = QStringLiteral("backup-tested");
        // No answer yet: attaching creates a not-assessed answer that lists the evidence.
        cycle(new commands::AttachEvidenceCommand(&m_doc, item, file, QStringLiteral("A. Reviewer")), [&](const Review &r) {
            QCOMPARE(int(r.evidence.size()), 1);
            QCOMPARE(r.evidence.front(), file);
            QCOMPARE(r.answer(item)->evidenceIds, QStringList{file.id});
            QCOMPARE(r.answer(item)->status, core::AnswerStatus::NotAssessed);
            QCOMPARE(r.answer(item)->reviewer, QStringLiteral("A. Reviewer"));
        });
        QCOMPARE(m_doc.uniqueEvidenceId(), QStringLiteral("ev-2"));
        // Removing it takes the bytes out too, since no other answer refers to them.
        cycle(new commands::RemoveEvidenceCommand(&m_doc, item, file.id), [&](const Review &r) {
            QVERIFY(r.evidence.empty());
            QVERIFY(r.answer(item)->evidenceIds.isEmpty());
        });
    }

    void evidenceSharedByTwoAnswersStaysUntilTheLastOneLetsGo()
    {
        core::EvidenceFile file;
        file.id = QStringLiteral("ev-7");
        file.fileName = QStringLiteral("policy.pdf");
        file.data = "%PDF-1.4";
        QVERIFY(m_doc.addEvidence(file).ok());
        const auto duplicate = m_doc.addEvidence(file);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().where, QStringLiteral("evidence[ev-7].id"));
        for (const QString &item : {QStringLiteral("a1"), QStringLiteral("a2")}) {
            core::ChecklistAnswer a;
            a.itemId = item;
            a.status = core::AnswerStatus::Met;
            a.evidenceIds = {file.id};
            QVERIFY(m_doc.setAnswer(item, a).ok());
        }
        cycle(new commands::RemoveEvidenceCommand(&m_doc, QStringLiteral("a1"), file.id), [&](const Review &r) {
            QCOMPARE(int(r.evidence.size()), 1); // a2 still refers to it
            QVERIFY(r.answer(QStringLiteral("a1"))->evidenceIds.isEmpty());
        });
    }

    void pasteRenamesTakenIdsAndFollowsLinks()
    {
        const Review &src = m_doc.review();
        const std::vector<core::Station> stations{*src.station(QStringLiteral("app")), *src.station(QStringLiteral("db"))};
        const std::vector<core::Link> links{*src.link(QStringLiteral("app"), QStringLiteral("db")),
                                            *src.link(QStringLiteral("ingress"), QStringLiteral("app"))};
        auto *paste = new commands::PasteCommand(&m_doc, stations, links, QPointF(40, 40));
        QCOMPARE(paste->pastedIds(), (QStringList{QStringLiteral("app-2"), QStringLiteral("db-2")}));
        cycle(paste, [](const Review &r) {
            QCOMPARE(r.stations.size(), std::size_t(5));
            QCOMPARE(r.station(QStringLiteral("app-2"))->x, 40.0);
            QCOMPARE(r.station(QStringLiteral("db-2"))->y, 440.0);
            // Only the link between two pasted stations is pasted, renamed to the new ids.
            QCOMPARE(r.links.size(), std::size_t(3));
            QCOMPARE(r.link(QStringLiteral("app-2"), QStringLiteral("db-2"))->calls.value(QStringLiteral("web")), 3.0);
        });
        QCOMPARE(m_stack.count(), 1); // one undo step for the whole paste
    }

    void modifiedFollowsCleanState()
    {
        QObject::connect(&m_stack, &QUndoStack::cleanChanged, &m_doc, [this](bool clean) { m_doc.setModified(!clean); });
        QVERIFY(!m_doc.isModified());
        m_stack.push(new commands::RemoveLinkCommand(&m_doc, QStringLiteral("app"), QStringLiteral("db")));
        QVERIFY(m_doc.isModified());
        m_stack.undo();
        QVERIFY(!m_doc.isModified());
    }

    void linkThroughputIsPerClassThroughputTimesCalls()
    {
        // Two classes leave `app`: a throughput of 5/s (web) and 2/s (api) at app. The link carries
        // 5·3 + 2·0.5 = 16 requests per second.
        core::solver::SolveResult result;
        core::solver::StationResult app;
        app.id = QStringLiteral("app");
        app.perClass = {core::solver::ClassAtStation{QStringLiteral("web"), 5.0, 0, {}, {}},
                        core::solver::ClassAtStation{QStringLiteral("api"), 2.0, 0, {}, {}}};
        result.stations = {app};
        const core::Link link{QStringLiteral("app"), QStringLiteral("db"), {{QStringLiteral("web"), 3.0}, {QStringLiteral("api"), 0.5}}, {}};
        QCOMPARE(*core::linkThroughput(link, result), 16.0);
        QVERIFY(!core::linkThroughput(core::Link{QStringLiteral("db"), QStringLiteral("app"), {}, {}}, result));
    }

    void autoLayoutPutsCallersAboveCalleesDeterministically()
    {
        Review r = fixture();
        r.stations.push_back(station(QStringLiteral("cache"), 1, 0, 0));
        r.links.push_back(core::Link{QStringLiteral("app"), QStringLiteral("cache"), {}, {}});
        const auto a = core::autoLayout(r);
        const auto b = core::autoLayout(r);
        QVERIFY(a.ok());
        QCOMPARE(*a, *b);
        QCOMPARE(a->size(), 4);
        for (const core::Link &l : r.links)
            QVERIFY2(a->value(l.from).y() < a->value(l.to).y(), qPrintable(l.from + QStringLiteral("→") + l.to));
        // db and cache share a layer: same row, apart by at least a node width, on the 20-unit grid.
        QCOMPARE(a->value(QStringLiteral("db")).y(), a->value(QStringLiteral("cache")).y());
        QVERIFY(std::abs(a->value(QStringLiteral("db")).x() - a->value(QStringLiteral("cache")).x()) >= 180);
        for (const QPointF &p : *a)
            QCOMPARE(std::fmod(p.x(), 20.0), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
