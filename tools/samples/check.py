#!/usr/bin/env python3
"""Checks the committed samples (templates/samples/*.json) without the program.

Reads only the JSON files (not the generator's Python description), checks the interchange-v1
rules and the project's own keys the samples use, and checks the story each sample must tell with
bounds that need no queueing solver:

- U_open(k) = sum over open classes of lambda * V * S / m  (V from explicit visits or the links),
  a lower bound of a station's utilisation;
- U_upper(k) = U_open(k) + sum over closed classes of X_max * V * S / m with
  X_max = N / (Z + sum of the class's demands), the throughput bound of a closed class.

normal-day: every queue station U_upper < 0.8 in every bucket (no station beyond the knee).
peak-order-day: some queue station has U_open > 0.8 in some bucket; omnichannel: U_open >= 1.
Regional: the neighbouring tenants peak in the same hour as the client's order entry.

Usage: python3 tools/samples/check.py [FILE...]   (exit code 1 on any problem)
"""

import json
import math
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.normpath(os.path.join(HERE, "..", "..", "templates", "samples"))
ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
KNEE = 0.8
REQUIRED_SCENARIOS = ["normal-day", "peak-order-day", "warehouse-surge", "integration-backlog",
                      "recovery-after-outage"]
# core/model/stationkinds.cpp: kind -> (discipline, property keys, integer keys)
HOST = {"cpu_cores", "ram_mib"}
ODOO = HOST | {"db_maxconn", "limit_memory_soft", "limit_memory_hard", "limit_time_cpu",
               "limit_time_real", "limit_request"}
ODOO_INT = HOST | {"db_maxconn", "limit_memory_soft", "limit_memory_hard", "limit_request"}
PG = HOST | {"max_connections", "storage_iops"}
KINDS = {
    "traefik": ("queue", HOST | {"upstream_timeout"}, HOST),
    "odoo-http": ("queue", ODOO | {"max_cron_threads"}, ODOO_INT | {"max_cron_threads"}),
    "odoo-cron": ("queue", ODOO, ODOO_INT),
    "odoo-longpolling": ("delay", ODOO, ODOO_INT),
    "odoo-integration": ("queue", ODOO, ODOO_INT),
    "pgbouncer": ("queue", {"pool_mode", "default_pool_size", "max_client_conn", "query_wait_timeout"},
                  {"default_pool_size", "max_client_conn"}),
    "postgresql-primary": ("queue", PG, PG),
    "postgresql-replica": ("queue", PG, PG),
    "storage": ("queue", {"iops", "capacity_gib"}, {"iops"}),
    "redis": ("queue", {"role", "maxmemory_mib", "eviction_policy"}, {"maxmemory_mib"}),
    "object-storage": ("delay", set(), set()),
    "external-system": ("delay", {"system_type"}, set()),
    "client-group": ("delay", {"users"}, {"users"}),
    "generic": ("queue", set(), set()),
}
SINGLE_THREADED = {"pgbouncer", "redis"}


