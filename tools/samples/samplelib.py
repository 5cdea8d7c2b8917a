"""Building blocks for the bundled sample reviews (templates/samples/*.json).

A sample is described in Python (one module per sample under tools/samples/) and written as an
interchange-v1 document (../shared/interchange-v1.md) plus the project's own keys
(docs/file-format.md). The same description is checked here with an independent, hand-written
queueing calculation (utilisation U = sum over classes of lambda * V * S / m per queue station,
visits derived from the per-class link calls), so that the story a sample tells does not depend on
the program's solver.

Python 3 standard library only.
"""

from __future__ import annotations

import json
import os
import math
from dataclasses import dataclass, field
from datetime import date, timedelta

BUCKETS = 96          # 15-minute buckets of one day
BUCKET_MINUTES = 15
KNEE = 0.8            # utilisation above which waiting grows steeply (amber/red boundary)
H_SPACING = 220       # canvas layer spacing, px
V_SPACING = 110       # canvas row spacing, px
MARGIN = 40           # no station at (0, 0): a canonical writer may drop a default position

# Station kinds of core/model/stationkinds.cpp: discipline and the typed property defaults.
_HOST = {"cpu_cores": 4, "ram_mib": 4096}
_ODOO = {"cpu_cores": 4, "ram_mib": 16384, "db_maxconn": 64, "limit_memory_soft": 2048,
         "limit_memory_hard": 2560, "limit_time_cpu": 60, "limit_time_real": 120,
         "limit_request": 65536}
KINDS = {
    "traefik": ("queue", dict(_HOST, upstream_timeout=120)),
    "odoo-http": ("queue", dict(_ODOO, max_cron_threads=2)),
    "odoo-cron": ("queue", dict(_ODOO, cpu_cores=2)),
    "odoo-longpolling": ("delay", dict(_ODOO, cpu_cores=1)),
    "odoo-integration": ("queue", dict(_ODOO, cpu_cores=2)),
    "pgbouncer": ("queue", {"pool_mode": "session", "default_pool_size": 20, "max_client_conn": 100,
                            "query_wait_timeout": 120}),
    "postgresql-primary": ("queue", {"cpu_cores": 8, "ram_mib": 65536, "max_connections": 100,
                                     "storage_iops": 3000}),
    "postgresql-replica": ("queue", {"cpu_cores": 4, "ram_mib": 65536, "max_connections": 100,
                                     "storage_iops": 3000}),
    "storage": ("queue", {"iops": 3000, "capacity_gib": 500}),
    "redis": ("queue", {"role": "cache", "maxmemory_mib": 2048, "eviction_policy": "allkeys-lru"}),
    "object-storage": ("delay", {}),
    "external-system": ("delay", {"system_type": "edi"}),
    "client-group": ("delay", {"users": 50}),
    "generic": ("queue", {}),
}


def profile_shape(points):
    """Returns 96 multipliers from (hour, value) control points, linear in between.

    Two points at the same hour make a step: the later value holds from that hour on.
    Each bucket takes the value at its start time. Values are rounded to two decimals.
    """
    pts = sorted(enumerate(points), key=lambda p: (p[1][0], p[0]))
    pts = [p for _, p in pts]
    out = []
    for b in range(BUCKETS):
        t = b * BUCKET_MINUTES / 60.0
        before = [p for p in pts if p[0] <= t]
        after = [p for p in pts if p[0] > t]
        if not before:
            v = after[0][1]
        elif not after:
            v = before[-1][1]
        else:
            (h0, v0), (h1, v1) = before[-1], after[0]
            v = v0 + (v1 - v0) * (t - h0) / (h1 - h0)
        out.append(round(v + 0.0, 2))
    return out


@dataclass
class Station:
    id: str
    name: str
    kind: str
    layer: int
    row: float
    servers: int = 1
    zone: str | None = None
    tenant: str | None = None
    properties: dict = field(default_factory=dict)
    notes: str | None = None

    @property
    def discipline(self):
        return KINDS[self.kind][0]


@dataclass
class WorkClass:
    id: str
    name: str
    type: str                      # "open" | "closed"
    entry: str | None
    routes: dict                   # (from, to) -> calls per visit of `from`
    service: dict                  # station -> service time per visit, s
    arrival_rate: float | None = None
    population: int | None = None
    think_time: float | None = None
    visits: dict | None = None     # explicit visits (station -> visits); routes then only drawn
    target_response_time: float | None = None
    profile: list | None = None
    notes: str | None = None


