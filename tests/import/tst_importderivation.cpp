#include "core/import/logimport.h"
#include "loggen/loggen.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace hostreview::core;
using namespace hostreview::core::import;
namespace gen = hostreview::loggen;

Q_DECLARE_METATYPE(hostreview::loggen::Format)

/**
 * Generated logs of known rates and durations (tools/loggen/loggen.h) in every request format:
 * the derived per-slot rates, mean rate, multipliers and mean/p95 demands must be within 0.5 % of
 * the generator's closed-form values. Also: time zones with half-hour offsets, the DST change days
 * of Europe/Berlin (92 and 100 buckets of 15 min) and the local day boundary.
 */
class TestImportDerivation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void ratesAndDemands_data();
    void ratesAndDemands();
    void dstDays_data();
    void dstDays();
    void dayBoundary_data();
    void dayBoundary();

private:
    QString write(const gen::Spec &spec, const QString &name);
    QTemporaryDir m_dir;
};

namespace {

/** Multipliers whose products with the rates below give whole requests per bucket. */
std::vector<double> steppedDay(int bucketMinutes)
{
    std::vector<double> m(std::size_t(1440 / bucketMinutes));
    for (std::size_t s = 0; s < m.size(); ++s)
        m[s] = 0.5 + 0.25 * double(s % 8);
    return m;
}

std::vector<gen::ClassSpec> classes(int bucketMinutes)
{
    gen::ClassSpec order;
    order.id = "order-entry";
    order.path = "/web/dataset/call_kw/sale.order/read";
    order.rate = 2.0;
    order.multipliers = steppedDay(bucketMinutes);
    order.appMin = 0.050;
    order.appMax = 0.250;
    order.dbMin = 0.010;
    order.dbMax = 0.050;
    gen::ClassSpec api;
    api.id = "api";
    api.path = "/jsonrpc";
    api.rate = 1.0;
    api.appMin = 0.020;
    api.appMax = 0.060;
    api.dbMin = 0.004;
    api.dbMax = 0.012;
    return {order, api};
}

bool within(double got, double expected, double relative = 0.005)
{
    return std::abs(got - expected) <= relative * std::abs(expected);
}

QString describe(double got, double expected)
{
    return QStringLiteral("got %1, expected %2").arg(got, 0, 'g', 10).arg(expected, 0, 'g', 10);
}

} // namespace

QString TestImportDerivation::write(const gen::Spec &spec, const QString &name)
{
    const QString path = m_dir.filePath(name);
    std::FILE *f = std::fopen(path.toLocal8Bit().constData(), "wb");
    if (!f)
        return QString();
    if (spec.format == gen::Format::Csv)
        std::fputs(gen::Generator::csvHeader(), f);
    gen::Generator g(spec);
    g.generate([f](const char *data, std::size_t size) { std::fwrite(data, 1, size, f); });
    std::fclose(f);
    return path;
}

void TestImportDerivation::ratesAndDemands_data()
{
    QTest::addColumn<gen::Format>("format");
    QTest::addColumn<int>("bucketMinutes");
    QTest::addColumn<QString>("zone");
    QTest::newRow("traefik-json, 15 min, Berlin") << gen::Format::TraefikJson << 15 << "Europe/Berlin";
    QTest::newRow("traefik-clf, 15 min, UTC") << gen::Format::TraefikClf << 15 << "UTC";
    QTest::newRow("odoo, 15 min, Berlin") << gen::Format::Odoo << 15 << "Europe/Berlin";
    QTest::newRow("odoo, 60 min, Kolkata (+05:30)") << gen::Format::Odoo << 60 << "Asia/Kolkata";
    QTest::newRow("csv, 30 min, New York") << gen::Format::Csv << 30 << "America/New_York";
}

