#include "merge.h"

#include "jsonmerge.h"

#include "../interchange/jsoncodec.h"
#include "../log.h"
#include "../model/validation.h"

#include <QJsonDocument>

namespace hostreview::core {

namespace {

QJsonObject documentOf(const Review &review)
{
    return QJsonDocument::fromJson(reviewToJson(review)).object();
}

Result<Review> decodeMerged(const QJsonObject &merged)
{
    Result<Review> review = reviewFromJson(QJsonDocument(merged).toJson(QJsonDocument::Compact));
    if (!review)
        return fail(review.error().where, QStringLiteral("the merged review cannot be read back: ") + review.error().message);
    return review;
}

} // namespace

QString sideName(Side side)
{
    return side == Side::Theirs ? QStringLiteral("theirs") : QStringLiteral("ours");
}

Result<MergeResult> mergeReviews(const Review &base, const Review &ours, const Review &theirs)
{
    QSet<QString> used;
    detail::JsonMergeOutput out =
        detail::mergeDocuments(documentOf(base), documentOf(ours), documentOf(theirs), {}, &used);
    Result<Review> merged = decodeMerged(out.merged);
    if (!merged)
        return merged.error();
    MergeResult result;
    result.merged = std::move(merged).value();
    result.applied = std::move(out.applied);
    result.conflicts = std::move(out.conflicts);
    result.problems = validate(result.merged);
    result.base = base;
    result.ours = ours;
    result.theirs = theirs;
    logger("core.merge")->info("merged \"{}\": {} changes applied, {} conflicts", ours.name.toStdString(),
                               result.applied.size(), result.conflicts.size());
    return result;
}

Result<Review> resolveConflicts(const MergeResult &result, const QMap<QString, Side> &choices)
{
    QSet<QString> used;
    const detail::JsonMergeOutput out = detail::mergeDocuments(documentOf(result.base), documentOf(result.ours),
                                                               documentOf(result.theirs), choices, &used);
    for (auto it = choices.constBegin(); it != choices.constEnd(); ++it)
        if (!used.contains(it.key()))
            return fail(it.key(), QStringLiteral("no conflict of this merge has this path"));
    return decodeMerged(out.merged);
}

QList<Difference> diffReviews(const Review &a, const Review &b)
{
    static const QSet<QString> ignored = {QStringLiteral("audit"), QStringLiteral("history"), QStringLiteral("revision")};
    return detail::diffDocuments(documentOf(a), documentOf(b), ignored);
}

} // namespace hostreview::core
