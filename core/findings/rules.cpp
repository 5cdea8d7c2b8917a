// Reading and checking the rules file (templates/rules/README.md): every rule names a condition type
// the engine implements and parameterises it; every problem names the rule and the field.
#include "findings.h"
#include "rulesdetail.h"

#include "../checklist/jsonreading.h"
#include "../paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace hostreview::core::findings {

using checklist::detail::describeJson;
using checklist::detail::joinedForMessage;
using checklist::detail::JsonReader;

namespace {

constexpr int kRulesFormatVersion = 1;

QStringList odooKinds()
{
    return {QStringLiteral("odoo-http"), QStringLiteral("odoo-cron"), QStringLiteral("odoo-longpolling"),
            QStringLiteral("odoo-integration")};
}

// Placeholders every condition fills, on top of its own.
QStringList commonPlaceholders() { return {QStringLiteral("rule")}; }

QStringList stationPlaceholders()
{
    return {QStringLiteral("station"), QStringLiteral("station_name"), QStringLiteral("kind"), QStringLiteral("servers")};
}

QStringList scenarioPlaceholders()
{
    return {QStringLiteral("scenario"), QStringLiteral("scenario_name"), QStringLiteral("time")};
}

std::vector<detail::ConditionSpec> buildSpecs()
{
    using P = detail::ParamSpec;
    using T = detail::ParamType;
    std::vector<detail::ConditionSpec> specs;

    specs.push_back({QStringLiteral("station_utilization"),
                     {P{QStringLiteral("kinds"), T::StringList, {}, 0, 0, {}},
                      P{QStringLiteral("exclude_kinds"), T::StringList, {}, 0, 0, {}},
                      P{QStringLiteral("min_utilization"), T::Number, 0.8, 0.0, 10.0, {}},
                      P{QStringLiteral("saturated"), T::Boolean, {}, 0, 0, {}}},
                     stationPlaceholders() + scenarioPlaceholders()
                         + QStringList{QStringLiteral("utilization"), QStringLiteral("headroom"),
                                       QStringLiteral("scenarios")}});
    specs.push_back({QStringLiteral("class_response_time"),
                     {P{QStringLiteral("factor"), T::Number, 1.0, 0.01, 1000.0, {}}},
                     scenarioPlaceholders()
                         + QStringList{QStringLiteral("class"), QStringLiteral("class_name"),
                                       QStringLiteral("response_time"), QStringLiteral("target"),
                                       QStringLiteral("bottleneck")}});
    specs.push_back({QStringLiteral("class_overlaps_peak"),
                     {P{QStringLiteral("class_match"), T::StringList, {}, 0, 0, {}, true},
                      P{QStringLiteral("peak_fraction"), T::Number, 0.9, 0.01, 1.0, {}},
                      P{QStringLiteral("active_fraction"), T::Number, 0.5, 0.01, 1.0, {}},
                      P{QStringLiteral("min_utilization"), T::Number, 0.5, 0.0, 10.0, {}}},
                     scenarioPlaceholders()
                         + QStringList{QStringLiteral("class"), QStringLiteral("class_name"), QStringLiteral("station"),
                                       QStringLiteral("station_name"), QStringLiteral("overlap"),
                                       QStringLiteral("peak_utilization")}});
    specs.push_back({QStringLiteral("single_threaded_roles"),
                     {P{QStringLiteral("kinds"), T::StringList, {}, 0, 0, {}},
                      P{QStringLiteral("min_roles"), T::Integer, 2, 1, 100, {}},
                      P{QStringLiteral("max_roles"), T::Integer, {}, 1, 100, {}}},
                     stationPlaceholders() + QStringList{QStringLiteral("roles"), QStringLiteral("role_count")}});
    specs.push_back({QStringLiteral("reporting_on_primary"),
                     {P{QStringLiteral("class_match"), T::StringList, {}, 0, 0, {}, true},
                      P{QStringLiteral("primary_kinds"), T::StringList, QStringList{QStringLiteral("postgresql-primary")}, 0, 0, {}},
                      P{QStringLiteral("replica_kinds"), T::StringList, QStringList{QStringLiteral("postgresql-replica")}, 0, 0, {}},
                      P{QStringLiteral("replica"), T::Choice, QStringLiteral("any"), 0, 0,
                        {QStringLiteral("present"), QStringLiteral("absent"), QStringLiteral("any")}}},
                     stationPlaceholders() + scenarioPlaceholders()
                         + QStringList{QStringLiteral("class"), QStringLiteral("class_name"),
                                       QStringLiteral("class_utilization"), QStringLiteral("utilization"),
                                       QStringLiteral("replica")}});
    specs.push_back({QStringLiteral("tenants_peak_together"),
                     {P{QStringLiteral("min_tenants"), T::Integer, 2, 2, 1000, {}},
                      P{QStringLiteral("peak_fraction"), T::Number, 0.9, 0.01, 1.0, {}},
                      P{QStringLiteral("shared_tenants"), T::StringList, QStringList{QStringLiteral("shared")}, 0, 0, {}}},
                     scenarioPlaceholders()
                         + QStringList{QStringLiteral("zone"), QStringLiteral("tenants"), QStringLiteral("tenant_count"),
                                       QStringLiteral("station"), QStringLiteral("station_name"),
                                       QStringLiteral("utilization")}});
    specs.push_back({QStringLiteral("checklist_risk"),
                     {P{QStringLiteral("levels"), T::StringList, QStringList{QStringLiteral("high")}, 0, 0,
                        {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")}}},
                     {QStringLiteral("item"), QStringLiteral("question"), QStringLiteral("status"),
                      QStringLiteral("level"), QStringLiteral("domain"), QStringLiteral("notes")}});
    specs.push_back({QStringLiteral("pgbouncer_client_budget"),
                     {P{QStringLiteral("max_fraction"), T::Number, 1.0, 0.01, 100.0, {}},
                      P{QStringLiteral("odoo_kinds"), T::StringList, odooKinds(), 0, 0, {}},
                      P{QStringLiteral("pooler_kinds"), T::StringList, QStringList{QStringLiteral("pgbouncer")}, 0, 0, {}}},
                     stationPlaceholders()
                         + QStringList{QStringLiteral("total"), QStringLiteral("limit"), QStringLiteral("breakdown")}});
    specs.push_back({QStringLiteral("postgres_connection_budget"),
                     {P{QStringLiteral("via"), T::Choice, QStringLiteral("pgbouncer"), 0, 0,
                        {QStringLiteral("pgbouncer"), QStringLiteral("direct")}},
                      P{QStringLiteral("max_fraction"), T::Number, 1.0, 0.01, 100.0, {}},
                      P{QStringLiteral("odoo_kinds"), T::StringList, odooKinds(), 0, 0, {}},
                      P{QStringLiteral("pooler_kinds"), T::StringList, QStringList{QStringLiteral("pgbouncer")}, 0, 0, {}},
                      P{QStringLiteral("database_kinds"), T::StringList,
                        QStringList{QStringLiteral("postgresql-primary"), QStringLiteral("postgresql-replica")}, 0, 0, {}}},
                     stationPlaceholders()
                         + QStringList{QStringLiteral("total"), QStringLiteral("limit"), QStringLiteral("breakdown")}});
    specs.push_back({QStringLiteral("memory_budget"),
                     {P{QStringLiteral("limit"), T::Choice, QStringLiteral("hard"), 0, 0,
                        {QStringLiteral("soft"), QStringLiteral("hard")}},
                      P{QStringLiteral("max_fraction"), T::Number, 1.0, 0.01, 100.0, {}},
                      P{QStringLiteral("odoo_kinds"), T::StringList, odooKinds(), 0, 0, {}}},
                     stationPlaceholders()
                         + QStringList{QStringLiteral("processes"), QStringLiteral("per_process"),
                                       QStringLiteral("total"), QStringLiteral("ram")}});
    specs.push_back({QStringLiteral("workers_vs_cores"),
                     {P{QStringLiteral("max_ratio"), T::Number, 1.0, 0.01, 100.0, {}},
                      P{QStringLiteral("kinds"), T::StringList, QStringList{QStringLiteral("odoo-http")}, 0, 0, {}}},
                     stationPlaceholders()
                         + QStringList{QStringLiteral("workers"), QStringLiteral("cores"), QStringLiteral("recommended")}});
    specs.push_back({QStringLiteral("time_limit_vs_response"),
                     {P{QStringLiteral("fraction"), T::Number, 1.0, 0.01, 100.0, {}},
                      P{QStringLiteral("odoo_kinds"), T::StringList, odooKinds(), 0, 0, {}}},
                     stationPlaceholders() + scenarioPlaceholders()
                         + QStringList{QStringLiteral("class"), QStringLiteral("class_name"),
                                       QStringLiteral("response_time"), QStringLiteral("limit_time_real")}});
    for (auto &spec : specs)
        spec.placeholders += commonPlaceholders();
    return specs;
}

bool isSourceRef(const QString &s)
{
    return checklist::parseSourceRef(s).has_value() || s.startsWith(QStringLiteral("facts: "));
}

void checkParameters(JsonReader &reader, const detail::ConditionSpec &spec, const QJsonObject &params,
                     const QString &where)
{
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const QString field = where + QLatin1Char('.') + it.key();
        const detail::ParamSpec *p = spec.param(it.key());
        if (!p) {
            QStringList known;
            for (const auto &ps : spec.params)
                known << ps.key;
            reader.problem(field, QStringLiteral("is not a parameter of condition %1 (known: %2)")
                                      .arg(spec.type, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
            continue;
        }
        const QJsonValue v = it.value();
        switch (p->type) {
        case detail::ParamType::Number: {
            const double d = v.toDouble(std::nan(""));
            if (!v.isDouble() || !std::isfinite(d) || d < p->minimum || d > p->maximum)
                reader.problem(field, QStringLiteral("must be a number from %1 to %2, got %3")
                                          .arg(p->minimum).arg(p->maximum).arg(describeJson(v)));
            break;
        }
        case detail::ParamType::Integer: {
            const double d = v.toDouble(std::nan(""));
            if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || d < p->minimum || d > p->maximum)
                reader.problem(field, QStringLiteral("must be a whole number from %1 to %2, got %3")
                                          .arg(p->minimum).arg(p->maximum).arg(describeJson(v)));
            break;
        }
        case detail::ParamType::Boolean:
            if (!v.isBool())
                reader.problem(field, QStringLiteral("must be true or false, got %1").arg(describeJson(v)));
            break;
        case detail::ParamType::Choice:
            if (!v.isString() || !p->choices.contains(v.toString()))
                reader.problem(field, QStringLiteral("must be %1, got %2")
                                          .arg(joinedForMessage(p->choices), describeJson(v)));
            break;
        case detail::ParamType::StringList: {
            if (!v.isArray()) {
                reader.problem(field, QStringLiteral("must be a list of strings, got %1").arg(describeJson(v)));
                break;
            }
            const QJsonArray list = v.toArray();
            if (list.isEmpty())
                reader.problem(field, QStringLiteral("must not be empty"));
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonValue e = list.at(i);
                if (!e.isString() || e.toString().trimmed().isEmpty())
                    reader.problem(QStringLiteral("%1[%2]").arg(field).arg(i),
                                   QStringLiteral("must be a non-empty string, got %1").arg(describeJson(e)));
                else if (!p->choices.isEmpty() && !p->choices.contains(e.toString()))
                    reader.problem(QStringLiteral("%1[%2]").arg(field).arg(i),
                                   QStringLiteral("must be %1, got %2")
                                       .arg(joinedForMessage(p->choices), describeJson(e)));
            }
            break;
        }
        }
    }
    for (const auto &p : spec.params)
        if (p.required && !params.contains(p.key))
            reader.problem(where + QLatin1Char('.') + p.key, QStringLiteral("is required by condition %1").arg(spec.type));
}

void checkPlaceholders(JsonReader &reader, const QString &text, const detail::ConditionSpec &spec, const QString &field)
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_]*)\\}"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!spec.placeholders.contains(name))
            reader.problem(field, QStringLiteral("unknown placeholder {%1} for condition %2 (known: %3)")
                                      .arg(name, spec.type, spec.placeholders.join(QStringLiteral(", "))));
    }
}

} // namespace

