#include "hostingdecision.h"

#include "checklist.h"
#include "jsonreading.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace hostreview::core::checklist {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return re;
}

const QString kAnswersKey = QStringLiteral("hosting_questionnaire");

void readSources(detail::JsonReader &r, const QJsonObject &obj, const QString &where, QStringList &out)
{
    out = r.stringList(obj, QStringLiteral("sources"), where);
    if (obj.value(QStringLiteral("sources")).isArray() && out.isEmpty())
        r.problem(where + QStringLiteral(".sources"), QStringLiteral("must cite at least one file:line reference"));
    for (qsizetype i = 0; i < out.size(); ++i)
        if (!parseSourceRef(out.at(i)))
            r.problem(QStringLiteral("%1.sources[%2]").arg(where).arg(i),
                      QStringLiteral("must be a file:line reference, got \"%1\"").arg(out.at(i)));
}

/** Reads the id of list element i and returns the name errors use: "list[id]" or "list[i]". */
QString readId(detail::JsonReader &r, const QJsonObject &obj, const QString &list, qsizetype i, QString &id,
               QSet<QString> &seen, const QString &kind)
{
    const QString position = QStringLiteral("%1[%2]").arg(list).arg(i);
    id = r.string(obj, QStringLiteral("id"), position);
    if (id.isEmpty())
        return position;
    if (!idPattern().match(id).hasMatch()) {
        r.problem(position + QStringLiteral(".id"), QStringLiteral("must match [A-Za-z0-9_.-]{1,64}, got \"%1\"").arg(id));
        return position;
    }
    const QString named = QStringLiteral("%1[%2]").arg(list, id);
    if (seen.contains(id))
        r.problem(named + QStringLiteral(".id"), QStringLiteral("is used by another %1").arg(kind));
    seen.insert(id);
    return named;
}

} // namespace

const HostingOutcome *HostingRules::outcome(const QString &id) const
{
    for (const HostingOutcome &o : outcomes)
        if (o.id == id)
            return &o;
    return nullptr;
}

const HostingQuestion *HostingRules::question(const QString &id) const
{
    for (const HostingQuestion &q : questions)
        if (q.id == id)
            return &q;
    return nullptr;
}

