#pragma once

#include <QJsonObject>
#include <QString>

namespace hostreview::core {

/** How a station serves requests (interchange-v1 `discipline`). */
enum class Discipline {
    Queue, ///< `servers` identical servers and one FCFS waiting line, exponential service
    Delay, ///< infinite servers: no waiting (think time, external systems, network latency)
};

/** Returns "queue" or "delay". */
QString disciplineName(Discipline d);

/**
 * A service centre of the drawn topology: an ingress, an Odoo worker pool, PgBouncer, PostgreSQL…
 * `kind` names an entry of the station-kind catalogue (stationkinds.h); its typed properties live
 * in `properties`, keyed as the catalogue says.
 */
struct Station {
    QString id;
    QString name;
    QString kind = QStringLiteral("generic");
    Discipline discipline = Discipline::Queue;
    int servers = 1;
    QString zone;           ///< hosting zone (a cluster, a data centre); empty when none
    QString tenant;         ///< tenant that owns the station in a multi-tenant zone; empty when dedicated
    double x = 0.0;         ///< canvas position (scene units)
    double y = 0.0;
    QJsonObject properties; ///< typed per-kind properties (cpu_cores, db_maxconn, pool_mode, …)
    QString notes;
    QJsonObject extra;      ///< keys this version does not know, kept for the round trip

    bool operator==(const Station &) const = default;
};

} // namespace hostreview::core
