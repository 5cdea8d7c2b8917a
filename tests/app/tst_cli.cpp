#include "tests/support/clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** Runs the built hostreview-cli (HOSTREVIEW_CLI_PATH) and checks exit codes, files and messages. */
class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void validateExitCodes_data();
    void validateExitCodes();
    void exportImportExportIsByteIdentical_data();
    void exportImportExportIsByteIdentical();
    void exportToStdout();
    void importRefusesInvalidModel();
    void overwriteKeepsBackup();
    void newFromTemplate();
    void unknownTemplateListsAvailable();
    void info();
    void brokenFilesGiveOneLine_data();
    void brokenFilesGiveOneLine();

private:
    using Run = hostreview::testing::CliRun;
    Run cli(const QStringList &args) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QString projectFile() const;
    static QStringList samples();

    QTemporaryDir m_dir;
};

namespace {

QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(HOSTREVIEW_TEST_SOURCE_DIR) : fromEnv;
}

/** A small valid model: one open class through two stations. */
const QByteArray kValid = R"({"format": "hostreview-model", "version": 1, "name": "CLI test",
 "review": {"client": "ACME"},
 "stations": [{"id": "web", "name": "Web", "kind": "generic", "discipline": "queue", "servers": 2},
              {"id": "db", "name": "DB", "kind": "generic", "discipline": "queue", "servers": 1}],
 "links": [{"from": "web", "to": "db", "calls": {"orders": 2}}],
 "classes": [{"id": "orders", "name": "Orders", "type": "open", "arrival_rate": 1.5, "entry": "web",
              "demands": [{"station": "web", "visits": 1, "service_time": 0.1}, {"station": "db", "service_time": 0.01}]}],
 "answers": [{"item": "backups", "status": "met"}]})";

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    return text.replace(from, to);
}

int lineCount(const QByteArray &text)
{
    return int(text.trimmed().count('\n')) + (text.trimmed().isEmpty() ? 0 : 1);
}

} // namespace

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HOSTREVIEW_CLI_PATH)).isExecutable(), HOSTREVIEW_CLI_PATH);
}

TestCli::Run TestCli::cli(const QStringList &args) const
{
    // templates/ from this source tree
    return hostreview::testing::runCli(QStringLiteral(HOSTREVIEW_CLI_PATH), args, {{QStringLiteral("HOSTREVIEW_DATA_DIR"), sourceDir()}});
}

QString TestCli::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path(name)));
    return file.fileName();
}

QString TestCli::projectFile() const
{
    const QString json = writeFile(QStringLiteral("source.json"), kValid);
    const QString project = path(QStringLiteral("valid.hostreview"));
    QFile::remove(project);
    const Run run = cli({QStringLiteral("import-json"), json, QStringLiteral("-o"), project});
    if (run.exitCode != 0)
        qWarning("import-json failed: %s", run.err.constData());
    return project;
}

