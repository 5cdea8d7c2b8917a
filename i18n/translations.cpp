#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace hostreview::i18n {

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return code;
}

bool loadTranslation(QTranslator &translator, const QString &code)
{
    if (!languages().contains(code))
        return false;
    const QString name = QStringLiteral("hostreview_") + code;
    const QStringList dirs = {
        QStringLiteral(":/i18n"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/hostreview/translations"),
    };
    for (const QString &dir : dirs) {
        if (translator.load(name, dir) && !translator.isEmpty())
            return true;
    }
    return false;
}

} // namespace hostreview::i18n
