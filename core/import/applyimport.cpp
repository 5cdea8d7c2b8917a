#include "applyimport.h"

#include "classificationrules.h"

#include <QHash>

#include <cmath>
#include <optional>

namespace hostreview::core::import {

namespace {

enum class Role { App, Db, Ingress };

bool stationHasRole(const Station &s, Role role)
{
    switch (role) {
    case Role::App:
        return s.kind == QLatin1String("odoo-http") || s.kind == QLatin1String("odoo-longpolling")
               || s.kind == QLatin1String("odoo-cron") || s.kind == QLatin1String("odoo-integration");
    case Role::Db:
        return s.kind == QLatin1String("postgresql-primary") || s.kind == QLatin1String("postgresql-replica");
    case Role::Ingress:
        return s.kind == QLatin1String("traefik");
    }
    return false;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::App: return QStringLiteral("application");
    case Role::Db: return QStringLiteral("database");
    case Role::Ingress: return QStringLiteral("ingress");
    }
    return QString();
}

/**
 * Visits of class `c` at `stationId` from the traffic equations of interchange-v1
 * (V[entry] = 1 + Σ V[i]·calls(i→entry), V[j] = Σ V[i]·calls(i→j)), by fixed-point iteration,
 * which converges exactly when the calls die out; nullopt when they do not or there is no entry.
 */
std::optional<double> visitsFromLinks(const Review &review, const WorkloadClass &c, const QString &stationId)
{
    if (c.entry.isEmpty() || !review.station(c.entry))
        return std::nullopt;
    QHash<QString, double> v;
    for (int iteration = 0; iteration < 10000; ++iteration) {
        QHash<QString, double> next;
        next[c.entry] = 1.0;
        for (const Link &l : review.links) {
            const double calls = l.calls.value(c.id, 0.0);
            if (calls > 0)
                next[l.to] += v.value(l.from, 0.0) * calls;
        }
        double change = 0.0;
        for (auto it = next.cbegin(); it != next.cend(); ++it) {
            if (!std::isfinite(it.value()) || it.value() > 1e9)
                return std::nullopt;
            change = std::max(change, std::abs(it.value() - v.value(it.key(), 0.0)));
        }
        v = std::move(next);
        if (change < 1e-12)
            return v.value(stationId, 0.0);
    }
    return std::nullopt;
}

const DemandStats &statsFor(const ClassMeasurement &m, Role role)
{
    switch (role) {
    case Role::App: return m.app;
    case Role::Db: return m.db;
    case Role::Ingress: return m.ingress;
    }
    return m.app;
}

} // namespace

Review applyImport(const Review &input, const ImportResult &result, QStringList *notes)
{
    Review review = input;
    auto note = [notes](const QString &text) {
        if (notes)
            *notes << text;
    };
    const int slots = result.bucketMinutes > 0 ? 1440 / result.bucketMinutes : 0;

    for (const ClassMeasurement &m : result.classes) {
        WorkloadClass *cls = review.workloadClass(m.classId);
        if (!cls) {
            WorkloadClass added;
            added.id = m.classId;
            added.name = m.classId;
            added.type = ClassType::Open;
            for (Role role : {Role::Ingress, Role::App, Role::Db}) {
                if (statsFor(m, role).samples == 0)
                    continue;
                for (const Station &s : review.stations) {
                    if (stationHasRole(s, role) && (role != Role::Db || s.kind == QLatin1String("postgresql-primary"))) {
                        added.demands.push_back(Demand{s.id, 1.0, 0.0, {}});
                        break;
                    }
                }
            }
            review.classes.push_back(added);
            cls = &review.classes.back();
            note(QStringLiteral("classes[%1]: added as an open class (not in the review before)").arg(m.classId));
        }
        if (cls->type == ClassType::Open) {
            cls->arrivalRate = m.meanRate;
        } else {
            note(QStringLiteral("classes[%1]: closed class, population and think time kept; measured throughput %2/s")
                     .arg(m.classId)
                     .arg(m.meanRate, 0, 'g', 5));
        }
        for (Role role : {Role::Ingress, Role::App, Role::Db}) {
            const DemandStats &stats = statsFor(m, role);
            if (stats.samples == 0)
                continue;
            Demand *target = nullptr;
            for (Demand &d : cls->demands) {
                const Station *s = review.station(d.station);
                if (s && stationHasRole(*s, role)) {
                    target = &d;
                    break;
                }
            }
            if (!target) {
                note(QStringLiteral("classes[%1]: no %2 station among its demands; measured %2 time %3 ms not applied")
                         .arg(m.classId, roleName(role))
                         .arg(stats.mean * 1000.0, 0, 'f', 2));
                continue;
            }
            double visits = 1.0;
            if (target->visits) {
                visits = *target->visits;
            } else if (const auto fromLinks = visitsFromLinks(review, *cls, target->station)) {
                visits = *fromLinks;
            } else {
                note(QStringLiteral("classes[%1].demands[%2]: visits not derivable from the links; 1 visit assumed")
                         .arg(m.classId, target->station));
            }
            if (!(visits > 0)) {
                note(QStringLiteral("classes[%1].demands[%2]: 0 visits; measured time not applied").arg(m.classId, target->station));
                continue;
            }
            if (!(stats.mean > 0)) {
                note(QStringLiteral("classes[%1].demands[%2].service_time: measured %3 time is 0; kept the old value")
                         .arg(m.classId, target->station, roleName(role)));
                continue;
            }
            target->serviceTime = stats.mean / visits;
        }
        cls->provenance = Provenance::Measured;
        cls->source = result.source;

        if (m.multipliers.empty() || int(m.multipliers.size()) != slots) {
            note(QStringLiteral("profiles[%1]: not every slot of the day was observed; profile left unchanged").arg(m.classId));
            continue;
        }
        Profile *profile = nullptr;
        for (Profile &p : review.profiles)
            if (p.classId == m.classId)
                profile = &p;
        if (!profile) {
            review.profiles.push_back(Profile{});
            profile = &review.profiles.back();
            profile->classId = m.classId;
        }
        profile->bucketMinutes = result.bucketMinutes;
        profile->multipliers = m.multipliers;
        profile->provenance = Provenance::Measured;
        profile->source = result.source;
    }
    for (const Profile &p : review.profiles)
        if (p.bucketMinutes != result.bucketMinutes || int(p.multipliers.size()) != slots)
            if (result.measurement(p.classId) == nullptr)
                note(QStringLiteral("profiles[%1]: has %2 buckets of %3 min, unlike the imported profiles: all profiles "
                                    "must share their buckets")
                         .arg(p.classId)
                         .arg(p.multipliers.size())
                         .arg(p.bucketMinutes));
    review.extra.insert(classificationRulesKey(), rulesToJson(result.rules));
    return review;
}

} // namespace hostreview::core::import
