// Tests of the .hostreview project file: lossless round trip, atomic save under injected faults,
// migration from schema v0, and defensive refusal of damaged, foreign or hostile files.

#include "rawsql.h"

#include "core/storage/projectfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <numbers>

using namespace hostreview::core;

Q_DECLARE_METATYPE(hostreview::core::Review)
Q_DECLARE_METATYPE(hostreview::core::detail::SaveStep)

namespace {

using hostreview::tests::runSql;

/** Reads a big-endian 32-bit field of the SQLite header (fileformat.html §1.3: 60 user_version, 68 application_id). */
qint64 headerField(const QString &path, int offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray h = file.read(100);
    if (h.size() < offset + 4)
        return -1;
    const auto b = [&](int i) { return quint32(quint8(h[offset + i])); };
    return qint32((b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3));
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/** Files in `dir` whose names start with '.', i.e. temporary files a save may have left behind. */
QStringList hiddenFiles(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System).filter(QRegularExpression(QStringLiteral("^\\.")));
}

Review smallReview(const QString &name)
{
    Review r;
    r.name = name;
    Station s;
    s.id = QStringLiteral("web");
    s.name = QStringLiteral("Odoo HTTP workers");
    s.kind = QStringLiteral("odoo-http");
    s.servers = 9;
    r.stations.push_back(s);
    return r;
}

Review richReview()
{
    Review r;
    r.name = QStringLiteral("ACME Odoo 17 hosting review");
    r.meta.client = QStringLiteral("ACME SA");
    r.meta.reviewers = {QStringLiteral("Ana"), QStringLiteral("Bruno"), QString()};
    r.meta.startDate = QDate(2026, 11, 2);
    r.meta.endDate = QDate(2026, 11, 20);
    r.meta.version = QStringLiteral("draft 2");
    r.meta.notes = QStringLiteral("line one\nline two\ttabbed");
    r.meta.extra = QJsonObject{{QStringLiteral("sponsor"), QStringLiteral("CIO")}};
    r.checklistId = QStringLiteral("odoo-hosting");

    Station ingress;
    ingress.id = QStringLiteral("ingress");
    ingress.name = QStringLiteral("Traefik");
    ingress.kind = QStringLiteral("traefik");
    ingress.discipline = Discipline::Delay;
    ingress.servers = 1;
    ingress.zone = QStringLiteral("dc-1");
    ingress.tenant = QStringLiteral("acme");
    ingress.x = -120.5;
    ingress.y = 0.1;
    ingress.properties = QJsonObject{{QStringLiteral("tls"), true}};
    ingress.notes = QStringLiteral("terminates TLS");
    Station web;
    web.id = QStringLiteral("web");
    web.name = QStringLiteral("Odoo HTTP workers");
    web.kind = QStringLiteral("odoo-http");
    web.servers = 9;
    web.x = 1.0 / 3.0;
    web.y = 1e-300;
    web.properties = QJsonObject{{QStringLiteral("cpu_cores"), 4}, {QStringLiteral("limit_time_real"), 120.5}};
    web.extra = QJsonObject{{QStringLiteral("future_key"), QJsonArray{1, QStringLiteral("two"), QJsonValue()}}};
    Station pg;
    pg.id = QStringLiteral("pg");
    pg.name = QStringLiteral("PostgreSQL primary");
    pg.kind = QStringLiteral("postgresql");
    pg.servers = 8;
    pg.x = 400;
    pg.y = 250;
    r.stations = {ingress, web, pg};

    Link l1;
    l1.from = QStringLiteral("ingress");
    l1.to = QStringLiteral("web");
    l1.calls = {{QStringLiteral("order-entry"), 1.0}, {QStringLiteral("api"), 0.75}};
    Link l2;
    l2.from = QStringLiteral("web");
    l2.to = QStringLiteral("pg");
    l2.calls = {{QStringLiteral("order-entry"), 14.2}};
    l2.extra = QJsonObject{{QStringLiteral("style"), QStringLiteral("dashed")}};
    r.links = {l1, l2};

    WorkloadClass open;
    open.id = QStringLiteral("order-entry");
    open.name = QStringLiteral("Order entry");
    open.type = ClassType::Open;
    open.arrivalRate = 2.5;
    open.entry = QStringLiteral("ingress");
    open.demands = {Demand{QStringLiteral("web"), 1.0, 0.045, {}},
                    Demand{QStringLiteral("pg"), std::nullopt, 0.0021, QJsonObject{{QStringLiteral("x"), 1}}}};
    open.targetResponseTime = 2.0;
    open.provenance = Provenance::Measured;
    open.source = QStringLiteral("access.log 2026-10-01..2026-10-31, 1 204 311 lines");
    WorkloadClass closed;
    closed.id = QStringLiteral("warehouse");
    closed.name = QStringLiteral("Warehouse scanning");
    closed.type = ClassType::Closed;
    closed.population = 40;
    closed.thinkTime = 12.0;
    closed.demands = {Demand{QStringLiteral("web"), 2.0, 0.03, {}}};
    r.classes = {open, closed};

    Profile p;
    p.classId = QStringLiteral("order-entry");
    p.bucketMinutes = 60;
    p.multipliers = {0.1, 0.5, 1.0, 1.7, 0.0};
    p.provenance = Provenance::Measured;
    p.source = QStringLiteral("access.log");
    r.profiles = {p};

    Scenario s;
    s.id = QStringLiteral("black-friday");
    s.name = QStringLiteral("Black Friday");
    s.description = QStringLiteral("3× order entry");
    s.classScale = {{QStringLiteral("order-entry"), 3.0}};
    s.stationOverrides = {{QStringLiteral("web"), QJsonObject{{QStringLiteral("servers"), 17}}}};
    s.target = true;
    r.scenarios = {s};

    ChecklistAnswer a1;
    a1.itemId = QStringLiteral("backup.restore-tested");
    a1.status = AnswerStatus::NotMet;
    a1.notes = QStringLiteral("no restore test in 2026");
    a1.evidenceIds = {QStringLiteral("ev-1"), QStringLiteral("ev-2")};
    a1.reviewer = QStringLiteral("Ana");
    a1.answeredAt = QDateTime(QDate(2026, 11, 5), QTime(14, 3, 7, 250), Qt::UTC);
    ChecklistAnswer a2;
    a2.itemId = QStringLiteral("workers.limit-memory");
    a2.status = AnswerStatus::NotApplicable;
    r.answers = {a1, a2};

    EvidenceFile e1;
    e1.id = QStringLiteral("ev-1");
    e1.fileName = QStringLiteral("pg_dump.log");
    e1.mimeType = QStringLiteral("text/plain");
    e1.data = QByteArray("line\0with\0zeros\n", 16);
    e1.addedAt = QDateTime(QDate(2026, 11, 5), QTime(14, 0), Qt::UTC);
    e1.addedBy = QStringLiteral("Ana");
    EvidenceFile e2;
    e2.id = QStringLiteral("ev-2");
    e2.fileName = QStringLiteral("empty.bin");
    e2.mimeType = QStringLiteral("application/octet-stream");
    r.evidence = {e1, e2};

    r.hostingAnswers = QJsonObject{{QStringLiteral("q.sla"), QStringLiteral("99.9")},
                                   {QStringLiteral("q.users"), 250},
                                   {QStringLiteral("q.multi"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                                   {QStringLiteral("q.none"), QJsonValue()},
                                   {QStringLiteral("q.flag"), false}};
    r.extra = QJsonObject{{QStringLiteral("x-unknown-section"), QJsonObject{{QStringLiteral("k"), 1.5}}}};
    return r;
}

Review unicodeReview()
{
    Review r = richReview();
    r.name = QStringLiteral("Révision « Ødoo » 日本語 🚀");
    r.meta.client = QStringLiteral("Société Générale d'Hébergement — Ελλάδα");
    r.stations[0].name = QStringLiteral("Пограничный прокси");
    r.stations[0].properties.insert(QStringLiteral("ключ"), QStringLiteral("значение 🎉"));
    r.classes[0].name = QStringLiteral("注文入力");
    r.extra.insert(QStringLiteral("😀 emoji key"), QStringLiteral("\u00e9\u0301 combining"));
    r.answers[0].notes = QStringLiteral("quote \" apostrophe ' backslash \\ and NUL-free");
    return r;
}

Review optionalsAbsentReview()
{
    Review r = richReview();
    for (WorkloadClass &c : r.classes) {
        c.arrivalRate.reset();
        c.population.reset();
        c.thinkTime.reset();
        c.targetResponseTime.reset();
        for (Demand &d : c.demands)
            d.visits.reset();
    }
    r.meta.startDate = QDate();
    r.meta.endDate = QDate();
    for (ChecklistAnswer &a : r.answers)
        a.answeredAt = QDateTime();
    for (EvidenceFile &e : r.evidence)
        e.addedAt = QDateTime();
    return r;
}

Review bigEvidenceReview()
{
    Review r = richReview();
    QByteArray bytes(1024 * 1024 + 7, '\0');
    for (int i = 0; i < bytes.size(); i += 97)
        bytes[i] = char(i % 251);
    r.evidence[1].data = bytes;
    return r;
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { detail::setSaveFaultForTesting(detail::SaveStep::None); }
    void cleanup() { detail::setSaveFaultForTesting(detail::SaveStep::None); }

    void roundTrip_data();
    void roundTrip();
    void doublesExact_data();
    void doublesExact();
    void negativeZero();
    void saveKeepsBackup();
    void saveThroughSymlink();
    void saveFault_data();
    void saveFault();
    void saveRefuses_data();
    void saveRefuses();
    void migrateV0();
    void refuseNewer();
    void refuseBadFile_data();
    void refuseBadFile();
};

void TestProjectFile::roundTrip_data()
{
    QTest::addColumn<Review>("review");
    QTest::newRow("empty review") << Review{};
    QTest::newRow("rich review, optionals present") << richReview();
    QTest::newRow("optionals absent, no dates") << optionalsAbsentReview();
    QTest::newRow("unicode and unknown extra keys") << unicodeReview();
    QTest::newRow("1 MiB evidence with zero bytes") << bigEvidenceReview();
}

void TestProjectFile::roundTrip()
{
    QFETCH(Review, review);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round-trip.hostreview"));
    const Result<void> saved = saveProject(review, path);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toString()));

    // The header carries the magic and the schema version (read from the bytes, not through SQLite).
    QCOMPARE(headerField(path, 68), qint64(0x48525657));
    QCOMPARE(headerField(path, 60), qint64(projectSchemaVersion()));

    const QByteArray before = fileHash(path);
    const Result<Review> loaded = loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(*loaded, review);
    // Loading writes nothing: same bytes, no side files (journal, -wal, -shm, temporaries).
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("round-trip.hostreview")});
}