void TestImportDerivation::ratesAndDemands()
{
    QFETCH(gen::Format, format);
    QFETCH(int, bucketMinutes);
    QFETCH(QString, zone);
    gen::Spec spec;
    spec.format = format;
    spec.bucketMinutes = bucketMinutes;
    spec.timeZone = QTimeZone(zone.toUtf8());
    QVERIFY(spec.timeZone.isValid());
    spec.startUtcMs = QDateTime(QDate(2026, 5, 4), QTime(0, 0), spec.timeZone).toMSecsSinceEpoch();
    spec.endUtcMs = QDateTime(QDate(2026, 5, 6), QTime(0, 0), spec.timeZone).toMSecsSinceEpoch();
    spec.classes = classes(bucketMinutes);
    const QString path = write(spec, QStringLiteral("gen-%1.log").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    QVERIFY(!path.isEmpty());

    ImportOptions options;
    options.bucketMinutes = bucketMinutes;
    options.timeZone = spec.timeZone;
    if (format == gen::Format::Csv) {
        options.csv.appColumn = QStringLiteral("app");
        options.csv.dbColumn = QStringLiteral("db");
    }
    const Result<ImportResult> r = importLogs({path}, options);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->malformed, qint64(0));
    QCOMPARE(r->unclassified, qint64(0));
    QCOMPARE(int(r->days.size()), 2);
    const int slots = 1440 / bucketMinutes;
    QCOMPARE(int(r->timeline.size()), 2 * slots);

    for (const gen::ClassSpec &cls : spec.classes) {
        const ClassMeasurement *m = r->measurement(QString::fromStdString(cls.id));
        QVERIFY2(m, cls.id.c_str());
        QCOMPARE(int(m->multipliers.size()), slots);
        // Closed form: rate(slot) = rate × multiplier(slot); mean rate = rate × mean multiplier.
        double meanMultiplier = 0;
        for (int s = 0; s < slots; ++s)
            meanMultiplier += cls.multipliers.empty() ? 1.0 : cls.multipliers[std::size_t(s)];
        meanMultiplier /= slots;
        for (int s = 0; s < slots; ++s) {
            const double mult = cls.multipliers.empty() ? 1.0 : cls.multipliers[std::size_t(s)];
            QVERIFY2(within(m->slotRates[std::size_t(s)], cls.rate * mult),
                     qPrintable(QStringLiteral("%1 slot %2: ").arg(QString::fromStdString(cls.id)).arg(s)
                                + describe(m->slotRates[std::size_t(s)], cls.rate * mult)));
            QVERIFY(within(m->multipliers[std::size_t(s)], mult / meanMultiplier));
        }
        QVERIFY2(within(m->meanRate, cls.rate * meanMultiplier), qPrintable(describe(m->meanRate, cls.rate * meanMultiplier)));
        QCOMPARE(m->requests, qint64(std::llround(cls.rate * meanMultiplier * 2 * 86400)));

        // Demands: even grids, so mean = (min + max)/2 and p95 ≈ min + 0.95 (max − min).
        const double app = (cls.appMin + cls.appMax) / 2, db = (cls.dbMin + cls.dbMax) / 2;
        const double appP95 = cls.appMin + 0.95 * (cls.appMax - cls.appMin);
        switch (format) {
        case gen::Format::Odoo:
        case gen::Format::Csv:
            QVERIFY2(within(m->app.mean, app), qPrintable(describe(m->app.mean, app)));
            QVERIFY2(within(m->db.mean, db), qPrintable(describe(m->db.mean, db)));
            QVERIFY2(within(m->app.p95, appP95), qPrintable(describe(m->app.p95, appP95)));
            QVERIFY2(within(m->app.p50, cls.appMin + 0.5 * (cls.appMax - cls.appMin)), qPrintable(describe(m->app.p50, app)));
            break;
        case gen::Format::TraefikJson:
            // Upstream time = Python + SQL; the overhead is Traefik's own.
            QVERIFY2(within(m->app.mean, app + db), qPrintable(describe(m->app.mean, app + db)));
            QVERIFY2(within(m->ingress.mean, cls.overhead), qPrintable(describe(m->ingress.mean, cls.overhead)));
            QVERIFY2(within(m->response.mean, app + db + cls.overhead), qPrintable(describe(m->response.mean, app + db + cls.overhead)));
            break;
        case gen::Format::TraefikClf:
            QVERIFY2(within(m->response.mean, app + db + cls.overhead),
                     qPrintable(describe(m->response.mean, app + db + cls.overhead)));
            break;
        }
    }
}

void TestImportDerivation::dstDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("buckets");
    // Europe/Berlin: clocks go 02:00 → 03:00 on 2026-03-29 (23 h = 92 buckets of 15 min) and
    // 03:00 → 02:00 on 2026-10-25 (25 h = 100 buckets); every other day has 96.
    QTest::newRow("spring forward") << QDate(2026, 3, 29) << 92;
    QTest::newRow("fall back") << QDate(2026, 10, 25) << 100;
}

