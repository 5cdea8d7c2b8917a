#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace hostreview::core {

/**
 * A drawn edge of the topology. `calls[c]` is the mean number of requests one visit of class c
 * at `from` sends to `to` (interchange-v1 `links`). A link is identified by its (from, to) pair.
 */
struct Link {
    QString from;
    QString to;
    QMap<QString, double> calls; ///< class id → mean calls per visit (≥ 0); sorted by class id
    QJsonObject extra;

    bool operator==(const Link &) const = default;
};

} // namespace hostreview::core