namespace detail {

const ParamSpec *ConditionSpec::param(const QString &key) const
{
    for (const auto &p : params)
        if (p.key == key)
            return &p;
    return nullptr;
}

const std::vector<ConditionSpec> &conditionSpecs()
{
    static const std::vector<ConditionSpec> specs = buildSpecs();
    return specs;
}

const ConditionSpec *conditionSpec(const QString &type)
{
    for (const auto &s : conditionSpecs())
        if (s.type == type)
            return &s;
    return nullptr;
}

double numberParam(const Rule &rule, const QString &key)
{
    const QJsonValue v = rule.parameters.value(key);
    if (v.isDouble())
        return v.toDouble();
    const ConditionSpec *spec = conditionSpec(rule.condition);
    const ParamSpec *p = spec ? spec->param(key) : nullptr;
    return p ? p->defaultValue.toDouble() : 0.0;
}

std::optional<double> optionalNumberParam(const Rule &rule, const QString &key)
{
    const QJsonValue v = rule.parameters.value(key);
    if (v.isDouble())
        return v.toDouble();
    const ConditionSpec *spec = conditionSpec(rule.condition);
    const ParamSpec *p = spec ? spec->param(key) : nullptr;
    if (p && p->defaultValue.isValid())
        return p->defaultValue.toDouble();
    return std::nullopt;
}

std::optional<bool> boolParam(const Rule &rule, const QString &key)
{
    const QJsonValue v = rule.parameters.value(key);
    if (v.isBool())
        return v.toBool();
    return std::nullopt;
}

QString stringParam(const Rule &rule, const QString &key)
{
    const QJsonValue v = rule.parameters.value(key);
    if (v.isString())
        return v.toString();
    const ConditionSpec *spec = conditionSpec(rule.condition);
    const ParamSpec *p = spec ? spec->param(key) : nullptr;
    return p ? p->defaultValue.toString() : QString();
}

QStringList listParam(const Rule &rule, const QString &key)
{
    const QJsonValue v = rule.parameters.value(key);
    if (v.isArray()) {
        QStringList out;
        for (const QJsonValue &e : v.toArray())
            out << e.toString();
        return out;
    }
    const ConditionSpec *spec = conditionSpec(rule.condition);
    const ParamSpec *p = spec ? spec->param(key) : nullptr;
    return p ? p->defaultValue.toStringList() : QStringList();
}

} // namespace detail

