// Hostile project files (issue 7): each row starts from a valid saved sample, damages it with raw SQL
// through the test's own connection (or replaces the file by something that is not one), and checks
// that loadProject() either refuses it with a one-line message naming the problem, or loads it
// safely: every number finite and, where a row says so, validation naming what is wrong.
// docs/robustness.md lists the protections each row exercises.

#include "rawsql.h"

#include "core/interchange/reviewfile.h"
#include "core/model/review.h"
#include "core/model/validation.h"
#include "core/storage/projectfile.h"
#include "core/storage/projectschema.h"
#include "core/storage/untrusted.h"

#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

#include <sys/stat.h>
#include <unistd.h>

using namespace hostreview::core;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR", QStringLiteral(HOSTREVIEW_TEST_SOURCE_DIR));
}

using hostreview::tests::runSql;

/**
 * Statements that rebuild `table` with the same columns and declared types but no constraints
 * (no UNIQUE, NOT NULL or primary key), as a hand-edited file might have, so that duplicates can
 * be written. The column list comes from the schema the code under test declares.
 */
QStringList relaxTable(const QString &table)
{
    QStringList columns;
    for (const detail::ColumnSpec &c : detail::projectTable(table).columns)
        columns << c.name + QLatin1Char(' ') + detail::columnTypeName(c.type);
    return {QStringLiteral("CREATE TABLE %1_relaxed (%2)").arg(table, columns.join(QStringLiteral(", "))),
            QStringLiteral("INSERT INTO %1_relaxed SELECT %2 FROM %1")
                .arg(table, QStringList(columns).replaceInStrings(QRegularExpression(QStringLiteral(" .*$")), QString()).join(QLatin1Char(','))),
            QStringLiteral("DROP TABLE %1").arg(table),
            QStringLiteral("ALTER TABLE %1_relaxed RENAME TO %1").arg(table)};
}

/** `relaxTable(table)` followed by a second copy of its first row: the same id twice. */
QStringList duplicateFirstRow(const QString &table)
{
    QStringList sql = relaxTable(table);
    sql << QStringLiteral("INSERT INTO %1 SELECT * FROM %1 WHERE ord = (SELECT min(ord) FROM %1)").arg(table);
    return sql;
}

/** Returns every number of the review that a NaN or an infinity could hide in, with its place. */
QStringList nonFiniteNumbers(const Review &r)
{
    QStringList bad;
    const auto check = [&](double v, const QString &where) {
        if (!std::isfinite(v))
            bad << where;
    };
    for (const Station &s : r.stations) {
        check(s.x, s.id + QStringLiteral(".x"));
        check(s.y, s.id + QStringLiteral(".y"));
    }
    for (const Link &l : r.links)
        for (auto it = l.calls.begin(); it != l.calls.end(); ++it)
            check(it.value(), l.from + QStringLiteral("→") + l.to);
    for (const WorkloadClass &c : r.classes) {
        for (const auto &v : {c.arrivalRate, c.thinkTime, c.targetResponseTime})
            if (v)
                check(*v, c.id);
        for (const Demand &d : c.demands) {
            check(d.serviceTime, c.id + QStringLiteral(".service_time"));
            if (d.visits)
                check(*d.visits, c.id + QStringLiteral(".visits"));
        }
    }
    for (const Profile &p : r.profiles)
        for (double m : p.multipliers)
            check(m, p.classId);
    for (const Scenario &s : r.scenarios)
        for (auto it = s.classScale.begin(); it != s.classScale.end(); ++it)
            check(it.value(), s.id);
    return bad;
}

/** Returns the process's peak resident memory in KiB (VmHWM), or -1 when /proc does not say. */
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/** Resets the peak resident memory to the current one (Linux ≥ 4.0); false when not allowed. */
bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

class TestHostileFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostileFile_data();
    void hostileFile();

private:
    Review m_base;
};

void TestHostileFiles::initTestCase()
{
    const Result<Review> sample = readReviewFile(sourceDir() + QStringLiteral("/templates/samples/national-distributor.json"));
    QVERIFY2(sample.ok(), qPrintable(sample ? QString() : sample.error().toString()));
    m_base = *sample;
    EvidenceFile evidence;
    evidence.id = QStringLiteral("pg-conf");
    evidence.fileName = QStringLiteral("postgresql.conf");
    evidence.mimeType = QStringLiteral("text/plain");
    evidence.data = QByteArray("max_connections = 200\n");
    evidence.addedBy = QStringLiteral("ana");
    m_base.evidence.push_back(evidence);
    QVERIFY(!m_base.links.empty() && !m_base.links.front().calls.isEmpty());
}

