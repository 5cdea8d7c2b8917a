// Autosave recovery files (issue 7): writing a review and its sidecar into the recovery folder (and
// nowhere else), the stable names, listing newest first, offering only the work of programs that are
// gone on this host, and cleaning up.

#include "exitedprocess.h"

#include "core/storage/projectfile.h"
#include "core/storage/recovery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace hostreview::core;
namespace tests = hostreview::tests;

namespace {

Review sampleReview(const QString &name)
{
    Review review;
    review.name = name;
    review.meta.client = QStringLiteral("Acme");
    Station web;
    web.id = QStringLiteral("web");
    web.name = QStringLiteral("Web");
    web.kind = QStringLiteral("generic");
    web.discipline = Discipline::Queue;
    web.servers = 4;
    review.stations.push_back(web);
    return review;
}

RecoveryInfo info(const QString &original, qint64 pid, const QDateTime &at, const QString &host = currentHostName())
{
    return RecoveryInfo{original, QStringLiteral("Shop review"), QStringLiteral("Ana"), host, pid, at, QStringLiteral("0.1.0")};
}

QDateTime at(int hour, int minute, int ms = 0)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, minute, 0, ms), Qt::UTC);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha1Prefix(const QString &absolutePath)
{
    return QString::fromLatin1(QCryptographicHash::hash(absolutePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_recovery = m_dir->filePath(QStringLiteral("app/recovery")); // created on the first write
    }

    void baseNames_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<QString>("expected");
        QTest::newRow("untitled") << QString() << qint64(42) << QStringLiteral("untitled-42");
        QTest::newRow("project") << QStringLiteral("/srv/a/shop.hostreview") << qint64(7)
                                 << QStringLiteral("shop-%1-7").arg(sha1Prefix(QStringLiteral("/srv/a/shop.hostreview")));
        QTest::newRow("json, spaces") << QStringLiteral("/srv/b/my shop.json") << qint64(7)
                                      << QStringLiteral("my_shop-%1-7").arg(sha1Prefix(QStringLiteral("/srv/b/my shop.json")));
    }
    void baseNames()
    {
        QFETCH(QString, original);
        QFETCH(qint64, pid);
        QFETCH(QString, expected);
        QCOMPARE(recoveryBaseName(original, pid), expected);
    }

    void sameNameInTwoFoldersDoesNotCollide()
    {
        QVERIFY(recoveryBaseName(QStringLiteral("/a/shop.hostreview"), 1) != recoveryBaseName(QStringLiteral("/b/shop.hostreview"), 1));
        QVERIFY(recoveryBaseName(QStringLiteral("/a/shop.hostreview"), 1) != recoveryBaseName(QStringLiteral("/a/shop.hostreview"), 2));
    }

    void writesReviewAndSidecarOnlyInTheRecoveryFolder()
    {
        // The user's real file exists and must not change, whatever the autosave holds.
        const QString original = m_dir->filePath(QStringLiteral("shop.hostreview"));
        QVERIFY(saveProject(sampleReview(QStringLiteral("Saved state")), original));
        const QByteArray before = readAll(original);

        const Review edited = sampleReview(QStringLiteral("Unsaved edits"));
        const RecoveryInfo written = info(original, 4242, at(9, 30, 250));
        const auto entry = writeRecovery(m_recovery, edited, written);
        QVERIFY2(entry, qPrintable(entry ? QString() : entry.error().toString()));
        QCOMPARE(readAll(original), before);
        QVERIFY(!QFileInfo::exists(original + QLatin1Char('~')));

        const QString base = QDir(m_recovery).filePath(recoveryBaseName(original, 4242));
        QCOMPARE(entry->projectPath, base + QStringLiteral(".hostreview"));
        QCOMPARE(entry->sidecarPath, base + QStringLiteral(".recovery.json"));
        const auto loaded = loadProject(entry->projectPath);
        QVERIFY(loaded);
        QCOMPARE(*loaded, edited);
        const auto side = readRecoveryInfo(entry->sidecarPath);
        QVERIFY(side);
        QCOMPARE(*side, written);
        // Exactly the two files: no backups or temporaries left behind.
        QCOMPARE(QDir(m_recovery).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void rewritingKeepsOneEntry()
    {
        QVERIFY(writeRecovery(m_recovery, sampleReview(QStringLiteral("one")), info(QString(), 4242, at(9, 0))));
        QVERIFY(writeRecovery(m_recovery, sampleReview(QStringLiteral("two")), info(QString(), 4242, at(9, 3))));
        const auto entries = listRecoveries(m_recovery);
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries[0].info.savedAt, at(9, 3));
        QCOMPARE(loadProject(entries[0].projectPath)->name, QStringLiteral("two"));
        QCOMPARE(QDir(m_recovery).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void listsNewestFirstAndSkipsIncomplete()
    {
        QVERIFY(writeRecovery(m_recovery, sampleReview(QStringLiteral("old")), info(QStringLiteral("/x/old.hostreview"), 11, at(8, 0))));
        QVERIFY(writeRecovery(m_recovery, sampleReview(QStringLiteral("new")), info(QStringLiteral("/x/new.hostreview"), 12, at(10, 0))));
        QVERIFY(writeRecovery(m_recovery, sampleReview(QStringLiteral("mid")), info(QString(), 13, at(9, 0))));
        // A sidecar whose review is missing, and a damaged sidecar: neither is offered.
        QFile lone(QDir(m_recovery).filePath(QStringLiteral("lone-1.recovery.json")));
        QVERIFY(lone.open(QIODevice::WriteOnly));
        lone.write(readAll(QDir(m_recovery).filePath(QStringLiteral("untitled-13.recovery.json"))));
        lone.close();
        QFile broken(QDir(m_recovery).filePath(QStringLiteral("broken-1.recovery.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"hostreview-recovery\", \"pid\": \"x\"}");
        broken.close();
        QVERIFY(QFile::copy(QDir(m_recovery).filePath(QStringLiteral("untitled-13.hostreview")),
                            QDir(m_recovery).filePath(QStringLiteral("broken-1.hostreview"))));

        const auto entries = listRecoveries(m_recovery);
        QCOMPARE(entries.size(), size_t(3));
        QCOMPARE(entries[0].info.savedAt, at(10, 0));
        QCOMPARE(entries[1].info.savedAt, at(9, 0));
        QVERIFY(entries[1].info.originalPath.isEmpty());
        QCOMPARE(entries[2].info.savedAt, at(8, 0));
    }

    void offersOnlyWorkOfProcessesThatAreGone_data()
    {
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<bool>("otherHost");
        QTest::addColumn<bool>("offered");
        QTest::newRow("this live process") << QCoreApplication::applicationPid() << false << false;
        QTest::newRow("exited process, this host") << tests::exitedProcessId() << false << true;
        QTest::newRow("exited process, other host") << tests::exitedProcessId() << true << false;
    }
    void offersOnlyWorkOfProcessesThatAreGone()
    {
        QFETCH(qint64, pid);
        QFETCH(bool, otherHost);
        QFETCH(bool, offered);
        QVERIFY(pid > 0);
        const QString host = otherHost ? QStringLiteral("ws-99.example") : currentHostName();
        QVERIFY(writeRecovery(m_recovery, sampleReview(QStringLiteral("r")), info(QString(), pid, at(9, 0), host)));
        QCOMPARE(listRecoveries(m_recovery).size(), size_t(1));
        QCOMPARE(orphanedRecoveries(m_recovery, currentHostName()).size(), size_t(offered ? 1 : 0));
    }

    void cleanupRemovesEverything()
    {
        const auto entry = writeRecovery(m_recovery, sampleReview(QStringLiteral("r")), info(QString(), 77, at(9, 0)));
        QVERIFY(entry);
        QVERIFY(writeRecovery(m_recovery, sampleReview(QStringLiteral("r2")), info(QString(), 77, at(9, 1))));
        QVERIFY(removeRecovery(*entry));
        QVERIFY(QDir(m_recovery).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(listRecoveries(m_recovery).empty());
        QVERIFY(removeRecovery(*entry)); // already gone: nothing to do, not a failure
    }

    void refusesBadSidecar_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "pid": 1, "saved_at": "2026-03-02T09:00:00Z"})") << QStringLiteral(".format");
        QTest::newRow("pid zero") << QByteArray(R"({"format": "hostreview-recovery", "pid": 0, "saved_at": "2026-03-02T09:00:00Z"})") << QStringLiteral(".pid");
        QTest::newRow("no time") << QByteArray(R"({"format": "hostreview-recovery", "pid": 3})") << QStringLiteral(".saved_at");
    }
    void refusesBadSidecar()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QVERIFY(QDir().mkpath(m_recovery));
        const QString path = QDir(m_recovery).filePath(QStringLiteral("bad.recovery.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const auto back = readRecoveryInfo(path);
        QVERIFY(!back);
        QVERIFY2(back.error().where.endsWith(field), qPrintable(back.error().toString()));
    }

    void unwritableFolderIsAnError()
    {
        const QString blocker = m_dir->filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto entry = writeRecovery(blocker + QStringLiteral("/recovery"), sampleReview(QStringLiteral("r")), info(QString(), 5, at(9, 0)));
        QVERIFY(!entry);
        QVERIFY(entry.error().where.contains(QStringLiteral("recovery")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_recovery;
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
