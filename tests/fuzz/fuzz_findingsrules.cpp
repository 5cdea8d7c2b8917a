// Fuzz target: the findings rules parser (core/findings/rules.cpp, templates/rules/*.json).

#include "fuzzsupport.h"

#include "core/findings/findings.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    hostreview::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)hostreview::core::findings::rulesFromJson(hostreview::fuzz::bytes(data, size));
    return 0;
}
