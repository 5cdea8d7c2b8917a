#pragma once

#include "core/document/reviewdocument.h"
#include "core/model/review.h"

#include <QPointer>
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

/**
 * The common first half of a model's setDocument(): drops the old document's connections to `model`,
 * makes `document` the current one and, when there is one, lets `connectSignals(document)` connect
 * what the model listens to; the document's destruction then sets the model's document to none.
 * Returns false, doing nothing, when `document` already is the current one.
 */
template<typename Model, typename ConnectSignals>
bool switchDocument(Model *model, QPointer<core::ReviewDocument> &current, core::ReviewDocument *document,
                    ConnectSignals connectSignals)
{
    if (current == document)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, model, nullptr);
    current = document;
    if (document) {
        connectSignals(document);
        QObject::connect(document, &QObject::destroyed, model, [model] { model->setDocument(nullptr); });
    }
    return true;
}

} // namespace hostreview::models::detail