QStringList TestCli::samples()
{
    QStringList files;
    const QDir dir(sourceDir() + QStringLiteral("/templates/samples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutHas");
    QTest::newRow("no command") << QStringList{} << 2 << "";
    QTest::newRow("top-level help lists the commands") << QStringList{"--help"} << 0 << "  export-json";
    QTest::newRow("validate --help") << QStringList{"validate", "--help"} << 0 << "Usage: hostreview-cli validate";
    QTest::newRow("new --help") << QStringList{"new", "--help"} << 0 << "--template <NAME>";
    QTest::newRow("export-json --help") << QStringList{"export-json", "--help"} << 0 << "-o, --output <OUT.json>";
    QTest::newRow("import-json --help") << QStringList{"import-json", "--help"} << 0 << "Usage: hostreview-cli import-json";
    QTest::newRow("info --help") << QStringList{"info", "--help"} << 0 << "Usage: hostreview-cli info";
    QTest::newRow("validate without FILE") << QStringList{"validate"} << 2 << "";
    QTest::newRow("validate two files") << QStringList{"validate", "a.json", "b.json"} << 2 << "";
    QTest::newRow("validate unknown option") << QStringList{"validate", "--strict", "a.json"} << 2 << "";
    QTest::newRow("export-json without -o") << QStringList{"export-json", "a.json"} << 2 << "";
    QTest::newRow("import-json without -o") << QStringList{"import-json", "a.json"} << 2 << "";
    QTest::newRow("new without --template") << QStringList{"new", "-o", "x.hostreview"} << 2 << "";
    QTest::newRow("new without -o") << QStringList{"new", "--template", "x"} << 2 << "";
    QTest::newRow("info without FILE") << QStringList{"info"} << 2 << "";
    QTest::newRow("validate missing file") << QStringList{"validate", "/nonexistent/x.json"} << 1 << "";
}

void TestCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutHas);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, exitCode);
    if (!stdoutHas.isEmpty())
        QVERIFY2(run.out.contains(stdoutHas.toUtf8()), run.out.constData());
    if (exitCode != 0)
        QVERIFY2(!run.err.trimmed().isEmpty(), "a failure says why on stderr");
}

void TestCli::validateExitCodes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stderrLines"); // expected lines after "FILE: "

    QTest::newRow("valid") << kValid << 0 << QStringList{};
    QTest::newRow("warnings only") << replaced(kValid, R"("kind": "generic", "discipline": "queue", "servers": 1)",
                                               R"("kind": "mainframe", "discipline": "queue", "servers": 1)")
                                   << 0
                                   << QStringList{R"(warning: stations[db].kind: unknown kind "mainframe": treated as a generic station)"};
    QTest::newRow("two errors, one line each")
        << replaced(replaced(kValid, R"("arrival_rate": 1.5)", R"("arrival_rate": -1)"), R"("servers": 2)",
                    R"("servers": 0)")
        << 1
        << QStringList{"error: stations[web].servers: must be an integer ≥ 1 for a queue station, got 0",
                       "error: classes[orders].arrival_rate: must be > 0, got -1"};
    QTest::newRow("type error") << replaced(kValid, R"("servers": 2)", R"("servers": "2")") << 1
                                << QStringList{R"(stations[web].servers: expected an integer, got "2")"};
    QTest::newRow("newer version") << replaced(kValid, R"("version": 1)", R"("version": 7)") << 1
                                   << QStringList{"version: version 7 is newer than this program reads (up to 1): update hostreview"};
    QTest::newRow("1e999") << replaced(kValid, "1.5", "1e999") << 1 << QStringList{};
}

void TestCli::validateExitCodes()
{
    QFETCH(QByteArray, json);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stderrLines);
    const QString file = writeFile(QStringLiteral("validate.json"), json);
    const Run run = cli({QStringLiteral("validate"), file});
    QCOMPARE(run.exitCode, exitCode);
    const QStringList lines = QString::fromUtf8(run.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!stderrLines.isEmpty()) {
        QStringList expected;
        for (const QString &l : stderrLines)
            expected << (l.startsWith(QStringLiteral("error: ")) || l.startsWith(QStringLiteral("warning: "))
                             ? file + QStringLiteral(": ") + l
                             : QStringLiteral("hostreview-cli validate: ") + file + QStringLiteral(": ") + l);
        QCOMPARE(lines, expected);
    } else if (exitCode != 0) {
        QCOMPARE(lines.size(), 1);
    } else {
        QVERIFY2(lines.isEmpty(), run.err.constData());
    }
}

void TestCli::exportImportExportIsByteIdentical_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("hand-written model") << QStringLiteral("hand-written");
    for (const QString &s : samples())
        QTest::newRow(qPrintable(QFileInfo(s).fileName())) << s;
}

