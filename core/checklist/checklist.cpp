#include "checklist.h"

#include "jsonreading.h"

#include "../model/validation.h"
#include "../paths.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace hostreview::core::checklist {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return re;
}

} // namespace

QString criticalityName(Criticality c)
{
    switch (c) {
    case Criticality::Low: return QStringLiteral("low");
    case Criticality::High: return QStringLiteral("high");
    case Criticality::Medium: break;
    }
    return QStringLiteral("medium");
}

std::optional<Criticality> criticalityFromName(const QString &name)
{
    for (Criticality c : {Criticality::Low, Criticality::Medium, Criticality::High})
        if (criticalityName(c) == name)
            return c;
    return std::nullopt;
}

const ChecklistItem *Checklist::item(const QString &id) const
{
    for (const ChecklistItem &i : items)
        if (i.id == id)
            return &i;
    return nullptr;
}

const ChecklistDomain *Checklist::domain(const QString &id) const
{
    for (const ChecklistDomain &d : domains)
        if (d.id == id)
            return &d;
    return nullptr;
}

std::optional<std::pair<QString, int>> parseSourceRef(const QString &ref)
{
    static const QRegularExpression re(QStringLiteral("^([^:\\s/\\\\][^:]*):([1-9][0-9]{0,6})$"));
    const QRegularExpressionMatch m = re.match(ref);
    if (!m.hasMatch())
        return std::nullopt;
    return std::make_pair(m.captured(1), m.captured(2).toInt());
}

