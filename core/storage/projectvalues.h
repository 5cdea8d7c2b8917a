#pragma once

#include "../model/review.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace hostreview::core::detail {

/** Returns compact JSON text of an object ("{}" when empty). */
QString jsonObjectText(const QJsonObject &object);

/** Parses JSON text that must be an object; nullopt (and `why`) otherwise. */
std::optional<QJsonObject> jsonObjectFromText(const QString &text, QString *why);

/** Returns compact JSON text of any value ("\"yes\"", "3", "[1,2]", "null"). */
QString jsonValueText(const QJsonValue &value);

/** Parses the JSON text of one value; nullopt (and `why`) on a syntax error. */
std::optional<QJsonValue> jsonValueFromText(const QString &text, QString *why);

/** Returns "YYYY-MM-DD", or a null string for an invalid date (stored as NULL). */
QString dateText(const QDate &date);

/** Returns ISO 8601 UTC with milliseconds ("2026-11-22T03:15:00.250Z"), or a null string for an invalid one. */
QString dateTimeText(const QDateTime &dateTime);

/** Parses the names written by disciplineName(), classTypeName(), provenanceName(). */
std::optional<Discipline> disciplineFromName(const QString &name);
std::optional<ClassType> classTypeFromName(const QString &name);
std::optional<Provenance> provenanceFromName(const QString &name);

} // namespace hostreview::core::detail
