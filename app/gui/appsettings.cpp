#include "appsettings.h"

#include "i18n/translations.h"

#include <QSettings>

namespace hostreview::app {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.reviewerName = s.value(QStringLiteral("reviewer/name")).toString();
    const double knee = s.value(QStringLiteral("analysis/knee"), a.knee).toDouble();
    if (knee > 0 && knee < 1)
        a.knee = knee;
    const QString unit = s.value(QStringLiteral("display/timeUnit"), a.timeUnit).toString();
    if (unit == QLatin1String("ms") || unit == QLatin1String("s"))
        a.timeUnit = unit;
    a.snapToGrid = s.value(QStringLiteral("canvas/snapToGrid"), true).toBool();
    const int autosave = s.value(QStringLiteral("files/autosaveMinutes"), a.autosaveMinutes).toInt();
    if (autosave >= 0 && autosave <= 120)
        a.autosaveMinutes = autosave;
    const QString language = s.value(QStringLiteral("display/language")).toString();
    if (i18n::languages().contains(language))
        a.language = language;
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("reviewer/name"), reviewerName);
    s.setValue(QStringLiteral("analysis/knee"), knee);
    s.setValue(QStringLiteral("display/timeUnit"), timeUnit);
    s.setValue(QStringLiteral("canvas/snapToGrid"), snapToGrid);
    s.setValue(QStringLiteral("files/autosaveMinutes"), autosaveMinutes);
    s.setValue(QStringLiteral("display/language"), language);
}

} // namespace hostreview::app