void TestHostileFiles::hostileFile_data()
{
    // damage: what happens to the file besides the SQL ("" = nothing; see hostileFile()).
    // refusal: a phrase the refusal must contain; empty = the file must load.
    // validation: a phrase validate() must report for the loaded review; empty = not checked.
    // maxPeakMiB: how much the process's peak memory may grow while loading; 0 = not measured.
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("validation");
    QTest::addColumn<int>("maxPeakMiB");
    const QStringList none;
    const QString load;

    QTest::newRow("untouched sample") << QString() << none << load << QString() << 0;

    // Code in the file.
    QTest::newRow("trigger that writes")
        << QString() << QStringList{QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON review BEGIN DELETE FROM station; END")}
        << QStringLiteral("contains a trigger (\"wipe\"); project files never hold triggers or views") << QString() << 0;
    QTest::newRow("trigger that calls a function")
        << QString()
        << QStringList{QStringLiteral("CREATE TRIGGER pwn BEFORE INSERT ON reviewer BEGIN SELECT load_extension('/tmp/libevil.so'); END")}
        << QStringLiteral("contains a trigger (\"pwn\")") << QString() << 0;
    QTest::newRow("view shadowing a table")
        << QString()
        << QStringList{QStringLiteral("DROP TABLE hosting_answer"),
                       QStringLiteral("CREATE VIEW hosting_answer AS SELECT 0 AS ord, 'q' AS question, '1' AS answer")}
        << QStringLiteral("contains a view (\"hosting_answer\")") << QString() << 0;
    QTest::newRow("FTS5 virtual table")
        << QString() << QStringList{QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(body)")}
        << QStringLiteral("holds a table \"docs") << QString() << 0;
    QTest::newRow("generated column")
        << QString()
        << QStringList{QStringLiteral("ALTER TABLE station ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL")}
        << QStringLiteral("column station.shout is a generated or hidden column") << QString() << 0;
    QTest::newRow("expression index on a project table")
        << QString() << QStringList{QStringLiteral("CREATE INDEX station_lower_name ON station(lower(name))")} << load
        << QString() << 0;
    QTest::newRow("ANALYZE statistics (sqlite_stat1)") << QString() << QStringList{QStringLiteral("ANALYZE")} << load
                                                       << QString() << 0;

    // Objects the program did not write.
    QTest::newRow("extra unknown table")
        << QString() << QStringList{QStringLiteral("CREATE TABLE mallory_notes (body TEXT)"),
                                    QStringLiteral("INSERT INTO mallory_notes VALUES ('hi')")}
        << QStringLiteral("holds a table \"mallory_notes\" that is not part of the project schema") << QString() << 0;
    QTest::newRow("extra column")
        << QString() << QStringList{QStringLiteral("ALTER TABLE station ADD COLUMN secret TEXT")}
        << QStringLiteral("table station has an unexpected column \"secret\"") << QString() << 0;
    QTest::newRow("newer schema") << QString() << QStringList{QStringLiteral("PRAGMA user_version = 99")}
                                  << QStringLiteral("was written by a newer hostreview (schema 99;") << QString() << 0;

    // Sizes. 100 MB is over SQLite's length limit on our connections: refused without being read.
    QTest::newRow("100 MB station name")
        << QString()
        << QStringList{QStringLiteral("UPDATE station SET name = hex(zeroblob(50000000)) WHERE ord = (SELECT min(ord) FROM station)")}
        << QStringLiteral("table station holds a value over %1 bytes").arg(detail::kMaxSqliteValueBytes) << QString() << 40;
    QTest::newRow("20 MB review notes")
        << QString() << QStringList{QStringLiteral("UPDATE review SET notes = hex(zeroblob(10000000))")}
        << QStringLiteral("column notes: text of 20000000 bytes exceeds the limit of 1048576 bytes") << QString() << 60;
    QTest::newRow("evidence over the limit")
        << QString()
        << QStringList{QStringLiteral("UPDATE evidence SET data = zeroblob(%1)").arg(detail::kMaxEvidenceBytes + 1)}
        << QStringLiteral("evidence row 0, column data: %1 bytes exceed the limit").arg(detail::kMaxEvidenceBytes + 1)
        << QString() << 40;

    // Types.
    QTest::newRow("text in a REAL column")
        << QString() << QStringList{QStringLiteral("UPDATE station SET x = 'left' WHERE ord = (SELECT min(ord) FROM station)")}
        << QStringLiteral("column x: expected REAL, got TEXT") << QString() << 0;
    QTest::newRow("blob in an id column")
        << QString() << QStringList{QStringLiteral("UPDATE station SET id = x'00ff' WHERE ord = (SELECT min(ord) FROM station)")}
        << QStringLiteral("column id: expected TEXT, got BLOB") << QString() << 0;
    QTest::newRow("+inf stored as REAL")
        << QString() << QStringList{QStringLiteral("UPDATE link_call SET calls = 9e999")}
        << QStringLiteral("column calls: must be a finite number, got inf") << QString() << 0;
    QTest::newRow("-inf stored as REAL")
        << QString() << QStringList{QStringLiteral("UPDATE demand SET service_time = -9e999")}
        << QStringLiteral("column service_time: must be a finite number, got -inf") << QString() << 0;
    // SQLite stores a bound NaN as NULL: an optional field reads as absent, validation asks for it.
    QTest::newRow("NaN bound into a REAL column")
        << QString() << QStringList{QStringLiteral("UPDATE workload_class SET arrival_rate = :nan WHERE type = 'open'")}
        << load << QStringLiteral(".arrival_rate: required") << 0;

    // Identity and references.
    QTest::newRow("duplicated station ids") << QString() << duplicateFirstRow(QStringLiteral("station"))
                                            << QStringLiteral("duplicated id \"office-users\"") << QString() << 0;
    QTest::newRow("duplicated class ids") << QString() << duplicateFirstRow(QStringLiteral("workload_class"))
                                          << QStringLiteral("duplicated id \"order-entry\"") << QString() << 0;
    QTest::newRow("duplicated answers") << QString() << duplicateFirstRow(QStringLiteral("checklist_answer"))
                                        << QStringLiteral("column item: duplicated id") << QString() << 0;
    QTest::newRow("routing cycle that never dies out")
        << QString()
        << QStringList{QStringLiteral("INSERT INTO link (ord, from_station, to_station, extra) VALUES (9000, '{TO}', '{FROM}', '{}')"),
                       QStringLiteral("INSERT INTO link_call (link_ord, class, calls) VALUES (9000, '{CLASS}', 1.0)")}
        << load << QStringLiteral("the routing cycle through stations") << 0;
    QTest::newRow("link to an unknown station")
        << QString() << QStringList{QStringLiteral("UPDATE link SET to_station = 'nowhere' WHERE ord = (SELECT min(ord) FROM link)")}
        << load << QStringLiteral("links[0].to: no station \"nowhere\"") << 0;
    QTest::newRow("demand on an unknown station")
        << QString() << QStringList{QStringLiteral("UPDATE demand SET station = 'ghost' WHERE class_ord = (SELECT min(ord) FROM workload_class) AND ord = 0")}
        << load << QStringLiteral(".station: no station \"ghost\"") << 0;
    QTest::newRow("negative server count")
        << QString() << QStringList{QStringLiteral("UPDATE station SET servers = -3 WHERE discipline = 'queue'")}
        << load << QStringLiteral("must be an integer ≥ 1 for a queue station, got -3") << 0;
    QTest::newRow("negative population")
        << QString() << QStringList{QStringLiteral("UPDATE workload_class SET population = -5 WHERE type = 'closed'")}
        << load << QStringLiteral(".population: must be an integer ≥ 1, got -5") << 0;
    const auto hasTable = [](const QString &name) {
        for (const detail::TableSpec &t : detail::projectTables())
            if (t.name == name)
                return true;
        return false;
    };
    if (hasTable(QStringLiteral("comment")))
        QTest::newRow("comment reply cycle")
            << QStringLiteral("either")
            << QStringList{QStringLiteral("INSERT INTO comment (ord, id, parent, target_kind, target, author, created, body, resolved)"
                                          " VALUES (0, 'c1', 'c2', 'station', '{FROM}', 'eve', NULL, 'a', 0),"
                                          " (1, 'c2', 'c1', 'station', '{FROM}', 'eve', NULL, 'b', 0)")}
            << QStringLiteral("cycle") << QStringLiteral("cycle") << 0;

    // Not a regular database file at all.
    QTest::newRow("zero bytes") << QStringLiteral("empty") << none
                                << QStringLiteral("is not an SQLite database (the file is empty)") << QString() << 0;
    QTest::newRow("a directory") << QStringLiteral("folder") << none << QStringLiteral("is a folder, not a project file")
                                 << QString() << 0;
    QTest::newRow("symlink loop") << QStringLiteral("symlink-loop") << none
                                  << QStringLiteral("is a symbolic link whose target cannot be reached") << QString() << 0;
    QTest::newRow("dangling symlink") << QStringLiteral("symlink-dangling") << none
                                      << QStringLiteral("is a symbolic link whose target cannot be reached") << QString() << 0;
    QTest::newRow("symlink to a device") << QStringLiteral("symlink-device") << none
                                         << QStringLiteral("is not a regular file") << QString() << 0;
    QTest::newRow("named pipe") << QStringLiteral("fifo") << none << QStringLiteral("is not a regular file") << QString() << 0;
    QTest::newRow("symlink to a good file") << QStringLiteral("symlink-good") << none << load << QString() << 0;
}

void TestHostileFiles::hostileFile()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, sql);
    QFETCH(QString, refusal);
    QFETCH(QString, validation);
    QFETCH(int, maxPeakMiB);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hostile.hostreview"));
    const QString good = dir.filePath(QStringLiteral("good.hostreview"));
    QVERIFY(saveProject(m_base, good).ok());
    QVERIFY(QFile::copy(good, path));

    const Link &link = m_base.links.front();
    for (QString statement : sql) {
        statement.replace(QStringLiteral("{FROM}"), link.from)
            .replace(QStringLiteral("{TO}"), link.to)
            .replace(QStringLiteral("{CLASS}"), link.calls.firstKey());
        QCOMPARE(runSql(path, {statement}), QString());
    }

    const QByteArray nativePath = QFile::encodeName(path);
    if (damage == QLatin1String("empty")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    } else if (damage == QLatin1String("folder")) {
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkdir(path));
    } else if (damage == QLatin1String("symlink-loop")) {
        const QString other = dir.filePath(QStringLiteral("other.hostreview"));
        QVERIFY(QFile::remove(path));
        QCOMPARE(::symlink(QFile::encodeName(other).constData(), nativePath.constData()), 0);
        QCOMPARE(::symlink(nativePath.constData(), QFile::encodeName(other).constData()), 0);
    } else if (damage == QLatin1String("symlink-dangling")) {
        QVERIFY(QFile::remove(path));
        QCOMPARE(::symlink(QFile::encodeName(dir.filePath(QStringLiteral("gone"))).constData(), nativePath.constData()), 0);
    } else if (damage == QLatin1String("symlink-device")) {
        QVERIFY(QFile::remove(path));
        QCOMPARE(::symlink("/dev/zero", nativePath.constData()), 0);
    } else if (damage == QLatin1String("fifo")) {
        QVERIFY(QFile::remove(path));
        QCOMPARE(::mkfifo(nativePath.constData(), 0600), 0);
    } else if (damage == QLatin1String("symlink-good")) {
        QVERIFY(QFile::remove(path));
        QCOMPARE(::symlink(QFile::encodeName(good).constData(), nativePath.constData()), 0);
    }

    const bool measure = maxPeakMiB > 0 && resetPeakRss();
    const qint64 before = peakRssKiB();
    const Result<Review> loaded = loadProject(path);
    const qint64 growthMiB = (peakRssKiB() - before) / 1024;

    if (measure)
        QVERIFY2(growthMiB <= maxPeakMiB,
                 qPrintable(QStringLiteral("loading raised peak memory by %1 MiB (limit %2)").arg(growthMiB).arg(maxPeakMiB)));
    else if (maxPeakMiB > 0)
        qInfo("peak memory not measured: /proc/self/clear_refs is not writable here");

    if (damage == QLatin1String("either")) {
        // Part B's comments: a reply cycle may be refused, or loaded with validation naming it.
        if (!loaded.ok()) {
            QVERIFY2(loaded.error().toString().contains(refusal), qPrintable(loaded.error().toString()));
            return;
        }
        refusal.clear();
    }
    if (!refusal.isEmpty()) {
        QVERIFY2(!loaded.ok(), "the hostile file was loaded");
        const QString message = loaded.error().toString();
        QVERIFY2(message.startsWith(path + QLatin1Char(' ')), qPrintable(message));
        QVERIFY2(message.contains(refusal), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        return;
    }
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    const QStringList nonFinite = nonFiniteNumbers(*loaded);
    QVERIFY2(nonFinite.isEmpty(), qPrintable(nonFinite.join(QStringLiteral(", "))));
    if (!validation.isEmpty()) {
        QStringList problems;
        for (const Problem &p : validate(*loaded))
            problems << p.toString();
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(validation), qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
