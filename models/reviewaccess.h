#pragma once

#include "core/model/review.h"

#include <QStringList>

namespace hostreview::models::detail {

/** Returns an empty review, for models that have no document yet. */
inline const core::Review &emptyReview()
{
    static const core::Review empty;
    return empty;
}

/** Returns the ids of a list of stations, classes or scenarios, in document order. */
template<typename List>
QStringList idsOf(const List &list)
{
    QStringList ids;
    ids.reserve(qsizetype(list.size()));
    for (const auto &item : list)
        ids << item.id;
    return ids;
}

inline QStringList stationIds(const core::Review &review) { return idsOf(review.stations); }
inline QStringList classIds(const core::Review &review) { return idsOf(review.classes); }
inline QStringList scenarioIds(const core::Review &review) { return idsOf(review.scenarios); }

} // namespace hostreview::models::detail
