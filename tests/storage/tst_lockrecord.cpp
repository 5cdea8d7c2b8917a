// The lock record beside an open review (issue 7): creating it, seeing someone else's, taking over a
// stale one, removing only our own, refusing damaged records field by field, and opening a file in a
// folder that cannot be written. Liveness of processes is checked with real processes where it
// matters (this one, and a child that has exited) and with a stand-in elsewhere.

#include "exitedprocess.h"

#include "core/storage/lockrecord.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace hostreview::core;
namespace tests = hostreview::tests;

namespace {

LockRecord record(const QString &reviewer, const QString &host, qint64 pid)
{
    // Whole seconds: the record stores ISO 8601 without milliseconds.
    return LockRecord{reviewer, host, pid, QDateTime(QDate(2026, 3, 2), QTime(9, 14, 0), Qt::UTC), QStringLiteral("0.1.0")};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeRaw(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

bool alwaysAlive(qint64) { return true; }
bool neverAlive(qint64) { return false; }

} // namespace

class TestLockRecord : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_review = m_dir.filePath(QStringLiteral("shop.hostreview"));
        QFile::remove(lockPathFor(m_review));
        m_self = record(QStringLiteral("Ana"), currentHostName(), QCoreApplication::applicationPid());
    }

    void createsLockWithEveryField()
    {
        const auto outcome = acquireLock(m_review, m_self);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->state, LockState::Acquired);
        QVERIFY(!outcome->previous);
        QCOMPARE(lockPathFor(m_review), m_review + QStringLiteral(".lock"));
        const auto back = readLockRecord(lockPathFor(m_review));
        QVERIFY(back);
        QCOMPARE(*back, m_self);
        // The temporary file the record was written through is gone: only the review's lock remains.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("shop.hostreview.lock")});
    }

    void reopeningInTheSameProcessIsOurs()
    {
        QVERIFY(acquireLock(m_review, m_self));
        QVERIFY(!heldByOther(m_review, m_self, alwaysAlive));
        const auto again = acquireLock(m_review, m_self, alwaysAlive);
        QVERIFY(again);
        QCOMPARE(again->state, LockState::Ours);
    }

    void detectsForeignLock_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("otherPidAlive");
        QTest::newRow("other host, its pid cannot be checked") << QStringLiteral("ws-12.example") << false;
        QTest::newRow("this host, live process that is not us") << QString() << true;
    }
    void detectsForeignLock()
    {
        QFETCH(QString, host);
        QFETCH(bool, otherPidAlive);
        const LockRecord other = record(QStringLiteral("Bo"), host.isEmpty() ? currentHostName() : host, 4242);
        writeRaw(lockPathFor(m_review), lockRecordToJson(other));
        const QByteArray before = readAll(lockPathFor(m_review));
        QCOMPARE(heldByOther(m_review, m_self, otherPidAlive ? alwaysAlive : neverAlive), std::optional<LockRecord>(other));
        const auto outcome = acquireLock(m_review, m_self, otherPidAlive ? alwaysAlive : neverAlive);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, LockState::HeldByOther);
        QVERIFY(outcome->previous);
        QCOMPARE(*outcome->previous, other);
        QCOMPARE(readAll(lockPathFor(m_review)), before); // untouched
        QVERIFY(!releaseLock(m_review, m_self));          // not ours to remove
        QVERIFY(QFile::exists(lockPathFor(m_review)));
    }

    void liveParentProcessHoldsTheLock()
    {
        // A real live process of this host that is not us: our parent (the test runner or shell).
        const LockRecord parent = record(QStringLiteral("Bo"), currentHostName(), qint64(::getppid()));
        QVERIFY(isProcessAlive(parent.pid));
        writeRaw(lockPathFor(m_review), lockRecordToJson(parent));
        const auto outcome = acquireLock(m_review, m_self);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, LockState::HeldByOther);
    }

    void takesOverStaleLock()
    {
        const qint64 gone = tests::exitedProcessId();
        QVERIFY(gone > 0);
        QVERIFY(!isProcessAlive(gone));
        const LockRecord stale = record(QStringLiteral("Bo"), currentHostName(), gone);
        writeRaw(lockPathFor(m_review), lockRecordToJson(stale));
        QVERIFY(!heldByOther(m_review, m_self)); // asking writes nothing
        QCOMPARE(*readLockRecord(lockPathFor(m_review)), stale);
        const auto outcome = acquireLock(m_review, m_self);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, LockState::TookOver);
        QCOMPARE(*outcome->previous, stale);
        QCOMPARE(*readLockRecord(lockPathFor(m_review)), m_self);
    }

    void takesOverUnreadableLock()
    {
        writeRaw(lockPathFor(m_review), "{ half a rec");
        const auto outcome = acquireLock(m_review, m_self);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, LockState::TookOver);
        QVERIFY(!outcome->previous);
        QCOMPARE(*readLockRecord(lockPathFor(m_review)), m_self);
    }

    void secondProgramLosesTheRace()
    {
        QVERIFY(acquireLock(m_review, m_self));
        const LockRecord second = record(QStringLiteral("Bo"), currentHostName(), m_self.pid + 1);
        const auto outcome = acquireLock(m_review, second, alwaysAlive);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, LockState::HeldByOther);
        QCOMPARE(*outcome->previous, m_self);
    }

    void releaseRemovesOnlyOurLock()
    {
        QVERIFY(acquireLock(m_review, m_self));
        QVERIFY(releaseLock(m_review, m_self));
        QVERIFY(!QFile::exists(lockPathFor(m_review)));
        QVERIFY(!releaseLock(m_review, m_self)); // nothing left to remove
    }

    void unwritableFolderFailsWithoutLock()
    {
        // A folder below a regular file can never be created or written (also when running as root).
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        writeRaw(blocker, "x");
        const QString review = blocker + QStringLiteral("/shop.hostreview");
        const auto outcome = acquireLock(review, m_self);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().where.contains(QStringLiteral("shop.hostreview.lock")), qPrintable(outcome.error().toString()));
    }

    void refusesDamagedRecords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << QByteArray("lock") << QString();
        QTest::newRow("no host") << QByteArray(R"({"pid": 12, "since": "2026-03-02T09:14:00Z"})") << QStringLiteral(".host");
        QTest::newRow("pid negative") << QByteArray(R"({"host": "a", "pid": -1, "since": "2026-03-02T09:14:00Z"})") << QStringLiteral(".pid");
        QTest::newRow("pid fraction") << QByteArray(R"({"host": "a", "pid": 1.5, "since": "2026-03-02T09:14:00Z"})") << QStringLiteral(".pid");
        QTest::newRow("pid string") << QByteArray(R"({"host": "a", "pid": "12", "since": "2026-03-02T09:14:00Z"})") << QStringLiteral(".pid");
        QTest::newRow("since not a date") << QByteArray(R"({"host": "a", "pid": 12, "since": "Monday"})") << QStringLiteral(".since");
    }
    void refusesDamagedRecords()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        writeRaw(lockPathFor(m_review), json);
        const auto back = readLockRecord(lockPathFor(m_review));
        QVERIFY(!back);
        QVERIFY(back.error().where.startsWith(QDir::toNativeSeparators(lockPathFor(m_review))));
        if (!field.isEmpty())
            QVERIFY2(back.error().where.endsWith(field), qPrintable(back.error().toString()));
    }

    void processLiveness_data()
    {
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<bool>("alive");
        QTest::newRow("this process") << QCoreApplication::applicationPid() << true;
        QTest::newRow("exited child") << tests::exitedProcessId() << false;
        QTest::newRow("zero") << qint64(0) << false;
        QTest::newRow("negative") << qint64(-5) << false;
    }
    void processLiveness()
    {
        QFETCH(qint64, pid);
        QFETCH(bool, alive);
        QCOMPARE(isProcessAlive(pid), alive);
    }

    void describesTheHolder()
    {
        const QString text = describeLock(record(QStringLiteral("Bo Lind"), QStringLiteral("ws-12"), 7));
        QVERIFY(text.startsWith(QStringLiteral("Open by Bo Lind on ws-12 since ")));
        QVERIFY(describeLock(record(QString(), QStringLiteral("ws-12"), 7)).contains(QStringLiteral("unnamed reviewer")));
    }

private:
    QTemporaryDir m_dir;
    QString m_review;
    LockRecord m_self;
};

QTEST_GUILESS_MAIN(TestLockRecord)
#include "tst_lockrecord.moc"
