#include "log.h"

#include <spdlog/spdlog.h>

#include <mutex>

namespace hostreview::core {

std::shared_ptr<spdlog::logger> logger(const std::string &name)
{
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    try {
        if (auto existing = spdlog::get(name))
            return existing;
        auto created = spdlog::default_logger()->clone(name);
        spdlog::register_logger(created);
        return created;
    } catch (...) {
        // spdlog throws on a registry race or a broken sink; logging must never take the program down.
        static auto fallback = std::make_shared<spdlog::logger>("fallback");
        return fallback;
    }
}

} // namespace hostreview::core
