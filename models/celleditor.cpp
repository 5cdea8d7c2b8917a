#include "celleditor.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace hostreview::models::detail {

namespace {
/** The translation context of the cell editors' messages. */
struct CellEditor {
    Q_DECLARE_TR_FUNCTIONS(hostreview::models::CellEditor)
};
} // namespace

core::Result<std::optional<double>> parseNumber(const QVariant &value, const QString &where, bool allowEmpty)
{
    double v = 0.0;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
        || value.typeId() == QMetaType::Float) {
        v = value.toDouble();
    } else {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            if (allowEmpty)
                return std::optional<double>{};
            return core::fail(where, CellEditor::tr("a number is required"));
        }
        bool ok = false;
        v = QLocale().toDouble(text, &ok);
        if (!ok)
            v = QLocale::c().toDouble(text, &ok);
        if (!ok)
            return core::fail(where, CellEditor::tr("not a number: \"%1\"").arg(text));
    }
    if (!std::isfinite(v))
        return core::fail(where, CellEditor::tr("must be a finite number"));
    return std::optional<double>(v);
}

core::Result<std::optional<int>> parseInteger(const QVariant &value, const QString &where, bool allowEmpty)
{
    const auto number = parseNumber(value, where, allowEmpty);
    if (!number)
        return number.error();
    if (!number.value())
        return std::optional<int>{};
    const double v = *number.value();
    if (v != std::floor(v) || std::fabs(v) > double(std::numeric_limits<int>::max()))
        return core::fail(where, CellEditor::tr("must be a whole number, got %1").arg(numberText(v)));
    return std::optional<int>(int(v));
}

QString numberText(double value)
{
    if (!std::isfinite(value))
        return {};
    // The user's decimal separator, without grouping, so the text edits and parses back unchanged.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 12);
}

} // namespace hostreview::models::detail
