#pragma once

#include <QString>

namespace hostreview::models {

/**
 * Returns the time span of profile bucket `bucket` when a day is cut into buckets of
 * `bucketMinutes` minutes, as "08:15–08:30" (the last 15-minute bucket is "23:45–24:00").
 * Returns an empty string when `bucketMinutes` is not positive or `bucket` is negative.
 */
QString bucketSpanText(int bucket, int bucketMinutes);

/** Returns the start of bucket `bucket` in hours since midnight (bucket × minutes / 60). */
double bucketStartHours(int bucket, int bucketMinutes);

} // namespace hostreview::models
