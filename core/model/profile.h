#pragma once

#include "workloadclass.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace hostreview::core {

/**
 * A class's load over the buckets of a business day (interchange-v1 `profiles`): bucket b scales
 * the open arrival rate, or the closed population (rounded half away from zero), by multipliers[b].
 */
struct Profile {
    QString classId;
    int bucketMinutes = 15;
    std::vector<double> multipliers;
    Provenance provenance = Provenance::Estimated;
    QString source;
    QJsonObject extra;

    bool operator==(const Profile &) const = default;
};

} // namespace hostreview::core
