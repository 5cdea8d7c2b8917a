#pragma once

#include "core/log.h"
#include "core/result.h"

namespace hostreview::commands::detail {

/**
 * Logs a failed document mutation ("<what> failed: <where>: <message>") on the "commands" logger.
 * Commands are built from a state the document accepted, so a failure here is a broken assumption
 * to log, not an error to show.
 */
template<typename T>
void report(const core::Result<T> &result, const char *what)
{
    if (!result)
        core::logger("commands")->error("{} failed: {}", what, result.error().toString().toStdString());
}

} // namespace hostreview::commands::detail
