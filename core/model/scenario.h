#pragma once

#include "workloadclass.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace hostreview::core {

/**
 * A what-if (interchange-v1 `scenarios`): class loads multiplied by `classScale`, station fields
 * replaced by `stationOverrides` (station id → object of replaced fields, e.g. {"servers": 24}).
 * The implicit scenario "baseline" has neither.
 */
struct Scenario {
    QString id;
    QString name;
    QString description;
    QMap<QString, double> classScale;
    QMap<QString, QJsonObject> stationOverrides;
    bool target = false; ///< marks the recommended target architecture (before/after in the report)
    Provenance provenance = Provenance::Estimated;
    QJsonObject extra;

    bool operator==(const Scenario &) const = default;
};

/** The id of the implicit scenario with no scaling and no overrides. */
inline QString baselineScenarioId() { return QStringLiteral("baseline"); }

} // namespace hostreview::core
