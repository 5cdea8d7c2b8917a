#include "core/import/logimport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hostreview::core;
using namespace hostreview::core::import;

/**
 * Bad input: malformed lines are skipped and counted with their line numbers, unclassified
 * requests counted and listed, and empty, binary, compressed, non-UTF-8 or truncated files refused
 * with a message naming the file; a cancel from the progress callback stops the import.
 */
class TestImportErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void malformedLinesCounted();
    void onlyFirstFiveReported();
    void refusedFiles_data();
    void refusedFiles();
    void completeLastLineWithoutNewline();
    void unclassifiedCounted();
    void cancel();
    void overlongLine();
    void rotatedInsideTraceback();
    void badOptions();

private:
    QString file(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

namespace {
QByteArray jsonLine(const char *start, const char *path, long long durationNs = 1000000)
{
    return QStringLiteral(R"({"StartUTC":"%1","Duration":%2,"OriginDuration":%3,"OriginStatus":200,"RequestMethod":"POST","RequestPath":"%4"})")
               .arg(QLatin1String(start))
               .arg(durationNs)
               .arg(durationNs - 1000)
               .arg(QLatin1String(path))
               .toUtf8()
           + '\n';
}
QString errorText(const Result<ImportResult> &r) { return r.ok() ? QString() : r.error().toString(); }
} // namespace

QString TestImportErrors::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(content);
    return path;
}

void TestImportErrors::malformedLinesCounted()
{
    QByteArray log;
    log += jsonLine("2026-03-03T09:00:00Z", "/jsonrpc");                 // 1
    log += "this is not json\n";                                          // 2 malformed
    log += jsonLine("2026-03-03T09:00:01Z", "/jsonrpc");                 // 3
    log += R"({"StartUTC":"2026-03-03T09:00:02Z","RequestPath":"/jsonrpc"})" "\n"; // 4: no Duration
    log += "\n";                                                          // 5 blank: not malformed
    log += R"({"StartUTC":"yesterday","Duration":5})" "\n";               // 6 malformed time
    log += jsonLine("2026-03-03T09:00:03Z", "/jsonrpc");                 // 7
    const Result<ImportResult> r = importLogs({file(QStringLiteral("malformed.log"), log)}, ImportOptions{});
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->linesRead, qint64(7));
    QCOMPARE(r->requests, qint64(3));
    QCOMPARE(r->malformed, qint64(3));
    QCOMPARE(r->ignored, qint64(1));
    QCOMPARE(int(r->firstMalformed.size()), 3);
    QCOMPARE(r->firstMalformed[0].line, qint64(2));
    QCOMPARE(r->firstMalformed[1].line, qint64(4));
    QCOMPARE(r->firstMalformed[2].line, qint64(6));
    QCOMPARE(r->firstMalformed[0].file, QStringLiteral("malformed.log"));
    QVERIFY(importSummaryText(*r).contains(QStringLiteral("malformed.log:4:")));
}

void TestImportErrors::onlyFirstFiveReported()
{
    QByteArray log;
    for (int i = 0; i < 20; ++i)
        log += i % 2 == 0 ? jsonLine("2026-03-03T09:00:00Z", "/jsonrpc") : QByteArray("garbage\n");
    const Result<ImportResult> r = importLogs({file(QStringLiteral("many.log"), log)}, ImportOptions{});
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->malformed, qint64(10));
    QCOMPARE(int(r->firstMalformed.size()), 5);
    QCOMPARE(r->firstMalformed[4].line, qint64(10)); // lines 2, 4, 6, 8, 10
}

void TestImportErrors::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray good = jsonLine("2026-03-03T09:00:00Z", "/jsonrpc");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("NUL bytes") << QByteArray(good + QByteArray("\0\0\0\x01", 4) + good) << "NUL byte";
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8) << "gzip";
    QTest::newRow("invalid UTF-8") << QByteArray(good + "caf\xe9 latin-1\n") << "UTF-8";
    QTest::newRow("truncated json") << QByteArray(good + good.left(40)) << "truncated";
    QTest::newRow("truncated csv quote") << QByteArray("timestamp,class,duration\n2026-03-03T09:00:00Z,\"ap") << "truncated";
}

void TestImportErrors::refusedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString name = QStringLiteral("refused-%1.log").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    const Result<ImportResult> r = importLogs({file(name, content)}, ImportOptions{});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(message), qPrintable(r.error().toString()));
    QVERIFY2(r.error().toString().contains(name), qPrintable(r.error().toString()));
}

