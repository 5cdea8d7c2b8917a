#include "jsonreading.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace hostreview::core::checklist::detail {

std::optional<QJsonObject> JsonReader::parseRoot(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problem(QString(), QStringLiteral("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        problem(QString(), QStringLiteral("the document must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

QString JsonReader::string(const QJsonObject &obj, const QString &key, const QString &where, bool required)
{
    const QString field = where.isEmpty() ? key : where + QLatin1Char('.') + key;
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(field, QStringLiteral("is required"));
        return {};
    }
    if (!v.isString()) {
        problem(field, QStringLiteral("must be a string, got %1").arg(describeJson(v)));
        return {};
    }
    const QString s = v.toString();
    if (required && s.trimmed().isEmpty())
        problem(field, QStringLiteral("must not be empty"));
    return s;
}

std::optional<int> JsonReader::integer(const QJsonObject &obj, const QString &key, const QString &where, int min,
                                       int max, bool required)
{
    const QString field = where.isEmpty() ? key : where + QLatin1Char('.') + key;
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(field, QStringLiteral("is required"));
        return std::nullopt;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || d < min || d > max) {
        problem(field, QStringLiteral("must be a whole number from %1 to %2, got %3").arg(min).arg(max).arg(describeJson(v)));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

QJsonArray JsonReader::array(const QJsonObject &obj, const QString &key, const QString &where, bool required)
{
    const QString field = where.isEmpty() ? key : where + QLatin1Char('.') + key;
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(field, QStringLiteral("is required"));
        return {};
    }
    if (!v.isArray()) {
        problem(field, QStringLiteral("must be a list, got %1").arg(describeJson(v)));
        return {};
    }
    return v.toArray();
}

QStringList JsonReader::stringList(const QJsonObject &obj, const QString &key, const QString &where, bool required)
{
    const QString field = where.isEmpty() ? key : where + QLatin1Char('.') + key;
    const QJsonArray list = array(obj, key, where, required);
    QStringList result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue v = list.at(i);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            problem(QStringLiteral("%1[%2]").arg(field).arg(i),
                    QStringLiteral("must be a non-empty string, got %1").arg(describeJson(v)));
            continue;
        }
        result << v.toString();
    }
    return result;
}

void JsonReader::problem(const QString &where, const QString &message)
{
    m_problems.push_back(Problem{Severity::Error, where, message});
}

Error JsonReader::toError() const
{
    if (m_problems.empty())
        return Error{};
    if (m_problems.size() == 1)
        return Error{m_problems.front().where, m_problems.front().message};
    QStringList lines;
    for (const Problem &p : m_problems)
        lines << (p.where.isEmpty() ? p.message : p.where + QStringLiteral(": ") + p.message);
    return Error{QString(), QStringLiteral("%1 problems:\n").arg(m_problems.size()) + lines.join(QLatin1Char('\n'))};
}

QString joinedForMessage(const QStringList &values)
{
    if (values.size() <= 1)
        return values.join(QString());
    return values.mid(0, values.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + values.last();
}

QString describeJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

} // namespace hostreview::core::checklist::detail
