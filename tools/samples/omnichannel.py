"""Sample 3: an omnichannel retailer preparing a holiday campaign on dedicated Kubernetes.

Story and sources: docs/samples.md, "Omnichannel retailer".
"""

from samplelib import (BACKUP, ECOM, OFFICE, PORTAL, POS, WAREHOUSE, Sample, Scenario, WorkClass,
                       db_route, merge, profile_shape, review_start, route)

ZONE = "dedicated-eu-north"
TRAEFIK_S = 0.0005
PGB_S = 0.00005
REDIS_S = 0.0002
STORAGE_LANES, STORAGE_IOPS = 3, 3000
STORAGE_S = STORAGE_LANES / STORAGE_IOPS
OBJECT_S = 0.04

# Financial batch (posting, reconciliation, stock valuation) starts at 01:00, with the backup.
FINANCE_BATCH = [(0, 0.2), (1, 0.2), (1, 1.0), (4, 1.0), (4, 0.2), (24, 0.2)]
# Reporting: managers in the day, the BI tool's nightly extracts 01:00-03:00 (same window as backups).
REPORTS_AND_EXTRACTS = [(0, 0.05), (1, 0.05), (1, 1.0), (3, 1.0), (3, 0.05), (7.5, 0.05), (8.5, 0.4),
                        (11, 0.4), (12, 0.15), (13.5, 0.3), (17, 0.3), (18, 0.05), (24, 0.05)]


