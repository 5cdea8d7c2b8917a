// hostreview-loggen: writes a synthetic Traefik / Odoo / CSV log of known rates and durations
// (tools/loggen/loggen.h) for hostreview's import tests and benchmarks. Keep big files in /tmp.
//
//   hostreview-loggen --format traefik-json --start 2026-03-02 --days 7 --tz Europe/Berlin
//                     [--scale 1.0] [--max-bytes 1G] -o /tmp/access.log

#include "loggen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace hostreview::loggen;

namespace {

std::vector<ClassSpec> defaultClasses(int bucketMinutes, double scale)
{
    const std::vector<double> office = officeDay(bucketMinutes);
    std::vector<ClassSpec> classes;
    auto add = [&](const char *id, const char *method, const char *path, double rate, double appMin, double appMax,
                   double dbMin, double dbMax, bool shaped) {
        ClassSpec c;
        c.id = id;
        c.method = method;
        c.path = path;
        c.rate = rate * scale;
        c.appMin = appMin;
        c.appMax = appMax;
        c.dbMin = dbMin;
        c.dbMax = dbMax;
        if (shaped)
            c.multipliers = office;
        classes.push_back(c);
    };
    add("order-entry", "POST", "/web/dataset/call_kw/sale.order/read", 6.0, 0.060, 0.180, 0.010, 0.040, true);
    add("warehouse", "POST", "/web/dataset/call_kw/stock.picking/button_validate", 3.0, 0.080, 0.240, 0.020, 0.080, true);
    add("api", "POST", "/jsonrpc", 2.0, 0.020, 0.060, 0.005, 0.015, false);
    add("longpolling", "GET", "/websocket", 1.0, 0.001, 0.003, 0.000, 0.001, true);
    add("web-client", "GET", "/web/webclient/load_menus/1", 1.5, 0.010, 0.050, 0.002, 0.010, true);
    add("unclassified", "GET", "/favicon.ico", 0.2, 0.001, 0.002, 0.000, 0.000, false);
    return classes;
}

qint64 parseSize(const QString &text)
{
    QString t = text.trimmed().toUpper();
    qint64 factor = 1;
    if (t.endsWith(QLatin1Char('G'))) factor = 1LL << 30;
    else if (t.endsWith(QLatin1Char('M'))) factor = 1LL << 20;
    else if (t.endsWith(QLatin1Char('K'))) factor = 1LL << 10;
    if (factor > 1)
        t.chop(1);
    return qint64(t.toDouble() * double(factor));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Writes a synthetic log of known rates and durations."));
    p.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("traefik-json, traefik-clf, odoo or csv"),
                                    QStringLiteral("F"), QStringLiteral("traefik-json"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("first local day (YYYY-MM-DD)"),
                                   QStringLiteral("DATE"), QStringLiteral("2026-03-02"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("number of days"), QStringLiteral("N"),
                                  QStringLiteral("7"));
    const QCommandLineOption tz(QStringLiteral("tz"), QStringLiteral("time zone of the business day"),
                                QStringLiteral("ZONE"), QStringLiteral("Europe/Berlin"));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("multiplies every rate"),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption maxBytes(QStringLiteral("max-bytes"), QStringLiteral("stop after this size (e.g. 1G)"),
                                      QStringLiteral("SIZE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("file to write"),
                                    QStringLiteral("FILE"));
    p.addOptions({format, start, days, tz, scale, maxBytes, output});
    p.process(app);

    Spec spec;
    const QString f = p.value(format);
    if (f == QLatin1String("traefik-json")) spec.format = Format::TraefikJson;
    else if (f == QLatin1String("traefik-clf")) spec.format = Format::TraefikClf;
    else if (f == QLatin1String("odoo")) spec.format = Format::Odoo;
    else if (f == QLatin1String("csv")) spec.format = Format::Csv;
    else {
        std::fprintf(stderr, "unknown --format\n");
        return 2;
    }
    spec.timeZone = QTimeZone(p.value(tz).toUtf8());
    const QDate first = QDate::fromString(p.value(start), Qt::ISODate);
    if (!spec.timeZone.isValid() || !first.isValid() || !p.isSet(output)) {
        std::fprintf(stderr, "need a valid --tz, --start and -o FILE\n");
        return 2;
    }
    spec.startUtcMs = QDateTime(first, QTime(0, 0), spec.timeZone).toMSecsSinceEpoch();
    spec.endUtcMs = QDateTime(first.addDays(p.value(days).toInt()), QTime(0, 0), spec.timeZone).toMSecsSinceEpoch();
    spec.classes = defaultClasses(spec.bucketMinutes, p.value(scale).toDouble());

    std::FILE *out = std::fopen(p.value(output).toLocal8Bit().constData(), "wb");
    if (!out) {
        std::fprintf(stderr, "cannot write %s\n", p.value(output).toLocal8Bit().constData());
        return 1;
    }
    std::vector<char> buffer(1 << 20);
    std::setvbuf(out, buffer.data(), _IOFBF, buffer.size());
    if (spec.format == Format::Csv)
        std::fputs(Generator::csvHeader(), out);
    Generator gen(spec);
    const qint64 lines = gen.generate([out](const char *data, std::size_t size) { std::fwrite(data, 1, size, out); },
                                      p.isSet(maxBytes) ? parseSize(p.value(maxBytes)) : -1);
    std::fclose(out);
    std::printf("%lld lines\n", (long long)lines);
    return 0;
}