void TestImportErrors::completeLastLineWithoutNewline()
{
    QByteArray log = jsonLine("2026-03-03T09:00:00Z", "/jsonrpc") + jsonLine("2026-03-03T09:00:01Z", "/jsonrpc");
    log.chop(1);
    const Result<ImportResult> r = importLogs({file(QStringLiteral("nonl.log"), log)}, ImportOptions{});
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->requests, qint64(2));
}

void TestImportErrors::unclassifiedCounted()
{
    QByteArray log;
    for (int i = 0; i < 3; ++i)
        log += jsonLine("2026-03-03T09:00:00Z", "/favicon.ico");
    log += jsonLine("2026-03-03T09:00:00Z", "/payment/webhook?token=1");
    log += jsonLine("2026-03-03T09:00:00Z", "/jsonrpc");
    const Result<ImportResult> r = importLogs({file(QStringLiteral("unclassified.log"), log)}, ImportOptions{});
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->requests, qint64(5));
    QCOMPARE(r->unclassified, qint64(4));
    QCOMPARE(r->topUnclassified.at(0), (std::pair<QString, qint64>(QStringLiteral("/favicon.ico"), 3)));
    QCOMPARE(r->topUnclassified.at(1), (std::pair<QString, qint64>(QStringLiteral("/payment/webhook"), 1)));
    QCOMPARE(r->timeline.at(0).unclassified, qint64(4));
    QVERIFY(importSummaryText(*r).contains(QStringLiteral("unclassified: 4")));
    QVERIFY(r->notes.join(QLatin1Char(' ')).contains(QStringLiteral("4 of 5 requests")));
}

void TestImportErrors::cancel()
{
    QByteArray log;
    for (int i = 0; i < 10; ++i)
        log += jsonLine("2026-03-03T09:00:00Z", "/jsonrpc");
    const QString path = file(QStringLiteral("cancel.log"), log);
    ImportOptions options;
    qint64 lastDone = -1, lastTotal = -1;
    options.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return false;
    };
    const Result<ImportResult> r = importLogs({path}, options);
    QVERIFY(!r.ok());
    QVERIFY(r.error().toString().contains(QStringLiteral("cancelled")));
    QCOMPARE(lastTotal, qint64(log.size()));
    QCOMPARE(lastDone, qint64(log.size()));
}

void TestImportErrors::overlongLine()
{
    QByteArray log = jsonLine("2026-03-03T09:00:00Z", "/jsonrpc");
    log += QByteArray(2 * 1024 * 1024, 'x') + '\n';
    log += jsonLine("2026-03-03T09:00:01Z", "/jsonrpc");
    const Result<ImportResult> r = importLogs({file(QStringLiteral("long.log"), log)}, ImportOptions{});
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->requests, qint64(2));
    QCOMPARE(r->malformed, qint64(1));
    QCOMPARE(r->firstMalformed.at(0).line, qint64(2));
}

void TestImportErrors::rotatedInsideTraceback()
{
    // A rotated Odoo log can begin with the tail of a traceback: those lines are other lines and
    // the format is recognised from the first log line.
    QByteArray log = "  File \"/usr/lib/python3/dist-packages/odoo/http.py\", line 1000, in _serve_db\n"
                     "ValueError: boom\n"
                     "2026-03-03 09:15:02,275 4242 INFO prod werkzeug: 192.0.2.10 - - [03/Mar/2026 09:15:02] "
                     "\"POST /jsonrpc HTTP/1.1\" 200 - 3 0.002 0.010\n";
    const Result<ImportResult> r = importLogs({file(QStringLiteral("rotated.log"), log)}, ImportOptions{});
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->files.at(0).format, QStringLiteral("odoo"));
    QCOMPARE(r->ignored, qint64(2));
    QCOMPARE(r->requests, qint64(1));
    QCOMPARE(r->malformed, qint64(0));
}

void TestImportErrors::badOptions()
{
    QCOMPARE(parseBucketMinutes(QStringLiteral("15m")).value(), 15);
    QCOMPARE(parseBucketMinutes(QStringLiteral("1h")).value(), 60);
    QVERIFY(!parseBucketMinutes(QStringLiteral("7m")).ok()); // does not divide a day
    QVERIFY(!parseBucketMinutes(QStringLiteral("-5")).ok());
    QVERIFY(!csvMappingFromSpec(QStringLiteral("unit=hours")).ok());
    const Result<ImportResult> unknown = importLogs({file(QStringLiteral("prose.txt"), "hello world\n")}, ImportOptions{});
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().toString().contains(QStringLiteral("--format")));
    const Result<ImportResult> missing = importLogs({m_dir.filePath(QStringLiteral("absent.log"))}, ImportOptions{});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().toString().contains(QStringLiteral("absent.log")));
}

QTEST_GUILESS_MAIN(TestImportErrors)
#include "tst_importerrors.moc"
