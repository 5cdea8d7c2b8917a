// Writes the seed corpus of fuzz_projectfile: an empty review and each bundled sample
// (templates/samples/*.json) saved as a project file, into the folder given as argument, each also
// as a copy with 512-byte pages (VACUUM), which is a third of the size: a fuzzer mutates and opens
// small files faster, and every table still spans real b-tree pages.
// Project files are binary and follow the schema, so they are made by the build, not kept in git.

#include "core/interchange/reviewfile.h"
#include "core/model/review.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace {

/** Rewrites the file at `path` with 512-byte pages; returns an error text, empty on success. */
QString repage(const QString &path)
{
    const QString connection = QStringLiteral("projectseeds-repage");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (!db.open())
            error = db.lastError().text();
        else if (!query.exec(QStringLiteral("PRAGMA page_size = 512")) || !query.exec(QStringLiteral("VACUUM")))
            error = query.lastError().text();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s SAMPLES_DIR OUT_DIR\n", argv[0]);
        return 2;
    }
    const QDir samples(QString::fromLocal8Bit(argv[1]));
    const QDir out(QString::fromLocal8Bit(argv[2]));
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "projectseeds: cannot create %s\n", argv[2]);
        return 1;
    }
    using namespace hostreview::core;
    std::vector<std::pair<QString, Review>> reviews{{QStringLiteral("empty"), Review{}}};
    for (const QFileInfo &sample : samples.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Result<Review> review = readReviewFile(sample.filePath());
        if (!review) {
            std::fprintf(stderr, "projectseeds: %s\n", qPrintable(review.error().toString()));
            return 1;
        }
        reviews.emplace_back(sample.completeBaseName(), std::move(*review));
    }
    for (const auto &[name, review] : reviews) {
        const QString path = out.filePath(name + QStringLiteral(".hostreview"));
        if (const Result<void> saved = saveProject(review, path); !saved) {
            std::fprintf(stderr, "projectseeds: %s\n", qPrintable(saved.error().toString()));
            return 1;
        }
        QFile::remove(path + QLatin1Char('~'));
        const QString small = out.filePath(name + QStringLiteral("-p512.hostreview"));
        QFile::remove(small);
        if (!QFile::copy(path, small)) {
            std::fprintf(stderr, "projectseeds: cannot copy %s\n", qPrintable(path));
            return 1;
        }
        if (const QString error = repage(small); !error.isEmpty()) {
            std::fprintf(stderr, "projectseeds: %s: %s\n", qPrintable(small), qPrintable(error));
            return 1;
        }
    }
    std::printf("projectseeds: wrote %zu project files to %s\n", 2 * reviews.size(), argv[2]);
    return 0;
}
