// Configuration checks across the graph (docs/findings.md, "Configuration checks"): connection budgets,
// memory, workers against cores and single-threaded stations with several roles. They read the
// stations' typed properties and the drawn links, not the solver.
#include "enginedetail.h"
#include "rulesdetail.h"

#include "../model/stationkinds.h"

#include <QSet>

#include <limits>

namespace hostreview::core::findings::detail {

namespace {

Vars stationVars(const Station &st)
{
    return {{QStringLiteral("station"), st.id},
            {QStringLiteral("station_name"), st.name.isEmpty() ? st.id : st.name},
            {QStringLiteral("kind"), st.kind},
            {QStringLiteral("servers"), QString::number(st.servers)}};
}

// Stations of `kinds` with a drawn link into `to`, document order.
std::vector<const Station *> feeders(const Review &review, const QString &to, const QStringList &kinds)
{
    std::vector<const Station *> out;
    for (const Station &st : review.stations)
        if (kinds.contains(st.kind) && review.link(st.id, to))
            out.push_back(&st);
    return out;
}

// Σ processes × db_maxconn over Odoo stations, with the breakdown "odoo-http: 9 × 64".
double odooConnections(const std::vector<const Station *> &odoo, QStringList &breakdown)
{
    double total = 0.0;
    for (const Station *st : odoo) {
        const int processes = odooProcesses(*st);
        const double maxconn = propertyNumber(*st, QStringLiteral("db_maxconn"));
        total += processes * maxconn;
        breakdown << QStringLiteral("%1: %2 processes × db_maxconn %3").arg(st->id).arg(processes).arg(formatNumber(maxconn));
    }
    return total;
}

// Pools one PgBouncer opens: default_pool_size per (database, user) pair. Unless the station says
// otherwise (properties "databases", "db_users"), each tenant behind it has its own database and
// Odoo connects as one user: pairs = max(1, distinct tenants of its Odoo feeders) × 1.
double poolerServerConnections(const Review &review, const Station &pooler, const QStringList &odooKinds,
                               QStringList &breakdown)
{
    double databases = propertyNumber(pooler, QStringLiteral("databases"));
    if (databases <= 0) {
        QSet<QString> tenants;
        for (const Station *o : feeders(review, pooler.id, odooKinds))
            tenants.insert(o->tenant);
        databases = std::max<double>(1.0, double(tenants.size()));
    }
    double users = propertyNumber(pooler, QStringLiteral("db_users"));
    if (users <= 0)
        users = 1.0;
    const double pool = propertyNumber(pooler, QStringLiteral("default_pool_size"));
    breakdown << QStringLiteral("%1: default_pool_size %2 × %3 databases × %4 users")
                     .arg(pooler.id, formatNumber(pool), formatNumber(databases), formatNumber(users));
    return pool * databases * users;
}

void addBudgetFinding(const Rule &rule, const Station &st, double total, double limit, const QString &limitLabel,
                      const QString &totalLabel, const QStringList &breakdown, QStringList stations,
                      std::vector<Finding> &out)
{
    Vars vars = stationVars(st);
    vars.insert(QStringLiteral("total"), formatNumber(total));
    vars.insert(QStringLiteral("limit"), formatNumber(limit));
    vars.insert(QStringLiteral("breakdown"), breakdown.join(QStringLiteral("; ")));
    Finding f = makeFinding(rule, {st.id}, vars);
    f.stations << st.id << stations;
    f.evidence.push_back(evidence(totalLabel, total, QStringLiteral("connections")));
    f.evidence.push_back(evidence(st.id + QLatin1Char(' ') + limitLabel, limit, QStringLiteral("connections")));
    f.evidence.push_back(evidence(QStringLiteral("excess"), total - limit, QStringLiteral("connections")));
    for (const QString &b : breakdown)
        f.evidence.push_back(Evidence{QStringLiteral("term"), 0.0, QString(), b});
    out.push_back(f);
}

} // namespace

void evalSingleThreadedRoles(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    const Review &review = *ctx.review;
    const QStringList kinds = listParam(rule, QStringLiteral("kinds"));
    const int minRoles = int(numberParam(rule, QStringLiteral("min_roles")));
    const int maxRoles = rule.parameters.contains(QStringLiteral("max_roles"))
                             ? int(numberParam(rule, QStringLiteral("max_roles")))
                             : std::numeric_limits<int>::max();
    for (const Station &st : review.stations) {
        const StationKind *kind = findStationKind(st.kind);
        if (kinds.isEmpty() ? !(kind && kind->singleThreaded) : !kinds.contains(st.kind))
            continue;
        QStringList roles;
        const QJsonValue role = st.properties.value(QStringLiteral("role"));
        if (role.isString() && !role.toString().trimmed().isEmpty()) {
            for (const QString &r : role.toString().split(QLatin1Char('+'), Qt::SkipEmptyParts))
                if (!roles.contains(r.trimmed()))
                    roles << r.trimmed();
        } else {
            // Without a role property, each station it forwards to is a role (PgBouncer in front of two databases).
            for (const Link &l : review.links)
                if (l.from == st.id && !roles.contains(QStringLiteral("in front of ") + l.to))
                    roles << QStringLiteral("in front of ") + l.to;
        }
        if (roles.size() < minRoles || roles.size() > maxRoles)
            continue;
        Vars vars = stationVars(st);
        vars.insert(QStringLiteral("roles"), roles.join(QStringLiteral(", ")));
        vars.insert(QStringLiteral("role_count"), QString::number(roles.size()));
        Finding f = makeFinding(rule, {st.id}, vars);
        f.stations << st.id;
        f.evidence.push_back(evidence(QStringLiteral("roles on one thread"), double(roles.size()), QStringLiteral("roles")));
        f.evidence.push_back(Evidence{QStringLiteral("roles"), 0.0, QString(), roles.join(QStringLiteral(", "))});
        out.push_back(f);
    }
}

void evalPgBouncerClientBudget(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    const Review &review = *ctx.review;
    const double maxFraction = numberParam(rule, QStringLiteral("max_fraction"));
    const QStringList odooKinds = listParam(rule, QStringLiteral("odoo_kinds"));
    const QStringList poolerKinds = listParam(rule, QStringLiteral("pooler_kinds"));
    for (const Station &pooler : review.stations) {
        if (!poolerKinds.contains(pooler.kind))
            continue;
        const auto odoo = feeders(review, pooler.id, odooKinds);
        if (odoo.empty())
            continue;
        QStringList breakdown;
        const double total = odooConnections(odoo, breakdown);
        const double limit = propertyNumber(pooler, QStringLiteral("max_client_conn"));
        if (total <= maxFraction * limit)
            continue;
        QStringList ids;
        for (const Station *o : odoo)
            ids << o->id;
        addBudgetFinding(rule, pooler, total, limit, QStringLiteral("max_client_conn"),
                         QStringLiteral("Σ Odoo processes × db_maxconn"), breakdown, ids, out);
    }
}

void evalPostgresConnectionBudget(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    const Review &review = *ctx.review;
    const bool viaPooler = stringParam(rule, QStringLiteral("via")) == QStringLiteral("pgbouncer");
    const double maxFraction = numberParam(rule, QStringLiteral("max_fraction"));
    const QStringList odooKinds = listParam(rule, QStringLiteral("odoo_kinds"));
    const QStringList poolerKinds = listParam(rule, QStringLiteral("pooler_kinds"));
    const QStringList dbKinds = listParam(rule, QStringLiteral("database_kinds"));
    for (const Station &db : review.stations) {
        if (!dbKinds.contains(db.kind))
            continue;
        const auto poolers = feeders(review, db.id, poolerKinds);
        const auto direct = feeders(review, db.id, odooKinds);
        if (viaPooler == poolers.empty())
            continue; // via=pgbouncer needs a pooler in front, via=direct needs none
        QStringList breakdown;
        QStringList ids;
        double total = 0.0;
        for (const Station *p : poolers) {
            total += poolerServerConnections(review, *p, odooKinds, breakdown);
            ids << p->id;
        }
        total += odooConnections(direct, breakdown);
        for (const Station *o : direct)
            ids << o->id;
        if (total == 0.0)
            continue;
        const double limit = propertyNumber(db, QStringLiteral("max_connections"));
        if (total <= maxFraction * limit)
            continue;
        addBudgetFinding(rule, db, total, limit, QStringLiteral("max_connections"),
                         viaPooler ? QStringLiteral("Σ PgBouncer pools (+ direct Odoo connections)")
                                   : QStringLiteral("Σ Odoo processes × db_maxconn"),
                         breakdown, ids, out);
    }
}

void evalMemoryBudget(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    const Review &review = *ctx.review;
    const bool hard = stringParam(rule, QStringLiteral("limit")) == QStringLiteral("hard");
    const double maxFraction = numberParam(rule, QStringLiteral("max_fraction"));
    const QStringList odooKinds = listParam(rule, QStringLiteral("odoo_kinds"));
    for (const Station &st : review.stations) {
        if (!odooKinds.contains(st.kind))
            continue;
        const int processes = odooProcesses(st);
        const double ram = propertyNumber(st, QStringLiteral("ram_mib"));
        const double soft = propertyNumber(st, QStringLiteral("limit_memory_soft"));
        const double hardLimit = propertyNumber(st, QStringLiteral("limit_memory_hard"));
        const double softTotal = processes * soft;
        const double hardTotal = processes * hardLimit;
        // One station gives one memory finding: the hard-limit rule speaks only when the soft budget fits.
        const bool fires = hard ? (hardTotal > maxFraction * ram && softTotal <= maxFraction * ram)
                                : softTotal > maxFraction * ram;
        if (!fires)
            continue;
        const double perProcess = hard ? hardLimit : soft;
        const double total = hard ? hardTotal : softTotal;
        Vars vars = stationVars(st);
        vars.insert(QStringLiteral("processes"), QString::number(processes));
        vars.insert(QStringLiteral("per_process"), formatNumber(perProcess) + QStringLiteral(" MiB"));
        vars.insert(QStringLiteral("total"), formatNumber(total) + QStringLiteral(" MiB"));
        vars.insert(QStringLiteral("ram"), formatNumber(ram) + QStringLiteral(" MiB"));
        Finding f = makeFinding(rule, {st.id}, vars);
        f.stations << st.id;
        f.evidence.push_back(evidence(QStringLiteral("Odoo processes"), processes, QStringLiteral("processes")));
        f.evidence.push_back(evidence(hard ? QStringLiteral("limit_memory_hard") : QStringLiteral("limit_memory_soft"),
                                      perProcess, QStringLiteral("MiB")));
        f.evidence.push_back(evidence(QStringLiteral("processes × limit"), total, QStringLiteral("MiB")));
        f.evidence.push_back(evidence(QStringLiteral("ram_mib"), ram, QStringLiteral("MiB")));
        out.push_back(f);
    }
}

void evalWorkersVsCores(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out)
{
    const Review &review = *ctx.review;
    const double maxRatio = numberParam(rule, QStringLiteral("max_ratio"));
    const QStringList kinds = listParam(rule, QStringLiteral("kinds"));
    for (const Station &st : review.stations) {
        if (!kinds.contains(st.kind))
            continue;
        const double cores = propertyNumber(st, QStringLiteral("cpu_cores"));
        const double recommended = 2.0 * cores + 1.0; // Odoo deploy guide: workers = 2 × CPU + 1
        if (st.servers <= maxRatio * recommended)
            continue;
        Vars vars = stationVars(st);
        vars.insert(QStringLiteral("workers"), QString::number(st.servers));
        vars.insert(QStringLiteral("cores"), formatNumber(cores));
        vars.insert(QStringLiteral("recommended"), formatNumber(recommended));
        Finding f = makeFinding(rule, {st.id}, vars);
        f.stations << st.id;
        f.evidence.push_back(evidence(QStringLiteral("workers"), st.servers, QStringLiteral("workers")));
        f.evidence.push_back(evidence(QStringLiteral("cpu_cores"), cores, QStringLiteral("cores")));
        f.evidence.push_back(evidence(QStringLiteral("2 × cpu_cores + 1"), recommended, QStringLiteral("workers")));
        out.push_back(f);
    }
}

} // namespace hostreview::core::findings::detail
