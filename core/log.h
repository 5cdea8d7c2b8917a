#pragma once

#include <spdlog/logger.h>

#include <memory>
#include <string>

namespace hostreview::core {

/**
 * Returns the named subsystem logger ("core.solver", "core.storage", "widgets.canvas", …).
 * Loggers are configured once by the application (app/logging.cpp); a logger that was never
 * configured falls back to a clone of spdlog's default logger, so this never throws.
 */
std::shared_ptr<spdlog::logger> logger(const std::string &name);

} // namespace hostreview::core

/** Logs and recovers on a broken programming assumption (Qt Creator's QTC_ASSERT). */
#define HR_ASSERT(cond, action)                                                                    \
    if (Q_LIKELY(cond)) {                                                                          \
    } else {                                                                                       \
        ::hostreview::core::logger("core.assert")->error("assertion \"{}\" failed at {}:{}", #cond, \
                                                         __FILE__, __LINE__);                      \
        action;                                                                                    \
    }                                                                                              \
    do {                                                                                           \
    } while (false)
