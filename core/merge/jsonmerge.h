#pragma once

#include "merge.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

namespace hostreview::core::detail {

/** The merged document and what went into it. */
struct JsonMergeOutput {
    QJsonObject merged;
    QList<Difference> applied;
    QList<Conflict> conflicts; ///< every conflict met, also those settled by a choice
};

/**
 * Three-way merge of two interchange documents (as parsed JSON) with their base, by stable ids
 * (see mergeReviews()). A conflict whose path is in `choices` takes that side, else ours; the
 * paths of the choices used are added to `usedChoices`.
 */
JsonMergeOutput mergeDocuments(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs,
                               const QMap<QString, Side> &choices, QSet<QString> *usedChoices);

/** Returns the differences from document `a` to `b`, leaving out the keys in `ignoredKeys`. */
QList<Difference> diffDocuments(const QJsonObject &a, const QJsonObject &b, const QSet<QString> &ignoredKeys);

/** Returns a value as short text for a message: compact JSON, elided past 60 characters; "(none)" when undefined. */
QString shortValueText(const QJsonValue &value);

} // namespace hostreview::core::detail
