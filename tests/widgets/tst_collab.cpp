// The sharing widgets of issue 7 driven through their real widgets (offscreen): the comments dock
// (start a thread on each kind of target, reply, resolve, filter, undo and redo), the audit log view
// (one row per recorded edit, filter, newest first), the merge dialog (a pick per conflict enables
// Apply; the merged review holds the picked value and the non-conflicting changes of both sides, all
// worked out by hand from the three inputs) and the command that applies a merge as one undo step.

#include "widgets/collab/applymergecommand.h"
#include "widgets/collab/auditlogview.h"
#include "widgets/collab/commentsdock.h"
#include "widgets/collab/mergedialog.h"

#include "core/commands/auditrecorder.h"
#include "core/commands/commentcommands.h"
#include "core/commands/stationcommands.h"
#include "core/document/reviewdocument.h"
#include "models/collab/audittablemodel.h"
#include "models/collab/commenttreemodel.h"
#include "models/collab/mergemodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace hostreview;
using models::CommentTreeModel;
using models::ConflictTableModel;

Q_DECLARE_METATYPE(hostreview::core::Side)

namespace {

core::Station station(const QString &id, const QString &name, int servers)
{
    core::Station s;
    s.id = id;
    s.name = name;
    s.servers = servers;
    return s;
}

/** The base of every merge: a web tier and a database, one open class, client "Acme". */
core::Review baseReview()
{
    core::Review r;
    r.name = QStringLiteral("Shop");
    r.meta.client = QStringLiteral("Acme");
    r.stations = {station(QStringLiteral("web"), QStringLiteral("Web"), 2), station(QStringLiteral("pg"), QStringLiteral("PostgreSQL"), 4)};
    core::WorkloadClass c;
    c.id = QStringLiteral("orders");
    c.name = QStringLiteral("Order entry");
    c.arrivalRate = 2.0;
    c.demands = {core::Demand{QStringLiteral("web"), 1.0, 0.05, {}}, core::Demand{QStringLiteral("pg"), 1.0, 0.01, {}}};
    r.classes = {c};
    return r;
}

void typeText(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void click(QPushButton *button)
{
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

/** Clicks the centre of a table cell the way a user does. */
void clickCell(QTableView *view, int row, int column)
{
    const QRect rect = view->visualRect(view->model()->index(row, column));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestCollab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<core::ReviewDocument>();
        m_document->setReview(baseReview());
        m_stack = std::make_unique<QUndoStack>();
    }
    void cleanup()
    {
        m_stack.reset();
        m_document.reset();
    }

    // --- comments dock ------------------------------------------------------------------------------

    void threadReplyResolveUndo()
    {
        widgets::CommentsDock dock;
        dock.setDocument(m_document.get(), m_stack.get());
        dock.setAuthor(QStringLiteral("Ana"));
        dock.resize(700, 400);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(!dock.addButton()->isEnabled()); // no text yet

        // The picker lists the stations and classes of the review.
        QCOMPARE(dock.targetBox()->count(), 3);
        dock.targetBox()->setCurrentIndex(dock.targetBox()->findData(QStringList{QStringLiteral("station"), QStringLiteral("pg")}));
        typeText(dock.textEdit(), QStringLiteral("Is max_connections sized for the pool?"));
        click(dock.addButton());
        const auto &comments = m_document->review().comments;
        QCOMPARE(comments.size(), size_t(1));
        const core::Comment root = comments[0];
        QCOMPARE(root.targetKind, QStringLiteral("station"));
        QCOMPARE(root.targetId, QStringLiteral("pg"));
        QCOMPARE(root.author, QStringLiteral("Ana"));
        QCOMPARE(root.text, QStringLiteral("Is max_connections sized for the pool?"));
        QVERIFY(root.parentId.isEmpty());
        QVERIFY(!root.resolved);
        QVERIFY(dock.textEdit()->toPlainText().isEmpty());
        QCOMPARE(dock.selectedCommentId(), root.id);

        // Reply to the selected comment: same target, parent = the root, shown under it.
        typeText(dock.textEdit(), QStringLiteral("Yes: 100, pool 40."));
        click(dock.replyButton());
        QCOMPARE(comments.size(), size_t(2));
        QCOMPARE(comments[1].parentId, root.id);
        QCOMPARE(comments[1].targetId, QStringLiteral("pg"));
        QCOMPARE(dock.model()->threadCount(), 1);
        QCOMPARE(dock.model()->rowCount(dock.model()->index(0, 0)), 1);

        // Resolve the thread from its reply: the root (and its thread) is resolved; the button says Reopen.
        QVERIFY(dock.selectComment(comments[1].id));
        click(dock.resolveButton());
        QVERIFY(m_document->review().comment(root.id)->resolved);
        QVERIFY(dock.resolveButton()->text().contains(QStringLiteral("open")));
        dock.unresolvedOnlyBox()->setChecked(true);
        QCOMPARE(dock.model()->threadCount(), 0);
        dock.unresolvedOnlyBox()->setChecked(false);
        QCOMPARE(dock.model()->threadCount(), 1);

        // Undo walks back through resolve, reply and the thread; redo brings all of it back.
        QCOMPARE(m_stack->count(), 3);
        m_stack->undo();
        QVERIFY(!m_document->review().comment(root.id)->resolved);
        m_stack->undo();
        QCOMPARE(comments.size(), size_t(1));
        m_stack->undo();
        QVERIFY(comments.empty());
        QCOMPARE(dock.model()->threadCount(), 0);
        m_stack->redo();
        m_stack->redo();
        m_stack->redo();
        QCOMPARE(comments.size(), size_t(2));
        QVERIFY(m_document->review().comment(root.id)->resolved);
        core::Comment resolvedRoot = root;
        resolvedRoot.resolved = true;
        QCOMPARE(m_document->review().comments[0], resolvedRoot);
    }

    void commentOnEachTargetKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("id");
        QTest::newRow("station") << QStringLiteral("station") << QStringLiteral("web");
        QTest::newRow("class") << QStringLiteral("class") << QStringLiteral("orders");
        QTest::newRow("checklist item") << QStringLiteral("checklist-item") << QStringLiteral("backups-offsite");
        QTest::newRow("finding") << QStringLiteral("finding") << QStringLiteral("F-pg-utilisation");
    }
    void commentOnEachTargetKind()
    {
        QFETCH(QString, kind);
        QFETCH(QString, id);
        widgets::CommentsDock dock;
        dock.setDocument(m_document.get(), m_stack.get());
        dock.startComment(kind, id); // what the canvas and checklist context menus call
        QCOMPARE(dock.targetBox()->currentData().toStringList(), (QStringList{kind, id}));
        dock.textEdit()->setPlainText(QStringLiteral("Look at this"));
        QVERIFY(dock.addComment());
        QCOMPARE(m_document->review().comments.size(), size_t(1));
        QCOMPARE(m_document->review().comments[0].targetKind, kind);
        QCOMPARE(m_document->review().comments[0].targetId, id);
        QCOMPARE(dock.model()->index(0, CommentTreeModel::TargetColumn).data().toString(),
                 CommentTreeModel::describeTarget(kind, id));
    }

    void goToAsksForTheTarget()
    {
        widgets::CommentsDock dock;
        dock.setDocument(m_document.get(), m_stack.get());
        dock.startComment(QStringLiteral("class"), QStringLiteral("orders"));
        dock.textEdit()->setPlainText(QStringLiteral("Rate from the logs?"));
        QVERIFY(dock.addComment());
        QSignalSpy spy(&dock, &widgets::CommentsDock::targetActivated);
        QVERIFY(dock.goToButton()->isEnabled());
        dock.goToButton()->click();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toString(), QStringLiteral("class"));
        QCOMPARE(spy[0][1].toString(), QStringLiteral("orders"));
    }

