#include "common.h"

#include "core/interchange/reviewfile.h"
#include "core/model/validation.h"

#include <QCoreApplication>

namespace hostreview::app::cli {

namespace {

/** QCommandLineParser names the executable in its usage line; name the subcommand instead. */
QString helpText(const QCommandLineParser &parser, const QString &program)
{
    QString text = parser.helpText();
    const QString usage = QStringLiteral("Usage: ");
    const QString executable = QCoreApplication::arguments().value(0);
    if (text.startsWith(usage + executable))
        text.replace(usage.size(), executable.size(), program);
    return text;
}

} // namespace

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args, int minPositional,
                                    int maxPositional)
{
    const QString program = args.value(0, QStringLiteral("hostreview-cli"));
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args))
        return usageError(program, parser.errorText());
    if (parser.isSet(help)) {
        out() << helpText(parser, program);
        out().flush();
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(program, QStringLiteral("missing argument"));
    if (count > maxPositional)
        return usageError(program, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(maxPositional)));
    return std::nullopt;
}

int usageError(const QString &program, const QString &message)
{
    err() << program << ": " << oneLine(message) << "\nRun '" << program << " --help' for its options.\n";
    err().flush();
    return ExitUsage;
}

void printFileError(const QString &program, const QString &path, const core::Error &error)
{
    const QString text = oneLine(error.toString());
    // Storage messages already start with the file's path; name it once.
    if (text.startsWith(path))
        err() << program << ": " << text << '\n';
    else
        err() << program << ": " << path << ": " << text << '\n';
    err().flush();
}

std::optional<core::Review> loadReview(const QString &program, const QString &path)
{
    core::Result<core::Review> review = core::readReviewFile(path);
    if (!review.ok()) {
        printFileError(program, path, review.error());
        return std::nullopt;
    }
    return std::move(review).value();
}

void printProblems(const QString &path, const std::vector<core::Problem> &problems)
{
    for (const core::Problem &p : problems)
        err() << path << ": " << oneLine(p.toString()) << '\n';
    err().flush();
}

bool validateAndReport(const QString &path, const core::Review &review)
{
    const std::vector<core::Problem> problems = core::validate(review);
    printProblems(path, problems);
    return !core::hasErrors(problems);
}

bool saveReview(const QString &program, const core::Review &review, const QString &path)
{
    const core::Result<void> written = core::writeReviewFile(review, path);
    if (!written.ok()) {
        printFileError(program, path, written.error());
        return false;
    }
    return true;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text.trimmed();
}

} // namespace hostreview::app::cli
