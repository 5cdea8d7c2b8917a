#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace hostreview::app {

/**
 * The program's language: its own translation, Qt's translation of standard dialogs and buttons,
 * and the default QLocale that formats numbers and dates. Chosen once at start; a new choice in the
 * settings applies at the next start.
 */
class Language {
public:
    Language() = default;
    ~Language();
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

    /**
     * Returns the language to use: `requested` (the --language option) when set, else `setting` (the
     * settings dialog) when set, else the system locale's language if the program speaks it, else "en".
     */
    static QString resolve(const QString &requested, const QString &setting, const QLocale &system = QLocale::system());

    /**
     * Installs the translators for `code` ("en", "de", "fr") into the application and makes the
     * matching locale the default (the system locale when it speaks that language, so de_AT keeps its
     * formats). Returns false when `code` is not a language the program speaks.
     */
    bool apply(const QString &code, const QLocale &system = QLocale::system());

    /** Returns the language applied, "en" before apply(). */
    QString code() const { return m_code; }

private:
    void remove();

    QString m_code = QStringLiteral("en");
    QTranslator m_program;
    QTranslator m_qt;
    bool m_programInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace hostreview::app
