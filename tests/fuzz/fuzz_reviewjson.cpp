// Fuzz target: the interchange JSON importer (core/interchange/jsoncodec.h). A document that reads
// is validated, written back and read again: what the program wrote itself must always read.

#include "fuzzsupport.h"

#include "core/interchange/jsoncodec.h"
#include "core/model/validation.h"

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    hostreview::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace hostreview::core;
    const auto review = reviewFromJson(hostreview::fuzz::bytes(data, size));
    if (!review)
        return 0;
    (void)validate(*review);
    const auto again = reviewFromJson(reviewToJson(*review));
    if (!again)
        std::abort(); // the writer produced a document its own reader refuses
    return 0;
}
