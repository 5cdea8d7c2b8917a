#include "projectvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace hostreview::core::detail {

QString jsonObjectText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> jsonObjectFromText(const QString &text, QString *why)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        *why = QStringLiteral("invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *why = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

QString jsonValueText(const QJsonValue &value)
{
    // QJsonDocument holds only objects and arrays: write the value as a one-element array and
    // strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

std::optional<QJsonValue> jsonValueFromText(const QString &text, QString *why)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        *why = error.error != QJsonParseError::NoError ? QStringLiteral("invalid JSON: %1").arg(error.errorString())
                                                        : QStringLiteral("expected exactly one JSON value");
        return std::nullopt;
    }
    return doc.array().at(0);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString dateTimeText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

std::optional<Discipline> disciplineFromName(const QString &name)
{
    for (Discipline d : {Discipline::Queue, Discipline::Delay})
        if (disciplineName(d) == name)
            return d;
    return std::nullopt;
}

std::optional<ClassType> classTypeFromName(const QString &name)
{
    for (ClassType t : {ClassType::Open, ClassType::Closed})
        if (classTypeName(t) == name)
            return t;
    return std::nullopt;
}

std::optional<Provenance> provenanceFromName(const QString &name)
{
    for (Provenance p : {Provenance::Estimated, Provenance::Measured})
        if (provenanceName(p) == name)
            return p;
    return std::nullopt;
}

} // namespace hostreview::core::detail