Result<HostingRules> hostingRulesFromJson(const QByteArray &json)
{
    detail::JsonReader r;
    const std::optional<QJsonObject> root = r.parseRoot(json);
    if (!root)
        return r.toError();

    HostingRules rules;
    const QString format = r.string(*root, QStringLiteral("format"), QString());
    if (!format.isEmpty() && format != QLatin1String("hostreview-hosting-rules"))
        r.problem(QStringLiteral("format"), QStringLiteral("must be \"hostreview-hosting-rules\", got \"%1\"").arg(format));
    r.integer(*root, QStringLiteral("version"), QString(), 1, 1);
    rules.id = r.string(*root, QStringLiteral("id"), QString());
    rules.revision = r.integer(*root, QStringLiteral("revision"), QString(), 1, 1000000, false).value_or(1);

    QSet<QString> outcomeIds;
    const QJsonArray outcomes = r.array(*root, QStringLiteral("outcomes"), QString());
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const QJsonObject obj = outcomes.at(i).toObject();
        HostingOutcome o;
        const QString where = readId(r, obj, QStringLiteral("outcomes"), i, o.id, outcomeIds, QStringLiteral("outcome"));
        o.name = r.string(obj, QStringLiteral("name"), where);
        o.summary = r.string(obj, QStringLiteral("summary"), where);
        readSources(r, obj, where, o.sources);
        rules.outcomes.push_back(o);
    }
    if (outcomes.isEmpty() && root->value(QStringLiteral("outcomes")).isArray())
        r.problem(QStringLiteral("outcomes"), QStringLiteral("must list at least one outcome"));

    rules.tieOrder = r.stringList(*root, QStringLiteral("tie_order"), QString());
    for (const QString &id : rules.tieOrder)
        if (!outcomeIds.contains(id))
            r.problem(QStringLiteral("tie_order"), QStringLiteral("\"%1\" is not an outcome").arg(id));
    for (const HostingOutcome &o : rules.outcomes)
        if (!o.id.isEmpty() && rules.tieOrder.count(o.id) != 1)
            r.problem(QStringLiteral("tie_order"), QStringLiteral("must list outcome \"%1\" exactly once").arg(o.id));

    QSet<QString> questionIds;
    const QJsonArray questions = r.array(*root, QStringLiteral("questions"), QString());
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QJsonObject obj = questions.at(i).toObject();
        HostingQuestion q;
        const QString where = readId(r, obj, QStringLiteral("questions"), i, q.id, questionIds, QStringLiteral("question"));
        q.text = r.string(obj, QStringLiteral("text"), where);
        q.note = r.string(obj, QStringLiteral("note"), where, false);
        const QString type = r.string(obj, QStringLiteral("type"), where);
        if (type == QLatin1String("choice")) {
            q.type = HostingQuestion::Type::Choice;
            const QJsonArray options = r.array(obj, QStringLiteral("options"), where);
            QSet<QString> optionIds;
            for (qsizetype k = 0; k < options.size(); ++k) {
                const QJsonObject o = options.at(k).toObject();
                HostingOption option;
                const QString ow = readId(r, o, where + QStringLiteral(".options"), k, option.id, optionIds,
                                          QStringLiteral("option"));
                option.label = r.string(o, QStringLiteral("label"), ow);
                q.options.push_back(option);
            }
            if (options.isEmpty() && obj.value(QStringLiteral("options")).isArray())
                r.problem(where + QStringLiteral(".options"), QStringLiteral("must list at least one option"));
        } else if (type == QLatin1String("integer")) {
            q.type = HostingQuestion::Type::Integer;
            q.min = r.integer(obj, QStringLiteral("min"), where, 0, 1000000000).value_or(0);
            q.max = r.integer(obj, QStringLiteral("max"), where, 0, 1000000000).value_or(0);
            if (q.max < q.min)
                r.problem(where + QStringLiteral(".max"), QStringLiteral("must not be below min (%1), got %2").arg(q.min).arg(q.max));
        } else if (!type.isEmpty()) {
            r.problem(where + QStringLiteral(".type"), QStringLiteral("must be choice or integer, got \"%1\"").arg(type));
        }
        rules.questions.push_back(q);
    }

    QSet<QString> ruleIds;
    const QJsonArray ruleList = r.array(*root, QStringLiteral("rules"), QString());
    for (qsizetype i = 0; i < ruleList.size(); ++i) {
        const QJsonObject obj = ruleList.at(i).toObject();
        HostingRule rule;
        const QString where = readId(r, obj, QStringLiteral("rules"), i, rule.id, ruleIds, QStringLiteral("rule"));
        const QJsonArray when = r.array(obj, QStringLiteral("when"), where);
        if (when.isEmpty() && obj.value(QStringLiteral("when")).isArray())
            r.problem(where + QStringLiteral(".when"), QStringLiteral("must hold at least one condition"));
        for (qsizetype k = 0; k < when.size(); ++k) {
            const QString cw = QStringLiteral("%1.when[%2]").arg(where).arg(k);
            const QJsonObject c = when.at(k).toObject();
            HostingCondition cond;
            cond.questionId = r.string(c, QStringLiteral("question"), cw);
            const HostingQuestion *q = rules.question(cond.questionId);
            if (!cond.questionId.isEmpty() && !q) {
                r.problem(cw + QStringLiteral(".question"), QStringLiteral("\"%1\" is not a question").arg(cond.questionId));
                continue;
            }
            if (!q)
                continue;
            if (q->type == HostingQuestion::Type::Choice) {
                cond.in = r.stringList(c, QStringLiteral("in"), cw);
                for (const QString &v : cond.in) {
                    const bool known = std::any_of(q->options.begin(), q->options.end(),
                                                   [&](const HostingOption &o) { return o.id == v; });
                    if (!known)
                        r.problem(cw + QStringLiteral(".in"),
                                  QStringLiteral("\"%1\" is not an option of question %2").arg(v, q->id));
                }
            } else {
                cond.min = r.integer(c, QStringLiteral("min"), cw, q->min, q->max, false);
                cond.max = r.integer(c, QStringLiteral("max"), cw, q->min, q->max, false);
                if (!c.contains(QStringLiteral("min")) && !c.contains(QStringLiteral("max")))
                    r.problem(cw, QStringLiteral("needs min or max for the number question %1").arg(q->id));
            }
            rule.when.push_back(cond);
        }
        const QJsonValue points = obj.value(QStringLiteral("points"));
        if (!points.isUndefined() && !points.isObject())
            r.problem(where + QStringLiteral(".points"), QStringLiteral("must be an object of outcome → points"));
        const QJsonObject pointsObj = points.toObject();
        for (auto it = pointsObj.begin(); it != pointsObj.end(); ++it) {
            if (!outcomeIds.contains(it.key()))
                r.problem(where + QStringLiteral(".points"), QStringLiteral("\"%1\" is not an outcome").arg(it.key()));
            const std::optional<int> p = r.integer(pointsObj, it.key(), where + QStringLiteral(".points"), 1, 100);
            if (p)
                rule.points.insert(it.key(), *p);
        }
        rule.exclude = r.stringList(obj, QStringLiteral("exclude"), where, false);
        for (const QString &id : rule.exclude)
            if (!outcomeIds.contains(id))
                r.problem(where + QStringLiteral(".exclude"), QStringLiteral("\"%1\" is not an outcome").arg(id));
        if (pointsObj.isEmpty() && rule.exclude.isEmpty())
            r.problem(where, QStringLiteral("must give points or exclude an outcome"));
        rule.reason = r.string(obj, QStringLiteral("reason"), where);
        readSources(r, obj, where, rule.sources);
        rules.rules.push_back(rule);
    }

    if (!r.ok())
        return r.toError();
    return rules;
}

