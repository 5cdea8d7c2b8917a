#include "kindtext.h"

#include <QCoreApplication>

namespace hostreview::models {

namespace {

constexpr const char *kContext = "hostreview::core::StationKinds";

// Every text of the catalogue, so that lupdate extracts it (core is not scanned). Regenerate when a
// kind or property is added; tst_translations fails naming any catalogue text missing here.
const char *const kSources[] = {
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Ingress"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Application"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Database"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Storage"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Cache"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "External"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Clients"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Other"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Traefik ingress"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Reverse proxy and TLS termination in front of the Odoo services."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "CPU cores"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "cores"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "RAM"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "MiB"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Upstream timeout"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "s"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Odoo HTTP workers"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Odoo multiprocessing HTTP workers; the station's servers are the workers."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "db_maxconn"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "connections"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "limit_memory_soft"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "limit_memory_hard"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "limit_time_cpu"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "limit_time_real"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "limit_request"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "requests"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "max_cron_threads"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "processes"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Odoo cron workers"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Scheduled-job processes, on top of the HTTP workers."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Odoo long-polling / websocket"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "The gevent process that holds bus and websocket connections."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Odoo integration workers"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Workers reserved for EDI, marketplace and API jobs, apart from interactive users."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "PgBouncer"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Connection pooler; single-threaded, one core per instance."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "pool_mode"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "default_pool_size"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "max_client_conn"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "query_wait_timeout"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "PostgreSQL primary"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "The transactional system of record; servers are its CPU cores."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "max_connections"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Storage IOPS"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "IOPS"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "PostgreSQL replica"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Streaming replica for reporting and read-only work."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Storage volume"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Block storage under the database or filestore; servers are parallel I/O lanes."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Capacity"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "GiB"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Redis"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Commands run one after another on one thread: one server."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Role"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "maxmemory"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Eviction policy"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Object storage"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "S3-compatible store for the filestore, attachments and backups."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "External system"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "EDI partner, marketplace, carrier or payment API: latency only."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "System type"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Client group"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Users or devices that generate load (office users, scanners, tills)."),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Users"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "users"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Generic station"),
    QT_TRANSLATE_NOOP("hostreview::core::StationKinds", "Any other service centre."),
};

QString translated(const QString &text)
{
    return text.isEmpty() ? text : QCoreApplication::translate(kContext, text.toUtf8().constData());
}

} // namespace

QString kindLabel(const core::StationKind &kind)
{
    return translated(kind.label);
}

QString kindCategory(const core::StationKind &kind)
{
    return translated(kind.category);
}

QString kindDescription(const core::StationKind &kind)
{
    return translated(kind.description);
}

QString propertyLabel(const core::PropertySpec &spec)
{
    return translated(spec.label);
}

QString propertyUnit(const core::PropertySpec &spec)
{
    return translated(spec.unit);
}

QStringList kindTextSources()
{
    QStringList list;
    for (const char *source : kSources)
        list << QString::fromUtf8(source);
    return list;
}

} // namespace hostreview::models
