#include "language.h"

#include "core/log.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace hostreview::app {

Language::~Language()
{
    remove();
}

QString Language::resolve(const QString &requested, const QString &setting, const QLocale &system)
{
    if (!requested.isEmpty())
        return requested;
    if (!setting.isEmpty())
        return setting;
    const QString systemCode = QLocale::languageToCode(system.language(), QLocale::ISO639Part1);
    return i18n::languages().contains(systemCode) ? systemCode : QStringLiteral("en");
}

bool Language::apply(const QString &code, const QLocale &system)
{
    if (!i18n::languages().contains(code))
        return false;
    remove();
    m_code = code;
    const bool systemSpeaksIt = QLocale::languageToCode(system.language(), QLocale::ISO639Part1) == code;
    QLocale::setDefault(systemSpeaksIt ? system : QLocale(code));
    if (i18n::loadTranslation(m_program, code)) // for English: the plural forms only
        m_programInstalled = QCoreApplication::installTranslator(&m_program);
    else
        core::logger("app")->warn("no translation hostreview_{} found; the program stays English", code.toStdString());
    if (code == QLatin1String("en"))
        return true;
    // Qt's own strings: the buttons of standard dialogs, context menus of text fields.
    if (m_qt.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    else
        core::logger("app")->info("no Qt translation qtbase_{} found", code.toStdString());
    return true;
}

void Language::remove()
{
    if (m_programInstalled)
        QCoreApplication::removeTranslator(&m_program);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_programInstalled = m_qtInstalled = false;
}

} // namespace hostreview::app
