#include "reporttemplate.h"

#include "core/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace hostreview::reports {

using core::Error;
using core::Result;

QString ReportTemplate::title(const QString &lang, const QString &section) const
{
    for (const QString &l : {lang, QStringLiteral("en")}) {
        const auto it = languages.constFind(l);
        if (it != languages.constEnd() && !it->titles.value(section).isEmpty())
            return it->titles.value(section);
    }
    return section;
}

QString ReportTemplate::boilerplate(const QString &lang, const QString &key) const
{
    for (const QString &l : {lang, QStringLiteral("en")}) {
        const auto it = languages.constFind(l);
        if (it != languages.constEnd() && !it->boilerplate.value(key).isEmpty())
            return it->boilerplate.value(key);
    }
    return {};
}

QStringList knownSections()
{
    return {QStringLiteral("cover"),      QStringLiteral("toc"),      QStringLiteral("summary"),
            QStringLiteral("topology"),   QStringLiteral("capacity"), QStringLiteral("scorecard"),
            QStringLiteral("findings"),   QStringLiteral("roadmap"),  QStringLiteral("hosting"),
            QStringLiteral("appendix-checklist"), QStringLiteral("appendix-model"),
            QStringLiteral("appendix-assumptions"), QStringLiteral("appendix-history")};
}

namespace {

QMap<QString, QString> stringMap(const QJsonObject &o, const QString &where, QStringList &problems)
{
    QMap<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            problems << QStringLiteral("%1.%2: must be a string").arg(where, it.key());
        else
            map.insert(it.key(), it.value().toString());
    }
    return map;
}

} // namespace

Result<ReportTemplate> reportTemplateFromJson(const QByteArray &json, const QString &baseDir)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return core::fail(QString(), QStringLiteral("not valid JSON at offset %1: %2")
                                         .arg(parseError.offset)
                                         .arg(parseError.errorString()));
    if (!doc.isObject())
        return core::fail(QString(), QStringLiteral("a report template must be a JSON object"));
    const QJsonObject root = doc.object();
    QStringList problems;
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("hostreview-report-template"))
        problems << QStringLiteral("format: must be \"hostreview-report-template\"");
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version != 1)
        problems << QStringLiteral("version: this program reads version 1, got %1").arg(version);

    ReportTemplate t;
    t.id = root.value(QStringLiteral("id")).toString();
    t.name = root.value(QStringLiteral("name")).toString();
    if (t.id.isEmpty())
        problems << QStringLiteral("id: must be a non-empty string");

    const QJsonObject branding = root.value(QStringLiteral("branding")).toObject();
    t.consultancy = branding.value(QStringLiteral("consultancy")).toString();
    if (branding.contains(QStringLiteral("font")))
        t.fontFamily = branding.value(QStringLiteral("font")).toString();
    const QString logo = branding.value(QStringLiteral("logo")).toString();
    if (!logo.isEmpty()) {
        const QString path = QFileInfo(logo).isAbsolute() ? logo : QDir(baseDir).filePath(logo);
        if (!QFileInfo(path).isFile())
            problems << QStringLiteral("branding.logo: file \"%1\" not found").arg(path);
        else
            t.logoPath = path;
    }
    const QJsonObject colors = branding.value(QStringLiteral("colors")).toObject();
    const std::pair<const char *, QColor *> colorKeys[] = {
        {"primary", &t.colors.primary}, {"accent", &t.colors.accent},   {"text", &t.colors.text},
        {"muted", &t.colors.muted},     {"rule", &t.colors.rule},       {"good", &t.colors.good},
        {"warning", &t.colors.warning}, {"critical", &t.colors.critical}};
    for (const auto &[key, target] : colorKeys) {
        const QString k = QString::fromLatin1(key);
        if (!colors.contains(k))
            continue;
        const QColor c = QColor::fromString(colors.value(k).toString());
        if (!c.isValid())
            problems << QStringLiteral("branding.colors.%1: \"%2\" is not a colour (#rrggbb)")
                            .arg(k, colors.value(k).toString());
        else
            *target = c;
    }

    const QJsonValue sections = root.value(QStringLiteral("sections"));
    if (!sections.isArray() || sections.toArray().isEmpty()) {
        problems << QStringLiteral("sections: must be a non-empty list of section ids");
    } else {
        const QStringList known = knownSections();
        const QJsonArray list = sections.toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QString id = list.at(i).toString();
            if (!known.contains(id))
                problems << QStringLiteral("sections[%1]: unknown section \"%2\" (known: %3)")
                                .arg(i)
                                .arg(id, known.join(QStringLiteral(", ")));
            else if (t.sections.contains(id))
                problems << QStringLiteral("sections[%1]: \"%2\" is listed twice").arg(i).arg(id);
            else
                t.sections << id;
        }
    }

    const QJsonObject languages = root.value(QStringLiteral("languages")).toObject();
    if (!languages.contains(QStringLiteral("en")))
        problems << QStringLiteral("languages.en: English titles and boilerplate are required (the fallback)");
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QJsonObject lang = it.value().toObject();
        ReportLanguage l;
        const QString where = QStringLiteral("languages.%1").arg(it.key());
        l.titles = stringMap(lang.value(QStringLiteral("titles")).toObject(), where + QStringLiteral(".titles"),
                             problems);
        l.boilerplate = stringMap(lang.value(QStringLiteral("boilerplate")).toObject(),
                                  where + QStringLiteral(".boilerplate"), problems);
        t.languages.insert(it.key(), l);
    }

    if (problems.size() == 1) {
        const int colon = problems.first().indexOf(QStringLiteral(": "));
        return core::fail(problems.first().left(colon), problems.first().mid(colon + 2));
    }
    if (!problems.isEmpty())
        return core::fail(QString(), problems.join(QLatin1Char('\n')));
    return t;
}

Result<ReportTemplate> loadReportTemplate(const QString &name)
{
    QString path;
    if (name.endsWith(QLatin1String(".json"))) {
        path = name;
    } else {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        if (!plain.match(name).hasMatch())
            return core::fail(QStringLiteral("template"),
                              QStringLiteral("\"%1\" is not a template name (letters, digits, '-', '_')").arg(name));
        path = core::templatePath(QStringLiteral("report/%1.json").arg(name));
        if (path.isEmpty())
            return core::fail(QStringLiteral("template"), QStringLiteral("no templates folder found"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::fail(path, QStringLiteral("cannot read report template: %1").arg(file.errorString()));
    Result<ReportTemplate> t = reportTemplateFromJson(file.readAll(), QFileInfo(path).absolutePath());
    if (!t)
        return core::fail(t.error().where.isEmpty() ? path : path + QLatin1Char(':') + t.error().where,
                          t.error().message);
    return t;
}

} // namespace hostreview::reports
