#pragma once

#include "core/interchange/reviewfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

/** Helpers shared by the report tests: the samples with their checklist answers merged in, and poppler. */
namespace reporttest {

inline QString sourceDir()
{
    return qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR");
}

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/**
 * Writes templates/samples/NAME.json with templates/checklists/sample-answers/NAME.json merged in (as
 * templates/checklists/README.md describes) to `dir`, and returns the path; empty on failure.
 */
inline QString writeSampleWithAnswers(const QString &name, const QString &dir)
{
    QJsonObject doc = readJson(sourceDir() + QStringLiteral("/templates/samples/") + name + QStringLiteral(".json"));
    const QJsonObject answers =
        readJson(sourceDir() + QStringLiteral("/templates/checklists/sample-answers/") + name + QStringLiteral(".json"));
    if (doc.isEmpty() || answers.isEmpty())
        return {};
    doc.insert(QStringLiteral("checklist"), answers.value(QStringLiteral("checklist")));
    doc.insert(QStringLiteral("hosting_questionnaire"), answers.value(QStringLiteral("hosting_questionnaire")));
    doc.insert(QStringLiteral("answers"), answers.value(QStringLiteral("answers")));
    const QString path = QDir(dir).filePath(name + QStringLiteral(".json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(doc).toJson());
    return path;
}

/** Returns true when the poppler tools the tests call are installed. */
inline bool havePoppler()
{
    for (const char *tool : {"pdfinfo", "pdftotext", "pdfimages"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    return true;
}

/** Runs a tool and returns its standard output (empty when it fails). */
inline QByteArray runTool(const QString &tool, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000)) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

/** Returns the PDF's text with every run of white space made one space (table cells and wrapped lines join). */
inline QString pdfText(const QString &pdf, int firstPage = 0, int lastPage = 0)
{
    QStringList args;
    if (firstPage > 0)
        args << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l") << QString::number(lastPage);
    args << pdf << QStringLiteral("-");
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), args)).simplified();
}

/** Returns the same text with white space made one space, to compare with pdfText. */
inline QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace reporttest
