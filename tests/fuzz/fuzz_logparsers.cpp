// Fuzz target: the access-log line parsers (core/import/logparsers.h). The input is cut into lines
// and every line goes through each parser, the way the importer feeds them; the Traefik JSON parser
// gets the 64 bytes of padding simdjson reads past the end of a line.

#include "fuzzsupport.h"

#include "core/import/logformat.h"
#include "core/import/logparsers.h"

#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    hostreview::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace hostreview::core::import;
    static TraefikJsonParser traefikJson;
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    std::string padded;
    std::string scratch;
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (start <= input.size()) {
        std::size_t end = input.find('\n', start);
        if (end == std::string_view::npos)
            end = input.size();
        const std::string_view line = input.substr(start, end - start);
        RequestRecord record;
        (void)detectLogFormat(line);
        padded.assign(line);
        padded.append(64, '\0');
        (void)traefikJson.parse(std::string_view(padded.data(), line.size()), padded.size(), record);
        (void)parseTraefikClf(line, record);
        (void)parseOdooLine(line, record, scratch);
        (void)splitCsv(line, ',', fields);
        (void)hasOpenQuote(line);
        (void)parseIso8601Ms(line);
        (void)parseClfTimeMs(line);
        (void)parseAsctimeMs(line);
        start = end + 1;
    }
    return 0;
}
