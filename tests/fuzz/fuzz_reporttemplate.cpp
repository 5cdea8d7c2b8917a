// Fuzz target: the report template parser (reports/reporttemplate.h, templates/report/*.json).
// Logo paths resolve against the temporary folder; the parser only checks that the file exists.

#include "fuzzsupport.h"

#include "reports/reporttemplate.h"

#include <QDir>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    hostreview::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)hostreview::reports::reportTemplateFromJson(hostreview::fuzz::bytes(data, size), QDir::tempPath());
    return 0;
}
