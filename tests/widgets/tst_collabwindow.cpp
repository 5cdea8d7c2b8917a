// The workbench window's side of issue 7, driven like a user would (offscreen): opening a file takes
// its lock and closing releases it; a file someone else has open offers read-only (title says so,
// Save is disabled) or a copy; autosave writes only into the recovery folder, never the user's file,
// and a save deletes it; a recovered autosave opens modified with its original path, and Save writes
// it back there. File ▸ Merge with… applies another copy's changes, and the next save records a
// revision with both parents, so the two copies' next merge starts from it.

#include "app/gui/autosavecontroller.h"
#include "app/gui/autosaverecoverydialog.h"
#include "app/gui/lockcontroller.h"
#include "app/gui/mainwindow.h"

#include "core/commands/commentcommands.h"
#include "core/document/reviewdocument.h"
#include "core/interchange/reviewfile.h"
#include "core/merge/revisions.h"
#include "core/storage/lockrecord.h"
#include "core/storage/projectfile.h"
#include "core/storage/recovery.h"
#include "widgets/collab/mergedialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace hostreview;

namespace {

core::Review sampleReview(const QString &name)
{
    core::Review r;
    r.name = name;
    core::Station web;
    web.id = QStringLiteral("web");
    web.name = QStringLiteral("Web");
    r.stations.push_back(web);
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Clicks the button named `button` of the modal message box that the next call opens. */
void answerNextMessageBox(const QString &button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("lockDialog"));
        QVERIFY(box->text().startsWith(QStringLiteral("Open by Bo on ws-12.example since ")));
        auto *b = box->findChild<QPushButton *>(button);
        QVERIFY(b);
        b->click();
    });
}

/** Writes the lock of Bo on another machine beside `file`, as his program would. */
void writeForeignLock(const QString &file)
{
    const core::LockRecord other{QStringLiteral("Bo"), QStringLiteral("ws-12.example"), 4242,
                                 QDateTime::currentDateTimeUtc(), QStringLiteral("0.1.0")};
    QFile lock(core::lockPathFor(file));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(core::lockRecordToJson(other));
}

void addComment(app::MainWindow &window, const QString &text)
{
    core::Comment c;
    c.id = window.document()->uniqueCommentId();
    c.targetKind = core::commentTargets::station();
    c.targetId = QStringLiteral("web");
    c.author = QStringLiteral("Ana");
    c.created = QDateTime::currentDateTimeUtc();
    c.text = text;
    window.undoStack()->push(new commands::AddCommentCommand(window.document(), c));
}

} // namespace

class TestCollabWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and app data of the test, not the user's
        QCoreApplication::setOrganizationName(QStringLiteral("hostreview-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_collabwindow"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_file = m_dir->filePath(QStringLiteral("shop.hostreview"));
        QVERIFY(core::saveProject(sampleReview(QStringLiteral("Shop")), m_file));
        QFile::remove(m_file + QLatin1Char('~'));
    }

    void openTakesLockAndCloseReleasesIt()
    {
        app::MainWindow window;
        QVERIFY(window.openFile(m_file));
        const auto lock = core::readLockRecord(core::lockPathFor(m_file));
        QVERIFY(lock);
        QCOMPARE(lock->pid, QCoreApplication::applicationPid());
        QCOMPARE(lock->host, core::currentHostName());
        QVERIFY(!window.isReadOnly());
        QVERIFY(window.close());
        QVERIFY(!QFile::exists(core::lockPathFor(m_file)));
    }

    void lockedFileOpensReadOnly()
    {
        writeForeignLock(m_file);
        const QByteArray lockBefore = readAll(core::lockPathFor(m_file));

        app::MainWindow window;
        answerNextMessageBox(QStringLiteral("readOnlyButton"));
        QVERIFY(window.openFile(m_file));
        QVERIFY(window.isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QCOMPARE(window.document()->filePath(), QFileInfo(m_file).absoluteFilePath());
        QAction *save = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Save))
                save = a;
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
        QCOMPARE(readAll(core::lockPathFor(m_file)), lockBefore); // Bo's lock is left alone
        window.close();
        QCOMPARE(readAll(core::lockPathFor(m_file)), lockBefore);
    }

    void lockedFileOpensAsCopy()
    {
        writeForeignLock(m_file);
        app::MainWindow window;
        answerNextMessageBox(QStringLiteral("copyButton"));
        QVERIFY(window.openFile(m_file));
        QVERIFY(!window.isReadOnly());
        QVERIFY(window.document()->filePath().isEmpty()); // untitled: Save asks where
        QCOMPARE(window.document()->review().name, QStringLiteral("Shop"));
        QVERIFY(window.document()->isModified());
    }

    void autosaveNeverTouchesTheUsersFile()
    {
        app::MainWindow window;
        const QString recovery = m_dir->filePath(QStringLiteral("recovery"));
        window.autosave()->setRecoveryDir(recovery);
        QVERIFY(window.openFile(m_file));
        QVERIFY(!window.autosave()->autosaveNow()); // nothing unsaved yet: nothing written
        QVERIFY(!QFileInfo::exists(recovery));

        const QByteArray original = readAll(m_file);
        addComment(window, QStringLiteral("check the pool"));
        QVERIFY(window.document()->isModified());
        QVERIFY(window.autosave()->autosaveNow());
        QCOMPARE(readAll(m_file), original);
        QVERIFY(window.autosave()->current());
        const auto entries = core::listRecoveries(recovery);
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries[0].info.originalPath, QFileInfo(m_file).absoluteFilePath());
        QCOMPARE(entries[0].info.pid, QCoreApplication::applicationPid());
        QCOMPARE(core::loadProject(entries[0].projectPath)->comments.size(), size_t(1));

        // Saving cleanly deletes the autosave.
        QVERIFY(window.save());
        QVERIFY(core::listRecoveries(recovery).empty());
        QVERIFY(!window.autosave()->current());
        window.close();
    }

    void autosaveIntervalFollowsTheSetting_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("active");
        QTest::newRow("default 3") << 3 << true;
        QTest::newRow("off") << 0 << false;
    }
    void autosaveIntervalFollowsTheSetting()
    {
        QFETCH(int, minutes);
        QFETCH(bool, active);
        app::AutosaveController controller(nullptr);
        controller.setIntervalMinutes(minutes);
        QCOMPARE(controller.isActive(), active);
        QCOMPARE(controller.intervalMinutes(), minutes);
    }

    void recoveredWorkOpensModifiedWithItsPath()
    {
        const QString recovery = m_dir->filePath(QStringLiteral("recovery"));
        // What a crashed program left: an autosave of shop.hostreview with a comment added.
        core::Review unsaved = sampleReview(QStringLiteral("Shop"));
        unsaved.meta.client = QStringLiteral("Acme (unsaved)");
        core::RecoveryInfo info{QFileInfo(m_file).absoluteFilePath(), QStringLiteral("Shop"), QStringLiteral("Ana"),
                                core::currentHostName(), 999999999, QDateTime::currentDateTimeUtc(), QStringLiteral("0.1.0")};
        const auto entry = core::writeRecovery(recovery, unsaved, info);
        QVERIFY(entry);
        QCOMPARE(core::orphanedRecoveries(recovery, core::currentHostName()).size(), size_t(1));

        app::MainWindow window;
        window.autosave()->setRecoveryDir(recovery);
        QVERIFY(window.recover(*entry));
        QCOMPARE(window.document()->review().meta.client, QStringLiteral("Acme (unsaved)"));
        QCOMPARE(window.document()->filePath(), QFileInfo(m_file).absoluteFilePath());
        QVERIFY(window.document()->isModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("shop")));
        // The old autosave was replaced by this program's own one, so a second crash loses nothing.
        const auto now = core::listRecoveries(recovery);
        QCOMPARE(now.size(), size_t(1));
        QCOMPARE(now[0].info.pid, QCoreApplication::applicationPid());
        QVERIFY(QFile::exists(core::lockPathFor(m_file)));

        // Save writes it back to the original file and removes the autosave.
        QVERIFY(window.save());
        QCOMPARE(core::readReviewFile(m_file)->meta.client, QStringLiteral("Acme (unsaved)"));
        QVERIFY(core::listRecoveries(recovery).empty());
        QVERIFY(!window.document()->isModified());
        window.close();
        QVERIFY(!QFile::exists(core::lockPathFor(m_file)));
    }

    void recoveryDialogDiscardsAndRecovers()
    {
        const QString recovery = m_dir->filePath(QStringLiteral("recovery"));
        const QDateTime t(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        const auto older = core::writeRecovery(recovery, sampleReview(QStringLiteral("Older")),
                                               {QString(), QStringLiteral("Older"), QStringLiteral("Ana"), core::currentHostName(), 999999998, t, {}});
        const auto newer = core::writeRecovery(recovery, sampleReview(QStringLiteral("Newer")),
                                               {m_file, QStringLiteral("Newer"), QStringLiteral("Ana"), core::currentHostName(), 999999997,
                                                t.addSecs(600), {}});
        QVERIFY(older && newer);
        app::AutosaveRecoveryDialog dialog(core::orphanedRecoveries(recovery, core::currentHostName()));
        dialog.show();
        QCOMPARE(dialog.list()->topLevelItemCount(), 2);
        // Newest first, named by the original file; the untitled one says so.
        QCOMPARE(dialog.list()->topLevelItem(0)->text(0), QStringLiteral("shop.hostreview"));
        QCOMPARE(dialog.list()->topLevelItem(1)->text(0), QStringLiteral("Untitled"));

        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(1));
        dialog.discardButton()->click();
        QVERIFY(!QFile::exists(older->projectPath));
        QVERIFY(!QFile::exists(older->sidecarPath));
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QVERIFY(dialog.isVisible());

        dialog.recoverButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.chosen());
        QCOMPARE(dialog.chosen()->projectPath, newer->projectPath);
        QVERIFY(QFile::exists(newer->projectPath)); // kept until the recovered review is autosaved again
    }

    void mergeRecordsBothParents()
    {
        // Two copies of one saved revision: Ana renames a station, Bo sets the client.
        core::Review base = sampleReview(QStringLiteral("Shop"));
        core::recordRevision(base, QStringLiteral("Ana"));
        core::Review mine = base, theirs = base;
        mine.station(QStringLiteral("web"))->name = QStringLiteral("Web front");
        core::recordRevision(mine, QStringLiteral("Ana"));
        theirs.meta.client = QStringLiteral("Acme GmbH");
        core::recordRevision(theirs, QStringLiteral("Bo"));
        QVERIFY(core::saveProject(mine, m_file));
        const QString theirsFile = m_dir->filePath(QStringLiteral("shop-bo.hostreview"));
        QVERIFY(core::saveProject(theirs, theirsFile));

        app::MainWindow window;
        QVERIFY(window.openFile(m_file));
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<widgets::MergeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->applyButton()->isEnabled()); // nothing conflicts
            dialog->applyButton()->click();
        });
        QVERIFY(window.mergeWith(theirsFile));
        QVERIFY(window.save());

        const core::Result<core::Review> saved = core::readReviewFile(m_file);
        QVERIFY(saved);
        QCOMPARE(saved->station(QStringLiteral("web"))->name, QStringLiteral("Web front"));
        QCOMPARE(saved->meta.client, QStringLiteral("Acme GmbH"));
        const core::Revision &merge = saved->history.back();
        QCOMPARE(saved->revisionId, merge.id);
        QCOMPARE(merge.parentId, mine.revisionId);
        QCOMPARE(merge.secondParentId, theirs.revisionId);
        // Bo's copy is now an ancestor of the merged file: their next merge starts from his revision.
        const core::Result<core::Revision> ancestor = core::commonAncestor(*saved, theirs);
        QVERIFY(ancestor);
        QCOMPARE(ancestor->id, theirs.revisionId);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

QTEST_MAIN(TestCollabWindow)
#include "tst_collabwindow.moc"
