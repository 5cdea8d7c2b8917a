// Helper of tst_savecrash: saves version B, then A, then B … of a review to one path, forever, until
// the test kills it with SIGKILL. Prints "ready" once both versions are built, so the test kills it
// while it saves, not while it starts. The test puts A on disk first, so the first save replaces
// it with a different version.
//
//   savecrash_child TARGET

#include "savecrashreviews.h"

#include "core/storage/projectfile.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s TARGET\n", argv[0]);
        return 2;
    }
    const QString target = QString::fromLocal8Bit(argv[1]);
    const auto a = hostreview::tests::saveCrashReview('A');
    const auto b = hostreview::tests::saveCrashReview('B');
    if (!a || !b) {
        std::fprintf(stderr, "savecrash_child: %s\n", qPrintable((a ? b : a).error().toString()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (unsigned long i = 0;; ++i) {
        if (const auto saved = hostreview::core::saveProject(i % 2 == 0 ? *b : *a, target); !saved) {
            std::fprintf(stderr, "savecrash_child: %s\n", qPrintable(saved.error().toString()));
            return 1;
        }
    }
}
