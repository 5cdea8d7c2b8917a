#include "logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace hostreview::app {

QString initLogging(bool verbose, bool toStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString logPath;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    if (QDir().mkpath(dir)) {
        logPath = dir + QStringLiteral("/hostreview.log");
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logPath.toStdString(), 2 * 1024 * 1024, 5);
            file->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            logPath.clear(); // an unwritable log must not stop the program
        }
    }
    if (toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>(spdlog::color_mode::never);
        err->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
        err->set_pattern("%n: %l: %v");
        sinks.push_back(err);
    }
    auto root = std::make_shared<spdlog::logger>("hostreview", sinks.begin(), sinks.end());
    root->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    spdlog::drop_all();
    spdlog::set_default_logger(root);
    for (const char *name : {"core.solver", "core.storage", "core.interchange", "core.import", "core.checklist",
                             "core.findings", "widgets.canvas", "reports", "app", "cli"})
        spdlog::register_logger(root->clone(name));
    return logPath;
}

} // namespace hostreview::app