    // --- audit log ----------------------------------------------------------------------------------

    void auditLogShowsEachEdit()
    {
        commands::AuditRecorder recorder(m_stack.get(), m_document.get());
        recorder.setReviewer(QStringLiteral("Bo"));
        widgets::AuditLogView view;
        view.setDocument(m_document.get());
        widgets::CommentsDock dock;
        dock.setDocument(m_document.get(), m_stack.get());
        dock.startComment(QStringLiteral("station"), QStringLiteral("web"));
        dock.textEdit()->setPlainText(QStringLiteral("first"));
        QVERIFY(dock.addComment());
        m_stack->undo(); // most often in the same millisecond: the log's order then decides
        QCOMPARE(m_document->review().audit.size(), size_t(2)); // the push and its undo
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.proxy()->rowCount(), 2);
        // Newest first: the undo is on top; who is the reviewer set on the recorder.
        const QString top = view.proxy()->index(0, models::AuditTableModel::ActionColumn).data().toString();
        QVERIFY2(top.startsWith(QStringLiteral("Undo")), qPrintable(top));
        QCOMPARE(view.proxy()->index(0, models::AuditTableModel::WhoColumn).data().toString(), QStringLiteral("Bo"));
        view.filterEdit()->setText(QStringLiteral("undo"));
        QCOMPARE(view.proxy()->rowCount(), 1);
        view.filterEdit()->setText(QStringLiteral("nobody-like-this"));
        QCOMPARE(view.proxy()->rowCount(), 0);
    }

    // --- merge dialog -------------------------------------------------------------------------------

    void pickPerConflictThenApply_data()
    {
        QTest::addColumn<core::Side>("side");
        QTest::addColumn<int>("servers");
        // Base pg has 4 servers; mine says 8, theirs 6.
        QTest::newRow("keep mine") << core::Side::Ours << 8;
        QTest::newRow("take theirs") << core::Side::Theirs << 6;
    }
    void pickPerConflictThenApply()
    {
        QFETCH(core::Side, side);
        QFETCH(int, servers);
        const core::Review base = baseReview();
        core::Review mine = base;
        mine.station(QStringLiteral("pg"))->servers = 8;
        mine.meta.client = QStringLiteral("Acme GmbH"); // mine only
        core::Review theirs = base;
        theirs.station(QStringLiteral("pg"))->servers = 6;
        theirs.station(QStringLiteral("web"))->name = QStringLiteral("Web (nginx)"); // theirs only
        const auto merged = core::mergeReviews(base, mine, theirs);
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().toString()));

        widgets::MergeDialog dialog(*merged, QStringLiteral("mine.hostreview"), QStringLiteral("theirs.hostreview"),
                                    QStringLiteral("base.hostreview"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ConflictTableModel *conflicts = dialog.conflictModel();
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(conflicts->index(0, ConflictTableModel::PathColumn).data().toString(), QStringLiteral("stations[pg].servers"));
        QCOMPARE(conflicts->index(0, ConflictTableModel::BaseColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(conflicts->index(0, ConflictTableModel::MineColumn).data().toString(), QStringLiteral("8"));
        QCOMPARE(conflicts->index(0, ConflictTableModel::TheirsColumn).data().toString(), QStringLiteral("6"));
        QVERIFY(!dialog.applyButton()->isEnabled()); // a conflict without a pick

        // The two one-sided changes were applied without asking.
        QCOMPARE(dialog.differenceModel()->rowCount(), int(merged->applied.size()));
        QVERIFY(merged->applied.size() >= 2);

        clickCell(dialog.conflictView(), 0, side == core::Side::Ours ? ConflictTableModel::MineColumn : ConflictTableModel::TheirsColumn);
        QCOMPARE(conflicts->choice(0), std::optional<core::Side>(side));
        QCOMPARE(conflicts->index(0, side == core::Side::Ours ? ConflictTableModel::MineColumn : ConflictTableModel::TheirsColumn)
                     .data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QVERIFY(dialog.applyButton()->isEnabled());
        click(dialog.applyButton());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.mergedReview());
        const core::Review &result = *dialog.mergedReview();
        QCOMPARE(result.station(QStringLiteral("pg"))->servers, servers);
        QCOMPARE(result.station(QStringLiteral("web"))->name, QStringLiteral("Web (nginx)"));
        QCOMPARE(result.meta.client, QStringLiteral("Acme GmbH"));
    }

    void everyConflictNeedsAPick()
    {
        const core::Review base = baseReview();
        core::Review mine = base, theirs = base;
        mine.station(QStringLiteral("pg"))->servers = 8;
        theirs.station(QStringLiteral("pg"))->servers = 6;
        mine.station(QStringLiteral("web"))->servers = 3;
        theirs.station(QStringLiteral("web"))->servers = 5;
        const auto merged = core::mergeReviews(base, mine, theirs);
        QVERIFY(merged);
        widgets::MergeDialog dialog(*merged, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"));
        QCOMPARE(dialog.conflictModel()->rowCount(), 2);
        dialog.conflictModel()->choose(0, core::Side::Theirs);
        QVERIFY(!dialog.applyButton()->isEnabled()); // one of two
        dialog.allMineButton()->click();
        QVERIFY(dialog.applyButton()->isEnabled());
        QCOMPARE(dialog.conflictModel()->choice(0), std::optional<core::Side>(core::Side::Ours));
        dialog.allTheirsButton()->click();
        dialog.applyButton()->click();
        QVERIFY(dialog.mergedReview());
        QCOMPARE(dialog.mergedReview()->station(QStringLiteral("pg"))->servers, 6);
        QCOMPARE(dialog.mergedReview()->station(QStringLiteral("web"))->servers, 5);
    }

    void compareListsDifferences()
    {
        core::Review other = baseReview();
        other.station(QStringLiteral("pg"))->servers = 16;
        widgets::MergeDialog dialog(core::diffReviews(baseReview(), other), QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(dialog.differenceModel()->rowCount(), 1);
        QCOMPARE(dialog.differenceModel()->index(0, models::DifferenceTableModel::PathColumn).data().toString(),
                 QStringLiteral("stations[pg].servers"));
        QCOMPARE(dialog.differenceModel()->index(0, models::DifferenceTableModel::BeforeColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(dialog.differenceModel()->index(0, models::DifferenceTableModel::AfterColumn).data().toString(), QStringLiteral("16"));
        QVERIFY(!dialog.applyButton());
    }

    void applyMergeIsOneUndoStep()
    {
        const core::Review before = m_document->review();
        core::Review merged = before;
        merged.station(QStringLiteral("pg"))->servers = 6;
        merged.meta.client = QStringLiteral("Acme GmbH");
        const QString theirsRevision = QStringLiteral("5d0c7a52-1111-4a5b-9c9d-000000000002");
        m_stack->push(new widgets::ApplyMergeCommand(m_document.get(), merged, QStringLiteral("theirs.hostreview"),
                                                     theirsRevision));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->text(0), QStringLiteral("Merge with theirs.hostreview"));
        QCOMPARE(m_document->review(), merged);
        QVERIFY(m_document->isModified());
        QCOMPARE(m_document->mergedRevision(), theirsRevision);
        m_stack->undo();
        QCOMPARE(m_document->review(), before);
        QCOMPARE(m_document->mergedRevision(), QString()); // a save now is no merge
        m_stack->redo();
        QCOMPARE(m_document->review(), merged);

        // The save after the merge records a revision with both parents, once.
        const QString mine = m_document->review().revisionId;
        m_document->recordRevision(QStringLiteral("ana"));
        const core::Revision merge = m_document->review().history.back();
        QCOMPARE(merge.parentId, mine);
        QCOMPARE(merge.secondParentId, theirsRevision);
        QCOMPARE(m_document->review().revisionId, merge.id);
        m_document->recordRevision(QStringLiteral("ana"));
        QCOMPARE(m_document->review().history.back().parentId, merge.id);
        QCOMPARE(m_document->review().history.back().secondParentId, QString());
    }

    void undoingAMergeKeepsTheAuditLog()
    {
        commands::AuditRecorder recorder(m_stack.get(), m_document.get());
        core::Review merged = m_document->review();
        merged.station(QStringLiteral("pg"))->servers = 6;
        m_stack->push(new widgets::ApplyMergeCommand(m_document.get(), merged, QStringLiteral("theirs")));
        m_stack->undo();
        // The merge and its undo are both recorded, although the content went back.
        QCOMPARE(m_document->review().audit.size(), size_t(2));
        QCOMPARE(m_document->review().station(QStringLiteral("pg"))->servers, 4);
    }

    // Pictures for docs/user-guide-sharing.md: run with HOSTREVIEW_SCREENSHOT_DIR=docs/images.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("HOSTREVIEW_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set HOSTREVIEW_SCREENSHOT_DIR to write the user guide's pictures");
        core::Review review = baseReview();
        review.stations.push_back(station(QStringLiteral("odoo"), QStringLiteral("Odoo workers"), 8));
        review.stations.push_back(station(QStringLiteral("bouncer"), QStringLiteral("PgBouncer"), 1));
        m_document->setReview(review);
        commands::AuditRecorder recorder(m_stack.get(), m_document.get());
        recorder.setReviewer(QStringLiteral("Ana Silva"));
        const QDateTime t0(QDate(2026, 3, 2), QTime(9, 14), Qt::UTC);
        auto comment = [&](const QString &id, const QString &parent, const QString &kind, const QString &target,
                           const QString &author, int minutes, const QString &text) {
            core::Comment c{id, parent, kind, target, author, t0.addSecs(minutes * 60), text, false};
            m_stack->push(new commands::AddCommentCommand(m_document.get(), c));
        };
        comment(QStringLiteral("c-1"), {}, QStringLiteral("station"), QStringLiteral("pg"), QStringLiteral("Ana Silva"), 0,
                QStringLiteral("Is max_connections sized for the PgBouncer pool on both app hosts?"));
        comment(QStringLiteral("c-2"), QStringLiteral("c-1"), QStringLiteral("station"), QStringLiteral("pg"), QStringLiteral("Bo Lind"), 25,
                QStringLiteral("Yes: 200 server connections, default_pool_size 40."));
        comment(QStringLiteral("c-3"), {}, QStringLiteral("checklist-item"), QStringLiteral("backups-offsite"), QStringLiteral("Bo Lind"), 40,
                QStringLiteral("Nightly pg_dump goes to a second region; restore test evidence still missing."));
        comment(QStringLiteral("c-4"), {}, QStringLiteral("class"), QStringLiteral("orders"), QStringLiteral("Ana Silva"), 62,
                QStringLiteral("Arrival rate now from the Traefik logs of week 9."));
        m_stack->push(new commands::SetCommentResolvedCommand(m_document.get(), QStringLiteral("c-4"), true));

        widgets::CommentsDock dock;
        dock.setDocument(m_document.get(), m_stack.get());
        dock.setAuthor(QStringLiteral("Ana Silva"));
        dock.resize(720, 380);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(dock.selectComment(QStringLiteral("c-2")));
        dock.textEdit()->setPlainText(QStringLiteral("Thanks, then the pool is the limit at peak, not PostgreSQL."));
        QTest::qWait(50);
        QVERIFY(dock.grab().save(dir + QStringLiteral("/comments-dock.png")));

        // A station edit, its undo and redo, next to the comment entries: the log names each target.
        core::Station pg = *m_document->review().station(QStringLiteral("pg"));
        pg.servers = 8;
        m_stack->push(new commands::EditStationCommand(m_document.get(), pg, QStringLiteral("servers")));
        m_stack->undo();
        m_stack->redo();
        widgets::AuditLogView audit;
        audit.setDocument(m_document.get());
        audit.resize(900, 300);
        audit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&audit));
        QTest::qWait(50);
        QVERIFY(audit.grab().save(dir + QStringLiteral("/audit-log.png")));

        const core::Review base = m_document->review();
        core::Review mine = base, theirs = base;
        mine.station(QStringLiteral("pg"))->servers = 8;
        theirs.station(QStringLiteral("pg"))->servers = 6;
        mine.station(QStringLiteral("odoo"))->servers = 12;
        theirs.station(QStringLiteral("odoo"))->servers = 16;
        mine.meta.client = QStringLiteral("Acme GmbH");
        theirs.meta.client = QStringLiteral("Acme Retail GmbH");
        theirs.station(QStringLiteral("web"))->name = QStringLiteral("Web (nginx)");
        mine.classes[0].arrivalRate = 2.5;
        theirs.stations.push_back(station(QStringLiteral("redis"), QStringLiteral("Redis sessions"), 1));
        const auto merged = core::mergeReviews(base, mine, theirs);
        QVERIFY(merged);
        widgets::MergeDialog dialog(*merged, QStringLiteral("shop-ana.hostreview"), QStringLiteral("shop-bo.hostreview"),
                                    QStringLiteral("the revision saved by Ana Silva on 02/03/2026 08:50"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.conflictModel()->choose(0, core::Side::Theirs);
        if (dialog.conflictModel()->rowCount() > 1)
            dialog.conflictModel()->choose(1, core::Side::Ours);
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/merge-dialog.png")));
    }

private:
    std::unique_ptr<core::ReviewDocument> m_document;
    std::unique_ptr<QUndoStack> m_stack;
};

QTEST_MAIN(TestCollab)
#include "tst_collab.moc"
