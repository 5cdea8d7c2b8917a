// Fuzz target: the project-file loader (core/storage/projectfile.cpp) on arbitrary bytes. The input
// is written to a scratch file (QSQLITE opens files by name); a loaded review is validated too, since
// validation is the next thing the program does with it.

#include "fuzzsupport.h"

#include "core/model/validation.h"
#include "core/storage/projectfile.h"

#include <QFile>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    hostreview::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString path = hostreview::fuzz::scratchPath(QStringLiteral(".hostreview"));
    if (!hostreview::fuzz::writeScratch(path, data, size))
        return 0;
    const auto review = hostreview::core::loadProject(path);
    if (review)
        (void)hostreview::core::validate(*review);
    QFile::remove(path);
    return 0;
}
