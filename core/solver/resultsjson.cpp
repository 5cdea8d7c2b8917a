#include "resultsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace hostreview::core::solver {

namespace {

void number(QByteArray &out, double v)
{
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    if (v == 0.0)
        v = 0.0; // no "-0"
    out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

void number(QByteArray &out, const std::optional<double> &v)
{
    if (v)
        number(out, *v);
    else
        out += "null";
}

void string(QByteArray &out, const QString &s)
{
    // QJsonDocument escapes exactly as JSON wants; wrap the string in an array and strip it.
    const QByteArray a = QJsonDocument(QJsonArray{QJsonValue(s)}).toJson(QJsonDocument::Compact);
    out += a.mid(1, a.size() - 2);
}

void stringOrNull(QByteArray &out, const QString &s)
{
    if (s.isEmpty())
        out += "null";
    else
        string(out, s);
}

void key(QByteArray &out, const char *k)
{
    out += '"';
    out += k;
    out += "\":";
}

void writeResult(QByteArray &out, const SolveResult &r)
{
    out += '{';
    key(out, "scenario");
    string(out, r.scenario);
    out += ',';
    key(out, "bucket");
    if (r.bucket)
        out += QByteArray::number(*r.bucket);
    else
        out += "null";
    out += ',';
    key(out, "approximate");
    out += r.approximate ? "true" : "false";
    out += ',';
    key(out, "bottleneck");
    stringOrNull(out, r.bottleneck);
    out += ',';
    key(out, "headroom");
    number(out, r.headroom);
    out += ',';
    key(out, "headroom_station");
    stringOrNull(out, r.headroom ? r.headroomStation : QString());
    out += ',';
    key(out, "stations");
    out += '[';
    for (size_t i = 0; i < r.stations.size(); ++i) {
        const StationResult &s = r.stations[i];
        if (i)
            out += ',';
        out += '{';
        key(out, "id");
        string(out, s.id);
        out += ',';
        key(out, "utilization");
        number(out, s.utilization);
        out += ',';
        key(out, "queue_length");
        number(out, s.queueLength);
        out += ',';
        key(out, "saturated");
        out += s.saturated ? "true" : "false";
        out += ',';
        key(out, "per_class");
        out += '[';
        for (size_t j = 0; j < s.perClass.size(); ++j) {
            const ClassAtStation &pc = s.perClass[j];
            if (j)
                out += ',';
            out += '{';
            key(out, "class");
            string(out, pc.classId);
            out += ',';
            key(out, "throughput");
            number(out, pc.throughput);
            out += ',';
            key(out, "utilization");
            number(out, pc.utilization);
            out += ',';
            key(out, "residence_time");
            number(out, pc.residenceTime);
            out += ',';
            key(out, "queue_length");
            number(out, pc.queueLength);
            out += '}';
        }
        out += "]}";
    }
    out += "],";
    key(out, "classes");
    out += '[';
    for (size_t i = 0; i < r.classes.size(); ++i) {
        const ClassResult &c = r.classes[i];
        if (i)
            out += ',';
        out += '{';
        key(out, "id");
        string(out, c.id);
        out += ',';
        key(out, "throughput");
        number(out, c.throughput);
        out += ',';
        key(out, "response_time");
        number(out, c.responseTime);
        out += '}';
    }
    out += "]}";
}

} // namespace

QByteArray resultToJson(const SolveResult &result)
{
    QByteArray out;
    writeResult(out, result);
    return out;
}

QByteArray resultsToJson(const std::vector<SolveResult> &results)
{
    QByteArray out = "{\"format\":\"hostreview-results\",\"version\":1,\"results\":[";
    for (size_t i = 0; i < results.size(); ++i) {
        if (i)
            out += ',';
        writeResult(out, results[i]);
    }
    out += "]}";
    return out;
}

} // namespace hostreview::core::solver