void TestCli::exportImportExportIsByteIdentical()
{
    QFETCH(QString, sample);
    if (sample == QStringLiteral("hand-written"))
        sample = writeFile(QStringLiteral("hand.json"), kValid);
    const QString a = path(QStringLiteral("a.json"));
    const QString project = path(QStringLiteral("p.hostreview"));
    const QString b = path(QStringLiteral("b.json"));
    const QString c = path(QStringLiteral("c.json"));
    for (const QString &f : {a, project, b, c})
        QFile::remove(f);

    Run run = cli({QStringLiteral("export-json"), sample, QStringLiteral("-o"), a});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({QStringLiteral("import-json"), a, QStringLiteral("-o"), project});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({QStringLiteral("export-json"), project, QStringLiteral("-o"), b});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({QStringLiteral("import-json"), a, QStringLiteral("-o"), c}); // JSON → JSON is canonical too
    QVERIFY2(run.exitCode == 0, run.err.constData());

    QFile fa(a), fb(b), fc(c);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly) && fc.open(QIODevice::ReadOnly));
    const QByteArray first = fa.readAll();
    QVERIFY(first.startsWith("{\n  \"format\": \"hostreview-model\",\n"));
    QCOMPARE(fb.readAll(), first);
    QCOMPARE(fc.readAll(), first);
}

void TestCli::exportToStdout()
{
    const QString file = writeFile(QStringLiteral("stdout.json"), kValid);
    const QString canonical = path(QStringLiteral("stdout-canonical.json"));
    QCOMPARE(cli({QStringLiteral("export-json"), file, QStringLiteral("-o"), canonical}).exitCode, 0);
    const Run run = cli({QStringLiteral("export-json"), file, QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QFile f(canonical);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(run.out, f.readAll());
}

void TestCli::importRefusesInvalidModel()
{
    const QString file = writeFile(QStringLiteral("invalid.json"), replaced(kValid, R"("arrival_rate": 1.5)", R"("arrival_rate": -1)"));
    const QString target = path(QStringLiteral("refused.hostreview"));
    const Run run = cli({QStringLiteral("import-json"), file, QStringLiteral("-o"), target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("classes[orders].arrival_rate: must be > 0, got -1"), run.err.constData());
    QVERIFY(!QFileInfo::exists(target));
}

void TestCli::overwriteKeepsBackup()
{
    const QString file = writeFile(QStringLiteral("backup-src.json"), kValid);
    const QString target = path(QStringLiteral("backup.json"));
    const QByteArray old = "{\"old\": true}\n";
    writeFile(QStringLiteral("backup.json"), old);
    QCOMPARE(cli({QStringLiteral("export-json"), file, QStringLiteral("-o"), target}).exitCode, 0);
    QFile backup(target + QLatin1Char('~'));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), old);
    QFile current(target);
    QVERIFY(current.open(QIODevice::ReadOnly));
    QVERIFY(current.readAll().contains("\"name\": \"CLI test\""));

    // Project files: saveProject keeps the previous one as FILE~ as well.
    const QString project = projectFile();
    QVERIFY(QFileInfo::exists(project));
    QFile::remove(project + QLatin1Char('~'));
    QCOMPARE(cli({QStringLiteral("import-json"), file, QStringLiteral("-o"), project}).exitCode, 0);
    QVERIFY(QFileInfo::exists(project + QLatin1Char('~')));
}

void TestCli::newFromTemplate()
{
    const QStringList all = samples();
    if (all.isEmpty())
        QSKIP("no templates/samples/*.json in this tree yet");
    const QString name = QFileInfo(all.constFirst()).completeBaseName();
    const QString project = path(QStringLiteral("new.hostreview"));
    Run run = cli({QStringLiteral("new"), QStringLiteral("--template"), name, QStringLiteral("-o"), project});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({QStringLiteral("validate"), project});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QString json = path(QStringLiteral("new.json"));
    run = cli({QStringLiteral("new"), QStringLiteral("--template"), name, QStringLiteral("-o"), json});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("{\n  \"format\": \"hostreview-model\",\n"));
}