Result<Checklist> checklistFromJson(const QByteArray &json)
{
    detail::JsonReader r;
    const std::optional<QJsonObject> root = r.parseRoot(json);
    if (!root)
        return r.toError();

    Checklist c;
    const QString format = r.string(*root, QStringLiteral("format"), QString());
    if (!format.isEmpty() && format != QLatin1String("hostreview-checklist"))
        r.problem(QStringLiteral("format"), QStringLiteral("must be \"hostreview-checklist\", got \"%1\"").arg(format));
    const QJsonValue version = root->value(QStringLiteral("version"));
    if (version.isDouble() && version.toDouble() > ChecklistFormatVersion) {
        r.problem(QStringLiteral("version"), QStringLiteral("checklist format version %1 is newer than this program reads (%2)")
                                                 .arg(version.toDouble())
                                                 .arg(ChecklistFormatVersion));
    } else {
        r.integer(*root, QStringLiteral("version"), QString(), 1, ChecklistFormatVersion);
    }
    c.id = r.string(*root, QStringLiteral("id"), QString());
    if (!c.id.isEmpty() && !idPattern().match(c.id).hasMatch())
        r.problem(QStringLiteral("id"), QStringLiteral("must match [A-Za-z0-9_.-]{1,64}, got \"%1\"").arg(c.id));
    c.name = r.string(*root, QStringLiteral("name"), QString());
    c.revision = r.integer(*root, QStringLiteral("revision"), QString(), 1, 1000000, false).value_or(1);
    c.description = r.string(*root, QStringLiteral("description"), QString(), false);

    QSet<QString> domainIds;
    const QJsonArray domains = r.array(*root, QStringLiteral("domains"), QString());
    for (qsizetype i = 0; i < domains.size(); ++i) {
        const QString where = QStringLiteral("domains[%1]").arg(i);
        if (!domains.at(i).isObject()) {
            r.problem(where, QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject obj = domains.at(i).toObject();
        ChecklistDomain d;
        d.id = r.string(obj, QStringLiteral("id"), where);
        const QString named = d.id.isEmpty() ? where : QStringLiteral("domains[%1]").arg(d.id);
        if (!d.id.isEmpty() && !idPattern().match(d.id).hasMatch())
            r.problem(where + QStringLiteral(".id"), QStringLiteral("must match [A-Za-z0-9_.-]{1,64}, got \"%1\"").arg(d.id));
        if (!d.id.isEmpty() && domainIds.contains(d.id))
            r.problem(named + QStringLiteral(".id"), QStringLiteral("is used by another domain"));
        domainIds.insert(d.id);
        d.name = r.string(obj, QStringLiteral("name"), named);
        d.description = r.string(obj, QStringLiteral("description"), named, false);
        c.domains.push_back(d);
    }
    if (root->contains(QStringLiteral("domains")) && domains.isEmpty() && root->value(QStringLiteral("domains")).isArray())
        r.problem(QStringLiteral("domains"), QStringLiteral("must list at least one domain"));

    QSet<QString> itemIds;
    const QJsonArray items = r.array(*root, QStringLiteral("items"), QString());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString position = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            r.problem(position, QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject obj = items.at(i).toObject();
        ChecklistItem item;
        item.id = r.string(obj, QStringLiteral("id"), position);
        const bool goodId = !item.id.isEmpty() && idPattern().match(item.id).hasMatch();
        if (!item.id.isEmpty() && !goodId)
            r.problem(position + QStringLiteral(".id"),
                      QStringLiteral("must match [A-Za-z0-9_.-]{1,64}, got \"%1\"").arg(item.id));
        // Errors about an item name it by id once it has a usable one, by position otherwise.
        const QString where = goodId ? QStringLiteral("items[%1]").arg(item.id) : position;
        if (goodId && itemIds.contains(item.id))
            r.problem(where + QStringLiteral(".id"), QStringLiteral("is used by another item"));
        itemIds.insert(item.id);

        item.domainId = r.string(obj, QStringLiteral("domain"), where);
        if (!item.domainId.isEmpty() && !domainIds.contains(item.domainId))
            r.problem(where + QStringLiteral(".domain"),
                      QStringLiteral("\"%1\" is not one of the checklist's domains").arg(item.domainId));
        item.question = r.string(obj, QStringLiteral("question"), where);
        item.good = r.string(obj, QStringLiteral("good"), where);
        item.weight = r.integer(obj, QStringLiteral("weight"), where, 1, 5).value_or(1);

        const QJsonValue crit = obj.value(QStringLiteral("criticality"));
        if (crit.isUndefined() || crit.isNull()) {
            r.problem(where + QStringLiteral(".criticality"), QStringLiteral("is required"));
        } else if (const auto parsed = criticalityFromName(crit.toString()); crit.isString() && parsed) {
            item.criticality = *parsed;
        } else {
            r.problem(where + QStringLiteral(".criticality"),
                      QStringLiteral("must be low, medium or high, got %1").arg(detail::describeJson(crit)));
        }

        item.sources = r.stringList(obj, QStringLiteral("sources"), where);
        if (obj.value(QStringLiteral("sources")).isArray() && obj.value(QStringLiteral("sources")).toArray().isEmpty())
            r.problem(where + QStringLiteral(".sources"), QStringLiteral("must cite at least one file:line reference"));
        for (qsizetype s = 0; s < item.sources.size(); ++s) {
            if (!parseSourceRef(item.sources.at(s)))
                r.problem(QStringLiteral("%1.sources[%2]").arg(where).arg(s),
                          QStringLiteral("must be a file:line reference such as \"002_a220ec9aadd018d6.txt:23\", got \"%1\"")
                              .arg(item.sources.at(s)));
        }
        c.items.push_back(item);
    }

    if (!r.ok())
        return r.toError();
    return c;
}

QString reviewChecklistId(const QString &checklistId)
{
    return checklistId.isEmpty() ? QStringLiteral("odoo-hosting") : checklistId;
}

Result<QString> shippedChecklistPath(const QString &id)
{
    if (!isValidId(id) || id.startsWith(QLatin1Char('.')))
        return fail(QStringLiteral("checklist"), QStringLiteral("\"%1\" is not a valid checklist id").arg(id));
    return templatePath(QStringLiteral("checklists/%1.json").arg(id));
}

Result<Checklist> loadShippedChecklist(const QString &checklistId)
{
    const Result<QString> path = shippedChecklistPath(reviewChecklistId(checklistId));
    if (!path)
        return path.error();
    return loadChecklist(*path);
}

Result<Checklist> loadChecklist(const QString &path)
{
    if (path.isEmpty())
        return fail(QString(), QStringLiteral("no checklist template path given (is the templates/ folder installed?)"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(path, QStringLiteral("cannot read checklist template: %1").arg(file.errorString()));
    Result<Checklist> parsed = checklistFromJson(file.readAll());
    if (!parsed) {
        const Error &e = parsed.error();
        return Error{e.where.isEmpty() ? path : path + QStringLiteral(": ") + e.where, e.message};
    }
    return parsed;
}

} // namespace hostreview::core::checklist