void TestProjectFile::doublesExact_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("1/3") << 1.0 / 3.0;
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("largest double") << std::numeric_limits<double>::max();
    QTest::newRow("smallest normal") << std::numeric_limits<double>::min();
    QTest::newRow("smallest subnormal") << std::numeric_limits<double>::denorm_min();
    QTest::newRow("2^53 + 2") << 9007199254740994.0;
    QTest::newRow("-1e-300") << -1e-300;
    QTest::newRow("integral 12") << 12.0;
    QTest::newRow("pi") << std::numbers::pi;
    QTest::newRow("-pi") << -std::numbers::pi;

}

void TestProjectFile::doublesExact()
{
    QFETCH(double, value);
    Review review = smallReview(QStringLiteral("doubles"));
    review.stations[0].x = value;
    review.stations[0].y = -value;
    WorkloadClass c;
    c.id = QStringLiteral("c");
    c.arrivalRate = value;
    c.demands = {Demand{QStringLiteral("web"), value, value, {}}};
    review.classes = {c};
    review.extra.insert(QStringLiteral("in-json"), value);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.hostreview"));
    QVERIFY(saveProject(review, path).ok());
    const Result<Review> loaded = loadProject(path);
    QVERIFY(loaded.ok());
    // Bit for bit, not only ==.
    const auto same = [](double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; };
    QVERIFY(same(loaded->stations[0].x, value));
    QVERIFY(same(loaded->stations[0].y, -value));
    QVERIFY(same(*loaded->classes[0].arrivalRate, value));
    QVERIFY(same(*loaded->classes[0].demands[0].visits, value));
    QVERIFY(same(loaded->classes[0].demands[0].serviceTime, value));
    QVERIFY(same(loaded->extra.value(QStringLiteral("in-json")).toDouble(), value));
}