@dataclass
class Scenario:
    id: str
    name: str
    description: str
    class_scale: dict = field(default_factory=dict)
    station_overrides: dict = field(default_factory=dict)
    target: bool = False


class Sample:
    """One sample review: stations, links, classes, profiles and scenarios."""

    def __init__(self, file_name, name, client, reviewers, start, version, notes, zone=None):
        self.file_name = file_name
        self.name = name
        self.client = client
        self.reviewers = reviewers
        self.start = start
        self.version = version
        self.notes = notes
        self.default_zone = zone
        self.stations: list[Station] = []
        self.classes: list[WorkClass] = []
        self.scenarios: list[Scenario] = []
        self.drawn_links: list[tuple[str, str]] = []

    # --- building ---------------------------------------------------------------------------
    def station(self, id, name, kind, layer, row, servers=1, zone=None, tenant=None, notes=None, **props):
        base = dict(KINDS[kind][1])
        for k in props:
            if k not in base:
                raise ValueError(f"stations[{id}].properties.{k}: not a property of kind {kind}")
        base.update(props)
        if zone is None and kind not in ("client-group", "external-system"):
            zone = self.default_zone     # users and partners sit outside the hosting zone
        s = Station(id, name, kind, layer, row, servers, zone, tenant, base, notes)
        self.stations.append(s)
        return s

    def link(self, a, b):
        """Draws a link that no class routes over (for example the long-polling path)."""
        self.drawn_links.append((a, b))

    def add_class(self, c: WorkClass):
        self.classes.append(c)
        return c

    def scenario(self, s: Scenario):
        self.scenarios.append(s)

    def st(self, id):
        for s in self.stations:
            if s.id == id:
                return s
        raise KeyError(id)

    # --- visits ------------------------------------------------------------------------------
    def visits(self, c: WorkClass):
        """Returns station -> visits per request (interchange-v1 rule for absent `visits`)."""
        if c.visits is not None:
            return dict(c.visits)
        ids = [s.id for s in self.stations]
        v = {i: 0.0 for i in ids}
        for _ in range(200):       # fixed point; the samples' routes are acyclic, so this is exact
            nv = {i: (1.0 if i == c.entry else 0.0) for i in ids}
            for (a, b), calls in c.routes.items():
                nv[b] += v[a] * calls
            if all(abs(nv[i] - v[i]) < 1e-12 for i in ids):
                break
            v = nv
        return {i: x for i, x in v.items() if x > 0}

    # --- independent check -------------------------------------------------------------------
    def solve(self, scenario: Scenario | None, bucket: int | None):
        """Returns (utilisation per station, per-class throughput, saturated stations).

        Open classes: U_k = sum_c lambda_c V_ck S_ck / m_k. Closed classes: Bard-Schweitzer
        approximate MVA with Seidmann's multi-server split, on demands inflated by 1/(1-U_open),
        as interchange-v1 describes for mixed models. Good enough to place a station against the
        0.8 knee; the program's solver gives the exact figures.
        """
        servers = {s.id: s.servers for s in self.stations}
        if scenario:
            for sid, ov in scenario.station_overrides.items():
                if "servers" in ov:
                    servers[sid] = ov["servers"]
        disc = {s.id: s.discipline for s in self.stations}
        u_open = {s.id: 0.0 for s in self.stations}
        demand = {}
        load = {}
        for c in self.classes:
            mult = c.profile[bucket] if (bucket is not None and c.profile) else 1.0
            scale = scenario.class_scale.get(c.id, 1.0) if scenario else 1.0
            vis = self.visits(c)
            demand[c.id] = {k: vis.get(k, 0.0) * s for k, s in c.service.items()}
            if c.type == "open":
                load[c.id] = c.arrival_rate * mult * scale
                for k, d in demand[c.id].items():
                    u_open[k] += load[c.id] * d / (servers[k] if disc[k] == "queue" else 1)
            else:
                n = c.population * mult * scale
                load[c.id] = int(math.floor(n + 0.5))
        saturated = [k for k in u_open if disc[k] == "queue" and u_open[k] >= 1.0]
        util = dict(u_open)
        closed = [c for c in self.classes if c.type == "closed" and load[c.id] > 0]
        x = {}
        if closed and not saturated:
            # Seidmann: a queue with m servers -> queue with D/m plus a delay of D(m-1)/m.
            qd, dd = {}, {}
            for c in closed:
                qd[c.id], dd[c.id] = {}, 0.0
                for k, d in demand[c.id].items():
                    if disc[k] == "queue":
                        d = d / (1.0 - u_open[k])
                        m = servers[k]
                        qd[c.id][k] = d / m
                        dd[c.id] += d * (m - 1) / m
                    else:
                        dd[c.id] += d
            q = {c.id: {k: load[c.id] / max(1, len(qd[c.id])) for k in qd[c.id]} for c in closed}
            for _ in range(2000):
                for c in closed:
                    n = load[c.id]
                    r = dd[c.id]
                    rk = {}
                    for k, d in qd[c.id].items():
                        others = sum(q[o.id].get(k, 0.0) for o in closed if o.id != c.id)
                        own = q[c.id][k] * (n - 1) / n
                        rk[k] = d * (1 + others + own)
                        r += rk[k]
                    x[c.id] = n / (c.think_time + r)
                    for k in rk:
                        q[c.id][k] = x[c.id] * rk[k]
            for c in closed:
                for k, d in demand[c.id].items():
                    util[k] += x[c.id] * d / (servers[k] if disc[k] == "queue" else 1)
        for c in self.classes:
            if c.type == "open":
                x[c.id] = load[c.id]
        return util, x, saturated

    def peak(self, scenario):
        """Returns (bucket, util, x, saturated) for the bucket whose busiest queue station is highest."""
        best = None
        for b in range(BUCKETS):
            util, x, sat = self.solve(scenario, b)
            top = max(u for k, u in util.items() if self.st(k).discipline == "queue")
            if best is None or top > best[0]:
                best = (top, b, util, x, sat)
        return best[1:]

    def report(self):
        """Prints, per scenario, the peak bucket and the queue stations above half load."""
        lines = [f"== {self.file_name}"]
        for sc in [None] + self.scenarios:
            b, util, x, sat = self.peak(sc)
            name = sc.id if sc else "baseline"
            hot = sorted(((u, k) for k, u in util.items() if self.st(k).discipline == "queue"), reverse=True)
            shown = ", ".join(f"{k} {u:.2f}" for u, k in hot[:5])
            lines.append(f"{name:24s} peak bucket {b:2d} ({b // 4:02d}:{b % 4 * 15:02d})  {shown}"
                         + (f"  SATURATED {sat}" if sat else ""))
            # Each queue station's own busiest bucket over the day (above 0.5 only).
            best = {}
            for bb in range(BUCKETS):
                u, _, _ = self.solve(sc, bb)
                for k, v in u.items():
                    if self.st(k).discipline == "queue" and v > best.get(k, (0, 0))[0]:
                        best[k] = (v, bb)
            daily = sorted(((v, k, bb) for k, (v, bb) in best.items() if v > 0.5), reverse=True)
            if daily:
                lines.append(" " * 26 + "day max: " + ", ".join(
                    f"{k} {v:.2f} @{bb // 4:02d}:{bb % 4 * 15:02d}" for v, k, bb in daily))
        return "\n".join(lines)

    # --- output ------------------------------------------------------------------------------
    def with_answers(self, doc):
        """Adds the checklist answers and hosting questionnaire kept in
        templates/checklists/sample-answers/<sample>.json (written with the checklist), each answer
        dated on a working day of the review so that the audit trail reads plausibly."""
        stem = os.path.splitext(self.file_name)[0]
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "templates",
                            "checklists", "sample-answers", stem + ".json")
        if not os.path.exists(path):
            return doc
        with open(path, encoding="utf-8") as f:
            extra = json.load(f)
        doc["checklist"] = extra["checklist"]
        doc["hosting_questionnaire"] = extra["hosting_questionnaire"]
        answers = []
        for i, a in enumerate(extra["answers"]):
            day = self.start + timedelta(days=3 + (i * 17) % 20)
            o = {"item": a["item"], "status": a["status"]}
            if a.get("notes"):
                o["notes"] = a["notes"]
            o["reviewer"] = a.get("reviewer", self.reviewers[0])
            o["answered_at"] = f"{day.isoformat()}T{9 + i % 8:02d}:{(i * 7) % 60:02d}:00Z"
            answers.append(o)
        doc["answers"] = answers
        return doc

    def document(self):
        end = self.start + timedelta(days=29)
        doc = {
            "format": "hostreview-model",
            "version": 1,
            "name": self.name,
            "review": {
                "client": self.client,
                "reviewers": self.reviewers,
                "start_date": self.start.isoformat(),
                "end_date": end.isoformat(),
                "version": self.version,
                "notes": self.notes,
            },
            "stations": [],
            "links": [],
            "classes": [],
            "profiles": [],
            "scenarios": [],
        }
        for s in self.stations:
            o = {"id": s.id, "name": s.name, "kind": s.kind, "discipline": s.discipline,
                 "servers": s.servers}
            if s.zone:
                o["zone"] = s.zone
            if s.tenant:
                o["tenant"] = s.tenant
            o["position"] = {"x": MARGIN + s.layer * H_SPACING, "y": MARGIN + int(round(s.row * V_SPACING))}
            o["properties"] = s.properties
            if s.notes:
                o["notes"] = s.notes
            doc["stations"].append(o)
        ids = {s.id for s in self.stations}
        edges = {}
        for c in self.classes:
            for (a, b), calls in c.routes.items():
                for e in (a, b):
                    if e not in ids:
                        raise ValueError(f"classes[{c.id}] route names unknown station {e}")
                edges.setdefault((a, b), {})[c.id] = calls
        for a, b in self.drawn_links:
            edges.setdefault((a, b), {})
        order = {s.id: i for i, s in enumerate(self.stations)}
        for (a, b) in sorted(edges, key=lambda e: (order[e[0]], order[e[1]])):
            doc["links"].append({"from": a, "to": b, "calls": dict(sorted(edges[(a, b)].items()))})
        for c in self.classes:
            o = {"id": c.id, "name": c.name, "type": c.type}
            if c.type == "open":
                o["arrival_rate"] = c.arrival_rate
            else:
                o["population"] = c.population
                o["think_time"] = c.think_time
            if c.entry:
                o["entry"] = c.entry
            dem = []
            for k, s in c.service.items():
                if k not in ids:
                    raise ValueError(f"classes[{c.id}].demands: unknown station {k}")
                if not s > 0:
                    raise ValueError(f"classes[{c.id}].demands[{k}].service_time must be > 0")
                d = {"station": k}
                if c.visits is not None:
                    d["visits"] = c.visits[k]
                d["service_time"] = s
                dem.append(d)
            o["demands"] = dem
            if c.target_response_time is not None:
                o["target_response_time"] = c.target_response_time
            o["provenance"] = "estimated"
            doc["classes"].append(o)
            if c.profile:
                if len(c.profile) != BUCKETS:
                    raise ValueError(f"profiles[{c.id}]: {len(c.profile)} buckets")
                doc["profiles"].append({"class": c.id, "bucket_minutes": BUCKET_MINUTES,
                                        "multipliers": c.profile, "provenance": "estimated"})
        for sc in self.scenarios:
            o = {"id": sc.id, "name": sc.name, "description": sc.description,
                 "class_scale": sc.class_scale, "station_overrides": sc.station_overrides}
            if sc.target:
                o["target"] = True
            o["provenance"] = "estimated"
            doc["scenarios"].append(o)
        _check_finite(doc, "document")
        return doc

    def write(self, path):
        text = to_json(self.with_answers(self.document())) + "\n"
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def to_json(v, indent=0):
    """Pretty JSON (2 spaces) with short objects such as positions on one line and the
    multipliers in rows of 16 numbers (4 hours), so that a sample diffs readably."""
    pad = " " * indent
    inner = " " * (indent + 2)
    def flat(x):
        if isinstance(x, float):
            text = repr(x)
            if "e" in text or "E" in text:          # 5e-05 -> 0.00005: easier to read and diff
                text = f"{x:.12f}".rstrip("0")
                text = text + "0" if text.endswith(".") else text
            return text
        if isinstance(x, dict):
            return "{" + ", ".join(f"{flat(k)}: {flat(y)}" for k, y in x.items()) + "}"
        if isinstance(x, list):
            return "[" + ", ".join(flat(y) for y in x) + "]"
        return json.dumps(x, ensure_ascii=False, allow_nan=False)

    scalar = lambda x: isinstance(x, (int, float, str, bool)) or x is None
    if isinstance(v, dict):
        if not v:
            return "{}"
        if all(scalar(x) for x in v.values()) and len(flat(v)) + indent <= 100:
            return flat(v)
        items = [f"{inner}{flat(k)}: {to_json(x, indent + 2)}" for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
            rows = [", ".join(flat(x) for x in v[i:i + 16]) for i in range(0, len(v), 16)]
            if len(rows) == 1:
                return "[" + rows[0] + "]"
            return "[\n" + ",\n".join(inner + r for r in rows) + "\n" + pad + "]"
        if all(isinstance(x, str) for x in v) and len(flat(v)) <= 80:
            return flat(v)
        items = [inner + to_json(x, indent + 2) for x in v]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return flat(v)


def _check_finite(v, where):
    if isinstance(v, float) and not math.isfinite(v):
        raise ValueError(f"{where}: not finite")
    if isinstance(v, dict):
        for k, x in v.items():
            _check_finite(x, f"{where}.{k}")
    if isinstance(v, list):
        for i, x in enumerate(v):
            _check_finite(x, f"{where}[{i}]")


def review_start(y, m, d):
    return date(y, m, d)


# --- day shapes (hour, multiplier); see docs/samples.md for the reasoning -------------------------
# Office order entry: quiet night, morning ramp, lunch dip, afternoon cut-off peak (the day's high).
OFFICE = [(0, 0.03), (6, 0.03), (7, 0.3), (8, 0.75), (9, 0.9), (11.5, 0.9), (12, 0.5), (13, 0.5),
          (14, 0.85), (14.75, 1.0), (16.25, 1.0), (17.25, 0.4), (19, 0.1), (21, 0.04), (24, 0.03)]
# Warehouse scanners (closed population): two picking waves around the lunch break, idle at night.
WAREHOUSE = [(0, 0), (6, 0), (6, 0.4), (7, 1.0), (11.5, 1.0), (12, 0.4), (13, 0.4), (13.25, 1.0),
             (16.5, 1.0), (17, 0.5), (18, 0.25), (19, 0.25), (19, 0), (24, 0)]
# EDI / marketplace order imports: the morning import burst, a smaller afternoon round.
EDI = [(0, 0.15), (5.5, 0.15), (6, 1.0), (8.75, 1.0), (9.5, 0.4), (13, 0.4), (14, 0.7), (16, 0.7),
       (17, 0.25), (22, 0.15), (24, 0.15)]
# Business-hours portal / B2B API: follows the office day, flatter.
PORTAL = [(0, 0.1), (6, 0.1), (7, 0.4), (9, 0.9), (11.5, 0.9), (12, 0.6), (13, 0.6), (14, 0.9),
          (16.5, 1.0), (17.5, 0.5), (20, 0.25), (24, 0.1)]
# Consumer eCommerce: daytime browsing, evening high after work.
ECOM = [(0, 0.12), (6, 0.1), (8, 0.35), (11, 0.5), (12.5, 0.55), (14, 0.5), (17, 0.6), (19, 0.9),
        (20, 1.0), (21.75, 1.0), (23, 0.45), (24, 0.12)]
# Store tills (POS sync): shop opening hours 09:00-20:00, lunch and after-work highs.
POS = [(0, 0.02), (8.75, 0.02), (9, 0.5), (11, 0.75), (12, 1.0), (13.5, 0.8), (16, 0.8),
       (17.5, 1.0), (19.5, 0.8), (20.25, 0.2), (21, 0.02), (24, 0.02)]
# Scheduled jobs: the night batch window (22:00-06:00) around the backup, light daytime crons.
BATCH = [(0, 1.0), (1, 1.0), (1, 0.3), (3, 0.3), (3, 1.0), (5.75, 1.0), (6, 0.25), (22, 0.25),
         (22, 1.0), (24, 1.0)]
# Management reporting during office hours.
REPORTING = [(0, 0.05), (7, 0.05), (8, 0.6), (9, 1.0), (11, 0.8), (12, 0.3), (13.5, 0.6),
             (16.5, 0.8), (17.5, 0.2), (19, 0.05), (24, 0.05)]
# Nightly backup window 01:00-03:00.
BACKUP = [(0, 0), (1, 0), (1, 1.0), (3, 1.0), (3, 0), (24, 0)]


def route(*hops, calls=1.0):
    """Returns {(a, b): calls} for consecutive hops, the same calls on every hop."""
    return {(a, b): calls for a, b in zip(hops, hops[1:])}


def db_route(app, bouncer, db, queries, storage=None, io_per_query=0.0):
    """Routes `queries` SQL statements per request from an Odoo process through PgBouncer to a
    PostgreSQL server, which sends `io_per_query` block I/Os per query to its volume."""
    r = {(app, bouncer): queries, (bouncer, db): 1.0}
    if storage and io_per_query > 0:
        r[(db, storage)] = io_per_query
    return r


def merge(*routes):
    out = {}
    for r in routes:
        for k, v in r.items():
            out[k] = out.get(k, 0.0) + v
    return out
