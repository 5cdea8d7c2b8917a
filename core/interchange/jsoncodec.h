#pragma once

#include "../model/review.h"
#include "../result.h"

#include <QByteArray>
#include <QStringList>

namespace hostreview::core {

/**
 * Reads an interchange-v1 document (../shared/interchange-v1.md plus the project's own sections,
 * docs/file-format.md). Wrong JSON types, NaN/infinite numbers and a wrong format/version header
 * are errors naming the field. Unknown keys are kept in the `extra` members. The result is not
 * validated: call validate() on it.
 */
Result<Review> reviewFromJson(const QByteArray &json);

/**
 * Writes the review as canonical interchange JSON: fixed key order, lists in document order,
 * pretty-printed with one field per line, so that two reviews kept in git diff readably.
 * reviewToJson(reviewFromJson(reviewToJson(r))) == reviewToJson(r) byte for byte.
 */
QByteArray reviewToJson(const Review &review);

/** Returns the document's known keys in canonical order ("format", "version", "name", "review", …). */
const QStringList &canonicalDocumentKeys();

} // namespace hostreview::core
