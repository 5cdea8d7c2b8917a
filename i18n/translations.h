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
 * Loads the program's translation for `code` ("de", "fr", "en") into `translator`: the embedded
 * :/i18n/hostreview_<code>.qm first, then the installed share/hostreview/translations folder. The
 * English one holds only plural forms ("%n station(s)" → "1 station", "2 stations"); every other
 * English text is the source itself. Returns false for an unknown language and when no non-empty
 * translation is found.
 */
bool loadTranslation(QTranslator &translator, const QString &code);

} // namespace hostreview::i18n