void TestImportDerivation::dstDays()
{
    QFETCH(QDate, day);
    QFETCH(int, buckets);
    gen::Spec spec;
    spec.format = gen::Format::TraefikJson;
    spec.timeZone = QTimeZone("Europe/Berlin");
    spec.startUtcMs = QDateTime(day.addDays(-1), QTime(0, 0), spec.timeZone).toMSecsSinceEpoch();
    spec.endUtcMs = QDateTime(day.addDays(2), QTime(0, 0), spec.timeZone).toMSecsSinceEpoch();
    spec.classes = classes(15);
    const QString path = write(spec, QStringLiteral("dst-%1.log").arg(day.toString(Qt::ISODate)));

    ImportOptions options;
    options.timeZone = spec.timeZone;
    const Result<ImportResult> r = importLogs({path}, options);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(int(r->days.size()), 3);
    QCOMPARE(r->days[0].buckets, 96);
    QCOMPARE(r->days[1].date, day);
    QCOMPARE(r->days[1].buckets, buckets);
    QCOMPARE(r->days[2].buckets, 96);
    // The typical day still has 96 slots whose rates match the generator's local-time profile:
    // each slot's requests are divided by the time the slot really covered (0, 1 or 2 quarter
    // hours on the change day).
    const gen::ClassSpec &order = spec.classes[0];
    const ClassMeasurement *m = r->measurement(QStringLiteral("order-entry"));
    QVERIFY(m);
    QCOMPARE(int(m->slotRates.size()), 96);
    for (int s = 0; s < 96; ++s)
        QVERIFY2(within(m->slotRates[std::size_t(s)], order.rate * order.multipliers[std::size_t(s)]),
                 qPrintable(QStringLiteral("slot %1: ").arg(s) + describe(m->slotRates[std::size_t(s)], order.rate * order.multipliers[std::size_t(s)])));
    QVERIFY(r->notes.join(QLatin1Char('\n')).contains(QStringLiteral("%1 has %2 buckets").arg(day.toString(Qt::ISODate)).arg(buckets)));
}

void TestImportDerivation::dayBoundary_data()
{
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("localDay");
    QTest::addColumn<int>("slot");
    // 23:00 UTC is midnight in Berlin in winter (UTC+1), 22:00 UTC in summer (UTC+2).
    QTest::newRow("winter last second") << "2026-01-15T22:59:59Z" << "Europe/Berlin" << QDate(2026, 1, 15) << 95;
    QTest::newRow("winter midnight") << "2026-01-15T23:00:00Z" << "Europe/Berlin" << QDate(2026, 1, 16) << 0;
    QTest::newRow("summer last second") << "2026-07-15T21:59:59Z" << "Europe/Berlin" << QDate(2026, 7, 15) << 95;
    QTest::newRow("summer midnight") << "2026-07-15T22:00:00Z" << "Europe/Berlin" << QDate(2026, 7, 16) << 0;
    QTest::newRow("utc midnight") << "2026-07-16T00:00:00Z" << "UTC" << QDate(2026, 7, 16) << 0;
    QTest::newRow("new york evening") << "2026-07-16T03:59:00Z" << "America/New_York" << QDate(2026, 7, 15) << 95;
    QTest::newRow("kolkata half hour") << "2026-07-15T18:30:00Z" << "Asia/Kolkata" << QDate(2026, 7, 16) << 0;
}

void TestImportDerivation::dayBoundary()
{
    QFETCH(QString, utc);
    QFETCH(QString, zone);
    QFETCH(QDate, localDay);
    QFETCH(int, slot);
    const QString path = m_dir.filePath(QStringLiteral("boundary.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("timestamp,class,duration\n");
    f.write(QStringLiteral("%1,edi,0.5\n").arg(utc).toUtf8());
    f.close();
    ImportOptions options;
    options.format = LogFormat::Csv;
    options.timeZone = QTimeZone(zone.toUtf8());
    const Result<ImportResult> r = importLogs({path}, options);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(int(r->timeline.size()), 1);
    QCOMPARE(r->timeline[0].day, localDay);
    QCOMPARE(r->timeline[0].slot, slot);
    const qsizetype edi = r->classIds.indexOf(QStringLiteral("edi"));
    QVERIFY(edi >= 0);
    QCOMPARE(r->timeline[0].counts.at(std::size_t(edi)), qint64(1));
}

QTEST_GUILESS_MAIN(TestImportDerivation)
#include "tst_importderivation.moc"