class Checker:
    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        self.problems = []

    def fail(self, msg):
        self.problems.append(f"{self.name}: {msg}")

    def load(self):
        def bad_constant(c):
            raise ValueError(f"non-finite number {c}")
        with open(self.path, encoding="utf-8") as f:
            self.doc = json.load(f, parse_constant=bad_constant)

    # --- structure -------------------------------------------------------------------------
    def structure(self):
        d = self.doc
        if d.get("format") != "hostreview-model" or d.get("version") != 1:
            self.fail("format/version: must be hostreview-model 1")
        r = d.get("review", {})
        for k in ("client", "reviewers", "start_date", "end_date", "version"):
            if not r.get(k):
                self.fail(f"review.{k}: missing")
        try:
            start, end = date.fromisoformat(r["start_date"]), date.fromisoformat(r["end_date"])
            if start.year != 2026 or (end - start).days != 29:
                self.fail(f"review dates: want a 30-day review in 2026, got {start}..{end}")
        except (KeyError, ValueError) as e:
            self.fail(f"review dates: {e}")
        seen = set()
        for i, a in enumerate(d.get("answers", [])):
            item = a.get("item", "")
            if not item or item in seen:
                self.fail(f"answers[{i}].item: missing or duplicated ({item!r})")
            seen.add(item)
            if a.get("status") not in ("met", "partly", "not-met", "n/a", "not-assessed"):
                self.fail(f"answers[{item}].status: unknown {a.get('status')!r}")

        self.stations = {}
        for i, s in enumerate(d.get("stations", [])):
            sid = s.get("id", "")
            where = f"stations[{sid or i}]"
            if not ID.match(sid) or sid in self.stations:
                self.fail(f"{where}.id: invalid or duplicate")
            self.stations[sid] = s
            kind = s.get("kind")
            if kind not in KINDS:
                self.fail(f"{where}.kind: unknown kind {kind}")
                continue
            disc, keys, ints = KINDS[kind]
            if s.get("discipline") != disc:
                self.fail(f"{where}.discipline: kind {kind} is {disc}, got {s.get('discipline')}")
            sv = s.get("servers")
            if not isinstance(sv, int) or sv < 1:
                self.fail(f"{where}.servers: must be an integer >= 1, got {sv}")
            if kind in SINGLE_THREADED and sv != 1:
                self.fail(f"{where}.servers: {kind} is single-threaded, got {sv}")
            props = s.get("properties", {})
            for k, v in props.items():
                if k not in keys:
                    self.fail(f"{where}.properties.{k}: not a property of kind {kind}")
                if k in ints and not isinstance(v, int):
                    self.fail(f"{where}.properties.{k}: must be an integer, got {v}")
            if kind == "odoo-http" and sv != 2 * props.get("cpu_cores", 0) + 1:
                self.fail(f"{where}.servers: {sv} workers, want (2 x cpu_cores) + 1")
            pos = s.get("position")
            if not pos or set(pos) != {"x", "y"}:
                self.fail(f"{where}.position: missing")
        if not 10 <= len(self.stations) <= 30:
            self.fail(f"stations: {len(self.stations)}, want 10-30")
        pts = [(s["position"]["x"], s["position"]["y"], k) for k, s in self.stations.items() if s.get("position")]
        for i, a in enumerate(pts):
            for b in pts[i + 1:]:
                if abs(a[0] - b[0]) < 200 and abs(a[1] - b[1]) < 100:
                    self.fail(f"stations[{a[2]}].position overlaps stations[{b[2]}]")

        self.classes = {}
        for c in d.get("classes", []):
            cid = c.get("id", "")
            where = f"classes[{cid}]"
            if not ID.match(cid) or cid in self.classes:
                self.fail(f"{where}.id: invalid or duplicate")
            self.classes[cid] = c
            if c.get("type") == "open":
                if not (isinstance(c.get("arrival_rate"), (int, float)) and c["arrival_rate"] > 0):
                    self.fail(f"{where}.arrival_rate: must be > 0")
            elif c.get("type") == "closed":
                if not (isinstance(c.get("population"), int) and c["population"] >= 1):
                    self.fail(f"{where}.population: must be an integer >= 1")
                if not (isinstance(c.get("think_time"), (int, float)) and c["think_time"] >= 0):
                    self.fail(f"{where}.think_time: must be >= 0")
            else:
                self.fail(f"{where}.type: {c.get('type')}")
            needs_entry = False
            for dm in c.get("demands", []):
                if dm.get("station") not in self.stations:
                    self.fail(f"{where}.demands: unknown station {dm.get('station')}")
                if not dm.get("service_time", 0) > 0:
                    self.fail(f"{where}.demands[{dm.get('station')}].service_time: must be > 0")
                if "visits" not in dm:
                    needs_entry = True
                elif dm["visits"] < 0:
                    self.fail(f"{where}.demands[{dm.get('station')}].visits: must be >= 0")
            if needs_entry and c.get("entry") not in self.stations:
                self.fail(f"{where}.entry: required and must name a station")
            if c.get("provenance") != "estimated":
                self.fail(f"{where}.provenance: want estimated")
        if len(self.classes) < 5:
            self.fail(f"classes: {len(self.classes)}, want 5 or more")

        self.calls = {}   # class -> list of (from, to, calls)
        for ln in d.get("links", []):
            a, b = ln.get("from"), ln.get("to")
            if a not in self.stations or b not in self.stations:
                self.fail(f"links[{a}->{b}]: unknown station")
            for cid, n in ln.get("calls", {}).items():
                if cid not in self.classes:
                    self.fail(f"links[{a}->{b}].calls.{cid}: unknown class")
                if not n >= 0:
                    self.fail(f"links[{a}->{b}].calls.{cid}: must be >= 0")
                self.calls.setdefault(cid, []).append((a, b, n))

        self.profiles = {}
        for p in d.get("profiles", []):
            cid = p.get("class")
            m = p.get("multipliers", [])
            if cid not in self.classes:
                self.fail(f"profiles[{cid}]: unknown class")
            if p.get("bucket_minutes") != 15 or len(m) != 96 or any(x < 0 for x in m):
                self.fail(f"profiles[{cid}]: want 96 non-negative 15-minute multipliers")
            self.profiles[cid] = m

        self.scenarios = {}
        for sc in d.get("scenarios", []):
            sid = sc.get("id", "")
            if not ID.match(sid) or sid in self.scenarios:
                self.fail(f"scenarios[{sid}].id: invalid or duplicate")
            self.scenarios[sid] = sc
            if not sc.get("description"):
                self.fail(f"scenarios[{sid}].description: missing")
            for cid, f in sc.get("class_scale", {}).items():
                if cid not in self.classes or not f > 0:
                    self.fail(f"scenarios[{sid}].class_scale.{cid}: unknown class or not > 0")
            for st, ov in sc.get("station_overrides", {}).items():
                if st not in self.stations:
                    self.fail(f"scenarios[{sid}].station_overrides.{st}: unknown station")
                if "servers" in ov and not (isinstance(ov["servers"], int) and ov["servers"] >= 1):
                    self.fail(f"scenarios[{sid}].station_overrides.{st}.servers: integer >= 1")
        for sid in REQUIRED_SCENARIOS:
            if sid not in self.scenarios:
                self.fail(f"scenarios: {sid} missing")

    # --- bounds ------------------------------------------------------------------------------
    def visits(self, cid):
        c = self.classes[cid]
        if all("visits" in dm for dm in c["demands"]):
            return {dm["station"]: dm["visits"] for dm in c["demands"]}
        # Solve V = e + V P by repeated substitution; fails loudly if it does not settle.
        v = {k: 0.0 for k in self.stations}
        for _ in range(500):
            nv = {k: (1.0 if k == c["entry"] else 0.0) for k in self.stations}
            for a, b, n in self.calls.get(cid, []):
                nv[b] += v[a] * n
            done = max(abs(nv[k] - v[k]) for k in v) < 1e-12
            v = nv
            if done:
                break
        else:
            self.fail(f"classes[{cid}]: visits from links do not converge")
        for dm in c["demands"]:
            if "visits" in dm:
                v[dm["station"]] = dm["visits"]
        return v

    def utilisation(self, scenario_id, bucket):
        """Returns (U_open, U_upper) per queue station for one scenario and bucket."""
        sc = self.scenarios.get(scenario_id, {})
        servers = {k: s["servers"] for k, s in self.stations.items()}
        for k, ov in sc.get("station_overrides", {}).items():
            servers[k] = ov.get("servers", servers[k])
        queue = {k for k, s in self.stations.items() if s["discipline"] == "queue"}
        u_open = {k: 0.0 for k in queue}
        u_up = {k: 0.0 for k in queue}
        for cid, c in self.classes.items():
            mult = self.profiles.get(cid, [1.0] * 96)[bucket]
            scale = sc.get("class_scale", {}).get(cid, 1.0)
            v = self.visits(cid)
            dem = {dm["station"]: v.get(dm["station"], 0.0) * dm["service_time"] for dm in c["demands"]}
            if c["type"] == "open":
                lam = c["arrival_rate"] * mult * scale
                for k, dk in dem.items():
                    if k in queue:
                        u_open[k] += lam * dk / servers[k]
                        u_up[k] += lam * dk / servers[k]
            else:
                n = math.floor(c["population"] * mult * scale + 0.5)
                if n == 0:
                    continue
                x_max = n / (c["think_time"] + sum(dem.values()))
                for k, dk in dem.items():
                    if k in queue:
                        u_up[k] += x_max * dk / servers[k]
        return u_open, u_up

    def story(self):
        worst_normal = max(((u, k, b) for b in range(96) for k, u in self.utilisation("normal-day", b)[1].items()))
        if worst_normal[0] >= KNEE:
            self.fail(f"normal-day: {worst_normal[1]} at bucket {worst_normal[2]} reaches "
                      f"{worst_normal[0]:.2f} (upper bound), want < {KNEE}")
        best_peak = max(((u, k, b) for b in range(96) for k, u in self.utilisation("peak-order-day", b)[0].items()))
        want = 1.0 if self.name.startswith("omnichannel") else KNEE
        if best_peak[0] < want:
            self.fail(f"peak-order-day: busiest station {best_peak[1]} only {best_peak[0]:.2f}, want >= {want}")
        self.summary = (f"{self.name}: normal-day max {worst_normal[1]} {worst_normal[0]:.2f} (upper bound); "
                        f"peak-order-day max {best_peak[1]} {best_peak[0]:.2f} (open classes alone)")
        if self.name.startswith("regional"):
            own = self.profiles["order-entry"]
            peak_own = own.index(max(own))
            for cid in ("tenant-b-web", "tenant-c-web"):
                p = self.profiles[cid]
                if abs(p.index(max(p)) - peak_own) > 4:
                    self.fail(f"profiles[{cid}]: neighbour does not peak within an hour of order-entry")


def main(argv):
    files = argv[1:] or sorted(os.path.join(SAMPLES, f) for f in os.listdir(SAMPLES) if f.endswith(".json"))
    problems = []
    targets = 0
    for f in files:
        c = Checker(f)
        try:
            c.load()
            c.structure()
            if not c.problems:
                c.story()
                print(c.summary)
            targets += sum(1 for s in c.doc.get("scenarios", []) if s.get("target"))
        except (ValueError, KeyError, TypeError) as e:
            c.fail(f"unreadable: {e!r}")
        problems += c.problems
    if len(argv) == 1 and targets == 0:
        problems.append("no sample marks a target-architecture scenario")
    for p in problems:
        print("PROBLEM", p)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
