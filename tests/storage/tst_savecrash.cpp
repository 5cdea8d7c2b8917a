// Kill during save (issue 7): a child process saves version B and A of a review to one path in a
// loop and is killed with SIGKILL at a random moment; afterwards the project file must open and
// equal A or B exactly. What the design guarantees (docs/robustness.md, "Crash-safe saves"):
// - the target path exists at every instant once a first save completed, because the new file
//   replaces it with one rename(2), which is atomic; so the main file is always A or B, never mixed;
// - `path~`, when present, is a whole earlier version (a hard link of the replaced file), though it
//   is briefly missing between its unlink and link;
// - a kill before the rename leaves a hidden temporary file `.NAME.XXXXXX` beside the target, which
//   nothing reads; the test removes them between trials and counts them.

#include "savecrashreviews.h"

#include "core/model/review.h"
#include "core/storage/projectfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace hostreview::core;

class TestSaveCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionsRoundTrip_data();
    void versionsRoundTrip();
    void killDuringSave_data();
    void killDuringSave();
    void cleanupTestCase();

private:
    /** Returns 'A' or 'B' when `loaded` equals that version, 0 otherwise. */
    char whichVersion(const Review &loaded) const;

    Review m_a;
    Review m_b;
    int m_trials = 0;
    int m_seenA = 0;
    int m_seenB = 0;
    int m_backups = 0;
    int m_tempFilesLeft = 0;
};

void TestSaveCrash::initTestCase()
{
    const auto a = hostreview::tests::saveCrashReview('A');
    const auto b = hostreview::tests::saveCrashReview('B');
    QVERIFY2(a.ok(), qPrintable(a ? QString() : a.error().toString()));
    QVERIFY2(b.ok(), qPrintable(b ? QString() : b.error().toString()));
    m_a = *a;
    m_b = *b;
    QVERIFY(!(m_a == m_b));
    QVERIFY(QFileInfo(QStringLiteral(SAVECRASH_CHILD)).isExecutable());
}

char TestSaveCrash::whichVersion(const Review &loaded) const
{
    if (loaded == m_a)
        return 'A';
    if (loaded == m_b)
        return 'B';
    return 0;
}

void TestSaveCrash::versionsRoundTrip_data()
{
    QTest::addColumn<char>("version");
    QTest::newRow("A") << 'A';
    QTest::newRow("B") << 'B';
}

// The comparison below is only meaningful if each version survives a save and load unchanged.
void TestSaveCrash::versionsRoundTrip()
{
    QFETCH(char, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roundtrip.hostreview"));
    QVERIFY(saveProject(version == 'A' ? m_a : m_b, path).ok());
    const Result<Review> loaded = loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(whichVersion(*loaded), version);
}

void TestSaveCrash::killDuringSave_data()
{
    // Each row kills the child after a random delay drawn from its window, measured from the
    // moment it starts saving; the windows cover the first save's steps and later saves alike.
    QTest::addColumn<int>("trials");
    QTest::addColumn<int>("maxDelayUs");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("kill within 5 ms") << 60 << 5000 << 1u;
    QTest::newRow("kill within 30 ms") << 60 << 30000 << 2u;
    QTest::newRow("kill within 100 ms") << 45 << 100000 << 3u;
    QTest::newRow("kill within 300 ms") << 45 << 300000 << 4u;
}

void TestSaveCrash::killDuringSave()
{
    QFETCH(int, trials);
    QFETCH(int, maxDelayUs);
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("review.hostreview"));
    const QString backup = path + QLatin1Char('~');
    // Version A is on disk before the child starts, as when a user saves over an existing file.
    QVERIFY(saveProject(m_a, path).ok());
    QRandomGenerator random(seed);

    for (int trial = 0; trial < trials; ++trial) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(SAVECRASH_CHILD), {path});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QVERIFY2(child.waitForReadyRead(10000), qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
        QThread::usleep(random.bounded(maxDelayUs + 1));
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the child stopped by itself: ") + QString::fromLocal8Bit(child.readAllStandardError())));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QString where = QStringLiteral("trial %1: ").arg(trial);
        QVERIFY2(QFileInfo::exists(path), qPrintable(where + QStringLiteral("the project file is missing")));
        const Result<Review> loaded = loadProject(path);
        QVERIFY2(loaded.ok(), qPrintable(where + (loaded ? QString() : loaded.error().toString())));
        const char version = whichVersion(*loaded);
        QVERIFY2(version != 0, qPrintable(where + QStringLiteral("the project file is neither version A nor B")));
        ++(version == 'A' ? m_seenA : m_seenB);

        if (QFileInfo::exists(backup)) {
            const Result<Review> previous = loadProject(backup);
            QVERIFY2(previous.ok(), qPrintable(where + (previous ? QString() : previous.error().toString())));
            QVERIFY2(whichVersion(*previous) != 0, qPrintable(where + QStringLiteral("the backup is neither A nor B")));
            ++m_backups;
        }
        const QStringList temps = QDir(dir.path()).entryList({QStringLiteral(".review.hostreview.*")},
                                                             QDir::Files | QDir::Hidden | QDir::System);
        m_tempFilesLeft += int(temps.size());
        for (const QString &t : temps)
            QVERIFY(QFile::remove(dir.filePath(t)));
        ++m_trials;
    }
}

void TestSaveCrash::cleanupTestCase()
{
    qInfo("%d kills: main file was A %d times, B %d times; a valid backup was present %d times; "
          "%d kills left a temporary file (killed before the rename)",
          m_trials, m_seenA, m_seenB, m_backups, m_tempFilesLeft);
}

QTEST_GUILESS_MAIN(TestSaveCrash)
#include "tst_savecrash.moc"
