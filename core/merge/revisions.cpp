#include "revisions.h"

#include "../interchange/jsoncodec.h"

#include <QSet>
#include <QUuid>

#include <algorithm>

namespace hostreview::core {

namespace {

/** The most snapshot bytes (compressed) a review keeps in all; the newest snapshot is always kept. */
constexpr qint64 kMaxSnapshotBytes = 64LL * 1024 * 1024;

const Revision *findRevision(const Review &review, const QString &id)
{
    const auto it = std::find_if(review.history.begin(), review.history.end(),
                                 [&](const Revision &r) { return r.id == id; });
    return it == review.history.end() ? nullptr : &*it;
}

} // namespace

QByteArray snapshotJson(const Review &review)
{
    Review content = review;
    content.audit.clear();
    content.history.clear();
    content.revisionId.clear();
    return reviewToJson(content);
}

void recordRevision(Review &review, const QString &who, const QDateTime &when, const QString &secondParentId)
{
    Revision revision;
    revision.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    revision.parentId = review.revisionId;
    revision.secondParentId = secondParentId;
    revision.when = when.toUTC();
    revision.who = who;
    revision.snapshot = qCompress(snapshotJson(review), 9);
    review.history.push_back(std::move(revision));
    review.revisionId = review.history.back().id;

    // Newest first: keep the snapshots that fit the count and byte bounds, drop the rest's bytes.
    int kept = 0;
    qint64 bytes = 0;
    for (auto it = review.history.rbegin(); it != review.history.rend(); ++it) {
        if (it->snapshot.isEmpty())
            continue;
        if (kept > 0 && (kept >= kMaxRevisionSnapshots || bytes + it->snapshot.size() > kMaxSnapshotBytes)) {
            it->snapshot.clear();
            continue;
        }
        ++kept;
        bytes += it->snapshot.size();
    }
    if (review.history.size() > std::size_t(kMaxRevisionHistory))
        review.history.erase(review.history.begin(),
                             review.history.begin() + std::ptrdiff_t(review.history.size() - kMaxRevisionHistory));
}

Review withRecordedChange(Review review, const QString &who, const QString &action, const QString &target,
                          const QString &secondParentId)
{
    AuditEntry entry = makeAuditEntry(who, action, target);
    review.audit.push_back(entry);
    recordRevision(review, who, entry.when, secondParentId);
    return review;
}

Result<Review> snapshotReview(const Revision &revision)
{
    const QString where = QStringLiteral("history[%1]").arg(revision.id);
    if (revision.snapshot.isEmpty())
        return fail(where, QStringLiteral("no snapshot of this revision is kept"));
    // qCompress data starts with the uncompressed size (4 bytes, big-endian); a hostile file could
    // claim gigabytes, so the claim is checked before anything is allocated.
    if (revision.snapshot.size() < 4)
        return fail(where, QStringLiteral("the snapshot is damaged (too short)"));
    const auto *head = reinterpret_cast<const uchar *>(revision.snapshot.constData());
    const quint32 claimed = (quint32(head[0]) << 24) | (quint32(head[1]) << 16) | (quint32(head[2]) << 8) | quint32(head[3]);
    if (qint64(claimed) > kMaxSnapshotBytes)
        return fail(where, QStringLiteral("the snapshot claims %1 bytes unpacked, more than the %2 MiB limit")
                               .arg(claimed)
                               .arg(kMaxSnapshotBytes / (1024 * 1024)));
    const QByteArray json = qUncompress(revision.snapshot);
    if (json.isEmpty())
        return fail(where, QStringLiteral("the snapshot is damaged (cannot be decompressed)"));
    Result<Review> review = reviewFromJson(json);
    if (!review)
        return fail(where, QStringLiteral("the snapshot cannot be read: ") + review.error().toString());
    review->revisionId = revision.id;
    return review;
}

Result<Revision> commonAncestor(const Review &a, const Review &b)
{
    QSet<QString> inB;
    for (const Revision &r : b.history)
        inB.insert(r.id);
    std::vector<const Revision *> shared;
    for (const Revision &r : a.history)
        if (inB.contains(r.id))
            shared.push_back(&r);
    if (shared.empty())
        return fail(QStringLiteral("history"),
                    QStringLiteral("the two reviews share no saved revision: give the common base file (merge BASE A B)"));
    // Newest first; revisions saved within the same millisecond keep the history's order (a later
    // entry descends from an earlier one), so the later of them comes first.
    std::reverse(shared.begin(), shared.end());
    std::stable_sort(shared.begin(), shared.end(), [](const Revision *x, const Revision *y) { return x->when > y->when; });
    for (const Revision *r : shared) {
        Revision found = *r;
        if (found.snapshot.isEmpty())
            if (const Revision *other = findRevision(b, r->id))
                found.snapshot = other->snapshot;
        if (!found.snapshot.isEmpty())
            return found;
    }
    return fail(QStringLiteral("history[%1]").arg(shared.front()->id),
                QStringLiteral("the newest shared revision has no snapshot left in either file: give the common "
                               "base file (merge BASE A B)"));
}

} // namespace hostreview::core
