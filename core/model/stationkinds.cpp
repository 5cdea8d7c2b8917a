#include "stationkinds.h"

#include <QCoreApplication>

#include <cmath>

namespace hostreview::core {

namespace {

// Citations: "facts:" points at ../shared/odoo-facts.md (the public documentation it names);
// "NNN_….txt:L" at a line of the seed documents.
const QString kOdooDeploy = QStringLiteral("facts: Odoo docs, administration/on_premise/deploy");
const QString kOdooCli = QStringLiteral("facts: Odoo CLI reference, odoo/tools/config.py");
const QString kPgBouncer = QStringLiteral("facts: pgbouncer doc/config.md");
const QString kPostgres = QStringLiteral("facts: PostgreSQL docs, runtime-config-connection");
const QString kRedis = QStringLiteral("facts: redis.io latency documentation");

PropertySpec integer(const QString &key, const QString &label, qint64 def, double min, double max,
                     const QString &unit, const QString &source)
{
    return PropertySpec{key, label, PropertyType::Integer, QJsonValue(def), min, max, {}, unit, source};
}

PropertySpec number(const QString &key, const QString &label, double def, double min, double max,
                    const QString &unit, const QString &source)
{
    return PropertySpec{key, label, PropertyType::Number, QJsonValue(def), min, max, {}, unit, source};
}

PropertySpec choice(const QString &key, const QString &label, const QString &def, const QStringList &choices,
                    const QString &source)
{
    return PropertySpec{key, label, PropertyType::Choice, QJsonValue(def), 0, 0, choices, {}, source};
}

PropertySpec text(const QString &key, const QString &label, const QString &def, const QString &source)
{
    return PropertySpec{key, label, PropertyType::Text, QJsonValue(def), 0, 0, {}, {}, source};
}

// Host resources every compute station carries.
std::vector<PropertySpec> hostProperties(qint64 cores, qint64 ramMiB)
{
    return {integer(QStringLiteral("cpu_cores"), QStringLiteral("CPU cores"), cores, 1, 4096, QStringLiteral("cores"), {}),
            integer(QStringLiteral("ram_mib"), QStringLiteral("RAM"), ramMiB, 64, 16777216, QStringLiteral("MiB"), {})};
}

// The Odoo process limits shared by HTTP, cron, long-polling and integration workers.
std::vector<PropertySpec> odooProperties(qint64 cores)
{
    auto props = hostProperties(cores, 16384);
    props.push_back(integer(QStringLiteral("db_maxconn"), QStringLiteral("db_maxconn"), 64, 1, 100000,
                            QStringLiteral("connections"), kOdooCli));
    props.push_back(integer(QStringLiteral("limit_memory_soft"), QStringLiteral("limit_memory_soft"), 2048, 64,
                            1048576, QStringLiteral("MiB"), kOdooCli));
    props.push_back(integer(QStringLiteral("limit_memory_hard"), QStringLiteral("limit_memory_hard"), 2560, 64,
                            1048576, QStringLiteral("MiB"), kOdooCli));
    props.push_back(number(QStringLiteral("limit_time_cpu"), QStringLiteral("limit_time_cpu"), 60, 1, 86400,
                           QStringLiteral("s"), kOdooCli));
    props.push_back(number(QStringLiteral("limit_time_real"), QStringLiteral("limit_time_real"), 120, 1, 86400,
                           QStringLiteral("s"), kOdooCli));
    props.push_back(integer(QStringLiteral("limit_request"), QStringLiteral("limit_request"), 65536, 1, 1e9,
                            QStringLiteral("requests"), kOdooCli));
    return props;
}

std::vector<StationKind> buildCatalogue()
{
    std::vector<StationKind> kinds;

    StationKind traefik{QStringLiteral("traefik"), QStringLiteral("Traefik ingress"), QStringLiteral("Ingress"),
                        QStringLiteral("Reverse proxy and TLS termination in front of the Odoo services."),
                        Discipline::Queue, 4, false, hostProperties(4, 4096),
                        QStringLiteral("003_68cb35385a991d6f.txt:21")};
    traefik.properties.push_back(number(QStringLiteral("upstream_timeout"), QStringLiteral("Upstream timeout"), 120, 1,
                                        86400, QStringLiteral("s"), QStringLiteral("000_23d2cd0e78e4bc62.txt:11")));
    kinds.push_back(traefik);

    // Odoo HTTP workers: servers = workers, default (2 × cores) + 1.
    StationKind http{QStringLiteral("odoo-http"), QStringLiteral("Odoo HTTP workers"), QStringLiteral("Application"),
                     QStringLiteral("Odoo multiprocessing HTTP workers; the station's servers are the workers."),
                     Discipline::Queue, 9, false, odooProperties(4), kOdooDeploy};
    http.properties.push_back(integer(QStringLiteral("max_cron_threads"), QStringLiteral("max_cron_threads"), 2, 0, 1024,
                                      QStringLiteral("processes"), kOdooCli));
    kinds.push_back(http);

    kinds.push_back(StationKind{QStringLiteral("odoo-cron"), QStringLiteral("Odoo cron workers"),
                                QStringLiteral("Application"),
                                QStringLiteral("Scheduled-job processes, on top of the HTTP workers."),
                                Discipline::Queue, 2, false, odooProperties(2), kOdooCli});
    kinds.push_back(StationKind{QStringLiteral("odoo-longpolling"), QStringLiteral("Odoo long-polling / websocket"),
                                QStringLiteral("Application"),
                                QStringLiteral("The gevent process that holds bus and websocket connections."),
                                Discipline::Delay, 1, false, odooProperties(1), kOdooDeploy});
    kinds.push_back(StationKind{QStringLiteral("odoo-integration"), QStringLiteral("Odoo integration workers"),
                                QStringLiteral("Application"),
                                QStringLiteral("Workers reserved for EDI, marketplace and API jobs, apart from interactive users."),
                                Discipline::Queue, 4, false, odooProperties(2),
                                QStringLiteral("000_23d2cd0e78e4bc62.txt:8")});

    StationKind bouncer{QStringLiteral("pgbouncer"), QStringLiteral("PgBouncer"), QStringLiteral("Database"),
                        QStringLiteral("Connection pooler; single-threaded, one core per instance."),
                        Discipline::Queue, 1, true, {}, kPgBouncer};
    bouncer.properties = {
        choice(QStringLiteral("pool_mode"), QStringLiteral("pool_mode"), QStringLiteral("session"),
               {QStringLiteral("session"), QStringLiteral("transaction"), QStringLiteral("statement")}, kPgBouncer),
        integer(QStringLiteral("default_pool_size"), QStringLiteral("default_pool_size"), 20, 1, 100000,
                QStringLiteral("connections"), kPgBouncer),
        integer(QStringLiteral("max_client_conn"), QStringLiteral("max_client_conn"), 100, 1, 1000000,
                QStringLiteral("connections"), kPgBouncer),
        number(QStringLiteral("query_wait_timeout"), QStringLiteral("query_wait_timeout"), 120, 0, 86400,
               QStringLiteral("s"), kPgBouncer)};
    kinds.push_back(bouncer);

    auto pgProps = [&](qint64 cores) {
        auto props = hostProperties(cores, 65536);
        props.push_back(integer(QStringLiteral("max_connections"), QStringLiteral("max_connections"), 100, 1, 262143,
                                QStringLiteral("connections"), kPostgres));
        props.push_back(integer(QStringLiteral("storage_iops"), QStringLiteral("Storage IOPS"), 3000, 1, 1e8,
                                QStringLiteral("IOPS"), QStringLiteral("001_493bb7fd27525f38.txt:9")));
        return props;
    };
    kinds.push_back(StationKind{QStringLiteral("postgresql-primary"), QStringLiteral("PostgreSQL primary"),
                                QStringLiteral("Database"),
                                QStringLiteral("The transactional system of record; servers are its CPU cores."),
                                Discipline::Queue, 8, false, pgProps(8), QStringLiteral("000_23d2cd0e78e4bc62.txt:21")});
    kinds.push_back(StationKind{QStringLiteral("postgresql-replica"), QStringLiteral("PostgreSQL replica"),
                                QStringLiteral("Database"),
                                QStringLiteral("Streaming replica for reporting and read-only work."),
                                Discipline::Queue, 4, false, pgProps(4), QStringLiteral("003_68cb35385a991d6f.txt:19")});

    StationKind storage{QStringLiteral("storage"), QStringLiteral("Storage volume"), QStringLiteral("Storage"),
                        QStringLiteral("Block storage under the database or filestore; servers are parallel I/O lanes."),
                        Discipline::Queue, 4, false, {}, QStringLiteral("000_23d2cd0e78e4bc62.txt:12")};
    storage.properties = {integer(QStringLiteral("iops"), QStringLiteral("IOPS"), 3000, 1, 1e8, QStringLiteral("IOPS"),
                                  QStringLiteral("001_493bb7fd27525f38.txt:9")),
                          number(QStringLiteral("capacity_gib"), QStringLiteral("Capacity"), 500, 1, 1e9,
                                 QStringLiteral("GiB"), {})};
    kinds.push_back(storage);

    StationKind redis{QStringLiteral("redis"), QStringLiteral("Redis"), QStringLiteral("Cache"),
                      QStringLiteral("Commands run one after another on one thread: one server."),
                      Discipline::Queue, 1, true, {}, kRedis};
    redis.properties = {choice(QStringLiteral("role"), QStringLiteral("Role"), QStringLiteral("cache"),
                               {QStringLiteral("cache"), QStringLiteral("sessions"), QStringLiteral("queue"),
                                QStringLiteral("cache+sessions"), QStringLiteral("cache+sessions+queue")},
                               QStringLiteral("000_23d2cd0e78e4bc62.txt:10")),
                        integer(QStringLiteral("maxmemory_mib"), QStringLiteral("maxmemory"), 2048, 1, 16777216,
                                QStringLiteral("MiB"), QStringLiteral("001_493bb7fd27525f38.txt:10")),
                        text(QStringLiteral("eviction_policy"), QStringLiteral("Eviction policy"),
                             QStringLiteral("allkeys-lru"), QStringLiteral("001_493bb7fd27525f38.txt:10"))};
    kinds.push_back(redis);

    kinds.push_back(StationKind{QStringLiteral("object-storage"), QStringLiteral("Object storage"),
                                QStringLiteral("Storage"),
                                QStringLiteral("S3-compatible store for the filestore, attachments and backups."),
                                Discipline::Delay, 1, false, {}, QStringLiteral("000_23d2cd0e78e4bc62.txt:35")});

    StationKind external{QStringLiteral("external-system"), QStringLiteral("External system"),
                         QStringLiteral("External"),
                         QStringLiteral("EDI partner, marketplace, carrier or payment API: latency only."),
                         Discipline::Delay, 1, false, {}, QStringLiteral("001_493bb7fd27525f38.txt:2")};
    external.properties = {choice(QStringLiteral("system_type"), QStringLiteral("System type"), QStringLiteral("edi"),
                                  {QStringLiteral("edi"), QStringLiteral("marketplace"), QStringLiteral("carrier"),
                                   QStringLiteral("pos"), QStringLiteral("payment"), QStringLiteral("other")},
                                  QStringLiteral("001_493bb7fd27525f38.txt:2"))};
    kinds.push_back(external);

    StationKind clients{QStringLiteral("client-group"), QStringLiteral("Client group"), QStringLiteral("Clients"),
                        QStringLiteral("Users or devices that generate load (office users, scanners, tills)."),
                        Discipline::Delay, 1, false, {}, QStringLiteral("003_68cb35385a991d6f.txt:2")};
    clients.properties = {integer(QStringLiteral("users"), QStringLiteral("Users"), 50, 0, 10000000,
                                  QStringLiteral("users"), {})};
    kinds.push_back(clients);

    kinds.push_back(StationKind{QStringLiteral("generic"), QStringLiteral("Generic station"), QStringLiteral("Other"),
                                QStringLiteral("Any other service centre."), Discipline::Queue, 1, false, {}, {}});
    return kinds;
}

} // namespace

const std::vector<StationKind> &stationKinds()
{
    static const std::vector<StationKind> kinds = buildCatalogue();
    return kinds;
}

const StationKind *findStationKind(const QString &id)
{
    for (const StationKind &k : stationKinds())
        if (k.id == id)
            return &k;
    return nullptr;
}

Station makeStation(const QString &kindId, const QString &id, const QString &name)
{
    const StationKind *kind = findStationKind(kindId);
    if (!kind)
        kind = findStationKind(QStringLiteral("generic"));
    Station s;
    s.id = id;
    s.name = name.isEmpty() ? kind->label : name;
    s.kind = kind->id;
    s.discipline = kind->discipline;
    s.servers = kind->defaultServers;
    for (const PropertySpec &p : kind->properties)
        s.properties.insert(p.key, p.defaultValue);
    if (kind->id == QStringLiteral("odoo-http"))
        s.servers = 2 * s.properties.value(QStringLiteral("cpu_cores")).toInt() + 1; // (2 × CPU) + 1, Odoo deploy docs
    return s;
}

} // namespace hostreview::core
