#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace hostreview::core {

/** Open classes arrive from outside at a rate; closed classes are a population of users who think. */
enum class ClassType { Open, Closed };

QString classTypeName(ClassType t);

/** Where a number came from: a reviewer's estimate or a measurement imported from logs. */
enum class Provenance { Estimated, Measured };

QString provenanceName(Provenance p);

/** The demand a class puts on one station (interchange-v1 `demands[i]`). */
struct Demand {
    QString station;
    std::optional<double> visits; ///< mean visits per request; absent → derived from the links
    double serviceTime = 0.0;     ///< mean service time per visit, seconds (> 0)
    QJsonObject extra;

    bool operator==(const Demand &) const = default;
};

/**
 * A workload class: order entry, warehouse scanning, POS sync, API, EDI imports, scheduled jobs,
 * reporting, backups. Type-specific fields are optional so that a document round-trips exactly;
 * validation checks that the ones the type needs are there.
 */
struct WorkloadClass {
    QString id;
    QString name;
    ClassType type = ClassType::Open;
    std::optional<double> arrivalRate;  ///< open: requests per second (> 0)
    std::optional<int> population;      ///< closed: users (≥ 1)
    std::optional<double> thinkTime;    ///< closed: seconds between requests (≥ 0)
    QString entry;                      ///< entry station; required when any demand omits visits
    std::vector<Demand> demands;
    std::optional<double> targetResponseTime; ///< seconds; findings flag classes slower than this
    Provenance provenance = Provenance::Estimated;
    QString source;                     ///< where a measured figure came from (file, dates, lines)
    QJsonObject extra;

    bool operator==(const WorkloadClass &) const = default;
};

} // namespace hostreview::core