QStringList conditionTypes()
{
    QStringList out;
    for (const auto &s : detail::conditionSpecs())
        out << s.type;
    return out;
}

const Rule *RuleSet::rule(const QString &ruleId) const
{
    for (const Rule &r : rules)
        if (r.id == ruleId)
            return &r;
    return nullptr;
}

Result<RuleSet> rulesFromJson(const QByteArray &json)
{
    JsonReader reader;
    const std::optional<QJsonObject> root = reader.parseRoot(json);
    if (!root)
        return reader.toError();

    RuleSet set;
    const QString format = reader.string(*root, QStringLiteral("format"), QString());
    if (!format.isEmpty() && format != QStringLiteral("hostreview-findings-rules"))
        reader.problem(QStringLiteral("format"),
                       QStringLiteral("must be \"hostreview-findings-rules\", got %1").arg(describeJson(format)));
    const std::optional<int> version = reader.integer(*root, QStringLiteral("version"), QString(), 1, 1000000);
    if (version && *version > kRulesFormatVersion)
        reader.problem(QStringLiteral("version"), QStringLiteral("this program reads rules files up to version %1, got %2")
                                                      .arg(kRulesFormatVersion).arg(*version));
    set.id = reader.string(*root, QStringLiteral("id"), QString());
    set.revision = reader.integer(*root, QStringLiteral("revision"), QString(), 1, 1000000).value_or(1);

    const QJsonArray rules = reader.array(*root, QStringLiteral("rules"), QString());
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    QStringList seen;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonValue rv = rules.at(i);
        if (!rv.isObject()) {
            reader.problem(QStringLiteral("rules[%1]").arg(i), QStringLiteral("must be an object, got %1").arg(describeJson(rv)));
            continue;
        }
        const QJsonObject o = rv.toObject();
        Rule rule;
        rule.id = o.value(QStringLiteral("id")).toString();
        const QString where = rule.id.isEmpty() ? QStringLiteral("rules[%1]").arg(i) : QStringLiteral("rules[%1]").arg(rule.id);
        rule.id = reader.string(o, QStringLiteral("id"), where);
        if (!rule.id.isEmpty() && !idPattern.match(rule.id).hasMatch())
            reader.problem(where + QStringLiteral(".id"),
                           QStringLiteral("must be lowercase letters, digits and hyphens, got %1").arg(describeJson(rule.id)));
        if (!rule.id.isEmpty() && seen.contains(rule.id))
            reader.problem(where + QStringLiteral(".id"), QStringLiteral("is used by an earlier rule"));
        seen << rule.id;

        static const QStringList knownKeys{QStringLiteral("id"), QStringLiteral("condition"), QStringLiteral("parameters"),
                                           QStringLiteral("severity"), QStringLiteral("title"), QStringLiteral("summary"),
                                           QStringLiteral("effort"), QStringLiteral("phase"),
                                           QStringLiteral("recommendations"), QStringLiteral("sources"),
                                           QStringLiteral("enabled"), QStringLiteral("comment")};
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (!knownKeys.contains(it.key()))
                reader.problem(where + QLatin1Char('.') + it.key(), QStringLiteral("is not a rule field"));

        rule.condition = reader.string(o, QStringLiteral("condition"), where);
        const detail::ConditionSpec *spec = detail::conditionSpec(rule.condition);
        if (!rule.condition.isEmpty() && !spec)
            reader.problem(where + QStringLiteral(".condition"), QStringLiteral("must be %1, got %2")
                                                                     .arg(joinedForMessage(conditionTypes()),
                                                                          describeJson(rule.condition)));
        const QJsonValue pv = o.value(QStringLiteral("parameters"));
        if (!pv.isUndefined() && !pv.isObject())
            reader.problem(where + QStringLiteral(".parameters"),
                           QStringLiteral("must be an object, got %1").arg(describeJson(pv)));
        rule.parameters = pv.toObject();
        if (spec)
            checkParameters(reader, *spec, rule.parameters, where + QStringLiteral(".parameters"));

        const QString sev = reader.string(o, QStringLiteral("severity"), where);
        if (const auto s = severityFromName(sev))
            rule.severity = *s;
        else if (!sev.isEmpty())
            reader.problem(where + QStringLiteral(".severity"),
                           QStringLiteral("must be critical, high, medium or low, got %1").arg(describeJson(sev)));
        const QString eff = reader.string(o, QStringLiteral("effort"), where);
        if (const auto e = effortFromName(eff))
            rule.effort = *e;
        else if (!eff.isEmpty())
            reader.problem(where + QStringLiteral(".effort"), QStringLiteral("must be S, M or L, got %1").arg(describeJson(eff)));
        const QString ph = reader.string(o, QStringLiteral("phase"), where);
        if (const auto p = phaseFromName(ph))
            rule.phase = *p;
        else if (!ph.isEmpty())
            reader.problem(where + QStringLiteral(".phase"),
                           QStringLiteral("must be baseline, platform-controls, gitops-resilience or optimisation, got %1")
                               .arg(describeJson(ph)));

        rule.title = reader.string(o, QStringLiteral("title"), where);
        rule.summary = reader.string(o, QStringLiteral("summary"), where);
        if (spec) {
            checkPlaceholders(reader, rule.title, *spec, where + QStringLiteral(".title"));
            checkPlaceholders(reader, rule.summary, *spec, where + QStringLiteral(".summary"));
        }

        rule.sources = reader.stringList(o, QStringLiteral("sources"), where, false);
        for (qsizetype s = 0; s < rule.sources.size(); ++s)
            if (!isSourceRef(rule.sources.at(s)))
                reader.problem(QStringLiteral("%1.sources[%2]").arg(where).arg(s),
                               QStringLiteral("must be \"<seed file>:<line>\" or \"facts: <fact>\", got %1")
                                   .arg(describeJson(rule.sources.at(s))));

        const QJsonArray recs = reader.array(o, QStringLiteral("recommendations"), where);
        if (o.contains(QStringLiteral("recommendations")) && recs.isEmpty() && o.value(QStringLiteral("recommendations")).isArray()
            && rule.condition != QStringLiteral("checklist_risk"))
            reader.problem(where + QStringLiteral(".recommendations"), QStringLiteral("must list at least one recommendation"));
        for (qsizetype r = 0; r < recs.size(); ++r) {
            const QString rw = QStringLiteral("%1.recommendations[%2]").arg(where).arg(r);
            if (!recs.at(r).isObject()) {
                reader.problem(rw, QStringLiteral("must be an object, got %1").arg(describeJson(recs.at(r))));
                continue;
            }
            const QJsonObject ro = recs.at(r).toObject();
            Recommendation rec;
            rec.text = reader.string(ro, QStringLiteral("text"), rw);
            rec.sources = reader.stringList(ro, QStringLiteral("sources"), rw);
            if (ro.contains(QStringLiteral("sources")) && rec.sources.isEmpty() && ro.value(QStringLiteral("sources")).isArray())
                reader.problem(rw + QStringLiteral(".sources"), QStringLiteral("must cite at least one source"));
            for (qsizetype s = 0; s < rec.sources.size(); ++s)
                if (!isSourceRef(rec.sources.at(s)))
                    reader.problem(QStringLiteral("%1.sources[%2]").arg(rw).arg(s),
                                   QStringLiteral("must be \"<seed file>:<line>\" or \"facts: <fact>\", got %1")
                                       .arg(describeJson(rec.sources.at(s))));
            if (spec)
                checkPlaceholders(reader, rec.text, *spec, rw + QStringLiteral(".text"));
            rule.recommendations.push_back(rec);
        }
        const QJsonValue en = o.value(QStringLiteral("enabled"));
        if (!en.isUndefined() && !en.isBool())
            reader.problem(where + QStringLiteral(".enabled"), QStringLiteral("must be true or false, got %1").arg(describeJson(en)));
        rule.enabled = en.toBool(true);
        set.rules.push_back(rule);
    }
    if (!reader.ok())
        return reader.toError();
    return set;
}

Result<RuleSet> loadRules(const QString &path)
{
    if (path.isEmpty())
        return fail(QString(), QStringLiteral("no rules file: templates/rules/findings.json was not found"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(path, QStringLiteral("cannot read the rules file: %1").arg(file.errorString()));
    Result<RuleSet> r = rulesFromJson(file.readAll());
    if (!r)
        return Error{r.error().where.isEmpty() ? path : path + QStringLiteral(": ") + r.error().where, r.error().message};
    return r;
}

QString defaultRulesPath() { return templatePath(QStringLiteral("rules/findings.json")); }

} // namespace hostreview::core::findings
