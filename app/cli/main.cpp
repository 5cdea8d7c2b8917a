#include "../logging.h"
#include "clicommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <algorithm>
#include <cstring>

using namespace hostreview::app;
using namespace hostreview::app::cli;

namespace {

std::vector<CliCommand> &registry()
{
    static std::vector<CliCommand> commands;
    return commands;
}

void printUsage(QTextStream &stream)
{
    stream << "Usage: hostreview-cli [--verbose] <command> [options]\n\n"
              "hostreview " HOSTREVIEW_VERSION ", the Odoo Hosting Review Workbench, headless.\n\nCommands:\n";
    for (const CliCommand &c : registeredCommands())
        stream << "  " << QString::fromUtf8(c.name).leftJustified(14) << QString::fromUtf8(c.summary) << '\n';
    stream << "\nRun 'hostreview-cli <command> --help' for a command's options.\n"
              "Exit codes: 0 success, 1 invalid input (problems on stderr), 2 usage error.\n";
    stream.flush();
}

/** Returns true when the subcommand paints (report): it needs a QGuiApplication for fonts and the PDF. */
bool subcommandNeedsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (argv[i][0] != '-')
            return std::strcmp(argv[i], "report") == 0;
    return false;
}

} // namespace

namespace hostreview::app::cli {

CliRegistration::CliRegistration(const CliCommand &command)
{
    registry().push_back(command);
}

std::vector<CliCommand> registeredCommands()
{
    std::vector<CliCommand> sorted = registry();
    std::sort(sorted.begin(), sorted.end(),
              [](const CliCommand &a, const CliCommand &b) { return std::strcmp(a.name, b.name) < 0; });
    return sorted;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace hostreview::app::cli

int main(int argc, char **argv)
{
    const bool needsGui = subcommandNeedsGui(argc, argv);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> appHolder(needsGui ? new QGuiApplication(argc, argv)
                                                               : new QCoreApplication(argc, argv));
    QCoreApplication &app = *appHolder;
    QCoreApplication::setOrganizationName(QStringLiteral("hostreview"));
    QCoreApplication::setApplicationName(QStringLiteral("hostreview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOSTREVIEW_VERSION));

    QStringList args = app.arguments();
    bool verbose = false;
    args.removeFirst();
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString opt = args.takeFirst();
        if (opt == QStringLiteral("--verbose") || opt == QStringLiteral("-v")) {
            verbose = true;
        } else if (opt == QStringLiteral("--help") || opt == QStringLiteral("-h")) {
            printUsage(out());
            return ExitOk;
        } else if (opt == QStringLiteral("--version")) {
            out() << "hostreview-cli " HOSTREVIEW_VERSION "\n";
            out().flush();
            return ExitOk;
        } else {
            err() << "hostreview-cli: unknown option " << opt << "\n";
            printUsage(err());
            return ExitUsage;
        }
    }
    // A subcommand's own --verbose is honoured too.
    if (args.removeAll(QStringLiteral("--verbose")) > 0)
        verbose = true;
    initLogging(verbose, true);

    if (args.isEmpty()) {
        printUsage(err());
        return ExitUsage;
    }
    const QString name = args.takeFirst();
    for (const CliCommand &c : registeredCommands()) {
        if (name == QString::fromUtf8(c.name)) {
            args.prepend(QStringLiteral("hostreview-cli ") + name);
            const int code = c.run(args);
            out().flush();
            err().flush();
            return code;
        }
    }
    err() << "hostreview-cli: unknown command '" << name << "'\n";
    printUsage(err());
    return ExitUsage;
}
