#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace hostreview::i18n {

/** Returns the languages the program speaks, as ISO 639-1 codes: "en" (the source language), "de", "fr". */
QStringList languages();

/** Returns a language's own name for itself ("English", "Deutsch", "Français"); the code when unknown. */
QString nativeName(const QString &code);

/**
 * Loads the program's translation for `code` ("de", "fr") into `translator`: the embedded
 * :/i18n/hostreview_<code>.qm first, then the installed share/hostreview/translations folder.
 * Returns false for English (nothing to load) and when no non-empty translation is found.
 */
bool loadTranslation(QTranslator &translator, const QString &code);

} // namespace hostreview::i18n
