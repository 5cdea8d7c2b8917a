"""Sample 2: a national distributor with three warehouses and heavy integrations on dedicated
Kubernetes with tuned PostgreSQL.

Story and sources: docs/samples.md, "National distributor".
"""

from samplelib import (BACKUP, BATCH, EDI, OFFICE, PORTAL, REPORTING, WAREHOUSE, Sample, Scenario,
                       WorkClass, db_route, merge, profile_shape, review_start, route)

ZONE = "dedicated-eu-central"
TRAEFIK_S = 0.0005
PGB_S = 0.00005
REDIS_S = 0.0002
PRIMARY_LANES, PRIMARY_IOPS = 8, 16000
REPLICA_LANES, REPLICA_IOPS = 4, 8000
PRIMARY_IO_S = PRIMARY_LANES / PRIMARY_IOPS
REPLICA_IO_S = REPLICA_LANES / REPLICA_IOPS
OBJECT_S = 0.04


def build():
    s = Sample("national-distributor.json",
               "National distributor, dedicated Kubernetes",
               "Meridian Wholesale Group (fictional)", ["A. Moreau", "P. Okafor", "L. Brandt"],
               review_start(2026, 5, 4), "1.0",
               "National distributor with three distribution centres, 120 office users, 90 scanners, EDI "
               "with retail chains, two marketplaces and parcel carriers, on a dedicated managed Kubernetes "
               "cluster with tuned PostgreSQL. Sample review bundled with hostreview; all figures are "
               "estimates (docs/samples.md).",
               zone=ZONE)
    # Layer 0: load sources.
    s.station("office-users", "Office users (sales, customer service, finance)", "client-group", 0, 0, users=120)
    s.station("scanners", "Warehouse scanners (3 distribution centres)", "client-group", 0, 1, users=90)
    s.station("webshop-customers", "B2B webshop and customer API", "client-group", 0, 2, users=1500)
    s.station("edi-partners", "EDI partners (retail chains)", "external-system", 0, 3, system_type="edi")
    s.station("marketplaces", "Marketplaces", "external-system", 0, 4, system_type="marketplace")
    # Layer 1: ingress.
    s.station("traefik", "Traefik ingress (2 replicas)", "traefik", 1, 2, servers=4, cpu_cores=4, ram_mib=4096,
              upstream_timeout=300)
    # Layer 2: Odoo deployments separated by role.
    s.station("odoo-http", "Odoo HTTP workers", "odoo-http", 2, 0, servers=17, cpu_cores=8, ram_mib=49152,
              db_maxconn=16, max_cron_threads=0,
              notes="2 pods x 4 vCPU, 24 GiB each; (2 x 8) + 1 = 17 workers, 17 x 2560 MiB hard limit fits. Cron runs in its own deployment.")
    s.station("odoo-longpolling", "Odoo long-polling", "odoo-longpolling", 2, 1, cpu_cores=1, ram_mib=2048,
              db_maxconn=16)
    s.station("odoo-reporting", "Odoo reporting workers (read replica)", "odoo-http", 2, 2, servers=9,
              cpu_cores=4, ram_mib=24576, db_maxconn=16, max_cron_threads=0, limit_time_cpu=600,
              limit_time_real=1200)
    s.station("odoo-integration", "Odoo integration workers", "odoo-integration", 2, 3, servers=6, cpu_cores=3,
              ram_mib=16384, db_maxconn=16, limit_time_real=600)
    s.station("odoo-cron", "Odoo cron workers", "odoo-cron", 2, 4, servers=2, cpu_cores=2, ram_mib=8192,
              db_maxconn=16, limit_time_cpu=1800, limit_time_real=3600)
    # Layer 3: caches, poolers, outbound partners.
    s.station("redis-cache", "Redis cache", "redis", 3, 0, role="cache", maxmemory_mib=4096,
              eviction_policy="allkeys-lru")
    s.station("redis-sessions", "Redis sessions", "redis", 3, 1, role="sessions", maxmemory_mib=1024,
              eviction_policy="noeviction")
    s.station("pgbouncer", "PgBouncer (primary)", "pgbouncer", 3, 2, pool_mode="transaction",
              default_pool_size=40, max_client_conn=1000)
    s.station("pgbouncer-replica", "PgBouncer (replica)", "pgbouncer", 3, 3, pool_mode="transaction",
              default_pool_size=20, max_client_conn=200)
    s.station("redis-queue", "Redis job queue", "redis", 3, 4, role="queue", maxmemory_mib=1024,
              eviction_policy="noeviction")
    s.station("marketplace-apis", "Marketplace seller APIs", "external-system", 3, 5, system_type="marketplace")
    s.station("carriers", "Parcel carrier APIs", "external-system", 3, 6, system_type="carrier")
    # Layers 4-5: data.
    s.station("pg-primary", "PostgreSQL primary", "postgresql-primary", 4, 2, servers=16, cpu_cores=16,
              ram_mib=131072, max_connections=200, storage_iops=PRIMARY_IOPS)
    s.station("pg-replica", "PostgreSQL read replica", "postgresql-replica", 4, 3, servers=8, cpu_cores=8,
              ram_mib=65536, max_connections=100, storage_iops=REPLICA_IOPS)
    s.station("storage-primary", "Primary database volume", "storage", 5, 2, servers=PRIMARY_LANES,
              iops=PRIMARY_IOPS, capacity_gib=2000)
    s.station("storage-replica", "Replica database volume", "storage", 5, 3, servers=REPLICA_LANES,
              iops=REPLICA_IOPS, capacity_gib=2000)
    s.station("object-storage", "Object storage (filestore, labels, backups)", "object-storage", 5, 4)
    s.link("traefik", "odoo-longpolling")
    s.link("pg-primary", "pg-replica")   # streaming replication, drawn only

    web = lambda src, app: route(src, "traefik", app)
    db = lambda app, q, io: db_route(app, "pgbouncer", "pg-primary", q, "storage-primary", io)
    rdb = lambda app, q, io: db_route(app, "pgbouncer-replica", "pg-replica", q, "storage-replica", io)
    primary = {"pgbouncer": PGB_S, "storage-primary": PRIMARY_IO_S}

    s.add_class(WorkClass(
        "order-entry", "Order entry and customer service", "open", "office-users",
        merge(web("office-users", "odoo-http"), db("odoo-http", 35, 0.1),
              {("odoo-http", "redis-cache"): 5, ("odoo-http", "redis-sessions"): 1,
               ("odoo-http", "object-storage"): 0.02}),
        dict(primary, **{"traefik": TRAEFIK_S, "odoo-http": 0.25, "pg-primary": 0.007, "redis-cache": REDIS_S,
                         "redis-sessions": REDIS_S, "object-storage": OBJECT_S}),
        arrival_rate=28.0, target_response_time=1.0, profile=profile_shape(OFFICE)))
    s.add_class(WorkClass(
        "warehouse-scanning", "Warehouse scanning (3 DCs)", "closed", "scanners",
        merge(web("scanners", "odoo-http"), db("odoo-http", 20, 0.15),
              {("odoo-http", "redis-cache"): 2, ("odoo-http", "redis-sessions"): 1}),
        dict(primary, **{"traefik": TRAEFIK_S, "odoo-http": 0.1, "pg-primary": 0.005, "redis-cache": REDIS_S,
                         "redis-sessions": REDIS_S}),
        population=90, think_time=8.0, target_response_time=0.5, profile=profile_shape(WAREHOUSE)))
    s.add_class(WorkClass(
        "webshop-api", "B2B webshop and customer API", "open", "webshop-customers",
        merge(web("webshop-customers", "odoo-http"), db("odoo-http", 25, 0.1),
              {("odoo-http", "redis-cache"): 4, ("odoo-http", "redis-sessions"): 1}),
        dict(primary, **{"traefik": TRAEFIK_S, "odoo-http": 0.18, "pg-primary": 0.005, "redis-cache": REDIS_S,
                         "redis-sessions": REDIS_S}),
        arrival_rate=14.0, target_response_time=1.5, profile=profile_shape(PORTAL)))
    s.add_class(WorkClass(
        "edi-import", "EDI order and despatch messages", "open", "edi-partners",
        merge(web("edi-partners", "odoo-integration"), db("odoo-integration", 150, 0.2),
              {("odoo-integration", "redis-queue"): 3}),
        dict(primary, **{"traefik": TRAEFIK_S, "odoo-integration": 1.2, "pg-primary": 0.005,
                         "redis-queue": REDIS_S}),
        arrival_rate=0.5, target_response_time=30.0, profile=profile_shape(EDI)))
    s.add_class(WorkClass(
        "marketplace-sync", "Marketplace orders and stock updates", "open", "marketplaces",
        merge(web("marketplaces", "odoo-integration"), db("odoo-integration", 40, 0.15),
              {("odoo-integration", "redis-queue"): 2, ("odoo-integration", "marketplace-apis"): 0.5}),
        dict(primary, **{"traefik": TRAEFIK_S, "odoo-integration": 0.4, "pg-primary": 0.004,
                         "redis-queue": REDIS_S, "marketplace-apis": 0.4}),
        arrival_rate=3.0, target_response_time=10.0, profile=profile_shape(PORTAL)))
    s.add_class(WorkClass(
        "carrier-labels", "Carrier labels and tracking", "open", "odoo-integration",
        merge(db("odoo-integration", 15, 0.1),
              {("odoo-integration", "carriers"): 1, ("odoo-integration", "object-storage"): 1,
               ("odoo-integration", "redis-queue"): 2}),
        dict(primary, **{"odoo-integration": 0.3, "pg-primary": 0.004, "carriers": 0.7,
                         "object-storage": OBJECT_S, "redis-queue": REDIS_S}),
        arrival_rate=0.8, profile=profile_shape(WAREHOUSE)))
    s.add_class(WorkClass(
        "scheduled-jobs", "Scheduled jobs (replenishment, valuation, invoicing)", "open", "odoo-cron",
        db("odoo-cron", 4000, 0.3),
        dict(primary, **{"odoo-cron": 40.0, "pg-primary": 0.006}),
        arrival_rate=0.01, profile=profile_shape(BATCH)))
    s.add_class(WorkClass(
        "reporting", "Management reporting and BI extracts (replica)", "open", "office-users",
        merge(web("office-users", "odoo-reporting"), rdb("odoo-reporting", 200, 0.5)),
        {"traefik": TRAEFIK_S, "odoo-reporting": 1.5, "pgbouncer-replica": PGB_S, "pg-replica": 0.012,
         "storage-replica": REPLICA_IO_S},
        arrival_rate=0.3, target_response_time=8.0, profile=profile_shape(REPORTING)))
    s.add_class(WorkClass(
        "backup", "Nightly backup from the replica (8 MiB chunks)", "open", None, {},
        {"pg-replica": 0.03, "storage-replica": REPLICA_IO_S, "object-storage": 0.25},
        arrival_rate=10.0, visits={"pg-replica": 1, "storage-replica": 32, "object-storage": 1},
        profile=profile_shape(BACKUP)))

    peak = {"order-entry": 1.4, "webshop-api": 1.5, "edi-import": 1.8, "marketplace-sync": 2.0,
            "warehouse-scanning": 1.2, "carrier-labels": 1.5, "reporting": 1.3}
    s.scenario(Scenario("normal-day", "Normal day", "An ordinary weekday at the reviewed volumes."))
    s.scenario(Scenario("peak-order-day", "Peak order day",
                        "The week before a public holiday: office orders, webshop, EDI and marketplace "
                        "volumes rise together on today's architecture.", dict(peak)))
    s.scenario(Scenario("warehouse-surge", "Warehouse surge",
                        "Seasonal staff bring the scanners to 160 across the three centres; labels follow.",
                        {"warehouse-scanning": 1.8, "carrier-labels": 1.8, "order-entry": 1.1}))
    s.scenario(Scenario("integration-backlog", "Integration backlog",
                        "A marketplace and the EDI network come back after a four-hour outage and replay "
                        "their queued messages on top of the normal day.",
                        {"edi-import": 4.0, "marketplace-sync": 2.5, "carrier-labels": 1.3}))
    s.scenario(Scenario("recovery-after-outage", "Recovery after outage",
                        "The morning after a two-hour platform outage: users re-key the orders they took on "
                        "paper, partners replay their queues, and operations have scaled the integration "
                        "workers to 8 for the catch-up.",
                        {"order-entry": 1.2, "webshop-api": 1.2, "edi-import": 2.0, "marketplace-sync": 2.0,
                         "carrier-labels": 2.0},
                        {"odoo-integration": {"servers": 8}}))
    s.scenario(Scenario("target-architecture", "Target architecture at peak",
                        "The recommended platform under the peak-order-day load: four application pods "
                        "(33 HTTP workers), 10 integration workers, a 24-core primary and a third Traefik "
                        "replica.", dict(peak),
                        {"odoo-http": {"servers": 33}, "odoo-integration": {"servers": 10},
                         "pg-primary": {"servers": 24}, "traefik": {"servers": 6}},
                        target=True))
    return s