void TestProjectFile::negativeZero()
{
    // The one double that does not keep its bits: SQLite writes integral REAL values as integers
    // (https://www.sqlite.org/datatype3.html §3.2), so -0.0 comes back as +0.0; they compare equal.
    Review review = smallReview(QStringLiteral("zero"));
    review.stations[0].x = -0.0;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.hostreview"));
    QVERIFY(saveProject(review, path).ok());
    const Result<Review> loaded = loadProject(path);
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, review);
    QCOMPARE(loaded->stations[0].x, 0.0);
}

void TestProjectFile::saveKeepsBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acme.hostreview"));
    const Review first = smallReview(QStringLiteral("first"));
    const Review second = richReview();
    QVERIFY(saveProject(first, path).ok());
    QVERIFY(!QFile::exists(path + QLatin1Char('~'))); // nothing to keep on the first save
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));

    QVERIFY(saveProject(second, path).ok());
    QCOMPARE(*loadProject(path), second);
    const Result<Review> backup = loadProject(path + QLatin1Char('~'));
    QVERIFY2(backup.ok(), qPrintable(backup ? QString() : backup.error().toString()));
    QCOMPARE(*backup, first);
    // The new file keeps the permissions of the one it replaced.
    QCOMPARE(QFile::permissions(path) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    QVERIFY(hiddenFiles(dir.path()).isEmpty());

    // A third save moves the backup along: path~ is now the second version.
    QVERIFY(saveProject(first, path).ok());
    QCOMPARE(*loadProject(path + QLatin1Char('~')), second);
}