Result<HostingRules> loadHostingRules(const QString &path)
{
    if (path.isEmpty())
        return fail(QString(), QStringLiteral("no hosting rules path given (is the templates/ folder installed?)"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(path, QStringLiteral("cannot read hosting rules: %1").arg(file.errorString()));
    Result<HostingRules> parsed = hostingRulesFromJson(file.readAll());
    if (!parsed) {
        const Error &e = parsed.error();
        return Error{e.where.isEmpty() ? path : path + QStringLiteral(": ") + e.where, e.message};
    }
    return parsed;
}

std::vector<FiredRule> HostingRecommendation::reasons() const
{
    std::vector<FiredRule> out;
    for (const FiredRule &f : fired)
        if (f.supportsRecommendation)
            out.push_back(f);
    return out;
}

Result<HostingRecommendation> recommendHosting(const HostingRules &rules, const QJsonObject &answers)
{
    detail::JsonReader r;
    HostingRecommendation rec;

    // Validate every answer first; an invalid answer would silently change the outcome.
    QMap<QString, QJsonValue> valid;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const HostingQuestion *q = rules.question(it.key());
        if (!q) {
            rec.ignored << it.key();
            continue;
        }
        const QString where = kAnswersKey + QLatin1Char('.') + q->id;
        const QJsonValue v = it.value();
        if (v.isNull() || (v.isString() && v.toString().isEmpty()))
            continue; // explicitly unanswered
        if (q->type == HostingQuestion::Type::Choice) {
            QStringList ids;
            for (const HostingOption &o : q->options)
                ids << o.id;
            if (!v.isString() || !ids.contains(v.toString())) {
                r.problem(where, QStringLiteral("must be one of %1, got %2").arg(detail::joinedForMessage(ids), detail::describeJson(v)));
                continue;
            }
        } else {
            const double d = v.toDouble(std::nan(""));
            if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || d < q->min || d > q->max) {
                r.problem(where, QStringLiteral("must be a whole number from %1 to %2, got %3").arg(q->min).arg(q->max).arg(detail::describeJson(v)));
                continue;
            }
        }
        valid.insert(q->id, v);
    }
    if (!r.ok())
        return r.toError();

    for (const HostingQuestion &q : rules.questions)
        if (!valid.contains(q.id))
            rec.unanswered << q.id;

    QMap<QString, int> points;
    QSet<QString> excluded;
    for (const HostingRule &rule : rules.rules) {
        bool holds = !rule.when.empty();
        for (const HostingCondition &c : rule.when) {
            const auto it = valid.constFind(c.questionId);
            if (it == valid.constEnd()) {
                holds = false;
                break;
            }
            if (!c.in.isEmpty()) {
                holds = holds && c.in.contains(it->toString());
            } else {
                const int n = it->toInt();
                holds = holds && (!c.min || n >= *c.min) && (!c.max || n <= *c.max);
            }
        }
        if (!holds)
            continue;
        for (auto p = rule.points.begin(); p != rule.points.end(); ++p)
            points[p.key()] += p.value();
        for (const QString &id : rule.exclude)
            excluded.insert(id);
        rec.fired.push_back(FiredRule{rule.id, rule.reason, rule.sources, rule.points, rule.exclude, false});
    }

    for (const HostingOutcome &o : rules.outcomes)
        rec.scores.push_back(OutcomeScore{o.id, points.value(o.id), excluded.contains(o.id)});

    if (valid.isEmpty()) {
        rec.explanation = QStringLiteral("The hosting questionnaire has not been answered.");
        return rec;
    }
    // Highest points wins; tieOrder lists the outcomes from most to least preferred on a tie.
    std::optional<QString> best;
    for (const QString &id : rules.tieOrder) {
        if (excluded.contains(id))
            continue;
        if (!best || points.value(id) > points.value(*best))
            best = id;
    }
    if (!best) {
        rec.explanation = QStringLiteral("Every hosting model is ruled out by the answers; review the questionnaire.");
        return rec;
    }
    rec.outcomeId = best;
    rec.outcomeName = rules.outcome(*best) ? rules.outcome(*best)->name : *best;
    for (FiredRule &f : rec.fired) {
        const bool excludesOther = std::any_of(f.exclude.begin(), f.exclude.end(), [&](const QString &id) { return id != *best; });
        f.supportsRecommendation = f.points.value(*best) > 0 || excludesOther;
    }

    QStringList standings;
    for (const OutcomeScore &s : rec.scores)
        standings << (s.excluded ? QStringLiteral("%1 ruled out").arg(s.outcomeId)
                                 : QStringLiteral("%1 %2").arg(s.outcomeId).arg(s.points));
    rec.explanation = QStringLiteral("%1 leads on the answered questions (%2 of %3 answered; points: %4).")
                          .arg(rec.outcomeName)
                          .arg(rules.questions.size() - rec.unanswered.size())
                          .arg(rules.questions.size())
                          .arg(standings.join(QStringLiteral(", ")));
    return rec;
}