def build():
    s = Sample("omnichannel-retailer.json",
               "Omnichannel retailer, holiday campaign readiness",
               "Aurora Home & Living (fictional)", ["J. Lindqvist", "M. Rossi"], review_start(2026, 9, 14), "1.0",
               "Home-goods retailer with 60 stores, a webshop, two marketplaces and one fulfilment centre, "
               "on a dedicated Kubernetes cluster. The review checks readiness for the November flash sale "
               "and the nightly reporting slowdowns. Sample review bundled with hostreview; all figures "
               "are estimates (docs/samples.md).",
               zone=ZONE)
    # Layer 0: load sources.
    s.station("shoppers", "Webshop shoppers", "client-group", 0, 0, users=3000)
    s.station("stores", "Store tills (60 stores)", "client-group", 0, 1, users=240)
    s.station("office-users", "Head-office users and BI tool", "client-group", 0, 2, users=40)
    s.station("fc-scanners", "Fulfilment centre scanners", "client-group", 0, 3, users=25)
    s.station("marketplaces", "Marketplaces (order feeds)", "external-system", 0, 4, system_type="marketplace")
    # Layer 1: ingress.
    s.station("traefik", "Traefik ingress (3 replicas)", "traefik", 1, 2, servers=6, cpu_cores=6, ram_mib=6144)
    # Layer 2: Odoo.
    s.station("odoo-http", "Odoo HTTP workers (webshop and back office)", "odoo-http", 2, 0.5, servers=17,
              cpu_cores=8, ram_mib=32768, db_maxconn=32, max_cron_threads=0,
              notes="2 pods x 4 vCPU, (2 x 8) + 1 = 17 workers; webshop and back office share them.")
    s.station("odoo-longpolling", "Odoo long-polling", "odoo-longpolling", 2, 1.5, cpu_cores=1, ram_mib=2048)
    s.station("odoo-integration", "Odoo integration workers (POS, marketplaces)", "odoo-integration", 2, 2.5,
              servers=4, cpu_cores=2, ram_mib=8192, db_maxconn=16)
    s.station("odoo-cron", "Odoo cron workers", "odoo-cron", 2, 3.5, servers=2, cpu_cores=2, ram_mib=8192,
              db_maxconn=16, limit_time_cpu=3600, limit_time_real=7200)
    # Layer 3: cache, pooler, outbound partners.
    s.station("redis", "Redis (cache, sessions and queue in one)", "redis", 3, 0, role="cache+sessions+queue",
              maxmemory_mib=2048, eviction_policy="noeviction",
              notes="One instance for every role: an eviction under memory pressure can drop sessions and jobs.")
    s.station("payment-gateway", "Payment service provider", "external-system", 3, 1, system_type="payment")
    s.station("pgbouncer", "PgBouncer", "pgbouncer", 3, 2, pool_mode="session", default_pool_size=20,
              max_client_conn=200, notes="Session pooling: each Odoo process keeps its server connection.")
    s.station("marketplace-apis", "Marketplace seller APIs", "external-system", 3, 3, system_type="marketplace")
    s.station("carriers", "Parcel carrier APIs", "external-system", 3, 4, system_type="carrier")
    # Layers 4-5: data.
    s.station("pg-primary", "PostgreSQL primary", "postgresql-primary", 4, 2, servers=12, cpu_cores=12,
              ram_mib=98304, max_connections=150, storage_iops=STORAGE_IOPS,
              notes="Reporting, BI extracts and backups all read the primary; the standby serves no reads.")
    s.station("pg-standby", "PostgreSQL HA standby (second zone)", "postgresql-replica", 4, 3, servers=12,
              cpu_cores=12, ram_mib=98304, max_connections=150, storage_iops=STORAGE_IOPS,
              notes="Streaming standby for failover only; no class reads from it today.")
    s.station("object-storage", "Object storage (images, backups)", "object-storage", 4, 4)
    s.station("storage", "Database volume (general-purpose tier)", "storage", 5, 2, servers=STORAGE_LANES,
              iops=STORAGE_IOPS, capacity_gib=1500)
    s.link("traefik", "odoo-longpolling")
    s.link("pg-primary", "pg-standby")   # streaming replication, drawn only

    web = lambda src, app: route(src, "traefik", app)
    db = lambda app, q, io: db_route(app, "pgbouncer", "pg-primary", q, "storage", io)
    base = {"pgbouncer": PGB_S, "storage": STORAGE_S}

    s.add_class(WorkClass(
        "webshop", "Webshop and shop API", "open", "shoppers",
        merge(web("shoppers", "odoo-http"), db("odoo-http", 20, 0.05),
              {("odoo-http", "redis"): 6, ("odoo-http", "payment-gateway"): 0.03,
               ("odoo-http", "object-storage"): 0.1}),
        dict(base, **{"traefik": TRAEFIK_S, "odoo-http": 0.2, "pg-primary": 0.003, "redis": REDIS_S,
                      "payment-gateway": 1.2, "object-storage": OBJECT_S}),
        arrival_rate=40.0, target_response_time=1.0, profile=profile_shape(ECOM)))
    s.add_class(WorkClass(
        "pos-sync", "POS order and stock sync", "open", "stores",
        merge(web("stores", "odoo-integration"), db("odoo-integration", 30, 0.1), {("odoo-integration", "redis"): 2}),
        dict(base, **{"traefik": TRAEFIK_S, "odoo-integration": 0.35, "pg-primary": 0.004, "redis": REDIS_S}),
        arrival_rate=4.0, target_response_time=5.0, profile=profile_shape(POS)))
    s.add_class(WorkClass(
        "marketplace-orders", "Marketplace orders and stock feeds", "open", "marketplaces",
        merge(web("marketplaces", "odoo-integration"), db("odoo-integration", 45, 0.1),
              {("odoo-integration", "redis"): 2, ("odoo-integration", "marketplace-apis"): 0.5}),
        dict(base, **{"traefik": TRAEFIK_S, "odoo-integration": 0.5, "pg-primary": 0.004, "redis": REDIS_S,
                      "marketplace-apis": 0.4}),
        arrival_rate=1.5, target_response_time=10.0, profile=profile_shape(ECOM)))
    s.add_class(WorkClass(
        "order-entry", "Back-office order handling and customer service", "open", "office-users",
        merge(web("office-users", "odoo-http"), db("odoo-http", 35, 0.1), {("odoo-http", "redis"): 4}),
        dict(base, **{"traefik": TRAEFIK_S, "odoo-http": 0.25, "pg-primary": 0.005, "redis": REDIS_S}),
        arrival_rate=5.0, target_response_time=1.0, profile=profile_shape(OFFICE)))
    s.add_class(WorkClass(
        "warehouse-scanning", "Fulfilment picking and packing", "closed", "fc-scanners",
        merge(web("fc-scanners", "odoo-http"), db("odoo-http", 20, 0.15),
              {("odoo-http", "redis"): 2, ("odoo-http", "carriers"): 0.2}),
        dict(base, **{"traefik": TRAEFIK_S, "odoo-http": 0.1, "pg-primary": 0.004, "redis": REDIS_S,
                      "carriers": 0.7}),
        population=25, think_time=8.0, target_response_time=0.5, profile=profile_shape(WAREHOUSE)))
    s.add_class(WorkClass(
        "scheduled-jobs", "Financial batch and stock valuation", "open", "odoo-cron",
        db("odoo-cron", 4000, 0.5),
        dict(base, **{"odoo-cron": 40.0, "pg-primary": 0.006}),
        arrival_rate=0.01, profile=profile_shape(FINANCE_BATCH)))
    s.add_class(WorkClass(
        "reporting", "Reporting and nightly BI extracts", "open", "office-users",
        merge(web("office-users", "odoo-http"), db("odoo-http", 300, 2.0)),
        dict(base, **{"traefik": TRAEFIK_S, "odoo-http": 2.0, "pg-primary": 0.012}),
        arrival_rate=1.0, target_response_time=15.0, profile=profile_shape(REPORTS_AND_EXTRACTS)))
    s.add_class(WorkClass(
        "backup", "Nightly database backup (8 MiB chunks)", "open", None, {},
        {"pg-primary": 0.03, "storage": STORAGE_S, "object-storage": 0.25},
        arrival_rate=24.0, visits={"pg-primary": 1, "storage": 64, "object-storage": 1},
        profile=profile_shape(BACKUP)))

    flash = {"webshop": 2.5, "marketplace-orders": 2.0, "pos-sync": 1.5, "order-entry": 1.2,
             "warehouse-scanning": 1.3}
    s.scenario(Scenario("normal-day", "Normal day",
                        "An ordinary autumn weekday: the evening webshop high and the nightly window where "
                        "the backup, the financial batch and the BI extracts share the database volume."))
    s.scenario(Scenario("peak-order-day", "Holiday flash sale",
                        "The campaign day on today's platform: webshop traffic two and a half times the "
                        "normal evening, marketplace feeds doubled, busier stores.", dict(flash)))
    s.scenario(Scenario("warehouse-surge", "Fulfilment surge",
                        "The days after the sale: temporary pickers double the fulfilment scanners.",
                        {"warehouse-scanning": 2.0, "order-entry": 1.3}))
    s.scenario(Scenario("integration-backlog", "Integration backlog",
                        "The stores lost their connection for a morning and replay their till data while the "
                        "marketplaces catch up on feeds.", {"pos-sync": 2.0, "marketplace-orders": 1.5}))
    s.scenario(Scenario("recovery-after-outage", "Recovery after outage",
                        "The day after a database failover: tills and marketplaces replay a day's backlog "
                        "(integration workers temporarily raised to 6), and that night the first backup on "
                        "the new timeline is a full one while the BI tool re-extracts.",
                        {"pos-sync": 1.8, "marketplace-orders": 1.8, "order-entry": 1.2, "backup": 1.3,
                         "reporting": 1.2},
                        {"odoo-integration": {"servers": 6}}))
    s.scenario(Scenario("prescaled-campaign", "Pre-scaled campaign platform",
                        "The recommendation under the flash-sale load: HTTP workers pre-scaled to 41 "
                        "(20 vCPU), integration workers to 8, PostgreSQL on 16 cores, the database volume "
                        "on the 6000 IOPS tier.", dict(flash),
                        {"odoo-http": {"servers": 41}, "odoo-integration": {"servers": 8},
                         "pg-primary": {"servers": 16}, "storage": {"servers": 6}}, target=True))
    return s
