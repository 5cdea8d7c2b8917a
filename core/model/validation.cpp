#include "validation.h"

#include "stationkinds.h"
#include "../solver/visits.h"

#include <QHash>
#include <QSet>

#include <climits>
#include <cmath>

namespace hostreview::core {

namespace {

constexpr int kMinutesPerDay = 1440;

/** Formats a number for a message: shortest form that reads back the same, integers plainly. */
QString num(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("infinity") : QStringLiteral("-infinity");
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString describeJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return num(v.toDouble());
    case QJsonValue::String: return quoted(v.toString());
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString at(const QString &list, const QString &label)
{
    return list + QLatin1Char('[') + label + QLatin1Char(']');
}

/** Names a list element by its id when that id is valid, else by its index (as the codec does). */
QString label(const QString &id, size_t index)
{
    return isValidId(id) ? id : QString::number(index);
}

class Checker {
public:
    explicit Checker(const Review &review) : m_review(review) {}

    std::vector<Problem> run()
    {
        checkDocument();
        checkStations();
        checkLinks();
        checkClasses();
        checkProfiles();
        checkScenarios();
        checkAnswers();
        checkEvidence();
        return std::move(m_problems);
    }

    void error(const QString &where, const QString &message) { m_problems.push_back({Severity::Error, where, message}); }
    void warning(const QString &where, const QString &message)
    {
        m_problems.push_back({Severity::Warning, where, message});
    }

private:
    // ---- helpers -------------------------------------------------------------------------------

    /** Checks one id of a list: valid and not used before in that list. */
    void checkId(const QString &list, const QString &field, const QString &id, size_t index, QHash<QString, size_t> &seen)
    {
        const QString where = at(list, QString::number(index)) + QLatin1Char('.') + field;
        if (!isValidId(id)) {
            error(where, QStringLiteral("%1 is not a valid id (1 to 64 of A-Z a-z 0-9 _ . -)").arg(quoted(id)));
            return;
        }
        const auto it = seen.constFind(id);
        if (it != seen.constEnd())
            error(where, QStringLiteral("duplicate id %1 (also %2)").arg(quoted(id), at(list, QString::number(*it))));
        else
            seen.insert(id, index);
    }

    void requireName(const QString &where, const QString &name)
    {
        if (name.trimmed().isEmpty())
            error(where, QStringLiteral("must not be empty"));
    }

    /** Checks a number is finite and above (or at least) a bound; returns false when it reported. */
    bool checkAtLeast(const QString &where, double v, double bound, bool strict)
    {
        if (!std::isfinite(v)) {
            error(where, QStringLiteral("must be a finite number, got %1").arg(num(v)));
            return false;
        }
        if (strict ? !(v > bound) : !(v >= bound)) {
            error(where, QStringLiteral("must be %1 %2, got %3").arg(strict ? QStringLiteral(">") : QStringLiteral("≥"),
                                                                      num(bound), num(v)));
            return false;
        }
        return true;
    }

    bool stationExists(const QString &id) const { return m_review.station(id) != nullptr; }
    bool classExists(const QString &id) const { return m_review.workloadClass(id) != nullptr; }

    // ---- document ------------------------------------------------------------------------------

    void checkDocument() { requireName(QStringLiteral("name"), m_review.name); }

    // ---- stations ------------------------------------------------------------------------------

    void checkStations()
    {
        QHash<QString, size_t> seen;
        for (size_t i = 0; i < m_review.stations.size(); ++i) {
            const Station &s = m_review.stations[i];
            const QString where = at(QStringLiteral("stations"), label(s.id, i));
            checkId(QStringLiteral("stations"), QStringLiteral("id"), s.id, i, seen);
            requireName(where + QStringLiteral(".name"), s.name);
            if (s.discipline == Discipline::Queue && s.servers < 1)
                error(where + QStringLiteral(".servers"),
                      QStringLiteral("must be an integer ≥ 1 for a queue station, got %1").arg(s.servers));
            if (!std::isfinite(s.x) || !std::isfinite(s.y))
                error(where + QStringLiteral(".position"), QStringLiteral("must be finite numbers"));

            const StationKind *kind = findStationKind(s.kind);
            if (!kind) {
                warning(where + QStringLiteral(".kind"),
                        QStringLiteral("unknown kind %1: treated as a generic station").arg(quoted(s.kind)));
                continue; // no catalogue entry to check the properties against
            }
            if (kind->singleThreaded && s.discipline == Discipline::Queue && s.servers > 1)
                warning(where + QStringLiteral(".servers"),
                        QStringLiteral("%1 is single-threaded: one instance serves one request at a time, got %2 "
                                       "servers (model several instances as several stations)")
                            .arg(kind->label)
                            .arg(s.servers));
            checkProperties(where + QStringLiteral(".properties"), *kind, s.properties);
        }
    }

    void checkProperties(const QString &where, const StationKind &kind, const QJsonObject &properties)
    {
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QString field = where + QLatin1Char('.') + it.key();
            const PropertySpec *spec = nullptr;
            for (const PropertySpec &p : kind.properties)
                if (p.key == it.key())
                    spec = &p;
            if (!spec) {
                warning(field, QStringLiteral("unknown property for a %1 station").arg(quoted(kind.id)));
                continue;
            }
            checkProperty(field, *spec, it.value());
        }
    }

    void checkProperty(const QString &field, const PropertySpec &spec, const QJsonValue &v)
    {
        switch (spec.type) {
        case PropertyType::Integer:
        case PropertyType::Number: {
            const bool integer = spec.type == PropertyType::Integer;
            if (!v.isDouble()) {
                error(field, QStringLiteral("expected %1, got %2")
                                 .arg(integer ? QStringLiteral("an integer") : QStringLiteral("a number"),
                                      describeJson(v)));
                return;
            }
            const double d = v.toDouble();
            if (!std::isfinite(d)) {
                error(field, QStringLiteral("must be a finite number, got %1").arg(num(d)));
                return;
            }
            if (integer && d != std::floor(d)) {
                error(field, QStringLiteral("expected an integer, got %1").arg(num(d)));
                return;
            }
            if (d < spec.minimum || d > spec.maximum)
                error(field, QStringLiteral("must be between %1 and %2%3, got %4")
                                 .arg(num(spec.minimum), num(spec.maximum),
                                      spec.unit.isEmpty() ? QString() : QLatin1Char(' ') + spec.unit, num(d)));
            return;
        }
        case PropertyType::Boolean:
            if (!v.isBool())
                error(field, QStringLiteral("expected true or false, got %1").arg(describeJson(v)));
            return;
        case PropertyType::Text:
            if (!v.isString())
                error(field, QStringLiteral("expected a string, got %1").arg(describeJson(v)));
            return;
        case PropertyType::Choice:
            if (!v.isString() || !spec.choices.contains(v.toString())) {
                QStringList options;
                for (const QString &c : spec.choices)
                    options << quoted(c);
                error(field, QStringLiteral("expected one of %1, got %2").arg(options.join(QStringLiteral(", ")),
                                                                              describeJson(v)));
            }
            return;
        }
    }

    // ---- links ---------------------------------------------------------------------------------

    void checkLinks()
    {
        QHash<QPair<QString, QString>, size_t> seen;
        for (size_t i = 0; i < m_review.links.size(); ++i) {
            const Link &l = m_review.links[i];
            const QString where = at(QStringLiteral("links"), QString::number(i));
            if (!stationExists(l.from))
                error(where + QStringLiteral(".from"), QStringLiteral("no station %1").arg(quoted(l.from)));
            if (!stationExists(l.to))
                error(where + QStringLiteral(".to"), QStringLiteral("no station %1").arg(quoted(l.to)));
            const QPair<QString, QString> ends(l.from, l.to);
            const auto previous = seen.constFind(ends);
            if (previous != seen.constEnd())
                error(where, QStringLiteral("duplicate link %1 → %2 (also links[%3])")
                                 .arg(quoted(l.from), quoted(l.to))
                                 .arg(*previous));
            else
                seen.insert(ends, i);
            for (auto it = l.calls.begin(); it != l.calls.end(); ++it) {
                const QString field = at(where + QStringLiteral(".calls"), it.key());
                if (!classExists(it.key()))
                    error(field, QStringLiteral("no class %1").arg(quoted(it.key())));
                checkAtLeast(field, it.value(), 0.0, false);
            }
        }
    }

    // ---- classes -------------------------------------------------------------------------------

    void checkClasses()
    {
        QHash<QString, size_t> seen;
        for (size_t i = 0; i < m_review.classes.size(); ++i) {
            const WorkloadClass &c = m_review.classes[i];
            const QString where = at(QStringLiteral("classes"), label(c.id, i));
            checkId(QStringLiteral("classes"), QStringLiteral("id"), c.id, i, seen);
            requireName(where + QStringLiteral(".name"), c.name);
            if (c.type == ClassType::Open)
                checkOpenClass(where, c);
            else
                checkClosedClass(where, c);

            bool anyVisitsOmitted = false;
            QHash<QString, size_t> demandStations;
            for (size_t d = 0; d < c.demands.size(); ++d) {
                const Demand &demand = c.demands[d];
                const QString dw = at(where + QStringLiteral(".demands"), QString::number(d));
                if (!stationExists(demand.station)) {
                    error(dw + QStringLiteral(".station"), QStringLiteral("no station %1").arg(quoted(demand.station)));
                } else {
                    const auto previous = demandStations.constFind(demand.station);
                    if (previous != demandStations.constEnd())
                        error(dw + QStringLiteral(".station"),
                              QStringLiteral("station %1 already has a demand in this class (demands[%2])")
                                  .arg(quoted(demand.station))
                                  .arg(*previous));
                    else
                        demandStations.insert(demand.station, d);
                }
                checkAtLeast(dw + QStringLiteral(".service_time"), demand.serviceTime, 0.0, true);
                if (demand.visits)
                    checkAtLeast(dw + QStringLiteral(".visits"), *demand.visits, 0.0, false);
                else
                    anyVisitsOmitted = true;
            }
            if (c.demands.empty())
                warning(where + QStringLiteral(".demands"), QStringLiteral("no demands: the class loads no station"));

            if (!c.entry.isEmpty()) {
                if (!stationExists(c.entry))
                    error(where + QStringLiteral(".entry"), QStringLiteral("no station %1").arg(quoted(c.entry)));
            } else if (anyVisitsOmitted) {
                error(where + QStringLiteral(".entry"),
                      QStringLiteral("required: a demand leaves out visits, so they come from the links "
                                     "starting at the entry station"));
            }
            if (c.targetResponseTime)
                checkAtLeast(where + QStringLiteral(".target_response_time"), *c.targetResponseTime, 0.0, true);
        }
    }

    void checkOpenClass(const QString &where, const WorkloadClass &c)
    {
        if (!c.arrivalRate)
            error(where + QStringLiteral(".arrival_rate"), QStringLiteral("required for an open class"));
        else
            checkAtLeast(where + QStringLiteral(".arrival_rate"), *c.arrivalRate, 0.0, true);
        if (c.population)
            error(where + QStringLiteral(".population"),
                  QStringLiteral("an open class has no population (did you mean type \"closed\"?)"));
        if (c.thinkTime)
            warning(where + QStringLiteral(".think_time"), QStringLiteral("ignored for an open class"));
    }

    void checkClosedClass(const QString &where, const WorkloadClass &c)
    {
        if (!c.population)
            error(where + QStringLiteral(".population"), QStringLiteral("required for a closed class"));
        else if (*c.population < 1)
            error(where + QStringLiteral(".population"), QStringLiteral("must be an integer ≥ 1, got %1").arg(*c.population));
        if (!c.thinkTime)
            error(where + QStringLiteral(".think_time"), QStringLiteral("required for a closed class (0 for none)"));
        else
            checkAtLeast(where + QStringLiteral(".think_time"), *c.thinkTime, 0.0, false);
        if (c.arrivalRate)
            error(where + QStringLiteral(".arrival_rate"),
                  QStringLiteral("a closed class has no arrival rate (did you mean type \"open\"?)"));
    }

    // ---- profiles ------------------------------------------------------------------------------

    void checkProfiles()
    {
        QHash<QString, size_t> seen;
        const Profile *reference = nullptr; // the first well-formed profile: the others must match it
        size_t referenceIndex = 0;
        for (size_t i = 0; i < m_review.profiles.size(); ++i) {
            const Profile &p = m_review.profiles[i];
            const QString where = at(QStringLiteral("profiles"), label(p.classId, i));
            if (!classExists(p.classId)) {
                error(where + QStringLiteral(".class"), QStringLiteral("no class %1").arg(quoted(p.classId)));
            } else {
                const auto previous = seen.constFind(p.classId);
                if (previous != seen.constEnd())
                    error(at(QStringLiteral("profiles"), QString::number(i)) + QStringLiteral(".class"),
                          QStringLiteral("class %1 already has a profile (profiles[%2])")
                              .arg(quoted(p.classId))
                              .arg(*previous));
                else
                    seen.insert(p.classId, i);
            }

            bool wellFormed = true;
            if (p.bucketMinutes <= 0 || kMinutesPerDay % p.bucketMinutes != 0) {
                error(where + QStringLiteral(".bucket_minutes"),
                      QStringLiteral("must be > 0 and divide 1440 (a day), got %1").arg(p.bucketMinutes));
                wellFormed = false;
            } else if (p.multipliers.size() != size_t(kMinutesPerDay / p.bucketMinutes)) {
                error(where + QStringLiteral(".multipliers"),
                      QStringLiteral("expected %1 multipliers (1440 / %2 minutes), got %3")
                          .arg(kMinutesPerDay / p.bucketMinutes)
                          .arg(p.bucketMinutes)
                          .arg(p.multipliers.size()));
                wellFormed = false;
            }
            for (size_t b = 0; b < p.multipliers.size(); ++b)
                checkAtLeast(at(where + QStringLiteral(".multipliers"), QString::number(b)), p.multipliers[b], 0.0, false);

            if (!wellFormed)
                continue;
            if (!reference) {
                reference = &p;
                referenceIndex = i;
            } else if (p.bucketMinutes != reference->bucketMinutes) {
                error(where + QStringLiteral(".bucket_minutes"),
                      QStringLiteral("all profiles share one bucket size: %1 here, %2 in %3")
                          .arg(p.bucketMinutes)
                          .arg(reference->bucketMinutes)
                          .arg(at(QStringLiteral("profiles"), label(reference->classId, referenceIndex))));
            }
        }
    }

    // ---- scenarios -----------------------------------------------------------------------------

    void checkScenarios()
    {
        QHash<QString, size_t> seen;
        int targets = 0;
        for (size_t i = 0; i < m_review.scenarios.size(); ++i) {
            const Scenario &s = m_review.scenarios[i];
            const QString where = at(QStringLiteral("scenarios"), label(s.id, i));
            if (s.id == baselineScenarioId())
                error(at(QStringLiteral("scenarios"), QString::number(i)) + QStringLiteral(".id"),
                      QStringLiteral("\"baseline\" is the implicit scenario without changes: choose another id"));
            else
                checkId(QStringLiteral("scenarios"), QStringLiteral("id"), s.id, i, seen);
            requireName(where + QStringLiteral(".name"), s.name);
            for (auto it = s.classScale.begin(); it != s.classScale.end(); ++it) {
                const QString field = at(where + QStringLiteral(".class_scale"), it.key());
                if (!classExists(it.key()))
                    error(field, QStringLiteral("no class %1").arg(quoted(it.key())));
                checkAtLeast(field, it.value(), 0.0, false);
            }
            for (auto it = s.stationOverrides.begin(); it != s.stationOverrides.end(); ++it)
                checkOverride(at(where + QStringLiteral(".station_overrides"), it.key()), it.key(), it.value());
            if (s.target && ++targets == 2)
                warning(where + QStringLiteral(".target"),
                        QStringLiteral("more than one scenario is marked as the target architecture"));
        }
    }

    void checkOverride(const QString &where, const QString &stationId, const QJsonObject &fields)
    {
        const Station *station = m_review.station(stationId);
        if (!station)
            error(where, QStringLiteral("no station %1").arg(quoted(stationId)));
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString field = where + QLatin1Char('.') + it.key();
            const QJsonValue v = it.value();
            if (it.key() == QStringLiteral("servers")) {
                const double d = v.toDouble();
                if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < 1 || d > INT_MAX) {
                    error(field, QStringLiteral("must be an integer ≥ 1, got %1").arg(describeJson(v)));
                } else if (station) {
                    const StationKind *kind = findStationKind(station->kind);
                    if (kind && kind->singleThreaded && d > 1)
                        warning(field, QStringLiteral("%1 is single-threaded: more servers do not model it").arg(kind->label));
                }
            } else if (it.key() == QStringLiteral("discipline")) {
                if (v != QJsonValue(QStringLiteral("queue")) && v != QJsonValue(QStringLiteral("delay")))
                    error(field, QStringLiteral("expected \"queue\" or \"delay\", got %1").arg(describeJson(v)));
            } else {
                error(field, QStringLiteral("cannot be overridden (a scenario may replace servers and discipline)"));
            }
        }
    }

