// Fuzz target: the checklist template and hosting decision rule parsers (core/checklist/), both JSON
// files a consultancy edits by hand and passes around. Every input goes through both.

#include "fuzzsupport.h"

#include "core/checklist/checklist.h"
#include "core/checklist/hostingdecision.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    hostreview::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = hostreview::fuzz::bytes(data, size);
    (void)hostreview::core::checklist::checklistFromJson(json);
    (void)hostreview::core::checklist::hostingRulesFromJson(json);
    return 0;
}