void TestProjectFile::saveThroughSymlink()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString real = dir.filePath(QStringLiteral("real/p.hostreview"));
    const QString link = dir.filePath(QStringLiteral("p.hostreview"));
    QVERIFY(saveProject(smallReview(QStringLiteral("v1")), real).ok());
    QVERIFY(QFile::link(real, link));
    QVERIFY(saveProject(richReview(), link).ok());
    // The link is still a link; the file it points to holds the new review, its ~ the old one.
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(*loadProject(real), richReview());
    QCOMPARE(*loadProject(real + QLatin1Char('~')), smallReview(QStringLiteral("v1")));
}

void TestProjectFile::saveFault_data()
{
    using detail::SaveStep;
    QTest::addColumn<SaveStep>("step");
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QString>("phrase");
    const struct {
        SaveStep step;
        const char *name;
        const char *phrase;
    } steps[] = {
        {SaveStep::CreateTemp, "create temp", "creating the temporary file"},
        {SaveStep::WriteDatabase, "write", "writing the temporary file"},
        {SaveStep::CloseDatabase, "close", "closing the temporary file"},
        {SaveStep::SyncFile, "fsync file", "syncing the temporary file"},
        {SaveStep::Backup, "backup", "keeping the previous version as f.hostreview~"},
        {SaveStep::Rename, "rename", "renaming the temporary file to f.hostreview"},
        {SaveStep::SyncDirectory, "fsync folder", "syncing the folder"},
    };
    for (const auto &s : steps) {
        QTest::newRow(qPrintable(QStringLiteral("over existing, %1").arg(QLatin1String(s.name))))
            << s.step << true << QString::fromLatin1(s.phrase);
        if (s.step != SaveStep::Backup) // no previous file, no backup step
            QTest::newRow(qPrintable(QStringLiteral("new file, %1").arg(QLatin1String(s.name))))
                << s.step << false << QString::fromLatin1(s.phrase);
    }
}

void TestProjectFile::saveFault()
{
    QFETCH(detail::SaveStep, step);
    QFETCH(bool, existing);
    QFETCH(QString, phrase);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.hostreview"));
    const Review old = smallReview(QStringLiteral("old content"));
    if (existing)
        QVERIFY(saveProject(old, path).ok());
    const QByteArray before = fileHash(path);

    detail::setSaveFaultForTesting(step);
    const Result<void> saved = saveProject(richReview(), path);
    detail::setSaveFaultForTesting(detail::SaveStep::None);

    QVERIFY(!saved.ok());
    const QString message = saved.error().toString();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(phrase), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QVERIFY2(hiddenFiles(dir.path()).isEmpty(), qPrintable(hiddenFiles(dir.path()).join(QLatin1Char(' '))));
    if (existing) {
        QCOMPARE(fileHash(path), before);
        const Result<Review> loaded = loadProject(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(*loaded, old);
    } else {
        QVERIFY(!QFile::exists(path));
    }
}

void TestProjectFile::saveRefuses_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<QString>("phrase");
    Review dup = richReview();
    dup.stations[2].id = QStringLiteral("web");
    QTest::newRow("duplicated station ids") << dup << QStringLiteral("stations[web].id: duplicated id \"web\"");
    Review nan = richReview();
    nan.stations[1].x = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("NaN position") << nan << QStringLiteral("stations[web].position.x: must be a finite number, got nan");
    Review inf = richReview();
    inf.classes[0].arrivalRate = std::numeric_limits<double>::infinity();
    QTest::newRow("infinite arrival rate") << inf << QStringLiteral("classes[order-entry].arrival_rate: must be a finite number");
    Review longText = richReview();
    longText.meta.notes = QString(1024 * 1024 + 1, QLatin1Char('a'));
    QTest::newRow("text over 1 MiB") << longText << QStringLiteral("review.notes: text of 1048577 bytes exceeds the limit");
}

