#include "reviewfile.h"

#include "../storage/projectfile.h"
#include "jsoncodec.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace hostreview::core {

namespace {

const QByteArray kSqliteHeader("SQLite format 3\0", 16);

QByteArray readHead(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

/** Returns the offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xe0) == 0xc0) {
            extra = 1, cp = c & 0x1f, min = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2, cp = c & 0x0f, min = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= n) // truncated sequence
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += extra + 1;
    }
    return -1;
}

Result<Review> readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail({}, QStringLiteral("cannot open: %1").arg(file.errorString()));
    if (file.size() > kMaxJsonFileBytes)
        return fail({}, QStringLiteral("%1 MiB is over the 256 MiB limit for an interchange JSON document")
                            .arg(file.size() / (1024 * 1024)));
    QByteArray json = file.read(kMaxJsonFileBytes + 1);
    if (json.size() > kMaxJsonFileBytes) // a pipe or a file that grew while we read it
        return fail({}, QStringLiteral("over the 256 MiB limit for an interchange JSON document"));
    if (file.error() != QFileDevice::NoError)
        return fail({}, QStringLiteral("cannot read: %1").arg(file.errorString()));

    if (json.startsWith("\xef\xbb\xbf")) // a byte-order mark some editors add
        json.remove(0, 3);
    qsizetype first = 0;
    while (first < json.size() && (json[first] == ' ' || json[first] == '\t' || json[first] == '\n' || json[first] == '\r'))
        ++first;
    if (json.isEmpty() || first == json.size())
        return fail({}, QStringLiteral("the file is empty"));
    if (json[first] != '{')
        return fail({}, QStringLiteral("neither a hostreview project file nor an interchange JSON document"));
    const qsizetype bad = firstInvalidUtf8(json);
    if (bad >= 0)
        return fail({}, QStringLiteral("not UTF-8 text: invalid byte at offset %1 (interchange JSON must be UTF-8)")
                            .arg(bad));
    return reviewFromJson(json);
}

} // namespace

ReviewFileType reviewFileType(const QString &path)
{
    return readHead(path, kSqliteHeader.size()) == kSqliteHeader ? ReviewFileType::Project : ReviewFileType::Json;
}

int reviewFileVersion(const QString &path)
{
    if (reviewFileType(path) == ReviewFileType::Project) {
        const QByteArray head = readHead(path, 100);
        if (head.size() < 64)
            return -1;
        const auto *b = reinterpret_cast<const unsigned char *>(head.constData());
        return int((quint32(b[60]) << 24) | (quint32(b[61]) << 16) | (quint32(b[62]) << 8) | quint32(b[63]));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxJsonFileBytes)
        return -1;
    const QJsonValue version = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("version"));
    return version.isDouble() ? version.toInt(-1) : -1;
}

Result<Review> readReviewFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail({}, QStringLiteral("no such file"));
    if (info.isDir())
        return fail({}, QStringLiteral("is a folder, not a review file"));
    if (reviewFileType(path) == ReviewFileType::Project)
        return loadProject(path);
    return readJsonFile(path);
}

Result<void> writeReviewFile(const Review &review, const QString &path)
{
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return writeFileAtomically(path, reviewToJson(review));
    return saveProject(review, path);
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail({}, QStringLiteral("cannot write: %1").arg(file.errorString()));
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail({}, QStringLiteral("cannot write: %1").arg(reason));
    }
    const QFileInfo existing(path);
    if (existing.exists()) {
        // Keep the previous version as path~. A hard link costs nothing and leaves `path` itself in
        // place until the rename below; copy where links are not possible.
        const QString backup = path + QLatin1Char('~');
        QFile::remove(backup);
        bool kept = false;
#ifdef Q_OS_UNIX
        kept = ::link(QFile::encodeName(existing.canonicalFilePath()).constData(),
                      QFile::encodeName(backup).constData()) == 0;
#endif
        if (!kept && !QFile::copy(path, backup)) {
            file.cancelWriting();
            return fail({}, QStringLiteral("cannot keep the previous file as %1").arg(backup));
        }
    }
    if (!file.commit())
        return fail({}, QStringLiteral("cannot write: %1").arg(file.errorString()));
    return {};
}

} // namespace hostreview::core
