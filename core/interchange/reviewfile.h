#pragma once

#include "../model/review.h"
#include "../result.h"

#include <QByteArray>
#include <QString>

namespace hostreview::core {

/** The two forms a review travels in (docs/file-format.md). */
enum class ReviewFileType {
    Project, ///< SQLite project file (`.hostreview`), recognised by the "SQLite format 3\0" header
    Json,    ///< interchange JSON (`hostreview-model`)
};

/** Largest interchange JSON document read (evidence travels inside it as base64). */
constexpr qint64 kMaxJsonFileBytes = 256LL * 1024 * 1024;

/**
 * Returns the type of the file at `path` from its first bytes (not its name): a project file when it
 * starts with the SQLite header, JSON otherwise. Unreadable files count as JSON (reading then fails).
 */
ReviewFileType reviewFileType(const QString &path);

/**
 * Returns the version a file declares without reading the whole review: a project file's schema
 * version (SQLite `user_version`, header bytes 60–63) or a JSON document's `"version"`; -1 when
 * there is none.
 */
int reviewFileVersion(const QString &path);

/**
 * Reads a review from a project file (loadProject) or an interchange JSON document (reviewFromJson),
 * whichever the file's first bytes say it is. JSON larger than 256 MiB, not UTF-8, or not a JSON
 * object at all is refused with a one-line message. The review is not validated.
 */
Result<Review> readReviewFile(const QString &path);

/**
 * Writes the review to `path`: canonical interchange JSON when the name ends in `.json`, a project
 * file (saveProject) otherwise. Both replace an existing file atomically and keep it as `path~`.
 */
Result<void> writeReviewFile(const Review &review, const QString &path);

/**
 * Writes `data` to `path` atomically (QSaveFile): a crash leaves the old or the new file, never a
 * broken one. An existing file is kept as `path~` (replacing an older backup).
 */
Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace hostreview::core
