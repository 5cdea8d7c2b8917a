#pragma once

#include "core/result.h"

#include <QColor>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hostreview::reports {

/** The colours of a report template's branding. */
struct ReportColors {
    QColor primary{0x1f, 0x4e, 0x79};  ///< headings, cover band, table headers
    QColor accent{0x2e, 0x75, 0xb6};   ///< chart series, links
    QColor text{0x22, 0x22, 0x22};     ///< body text
    QColor muted{0x6b, 0x6b, 0x6b};    ///< captions, header and footer
    QColor rule{0xc8, 0xce, 0xd6};     ///< table rules, chart grid
    QColor good{0x3c, 0x8d, 0x40};     ///< utilisation below the knee, good scores
    QColor warning{0xe0, 0xa1, 0x00};  ///< utilisation from the knee to 100 %
    QColor critical{0xc6, 0x28, 0x28}; ///< utilisation at or above 100 %
};

/** The titles and boilerplate of one language of a template. */
struct ReportLanguage {
    QMap<QString, QString> titles;      ///< section id → title
    QMap<QString, QString> boilerplate; ///< section id (and "cover", "confidential") → paragraph
};

/**
 * A report template (templates/report/NAME.json, format "hostreview-report-template" v1; the
 * format is described in templates/report/README.md): section order, titles, branding and
 * boilerplate per language, editable without recompiling.
 */
struct ReportTemplate {
    QString id;
    QString name;
    QString consultancy;
    QString logoPath;     ///< absolute path of the logo SVG; empty when the template has none
    QString fontFamily = QStringLiteral("DejaVu Sans");
    ReportColors colors;
    QStringList sections; ///< section ids in print order
    QMap<QString, ReportLanguage> languages; ///< "en", "de", …

    /** Returns the title of a section in `lang`, falling back to English, then to the id. */
    QString title(const QString &lang, const QString &section) const;
    /** Returns the boilerplate paragraph of a key in `lang`, falling back to English; empty when none. */
    QString boilerplate(const QString &lang, const QString &key) const;
};

/** Returns the section ids a template may list, in the default order. */
QStringList knownSections();

/**
 * Parses a template. `baseDir` resolves the logo's relative path. Every problem names the field
 * ("sections[3]: unknown section \"charts\"").
 */
core::Result<ReportTemplate> reportTemplateFromJson(const QByteArray &json, const QString &baseDir);

/**
 * Loads templates/report/NAME.json (core::templatePath). NAME is a plain name (letters, digits,
 * '-', '_'), or a path to a .json file.
 */
core::Result<ReportTemplate> loadReportTemplate(const QString &name);

} // namespace hostreview::reports
