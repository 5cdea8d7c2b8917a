#pragma once

#include <QString>

namespace hostreview::app {

/**
 * Configures spdlog once for the process: a rotating file in the platform's app-data folder
 * (logs/hostreview.log, 5 × 2 MiB) and, for the CLI, stderr for warnings (all levels with
 * --verbose). Returns the log file's path, or an empty string when the folder is not writable.
 */
QString initLogging(bool verbose, bool toStderr);

} // namespace hostreview::app