    // ---- checklist answers and evidence --------------------------------------------------------

    void checkAnswers()
    {
        QHash<QString, size_t> seen;
        QSet<QString> evidenceIds;
        for (const EvidenceFile &e : m_review.evidence)
            evidenceIds.insert(e.id);
        for (size_t i = 0; i < m_review.answers.size(); ++i) {
            const ChecklistAnswer &a = m_review.answers[i];
            const QString where = at(QStringLiteral("answers"), label(a.itemId, i));
            checkId(QStringLiteral("answers"), QStringLiteral("item"), a.itemId, i, seen);
            for (qsizetype e = 0; e < a.evidenceIds.size(); ++e) {
                if (!evidenceIds.contains(a.evidenceIds.at(e)))
                    error(at(where + QStringLiteral(".evidence"), QString::number(e)),
                          QStringLiteral("no evidence %1").arg(quoted(a.evidenceIds.at(e))));
            }
        }
    }

    void checkEvidence()
    {
        QHash<QString, size_t> seen;
        for (size_t i = 0; i < m_review.evidence.size(); ++i) {
            const EvidenceFile &e = m_review.evidence[i];
            checkId(QStringLiteral("evidence"), QStringLiteral("id"), e.id, i, seen);
            if (e.data.size() > kMaxEvidenceBytes)
                error(at(QStringLiteral("evidence"), label(e.id, i)) + QStringLiteral(".data"),
                      QStringLiteral("%1 MiB is over the 64 MiB limit for one attachment")
                          .arg(QString::number(double(e.data.size()) / (1024.0 * 1024.0), 'f', 1)));
        }
    }

    const Review &m_review;
    std::vector<Problem> m_problems;
};

} // namespace

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar ch : id) {
        const char16_t c = ch.unicode();
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
                        || c == u'.' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

std::vector<Problem> validate(const Review &review)
{
    std::vector<Problem> problems = Checker(review).run();
    for (Problem &p : validateCollab(review)) // comments, audit log, history (model/collab.cpp)
        problems.push_back(std::move(p));

    // ==== ROUTING CYCLES: the solver room's one call goes here ==================================
    // Calls that never die out (a cycle whose calls multiply to ≥ 1) are found by the solver's
    // traffic equations, core/solver/visits.h. Its engineer adds exactly one call below that
    // appends to `problems`; keep it the last check so that the problems above come first.
    // ============================================================================================
    for (Problem &p : solver::routingProblems(review))
        problems.push_back(std::move(p));

    return problems;
}

} // namespace hostreview::core
