"""Sample 1: a regional distributor with one warehouse on managed multi-tenant Kubernetes.

Story and sources: docs/samples.md, "Regional distributor".
"""

from samplelib import (BACKUP, BATCH, EDI, OFFICE, PORTAL, REPORTING, WAREHOUSE, Sample, Scenario,
                       WorkClass, db_route, merge, profile_shape, review_start, route)

ZONE = "mt-eu-west-1"
TRAEFIK_S = 0.0005      # s per request: TLS termination and proxying
PGB_S = 0.00005         # s per statement through PgBouncer
REDIS_S = 0.0002        # s per Redis command
STORAGE_LANES, STORAGE_IOPS = 4, 4000
STORAGE_S = STORAGE_LANES / STORAGE_IOPS   # s per I/O on one lane, so the volume delivers STORAGE_IOPS
OBJECT_S = 0.04         # s per object GET/PUT


def build():
    s = Sample("regional-distributor.json",
               "Regional distributor, managed multi-tenant Kubernetes",
               "Kestrel Valley Supply (fictional)", ["A. Moreau", "J. Lindqvist"], review_start(2026, 3, 2),
               "1.0",
               "Regional wholesale distributor, one warehouse, about 35 office users and 14 scanners, "
               "hosted as one tenant of a shared managed Kubernetes platform. Sample review bundled "
               "with hostreview; all figures are estimates (docs/samples.md).",
               zone=ZONE)
    # Layer 0: who generates load.
    s.station("office-users", "Office users (sales, purchasing, accounting)", "client-group", 0, 0,
              tenant="kestrel", users=35)
    s.station("scanners", "Warehouse scanners", "client-group", 0, 1, tenant="kestrel", users=14)
    s.station("portal-customers", "B2B portal customers", "client-group", 0, 2, tenant="kestrel", users=180)
    s.station("tenant-b-users", "Tenant B users", "client-group", 0, 4, tenant="tenant-b", users=60,
              notes="Another customer of the platform; its load is shown so the shared stations are honest.")
    s.station("tenant-c-users", "Tenant C users", "client-group", 0, 5, tenant="tenant-c", users=80,
              notes="Another customer of the platform.")
    # Layer 1: the platform's shared ingress.
    s.station("traefik-shared", "Traefik ingress (shared)", "traefik", 1, 2.5, servers=4, tenant="shared",
              cpu_cores=4, ram_mib=4096)
    # Layer 2: Odoo processes, one deployment per tenant.
    s.station("odoo-http", "Odoo HTTP workers", "odoo-http", 2, 0, servers=5, tenant="kestrel",
              cpu_cores=2, ram_mib=6144, db_maxconn=32, max_cron_threads=1,
              notes="Tenant quota: 2 vCPU, so (2 x 2) + 1 = 5 workers.")
    s.station("odoo-longpolling", "Odoo long-polling", "odoo-longpolling", 2, 1, tenant="kestrel",
              cpu_cores=1, ram_mib=1024, db_maxconn=32)
    s.station("odoo-cron", "Odoo cron worker", "odoo-cron", 2, 2, servers=1, tenant="kestrel",
              cpu_cores=1, ram_mib=2048, db_maxconn=32, limit_time_cpu=600, limit_time_real=1200,
              notes="max_cron_threads = 1 within the tenant quota: EDI imports and scheduled jobs share it.")
    s.station("tenant-b-odoo", "Tenant B Odoo HTTP workers", "odoo-http", 2, 4, servers=9, tenant="tenant-b",
              cpu_cores=4, ram_mib=12288)
    s.station("tenant-c-odoo", "Tenant C Odoo HTTP workers", "odoo-http", 2, 5, servers=9, tenant="tenant-c",
              cpu_cores=4, ram_mib=12288)
    # Layer 3: shared cache and pooler, outbound partners.
    s.station("redis-shared", "Redis (platform add-on)", "redis", 3, 0, tenant="shared",
              role="cache+sessions", maxmemory_mib=4096, eviction_policy="allkeys-lru",
              notes="Used by tenants B and C; not part of Kestrel's plan (Odoo keeps its sessions itself).")
    s.station("pgbouncer-shared", "PgBouncer (shared)", "pgbouncer", 3, 2, tenant="shared",
              pool_mode="transaction", default_pool_size=20, max_client_conn=600)
    s.station("carrier-api", "Carrier API", "external-system", 3, 3.5, tenant="kestrel", system_type="carrier")
    s.station("edi-van", "EDI network (VAN)", "external-system", 3, 4.5, tenant="kestrel", system_type="edi")
    # Layer 4-5: shared data services.
    s.station("pg-shared", "PostgreSQL (shared cluster)", "postgresql-primary", 4, 2, servers=8, tenant="shared",
              cpu_cores=8, ram_mib=65536, max_connections=300, storage_iops=STORAGE_IOPS,
              notes="One PostgreSQL cluster holds the databases of every tenant on the platform.")
    s.station("pg-shared-standby", "PostgreSQL standby (shared)", "postgresql-replica", 4, 3, servers=8,
              tenant="shared", cpu_cores=8, ram_mib=65536, max_connections=300, storage_iops=STORAGE_IOPS,
              notes="The provider's failover replica; it serves no reads.")
    s.station("object-storage", "Object storage (backups, attachments)", "object-storage", 4, 4, tenant="shared")
    s.station("storage-shared", "Database volume (shared)", "storage", 5, 2, servers=STORAGE_LANES,
              tenant="shared", iops=STORAGE_IOPS, capacity_gib=1000)
    s.link("traefik-shared", "odoo-longpolling")
    s.link("pg-shared", "pg-shared-standby")   # streaming replication, drawn only

    web = lambda users, app: route(users, "traefik-shared", app)
    db = lambda app, q, io: db_route(app, "pgbouncer-shared", "pg-shared", q, "storage-shared", io)

    s.add_class(WorkClass(
        "order-entry", "Order entry (office)", "open", "office-users",
        merge(web("office-users", "odoo-http"), db("odoo-http", 30, 0.15), {("odoo-http", "object-storage"): 0.02}),
        {"traefik-shared": TRAEFIK_S, "odoo-http": 0.25, "pgbouncer-shared": PGB_S, "pg-shared": 0.004,
         "storage-shared": STORAGE_S, "object-storage": OBJECT_S},
        arrival_rate=8.0, target_response_time=1.0, profile=profile_shape(OFFICE)))
    s.add_class(WorkClass(
        "warehouse-scanning", "Warehouse scanning (picking, receipts)", "closed", "scanners",
        merge(web("scanners", "odoo-http"), db("odoo-http", 18, 0.2)),
        {"traefik-shared": TRAEFIK_S, "odoo-http": 0.09, "pgbouncer-shared": PGB_S, "pg-shared": 0.003,
         "storage-shared": STORAGE_S},
        population=14, think_time=6.0, target_response_time=0.5, profile=profile_shape(WAREHOUSE)))
    s.add_class(WorkClass(
        "b2b-portal", "B2B portal and customer API", "open", "portal-customers",
        merge(web("portal-customers", "odoo-http"), db("odoo-http", 22, 0.15)),
        {"traefik-shared": TRAEFIK_S, "odoo-http": 0.15, "pgbouncer-shared": PGB_S, "pg-shared": 0.0035,
         "storage-shared": STORAGE_S},
        arrival_rate=3.0, target_response_time=1.5, profile=profile_shape(PORTAL)))
    s.add_class(WorkClass(
        "edi-import", "EDI order imports (cron)", "open", "odoo-cron",
        merge(db("odoo-cron", 300, 0.3), {("odoo-cron", "edi-van"): 1}),
        {"odoo-cron": 3.0, "pgbouncer-shared": PGB_S, "pg-shared": 0.004, "storage-shared": STORAGE_S,
         "edi-van": 0.8},
        arrival_rate=0.07, profile=profile_shape(EDI)))
    s.add_class(WorkClass(
        "scheduled-jobs", "Scheduled jobs (procurement, carrier tracking)", "open", "odoo-cron",
        merge(db("odoo-cron", 2500, 0.3), {("odoo-cron", "carrier-api"): 5}),
        {"odoo-cron": 20.0, "pgbouncer-shared": PGB_S, "pg-shared": 0.005, "storage-shared": STORAGE_S,
         "carrier-api": 0.6},
        arrival_rate=0.004, profile=profile_shape(BATCH)))
    s.add_class(WorkClass(
        "reporting", "Management reporting", "open", "office-users",
        merge(web("office-users", "odoo-http"), db("odoo-http", 180, 0.6)),
        {"traefik-shared": TRAEFIK_S, "odoo-http": 1.8, "pgbouncer-shared": PGB_S, "pg-shared": 0.012,
         "storage-shared": STORAGE_S},
        arrival_rate=0.04, target_response_time=10.0, profile=profile_shape(REPORTING)))
    s.add_class(WorkClass(
        "backup", "Nightly platform backup (8 MiB chunks)", "open", None, {},
        {"pg-shared": 0.03, "storage-shared": STORAGE_S, "object-storage": 0.25},
        arrival_rate=8.0, visits={"pg-shared": 1, "storage-shared": 32, "object-storage": 1},
        profile=profile_shape(BACKUP)))
    # The neighbours: their own Odoo, the platform's shared everything else.
    s.add_class(WorkClass(
        "tenant-b-web", "Tenant B interactive load", "open", "tenant-b-users",
        merge(web("tenant-b-users", "tenant-b-odoo"), db("tenant-b-odoo", 30, 0.15),
              {("tenant-b-odoo", "redis-shared"): 4}),
        {"traefik-shared": TRAEFIK_S, "tenant-b-odoo": 0.2, "pgbouncer-shared": PGB_S, "pg-shared": 0.004,
         "storage-shared": STORAGE_S, "redis-shared": REDIS_S},
        arrival_rate=16.0, profile=profile_shape(OFFICE)))
    s.add_class(WorkClass(
        "tenant-c-web", "Tenant C interactive load", "open", "tenant-c-users",
        merge(web("tenant-c-users", "tenant-c-odoo"), db("tenant-c-odoo", 28, 0.15),
              {("tenant-c-odoo", "redis-shared"): 4}),
        {"traefik-shared": TRAEFIK_S, "tenant-c-odoo": 0.18, "pgbouncer-shared": PGB_S, "pg-shared": 0.0045,
         "storage-shared": STORAGE_S, "redis-shared": REDIS_S},
        arrival_rate=18.0, profile=profile_shape(OFFICE)))

    s.scenario(Scenario("normal-day", "Normal day",
                        "An ordinary weekday at the reviewed volumes; all tenants follow their usual office day."))
    s.scenario(Scenario("peak-order-day", "Peak order day",
                        "Pre-season ordering: office orders and portal traffic nearly double while the "
                        "neighbouring tenants have their own busy day in the same hours.",
                        {"order-entry": 1.8, "b2b-portal": 2.0, "edi-import": 1.5, "warehouse-scanning": 1.3,
                         "tenant-b-web": 1.2, "tenant-c-web": 1.2}))
    s.scenario(Scenario("warehouse-surge", "Warehouse surge",
                        "Temporary staff double the scanners for a stock count and inbound season.",
                        {"warehouse-scanning": 2.0, "order-entry": 1.1}))
    s.scenario(Scenario("integration-backlog", "Integration backlog",
                        "The EDI network was unreachable overnight; the morning import drains four times "
                        "the usual messages while the cron worker also runs its regular jobs.",
                        {"edi-import": 4.0, "b2b-portal": 1.3}))
    s.scenario(Scenario("recovery-after-outage", "Recovery after outage",
                        "After a node failure the tenant's Odoo pod restarts on a node with less free "
                        "quota (1.5 vCPU, 4 workers) while users re-enter the orders of the lost hour.",
                        {"order-entry": 1.3, "b2b-portal": 1.2},
                        {"odoo-http": {"servers": 4}}))
    return s