void TestProjectFile::saveRefuses()
{
    QFETCH(Review, review);
    QFETCH(QString, phrase);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refused.hostreview"));
    const Result<void> saved = saveProject(review, path);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().toString().contains(phrase), qPrintable(saved.error().toString()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(hiddenFiles(dir.path()).isEmpty());
}

void TestProjectFile::migrateV0()
{
    QCOMPARE(projectSchemaVersion(), 2); // v0 → v1 → v2 (v2: comments, audit, revisions; tst_collabstorage)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.hostreview"));
    // Schema v0, the pre-release layout: no evidence, answer_evidence or hosting_answer tables and no
    // provenance columns. Written here by hand, independently of the code under test.
    const QString error = runSql(path, {
        QStringLiteral("PRAGMA application_id = 1213355607"), // 0x48525657
        QStringLiteral("PRAGMA user_version = 0"),
        QStringLiteral("CREATE TABLE review (id INTEGER PRIMARY KEY, name TEXT NOT NULL, checklist TEXT NOT NULL,"
                       " client TEXT NOT NULL, start_date TEXT, end_date TEXT, version TEXT NOT NULL, notes TEXT NOT NULL,"
                       " review_extra TEXT NOT NULL, extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE reviewer (ord INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE station (ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                       " kind TEXT NOT NULL, discipline TEXT NOT NULL, servers INTEGER NOT NULL, zone TEXT NOT NULL,"
                       " tenant TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, properties TEXT NOT NULL,"
                       " notes TEXT NOT NULL, extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE link (ord INTEGER PRIMARY KEY, from_station TEXT NOT NULL, to_station TEXT NOT NULL,"
                       " extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE link_call (link_ord INTEGER NOT NULL, class TEXT NOT NULL, calls REAL NOT NULL)"),
        QStringLiteral("CREATE TABLE workload_class (ord INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL,"
                       " type TEXT NOT NULL, arrival_rate REAL, population INTEGER, think_time REAL, entry TEXT NOT NULL,"
                       " target_response_time REAL, source TEXT NOT NULL, extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE demand (class_ord INTEGER NOT NULL, ord INTEGER NOT NULL, station TEXT NOT NULL,"
                       " visits REAL, service_time REAL NOT NULL, extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE profile (ord INTEGER PRIMARY KEY, class TEXT NOT NULL, bucket_minutes INTEGER NOT NULL,"
                       " source TEXT NOT NULL, extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE profile_multiplier (profile_ord INTEGER NOT NULL, ord INTEGER NOT NULL,"
                       " multiplier REAL NOT NULL)"),
        QStringLiteral("CREATE TABLE scenario (ord INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL,"
                       " description TEXT NOT NULL, target INTEGER NOT NULL, extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE scenario_class_scale (scenario_ord INTEGER NOT NULL, class TEXT NOT NULL,"
                       " scale REAL NOT NULL)"),
        QStringLiteral("CREATE TABLE scenario_station_override (scenario_ord INTEGER NOT NULL, station TEXT NOT NULL,"
                       " fields TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE checklist_answer (ord INTEGER PRIMARY KEY, item TEXT NOT NULL, status TEXT NOT NULL,"
                       " notes TEXT NOT NULL, reviewer TEXT NOT NULL, answered_at TEXT, extra TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO review VALUES (1, 'Old review', 'odoo-hosting', 'Old client', '2025-03-01', NULL,"
                       " '0.9', '', '{}', '{\"legacy\":true}')"),
        QStringLiteral("INSERT INTO reviewer VALUES (0, 'Zoe')"),
        QStringLiteral("INSERT INTO station VALUES (1, 'pg', 'DB', 'postgresql', 'queue', 4, '', '', 10.5, -2.25, '{}', '', '{}')"),
        QStringLiteral("INSERT INTO station VALUES (0, 'web', 'Workers', 'odoo-http', 'queue', 5, 'z', '', 0, 0,"
                       " '{\"cpu_cores\":2}', 'n', '{}')"),
        QStringLiteral("INSERT INTO link VALUES (0, 'web', 'pg', '{}')"),
        QStringLiteral("INSERT INTO link_call VALUES (0, 'sales', 12.5)"),
        QStringLiteral("INSERT INTO workload_class VALUES (0, 'sales', 'Sales', 'open', 0.5, NULL, NULL, 'web', 3.0, '', '{}')"),
        QStringLiteral("INSERT INTO demand VALUES (0, 1, 'pg', NULL, 0.002, '{}')"),
        QStringLiteral("INSERT INTO demand VALUES (0, 0, 'web', 1.0, 0.05, '{}')"),
        QStringLiteral("INSERT INTO profile VALUES (0, 'sales', 30, 'guess', '{}')"),
        QStringLiteral("INSERT INTO profile_multiplier VALUES (0, 0, 0.5)"),
        QStringLiteral("INSERT INTO profile_multiplier VALUES (0, 1, 1.5)"),
        QStringLiteral("INSERT INTO scenario VALUES (0, 'peak', 'Peak', 'twice the load', 0, '{}')"),
        QStringLiteral("INSERT INTO scenario_class_scale VALUES (0, 'sales', 2.0)"),
        QStringLiteral("INSERT INTO scenario_station_override VALUES (0, 'web', '{\"servers\":9}')"),
        QStringLiteral("INSERT INTO checklist_answer VALUES (0, 'backup.offsite', 'partly', 'weekly only', 'Zoe',"
                       " '2025-03-02T10:00:00.000Z', '{}')"),
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray before = fileHash(path);

    Review expected;
    expected.name = QStringLiteral("Old review");
    expected.checklistId = QStringLiteral("odoo-hosting");
    expected.meta.client = QStringLiteral("Old client");
    expected.meta.startDate = QDate(2025, 3, 1);
    expected.meta.version = QStringLiteral("0.9");
    expected.meta.reviewers = {QStringLiteral("Zoe")};
    expected.extra = QJsonObject{{QStringLiteral("legacy"), true}};
    Station web;
    web.id = QStringLiteral("web");
    web.name = QStringLiteral("Workers");
    web.kind = QStringLiteral("odoo-http");
    web.servers = 5;
    web.zone = QStringLiteral("z");
    web.properties = QJsonObject{{QStringLiteral("cpu_cores"), 2}};
    web.notes = QStringLiteral("n");
    Station pg;
    pg.id = QStringLiteral("pg");
    pg.name = QStringLiteral("DB");
    pg.kind = QStringLiteral("postgresql");
    pg.servers = 4;
    pg.x = 10.5;
    pg.y = -2.25;
    expected.stations = {web, pg}; // by ord, not by insertion order
    expected.links = {Link{QStringLiteral("web"), QStringLiteral("pg"), {{QStringLiteral("sales"), 12.5}}, {}}};
    WorkloadClass sales;
    sales.id = QStringLiteral("sales");
    sales.name = QStringLiteral("Sales");
    sales.arrivalRate = 0.5;
    sales.entry = QStringLiteral("web");
    sales.targetResponseTime = 3.0;
    sales.provenance = Provenance::Estimated; // v0 knew only estimates
    sales.demands = {Demand{QStringLiteral("web"), 1.0, 0.05, {}}, Demand{QStringLiteral("pg"), std::nullopt, 0.002, {}}};
    expected.classes = {sales};
    Profile profile;
    profile.classId = QStringLiteral("sales");
    profile.bucketMinutes = 30;
    profile.multipliers = {0.5, 1.5};
    profile.source = QStringLiteral("guess");
    expected.profiles = {profile};
    Scenario peak;
    peak.id = QStringLiteral("peak");
    peak.name = QStringLiteral("Peak");
    peak.description = QStringLiteral("twice the load");
    peak.classScale = {{QStringLiteral("sales"), 2.0}};
    peak.stationOverrides = {{QStringLiteral("web"), QJsonObject{{QStringLiteral("servers"), 9}}}};
    expected.scenarios = {peak};
    ChecklistAnswer answer;
    answer.itemId = QStringLiteral("backup.offsite");
    answer.status = AnswerStatus::Partly;
    answer.notes = QStringLiteral("weekly only");
    answer.reviewer = QStringLiteral("Zoe");
    answer.answeredAt = QDateTime(QDate(2025, 3, 2), QTime(10, 0), Qt::UTC);
    expected.answers = {answer};

    const Result<Review> loaded = loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(*loaded, expected);
    // Opening migrated a copy: the user's file is byte for byte what it was, still schema 0.
    QCOMPARE(fileHash(path), before);
    QCOMPARE(headerField(path, 60), qint64(0));

    // Saving writes the current schema; it loads back to the same review.
    const QString upgraded = dir.filePath(QStringLiteral("upgraded.hostreview"));
    QVERIFY(saveProject(*loaded, upgraded).ok());
    QCOMPARE(headerField(upgraded, 60), qint64(2));
    QCOMPARE(*loadProject(upgraded), expected);
}

void TestProjectFile::refuseNewer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.hostreview"));
    QVERIFY(saveProject(richReview(), path).ok());
    QCOMPARE(runSql(path, {QStringLiteral("PRAGMA user_version = 7")}), QString());
    const Result<Review> loaded = loadProject(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().toString(),
             path + QStringLiteral(" was written by a newer hostreview (schema 7; this version reads up to 2)"));
}

namespace {

/** A station table without its UNIQUE and NOT NULL constraints, as a hand-edited file might have. */
QStringList relaxStationTable()
{
    return {
        QStringLiteral("CREATE TABLE station_relaxed (ord INTEGER, id TEXT, name TEXT, kind TEXT, discipline TEXT,"
                       " servers INTEGER, zone TEXT, tenant TEXT, x REAL, y REAL, properties TEXT, notes TEXT, extra TEXT)"),
        QStringLiteral("INSERT INTO station_relaxed SELECT * FROM station"),
        QStringLiteral("DROP TABLE station"),
        QStringLiteral("ALTER TABLE station_relaxed RENAME TO station"),
    };
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestProjectFile::refuseBadFile_data()
{
    // Each row starts from a good project file (or none) and damages it; sql runs on the file
    // through the test's own connection after the save.
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("phrase");
    const QStringList none;
    QTest::newRow("missing file") << QStringLiteral("missing") << none << QStringLiteral("does not exist");
    QTest::newRow("folder") << QStringLiteral("folder") << none << QStringLiteral("is a folder");
    QTest::newRow("empty file") << QStringLiteral("empty") << none << QStringLiteral("is not an SQLite database");
    QTest::newRow("zero-filled") << QStringLiteral("zeros") << none << QStringLiteral("is not an SQLite database");
    QTest::newRow("random bytes") << QStringLiteral("random") << none << QStringLiteral("is not an SQLite database");
    QTest::newRow("JSON file") << QStringLiteral("json") << none << QStringLiteral("is not an SQLite database");
    QTest::newRow("truncated to half") << QStringLiteral("truncate") << none << QStringLiteral("is corrupt");
    QTest::newRow("page overwritten") << QStringLiteral("scribble") << none << QStringLiteral("is corrupt");
    QTest::newRow("SQLite header, garbage after") << QStringLiteral("header-only") << none << QStringLiteral("is corrupt");
    QTest::newRow("invalid page size") << QStringLiteral("page-size") << none << QStringLiteral("is corrupt");
    QTest::newRow("other SQLite database")
        << QStringLiteral("foreign") << none << QStringLiteral("is not a hostreview project (application_id 0)");
    QTest::newRow("wrong application_id")
        << QString() << QStringList{QStringLiteral("PRAGMA application_id = 305419896")}
        << QStringLiteral("is not a hostreview project (application_id 305419896)");
    QTest::newRow("negative user_version")
        << QString() << QStringList{QStringLiteral("PRAGMA user_version = -1")} << QStringLiteral("unknown schema version -1");
    QTest::newRow("trigger")
        << QString()
        << QStringList{QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON station BEGIN DELETE FROM link; END")}
        << QStringLiteral("contains a trigger (\"evil\")");
    QTest::newRow("view") << QString() << QStringList{QStringLiteral("CREATE VIEW stations AS SELECT * FROM station")}
                          << QStringLiteral("contains a view (\"stations\")");
    QTest::newRow("text in integer column")
        << QString() << QStringList{QStringLiteral("UPDATE station SET servers = 'many' WHERE id = 'web'")}
        << QStringLiteral("station row 1, column servers: expected INTEGER, got TEXT");
    QTest::newRow("blob in text column")
        << QString() << QStringList{QStringLiteral("UPDATE workload_class SET name = x'00ff' WHERE ord = 0")}
        << QStringLiteral("workload_class row 0, column name: expected TEXT, got BLOB");
    QTest::newRow("2 MiB string")
        << QString() << QStringList{QStringLiteral("UPDATE station SET name = hex(zeroblob(1048576)) WHERE ord = 0")}
        << QStringLiteral("station row 0, column name: text of 2097152 bytes exceeds the limit of 1048576 bytes");
    QTest::newRow("evidence over 64 MiB")
        << QString() << QStringList{QStringLiteral("UPDATE evidence SET data = zeroblob(67108865) WHERE ord = 0")}
        << QStringLiteral("evidence row 0, column data: 67108865 bytes exceed the limit");
    QTest::newRow("100 001 rows")
        << QString()
        << QStringList{QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 100007)"
                                      " INSERT INTO reviewer SELECT i, 'r' FROM n")}
        << QStringLiteral("table reviewer has 100001 rows, more than the limit of 100000");
    QStringList duplicate = relaxStationTable();
    duplicate << QStringLiteral("INSERT INTO station SELECT 7, id, name, kind, discipline, servers, zone, tenant, x, y,"
                                " properties, notes, extra FROM station WHERE id = 'pg'");
    QTest::newRow("duplicated station ids") << QString() << duplicate << QStringLiteral("duplicated id \"pg\"");
    QStringList nullName = relaxStationTable();
    nullName << QStringLiteral("UPDATE station SET name = NULL WHERE ord = 1");
    QTest::newRow("NULL in a NOT NULL column") << QString() << nullName << QStringLiteral("station row 2, column name: is NULL");
    QTest::newRow("missing table") << QString() << QStringList{QStringLiteral("DROP TABLE hosting_answer")}
                                   << QStringLiteral("table hosting_answer is missing");
    QTest::newRow("missing column") << QString()
                                    << QStringList{QStringLiteral("ALTER TABLE station DROP COLUMN tenant")}
                                    << QStringLiteral("table station has no column tenant");
    QTest::newRow("wrong declared type")
        << QString()
        << QStringList{QStringLiteral("DROP TABLE hosting_answer"),
                       QStringLiteral("CREATE TABLE hosting_answer (ord INTEGER PRIMARY KEY, question TEXT, answer BLOB)")}
        << QStringLiteral("column hosting_answer.answer is declared BLOB, expected TEXT");
    QTest::newRow("unknown discipline")
        << QString() << QStringList{QStringLiteral("UPDATE station SET discipline = 'fifo' WHERE ord = 2")}
        << QStringLiteral("station row 2, column discipline: unknown value \"fifo\"");
    QTest::newRow("bad JSON") << QString()
                              << QStringList{QStringLiteral("UPDATE station SET extra = '{\"a\":' WHERE ord = 0")}
                              << QStringLiteral("station row 0, column extra: invalid JSON");
    QTest::newRow("JSON array for an object")
        << QString() << QStringList{QStringLiteral("UPDATE station SET properties = '[1]' WHERE ord = 0")}
        << QStringLiteral("station row 0, column properties: expected a JSON object");
    QTest::newRow("orphan demand") << QString()
                                   << QStringList{QStringLiteral("UPDATE demand SET class_ord = 99 WHERE class_ord = 0 AND ord = 0")}
                                   << QStringLiteral("no workload_class row with ord 99");
    QTest::newRow("infinite number") << QString() << QStringList{QStringLiteral("UPDATE station SET x = 9e999 WHERE ord = 0")}
                                     << QStringLiteral("station row 0, column x: must be a finite number, got inf");
    QTest::newRow("servers beyond int")
        << QString() << QStringList{QStringLiteral("UPDATE station SET servers = 4294967296 WHERE ord = 0")}
        << QStringLiteral("station row 0, column servers: 4294967296 is out of range");
    QTest::newRow("bad date") << QString() << QStringList{QStringLiteral("UPDATE review SET start_date = 'yesterday'")}
                              << QStringLiteral("review row 1, column start_date: \"yesterday\" is not a date");
    QTest::newRow("WAL journal mode") << QString() << QStringList{QStringLiteral("PRAGMA journal_mode = WAL")}
                                      << QStringLiteral("uses SQLite write-ahead logging");
    QTest::newRow("no review row") << QString() << QStringList{QStringLiteral("DELETE FROM review")}
                                   << QStringLiteral("table review is empty");
}

void TestProjectFile::refuseBadFile()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, sql);
    QFETCH(QString, phrase);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.hostreview"));
    QVERIFY(saveProject(richReview(), path).ok());
    const QByteArray good = readBytes(path);
    QVERIFY(good.size() > 4096);

    if (damage == QLatin1String("missing")) {
        QVERIFY(QFile::remove(path));
    } else if (damage == QLatin1String("folder")) {
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkdir(path));
    } else if (damage == QLatin1String("empty")) {
        writeBytes(path, QByteArray());
    } else if (damage == QLatin1String("zeros")) {
        writeBytes(path, QByteArray(good.size(), '\0'));
    } else if (damage == QLatin1String("random")) {
        QByteArray bytes(good.size(), '\0');
        QRandomGenerator rng(42);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        writeBytes(path, bytes);
    } else if (damage == QLatin1String("json")) {
        writeBytes(path, QByteArray("{\"format\": \"hostreview-model\", \"version\": 1, \"stations\": []}\n"));
    } else if (damage == QLatin1String("truncate")) {
        writeBytes(path, good.left(good.size() / 2));
    } else if (damage == QLatin1String("scribble")) {
        // Overwrite the middle of the second page (a table's b-tree page) with 0xFF.
        QByteArray bytes = good;
        const int pageSize = (quint8(good[16]) << 8) | quint8(good[17]);
        for (int i = pageSize; i < pageSize + 64; ++i)
            bytes[i] = char(0xFF);
        writeBytes(path, bytes);
    } else if (damage == QLatin1String("header-only")) {
        QByteArray bytes = good.left(16) + QByteArray(good.size() - 16, char(0xA5));
        writeBytes(path, bytes);
    } else if (damage == QLatin1String("page-size")) {
        QByteArray bytes = good;
        bytes[16] = 0; // page size 3: not a power of two
        bytes[17] = 3;
        writeBytes(path, bytes);
    } else if (damage == QLatin1String("foreign")) {
        QVERIFY(QFile::remove(path));
        QCOMPARE(runSql(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                               QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")}),
                 QString());
    }
    if (!sql.isEmpty())
        QCOMPARE(runSql(path, sql), QString());

    const Result<Review> loaded = loadProject(path);
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().toString();
    QVERIFY2(message.startsWith(path + QLatin1Char(' ')), qPrintable(message));
    QVERIFY2(message.contains(phrase), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
