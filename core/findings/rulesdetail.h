#pragma once

#include "findings.h"

#include <QVariant>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hostreview::core::findings::detail {

/** The type of one condition parameter. */
enum class ParamType { Number, Integer, Boolean, Choice, StringList };

/** One parameter a condition type accepts, with its default (undefined: none). */
struct ParamSpec {
    QString key;
    ParamType type = ParamType::Number;
    QVariant defaultValue; ///< invalid: no default
    double minimum = 0.0;
    double maximum = 0.0;
    QStringList choices; ///< Choice: the allowed values; StringList: allowed elements (empty: any)
    bool required = false;
};

/** A condition type the engine implements: its parameters and the placeholders its findings fill. */
struct ConditionSpec {
    QString type;
    std::vector<ParamSpec> params;
    QStringList placeholders;

    const ParamSpec *param(const QString &key) const;
};

const std::vector<ConditionSpec> &conditionSpecs();
const ConditionSpec *conditionSpec(const QString &type);

/** Parameter readers: the rule's value, else the documented default. */
double numberParam(const Rule &rule, const QString &key);
std::optional<double> optionalNumberParam(const Rule &rule, const QString &key);
std::optional<bool> boolParam(const Rule &rule, const QString &key);
QString stringParam(const Rule &rule, const QString &key);
QStringList listParam(const Rule &rule, const QString &key);

} // namespace hostreview::core::findings::detail
