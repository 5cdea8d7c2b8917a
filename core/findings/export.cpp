// Findings, roadmap and comparison as JSON and CSV (RFC 4180).
#include "findings.h"

#include <QJsonArray>

#include <cmath>

namespace hostreview::core::findings {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString v = value;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QJsonValue optionalNumber(std::optional<double> v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString findingsToCsv(const std::vector<Finding> &findings)
{
    const QString crlf = QStringLiteral("\r\n");
    QString out = QStringLiteral("id,rule,severity,effort,phase,title,summary,stations,classes,checklist_items,scenario,time,"
                                 "evidence,recommendations,sources")
                  + crlf;
    for (const Finding &f : findings) {
        QStringList evidence;
        for (const Evidence &e : f.evidence)
            evidence << e.label + QStringLiteral(": ") + e.text;
        QStringList recs;
        QStringList sources = f.sources;
        for (const Recommendation &r : f.recommendations) {
            recs << r.text + QStringLiteral(" [") + r.sources.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        const QStringList fields{f.id,
                                 f.ruleId,
                                 severityName(f.severity),
                                 effortName(f.effort),
                                 phaseName(f.phase),
                                 f.title,
                                 f.summary,
                                 f.stations.join(QLatin1Char(';')),
                                 f.classes.join(QLatin1Char(';')),
                                 f.checklistItems.join(QLatin1Char(';')),
                                 f.scenario,
                                 f.time,
                                 evidence.join(QStringLiteral("; ")),
                                 recs.join(QStringLiteral("; ")),
                                 sources.join(QLatin1Char(';'))};
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        out += quoted.join(QLatin1Char(',')) + crlf;
    }
    return out;
}

QJsonObject findingToJson(const Finding &f)
{
    QJsonArray evidence;
    for (const Evidence &e : f.evidence)
        evidence.append(QJsonObject{{QStringLiteral("label"), e.label},
                                    {QStringLiteral("value"), std::isfinite(e.value) ? QJsonValue(e.value) : QJsonValue()},
                                    {QStringLiteral("unit"), e.unit},
                                    {QStringLiteral("text"), e.text}});
    QJsonArray recs;
    for (const Recommendation &r : f.recommendations)
        recs.append(QJsonObject{{QStringLiteral("text"), r.text},
                                {QStringLiteral("sources"), QJsonArray::fromStringList(r.sources)}});
    QJsonObject o{{QStringLiteral("id"), f.id},
                  {QStringLiteral("rule"), f.ruleId},
                  {QStringLiteral("condition"), f.condition},
                  {QStringLiteral("severity"), severityName(f.severity)},
                  {QStringLiteral("effort"), effortName(f.effort)},
                  {QStringLiteral("phase"), phaseName(f.phase)},
                  {QStringLiteral("title"), f.title},
                  {QStringLiteral("summary"), f.summary},
                  {QStringLiteral("evidence"), evidence},
                  {QStringLiteral("stations"), QJsonArray::fromStringList(f.stations)},
                  {QStringLiteral("classes"), QJsonArray::fromStringList(f.classes)},
                  {QStringLiteral("checklist_items"), QJsonArray::fromStringList(f.checklistItems)},
                  {QStringLiteral("scenario"), f.scenario.isEmpty() ? QJsonValue() : QJsonValue(f.scenario)},
                  {QStringLiteral("bucket"), f.bucket ? QJsonValue(*f.bucket) : QJsonValue()},
                  {QStringLiteral("time"), f.time.isEmpty() ? QJsonValue() : QJsonValue(f.time)},
                  {QStringLiteral("recommendations"), recs},
                  {QStringLiteral("sources"), QJsonArray::fromStringList(f.sources)}};
    return o;
}

QJsonObject findingsResultToJson(const FindingsResult &result)
{
    QJsonArray list;
    for (const Finding &f : result.findings)
        list.append(findingToJson(f));
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("hostreview-findings")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("findings"), list},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)}};
}

QJsonObject roadmapToJson(const Roadmap &roadmap)
{
    QJsonArray phases;
    for (const RoadmapPhaseGroup &g : roadmap.phases) {
        QJsonArray entries;
        for (const RoadmapEntry &e : g.entries)
            entries.append(QJsonObject{{QStringLiteral("finding"), e.finding.id},
                                       {QStringLiteral("title"), e.finding.title},
                                       {QStringLiteral("severity"), severityName(e.finding.severity)},
                                       {QStringLiteral("effort"), effortName(e.finding.effort)},
                                       {QStringLiteral("days"), e.dayWindow}});
        phases.append(QJsonObject{{QStringLiteral("phase"), phaseName(g.phase)},
                                  {QStringLiteral("title"), g.title},
                                  {QStringLiteral("description"), g.description},
                                  {QStringLiteral("sources"), QJsonArray::fromStringList(g.sources)},
                                  {QStringLiteral("entries"), entries}});
    }
    return QJsonObject{{QStringLiteral("phases"), phases}};
}

namespace {

QJsonObject snapshotToJson(const ScenarioSnapshot &s)
{
    QJsonArray stations;
    for (const StationLoad &st : s.topStations)
        stations.append(QJsonObject{{QStringLiteral("station"), st.stationId},
                                    {QStringLiteral("utilization"), st.utilization},
                                    {QStringLiteral("saturated"), st.saturated}});
    QJsonArray classes;
    for (const ClassResponse &c : s.classes)
        classes.append(QJsonObject{{QStringLiteral("class"), c.classId},
                                   {QStringLiteral("response_time"), optionalNumber(c.responseTime)},
                                   {QStringLiteral("target_response_time"), optionalNumber(c.targetResponseTime)}});
    QJsonArray domains;
    for (const checklist::DomainScore &d : s.domains)
        domains.append(QJsonObject{{QStringLiteral("domain"), d.domainId},
                                   {QStringLiteral("name"), d.name},
                                   {QStringLiteral("score"), optionalNumber(d.score)}});
    return QJsonObject{{QStringLiteral("scenario"), s.scenario},
                       {QStringLiteral("bucket"), s.bucket ? QJsonValue(*s.bucket) : QJsonValue()},
                       {QStringLiteral("time"), s.time.isEmpty() ? QJsonValue() : QJsonValue(s.time)},
                       {QStringLiteral("top_stations"), stations},
                       {QStringLiteral("headroom"), optionalNumber(s.headroom)},
                       {QStringLiteral("headroom_station"), s.headroomStation},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("domains"), domains},
                       {QStringLiteral("open_high_risks"), s.openHighRisks},
                       {QStringLiteral("high_risk_findings"), QJsonArray::fromStringList(s.highRiskFindings)}};
}

} // namespace

QJsonObject comparisonToJson(const Comparison &comparison)
{
    return QJsonObject{{QStringLiteral("current"), snapshotToJson(comparison.current)},
                       {QStringLiteral("target"), snapshotToJson(comparison.target)}};
}

} // namespace hostreview::core::findings
