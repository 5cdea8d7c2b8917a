#pragma once

#include "station.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace hostreview::core {

/** The type of one typed station property. */
enum class PropertyType {
    Integer, ///< whole number (JSON number without fraction)
    Number,  ///< real number
    Boolean,
    Text,
    Choice,  ///< one of `choices`
};

/** Describes one typed property of a station kind, its default and where the default comes from. */
struct PropertySpec {
    QString key;            ///< JSON key under station.properties ("cpu_cores")
    QString label;          ///< short label for the property panel (translatable source text)
    PropertyType type = PropertyType::Number;
    QJsonValue defaultValue;
    double minimum = 0.0;   ///< for Integer/Number
    double maximum = 1e12;
    QStringList choices;    ///< for Choice
    QString unit;           ///< "MiB", "s", "IOPS", …
    QString source;         ///< citation: "odoo-facts: Odoo CLI reference" or "003_68cb35385a991d6f.txt:12"
};

/**
 * A palette entry: a kind of station from the seeds' reference stack (Traefik ingress, Odoo HTTP
 * workers, PgBouncer, PostgreSQL primary, Redis, …) with its default discipline, servers and
 * typed properties.
 */
struct StationKind {
    QString id;             ///< the `kind` value written in documents ("odoo-http")
    QString label;          ///< palette label
    QString category;       ///< palette group ("Ingress", "Application", "Database", "Cache", "Storage", "External", "Clients")
    QString description;
    Discipline discipline = Discipline::Queue;
    int defaultServers = 1;
    bool singleThreaded = false; ///< one server only (PgBouncer, Redis): more servers is a validation warning
    std::vector<PropertySpec> properties;
    QString source;         ///< citation for the kind itself
};

/** Returns the whole catalogue, in palette order. The last entry is "generic". */
const std::vector<StationKind> &stationKinds();

/** Returns the kind with that id, or nullptr. */
const StationKind *findStationKind(const QString &id);

/**
 * Returns a new station of `kindId` with every property at its default, the kind's discipline and
 * default servers (for Odoo HTTP workers: 2 × cpu_cores + 1). Unknown kinds give a generic station.
 */
Station makeStation(const QString &kindId, const QString &id, const QString &name);

} // namespace hostreview::core
