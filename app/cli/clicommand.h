#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace hostreview::app::cli {

/** Exit codes of hostreview-cli. */
enum ExitCode {
    ExitOk = 0,      ///< success
    ExitInvalid = 1, ///< invalid input: the problems are on stderr
    ExitUsage = 2,   ///< usage error: unknown option, missing argument
};

/** One subcommand of hostreview-cli: `name` is what the user types, `run` gets the arguments after it. */
struct CliCommand {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args); ///< args[0] is "hostreview-cli <name>", as QCommandLineParser expects
};

/** Registers a subcommand; each cmd_*.cpp file holds one `static const CliRegistration` of its own. */
struct CliRegistration {
    explicit CliRegistration(const CliCommand &command);
};

/** Returns the registered subcommands, sorted by name. */
std::vector<CliCommand> registeredCommands();

/** Standard output and standard error as UTF-8 text streams. */
QTextStream &out();
QTextStream &err();

} // namespace hostreview::app::cli
