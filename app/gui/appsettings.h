#pragma once

#include <QString>

namespace hostreview::app {

/** The user's preferences, kept with QSettings (organisation "hostreview"). */
struct AppSettings {
    QString reviewerName;
    double knee = 0.8;                      ///< utilisation from which a station is at risk (amber)
    QString timeUnit = QStringLiteral("ms"); ///< how times are shown: "ms" or "s"
    bool snapToGrid = true;
    int autosaveMinutes = 3;                ///< autosave of unsaved work every N minutes; 0 = off
    QString language;                        ///< "en", "de", "fr"; empty follows the system locale

    static AppSettings load();
    void save() const;
};

} // namespace hostreview::app
