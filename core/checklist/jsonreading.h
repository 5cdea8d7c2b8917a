#pragma once

#include "../result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hostreview::core::checklist::detail {

/**
 * Collects the problems found while reading a JSON template, so that a parser reports all of
 * them instead of stopping at the first. Each read names the field in the error.
 */
class JsonReader {
public:
    /** Parses the bytes into an object; a syntax error or a non-object root becomes a problem. */
    std::optional<QJsonObject> parseRoot(const QByteArray &json);

    /** Returns the string at key; reports a problem when required and missing or empty, or not a string. */
    QString string(const QJsonObject &obj, const QString &key, const QString &where, bool required = true);
    /** Returns the whole number at key within [min, max]; reports a problem otherwise. */
    std::optional<int> integer(const QJsonObject &obj, const QString &key, const QString &where, int min, int max,
                               bool required = true);
    /** Returns the array at key; reports a problem when required and missing, or not an array. */
    QJsonArray array(const QJsonObject &obj, const QString &key, const QString &where, bool required = true);
    /** Returns the list of non-empty strings at key; reports a problem for other element types. */
    QStringList stringList(const QJsonObject &obj, const QString &key, const QString &where, bool required = true);

    void problem(const QString &where, const QString &message);
    bool ok() const { return m_problems.empty(); }
    const std::vector<Problem> &problems() const { return m_problems; }

    /** Turns the collected problems into one Error (where = field when there is only one). */
    Error toError() const;

private:
    std::vector<Problem> m_problems;
};

/** Returns "a, b and c" style lists for messages. */
QString joinedForMessage(const QStringList &values);

/** Returns a short JSON rendering of a value for messages: strings quoted, numbers as written. */
QString describeJson(const QJsonValue &value);

} // namespace hostreview::core::checklist::detail
