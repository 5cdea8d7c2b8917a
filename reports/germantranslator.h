#pragma once

#include <QTranslator>

namespace hostreview::reports {

/**
 * German for the report's generated phrases (context "hostreview::reports::Report"), compiled in
 * until i18n/hostreview_de.ts carries them and the .qm pipeline ships: installed only when no
 * hostreview_de.qm is found. Titles and boilerplate come from the template's "de" section, not from here.
 */
class GermanReportTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace hostreview::reports
