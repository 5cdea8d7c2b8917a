#pragma once

#include "clicommand.h"

#include "core/model/review.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>
#include <vector>

namespace hostreview::app::cli {

/**
 * Parses a subcommand's arguments (`args[0]` is "hostreview-cli NAME"). Handles `--help` (help on
 * stdout, ExitOk) and usage errors: unknown options, or fewer or more positional arguments than
 * `minPositional`…`maxPositional` (message on stderr, ExitUsage). Returns nullopt when the command
 * should go on.
 */
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args, int minPositional,
                                    int maxPositional);

/** Prints "PROGRAM: MESSAGE" and a hint to run --help on stderr; returns ExitUsage. */
int usageError(const QString &program, const QString &message);

/**
 * Prints "PROGRAM: PATH: MESSAGE" on stderr as one line (newlines in the message become spaces);
 * "PROGRAM: MESSAGE" when the message already starts with the path.
 */
void printFileError(const QString &program, const QString &path, const core::Error &error);

/** Reads a project file or interchange JSON; on failure prints one line and returns nullopt. */
std::optional<core::Review> loadReview(const QString &program, const QString &path);

/** Prints each problem as one line "PATH: error: where: message" on stderr. */
void printProblems(const QString &path, const std::vector<core::Problem> &problems);

/**
 * Validates the review and prints its problems; returns true when it has no errors (warnings are
 * printed but do not block).
 */
bool validateAndReport(const QString &path, const core::Review &review);

/** Writes a project file or JSON (by the name's extension); on failure prints one line and returns false. */
bool saveReview(const QString &program, const core::Review &review, const QString &path);

/** Returns the text on one line: line breaks and tabs become spaces, surrounding space trimmed. */
QString oneLine(QString text);

} // namespace hostreview::app::cli
