#pragma once

// The two versions of a review that savecrash_child saves in turn and tst_savecrash expects to find
// after each kill. Both sides build them the same way from the bundled samples.

#include "core/interchange/reviewfile.h"
#include "core/model/review.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hostreview::tests {

/** The sample each version starts from: A and B differ in every table. */
inline QString saveCrashSample(char version)
{
    return QStringLiteral("%1/templates/samples/%2.json")
        .arg(qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR", QStringLiteral(HOSTREVIEW_TEST_SOURCE_DIR)),
             version == 'A' ? QStringLiteral("national-distributor") : QStringLiteral("regional-distributor"));
}

/**
 * Returns version `version` ('A' or 'B') of the review: the sample plus a 1 MiB evidence file
 * whose bytes depend on the version, so that a save takes long enough to be killed at every step.
 */
inline core::Result<core::Review> saveCrashReview(char version)
{
    core::Result<core::Review> review = core::readReviewFile(saveCrashSample(version));
    if (!review)
        return review;
    core::EvidenceFile evidence;
    evidence.id = QStringLiteral("ev-%1").arg(QLatin1Char(version));
    evidence.fileName = QStringLiteral("pg-settings-%1.txt").arg(QLatin1Char(version));
    evidence.mimeType = QStringLiteral("text/plain");
    evidence.data = QByteArray(1024 * 1024, version);
    evidence.addedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    evidence.addedBy = QStringLiteral("savecrash");
    review->evidence.push_back(evidence);
    return review;
}

} // namespace hostreview::tests
