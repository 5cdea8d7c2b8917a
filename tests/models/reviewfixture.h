#pragma once

// A small hand-built review shared by the item-model tests: an ingress, an Odoo worker pool, a
// PostgreSQL primary and a delay station for an external carrier API; one open and one closed class.

#include "core/model/review.h"

namespace hostreview::testing {

inline core::Review smallReview()
{
    core::Review r;
    r.name = QStringLiteral("fixture");
    auto station = [](const char *id, const char *name, core::Discipline d, int servers) {
        core::Station s;
        s.id = QString::fromLatin1(id);
        s.name = QString::fromLatin1(name);
        s.discipline = d;
        s.servers = servers;
        return s;
    };
    r.stations = {station("traefik", "Traefik ingress", core::Discipline::Queue, 4),
                  station("web", "Odoo HTTP workers", core::Discipline::Queue, 9),
                  station("pg", "PostgreSQL primary", core::Discipline::Queue, 8),
                  station("carrier", "Carrier API", core::Discipline::Delay, 1)};

    core::WorkloadClass orders;
    orders.id = QStringLiteral("orders");
    orders.name = QStringLiteral("Order entry");
    orders.type = core::ClassType::Open;
    orders.arrivalRate = 6.5;
    orders.entry = QStringLiteral("traefik");
    orders.demands = {core::Demand{QStringLiteral("traefik"), 1.0, 0.0004, {}},
                      core::Demand{QStringLiteral("web"), 1.0, 0.120, {}},
                      core::Demand{QStringLiteral("pg"), 12.0, 0.0015, {}}};

    core::WorkloadClass scanners;
    scanners.id = QStringLiteral("scanners");
    scanners.name = QStringLiteral("Warehouse scanning");
    scanners.type = core::ClassType::Closed;
    scanners.population = 40;
    scanners.thinkTime = 8.0;
    scanners.entry = QStringLiteral("traefik");
    scanners.provenance = core::Provenance::Measured;
    scanners.demands = {core::Demand{QStringLiteral("web"), std::nullopt, 0.050, {}},
                        core::Demand{QStringLiteral("pg"), 4.0, 0.002, {}}};
    r.classes = {orders, scanners};

    core::Scenario peak;
    peak.id = QStringLiteral("peak-order-day");
    peak.name = QStringLiteral("Peak order day");
    peak.classScale.insert(QStringLiteral("orders"), 2.5);
    peak.stationOverrides.insert(QStringLiteral("web"), QJsonObject{{QStringLiteral("servers"), 24}});
    core::Scenario recovery;
    recovery.id = QStringLiteral("recovery");
    recovery.name = QStringLiteral("Recovery");
    recovery.target = true;
    r.scenarios = {peak, recovery};
    return r;
}

} // namespace hostreview::testing