void TestCli::unknownTemplateListsAvailable()
{
    const Run run = cli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("no-such-sample"),
                         QStringLiteral("-o"), path(QStringLiteral("x.hostreview"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("unknown template 'no-such-sample'; available: "), run.err.constData());
    for (const QString &s : samples())
        QVERIFY2(run.err.contains(QFileInfo(s).completeBaseName().toUtf8()), run.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.hostreview"))));
}

void TestCli::info()
{
    const QString json = writeFile(QStringLiteral("info.json"), kValid);
    Run run = cli({QStringLiteral("info"), json});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("name:      CLI test\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("client:    ACME\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("stations:  2\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("links:     1\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("classes:   1\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("profiles:  0\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("answers:   1\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("format:    interchange JSON (hostreview-model), version 1\n")), qPrintable(text));

    run = cli({QStringLiteral("info"), projectFile()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("format:    project file, schema version "), run.out.constData());
    QVERIFY2(run.out.contains("stations:  2\n"), run.out.constData());
}

void TestCli::brokenFilesGiveOneLine_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *k : {"truncated to half", "truncated to 100 bytes", "truncated inside the header", "zero-filled",
                          "SQLite header then zeros", "random bytes", "SQLite header then random bytes", "wrong schema",
                          "empty file", "JSON list", "not UTF-8"})
        QTest::newRow(k) << QString::fromLatin1(k);
}

void TestCli::brokenFilesGiveOneLine()
{
    QFETCH(QString, kind);
    QByteArray bytes;
    const QByteArray header("SQLite format 3\0", 16);
    QRandomGenerator random(42);
    auto randomBytes = [&random](int n) {
        QByteArray b(n, Qt::Uninitialized);
        for (char &c : b)
            c = char(random.bounded(256));
        return b;
    };
    const QString file = path(QStringLiteral("broken.hostreview"));
    QFile::remove(file);
    if (kind.startsWith(QStringLiteral("truncated"))) {
        QFile project(projectFile());
        QVERIFY(project.open(QIODevice::ReadOnly));
        const QByteArray whole = project.readAll();
        QVERIFY(whole.startsWith(header));
        const qsizetype keep = kind.contains(QStringLiteral("half")) ? whole.size() / 2
                               : kind.contains(QStringLiteral("100")) ? 100
                                                                       : 10;
        bytes = whole.left(keep);
    } else if (kind == QStringLiteral("zero-filled")) {
        bytes = QByteArray(8192, '\0');
    } else if (kind == QStringLiteral("SQLite header then zeros")) {
        bytes = header + QByteArray(8192 - 16, '\0');
    } else if (kind == QStringLiteral("random bytes")) {
        bytes = randomBytes(8192);
    } else if (kind == QStringLiteral("SQLite header then random bytes")) {
        bytes = header + randomBytes(8192 - 16);
    } else if (kind == QStringLiteral("wrong schema")) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wrong-schema"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (name) VALUES ('ACME')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wrong-schema"));
    } else if (kind == QStringLiteral("JSON list")) {
        bytes = "[1, 2, 3]\n";
    } else if (kind == QStringLiteral("not UTF-8")) {
        bytes = "{\"format\": \"hostreview-model\", \"name\": \"caf\xe9\"}";
    }
    if (kind != QStringLiteral("wrong schema"))
        writeFile(QStringLiteral("broken.hostreview"), bytes);

    for (const QStringList &args : {QStringList{QStringLiteral("validate"), file}, QStringList{QStringLiteral("info"), file},
                                    QStringList{QStringLiteral("export-json"), file, QStringLiteral("-o"), QStringLiteral("-")}}) {
        const Run run = cli(args);
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("%1: exit %2: %3")
                                                   .arg(args.first())
                                                   .arg(run.exitCode)
                                                   .arg(QString::fromUtf8(run.err))));
        QVERIFY2(lineCount(run.err) == 1, run.err.constData());
        QVERIFY2(run.err.startsWith("hostreview-cli " + args.first().toUtf8() + ": " + file.toUtf8()),
                 run.err.constData());
        QVERIFY2(run.out.isEmpty(), run.out.constData());
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
