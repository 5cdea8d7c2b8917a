#pragma once

#include "../result.h"
#include "review.h"

#include <vector>

namespace hostreview::core {

/**
 * Checks a review and returns every problem found, each naming the object and field in the words
 * of interchange-v1 ("classes[order-entry].arrival_rate: must be > 0, got -1"). Covers identifiers,
 * references, numeric ranges, class-type fields, profiles, scenarios, typed station properties
 * against their kind, and routing cycles whose calls never die out.
 */
std::vector<Problem> validate(const Review &review);

/** Returns true when `id` matches [A-Za-z0-9_.-]{1,64}. */
bool isValidId(const QString &id);

} // namespace hostreview::core