QJsonObject hostingRecommendationToJson(const HostingRecommendation &rec)
{
    QJsonArray scores;
    for (const OutcomeScore &s : rec.scores)
        scores.append(QJsonObject{{QStringLiteral("outcome"), s.outcomeId},
                                  {QStringLiteral("points"), s.points},
                                  {QStringLiteral("excluded"), s.excluded}});
    QJsonArray fired;
    for (const FiredRule &f : rec.fired) {
        QJsonObject pts;
        for (auto it = f.points.begin(); it != f.points.end(); ++it)
            pts.insert(it.key(), it.value());
        fired.append(QJsonObject{{QStringLiteral("rule"), f.ruleId},
                                 {QStringLiteral("reason"), f.reason},
                                 {QStringLiteral("points"), pts},
                                 {QStringLiteral("exclude"), QJsonArray::fromStringList(f.exclude)},
                                 {QStringLiteral("supports_recommendation"), f.supportsRecommendation},
                                 {QStringLiteral("sources"), QJsonArray::fromStringList(f.sources)}});
    }
    return QJsonObject{
        {QStringLiteral("recommendation"), rec.outcomeId ? QJsonValue(*rec.outcomeId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("name"), rec.outcomeName},
        {QStringLiteral("explanation"), rec.explanation},
        {QStringLiteral("scores"), scores},
        {QStringLiteral("rules"), fired},
        {QStringLiteral("unanswered"), QJsonArray::fromStringList(rec.unanswered)},
        {QStringLiteral("ignored"), QJsonArray::fromStringList(rec.ignored)},
    };
}

} // namespace hostreview::core::checklist
