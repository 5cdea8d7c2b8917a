#include "timeofday.h"

namespace hostreview::models {

namespace {
QString clockText(int minutesSinceMidnight)
{
    return QStringLiteral("%1:%2")
        .arg(minutesSinceMidnight / 60, 2, 10, QLatin1Char('0'))
        .arg(minutesSinceMidnight % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString bucketSpanText(int bucket, int bucketMinutes)
{
    if (bucketMinutes <= 0 || bucket < 0)
        return {};
    const int start = bucket * bucketMinutes;
    return clockText(start) + QChar(0x2013) + clockText(start + bucketMinutes);
}

double bucketStartHours(int bucket, int bucketMinutes)
{
    return double(bucket) * double(bucketMinutes) / 60.0;
}

} // namespace hostreview::models
