// A generic three-way merge on the JSON trees of interchange documents. Lists of objects are matched
// by the stable id of their elements (docs/collaboration.md, "How merging works"), objects key by
// key, lists of strings as sets; everything else is one value that either side may replace.

#include "jsonmerge.h"

#include "../interchange/jsoncodec.h"
#include "../storage/projectvalues.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace hostreview::core::detail {

namespace {

/** Returns the identity of the elements of the list `listName`, or an empty string for lists without one. */
QString elementKey(const QString &listName, const QJsonObject &element)
{
    if (listName == QLatin1String("links")) {
        const QJsonValue from = element.value(QStringLiteral("from"));
        const QJsonValue to = element.value(QStringLiteral("to"));
        if (!from.isString() || !to.isString())
            return {};
        return linkKey(from.toString(), to.toString());
    }
    QString field = QStringLiteral("id");
    if (listName == QLatin1String("profiles"))
        field = QStringLiteral("class");
    else if (listName == QLatin1String("answers"))
        field = QStringLiteral("item");
    else if (listName == QLatin1String("demands"))
        field = QStringLiteral("station");
    const QJsonValue id = element.value(field);
    return id.isString() ? id.toString() : QString();
}

/** The elements of a list of objects by their identity, in list order; nullopt when they have none or repeat one. */
struct KeyedList {
    QStringList order;
    QHash<QString, QJsonValue> byKey;
};

std::optional<KeyedList> keyed(const QString &listName, const QJsonValue &value)
{
    KeyedList list;
    if (value.isUndefined())
        return list;
    if (!value.isArray())
        return std::nullopt;
    for (const QJsonValue &element : value.toArray()) {
        if (!element.isObject())
            return std::nullopt;
        const QString key = elementKey(listName, element.toObject());
        if (key.isEmpty() || list.byKey.contains(key))
            return std::nullopt;
        list.order << key;
        list.byKey.insert(key, element);
    }
    return list;
}

/** Returns true when the value is a non-empty list of strings (or an absent/empty list). */
bool isStringList(const QJsonValue &value)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isString(); });
}

/** Returns true when the list holds at least one object (a list matched by ids rather than a plain value). */
bool hasObjects(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return std::any_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isObject(); });
}

/** The document's keys in canonical order (docs/file-format.md), so that changes are listed in document order. */
int documentRank(const QString &key)
{
    const QStringList &order = canonicalDocumentKeys();
    const qsizetype i = order.indexOf(key);
    return i < 0 ? int(order.size()) : int(i);
}

/** Returns the union of the objects' keys: document order at the top, sorted by name below. */
QStringList unitedKeys(const QString &path, std::initializer_list<const QJsonObject *> objects)
{
    QStringList keys;
    for (const QJsonObject *o : objects)
        keys += o->keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    if (path.isEmpty())
        std::stable_sort(keys.begin(), keys.end(),
                         [](const QString &a, const QString &b) { return documentRank(a) < documentRank(b); });
    return keys;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

/** Absent optional members count as the empty object or list when the other side holds one. */
QJsonValue normalized(const QJsonValue &value, const QJsonValue &shape)
{
    if (!value.isUndefined())
        return value;
    if (shape.isObject())
        return QJsonObject();
    if (shape.isArray())
        return QJsonArray();
    return value;
}

Difference difference(const QString &path, const QJsonValue &before, const QJsonValue &after, ChangeOrigin origin)
{
    Difference d;
    d.path = path;
    d.before = before;
    d.after = after;
    d.origin = origin;
    if (before.isUndefined()) {
        d.kind = ChangeKind::Added;
        d.text = path + QStringLiteral(": added ") + shortValueText(after);
    } else if (after.isUndefined()) {
        d.kind = ChangeKind::Removed;
        d.text = path + QStringLiteral(": removed (was ") + shortValueText(before) + QLatin1Char(')');
    } else {
        d.kind = ChangeKind::Changed;
        d.text = path + QStringLiteral(": ") + shortValueText(before) + QStringLiteral(" → ") + shortValueText(after);
    }
    return d;
}

/** Walks two values and lists their differences, as finely as their shape allows. */
class Differ {
public:
    Differ(ChangeOrigin origin, QList<Difference> *out) : m_origin(origin), m_out(out) {}

    void value(const QString &path, const QString &name, const QJsonValue &a, const QJsonValue &b, bool element)
    {
        if (a == b)
            return;
        if (!element) {
            const QJsonValue na = normalized(a, b);
            const QJsonValue nb = normalized(b, a);
            if (na.isObject() && nb.isObject()) {
                object(path, na.toObject(), nb.toObject());
                return;
            }
            if (na.isArray() && nb.isArray() && (hasObjects(na) || hasObjects(nb))) {
                const auto ka = keyed(name, na);
                const auto kb = keyed(name, nb);
                if (ka && kb) {
                    list(path, name, *ka, *kb);
                    return;
                }
            }
        } else if (a.isObject() && b.isObject()) {
            object(path, a.toObject(), b.toObject());
            return;
        }
        m_out->append(difference(path, a, b, m_origin));
    }

    void object(const QString &path, const QJsonObject &a, const QJsonObject &b, const QSet<QString> &ignored = {})
    {
        for (const QString &k : unitedKeys(path, {&a, &b}))
            if (!ignored.contains(k))
                value(memberPath(path, k), k, a.value(k), b.value(k), false);
    }

    void list(const QString &path, const QString &name, const KeyedList &a, const KeyedList &b)
    {
        Q_UNUSED(name);
        for (const QString &k : a.order)
            value(elementPath(path, k), QString(), a.byKey.value(k), b.byKey.value(k, QJsonValue::Undefined), true);
        for (const QString &k : b.order)
            if (!a.byKey.contains(k))
                value(elementPath(path, k), QString(), QJsonValue::Undefined, b.byKey.value(k), true);
    }

private:
    ChangeOrigin m_origin;
    QList<Difference> *m_out;
};

class Merger {
public:
    Merger(const QMap<QString, Side> &choices, QSet<QString> *used, JsonMergeOutput *out)
        : m_choices(choices), m_used(used), m_out(out)
    {
    }

    /** Returns the merged value; Undefined means "absent". */
    QJsonValue value(const QString &path, const QString &name, const QJsonValue &base, const QJsonValue &ours,
                     const QJsonValue &theirs, bool element)
    {
        if (ours == theirs) {
            if (ours != base)
                Differ(ChangeOrigin::Both, &m_out->applied).value(path, name, base, ours, element);
            return ours;
        }
        if (ours == base) {
            Differ(ChangeOrigin::Theirs, &m_out->applied).value(path, name, base, theirs, element);
            return theirs;
        }
        if (theirs == base) {
            Differ(ChangeOrigin::Ours, &m_out->applied).value(path, name, base, ours, element);
            return ours;
        }
        // Both sides changed it, differently: look inside when the shapes allow it.
        if (element) {
            // A list element is added, removed or edited as a whole: add-vs-add and delete-vs-edit conflict.
            if (base.isObject() && ours.isObject() && theirs.isObject())
                return object(path, base.toObject(), ours.toObject(), theirs.toObject());
            return conflict(path, base, ours, theirs);
        }
        // A position is one value: merging x and y separately could leave half of one.
        if (name == QLatin1String("position"))
            return conflict(path, base, ours, theirs);
        const QJsonValue shape = !ours.isUndefined() ? ours : theirs;
        const QJsonValue b = normalized(base, shape);
        const QJsonValue o = normalized(ours, shape);
        const QJsonValue t = normalized(theirs, shape);
        if (b.isObject() && o.isObject() && t.isObject())
            return object(path, b.toObject(), o.toObject(), t.toObject());
        if (b.isArray() && o.isArray() && t.isArray()) {
            if (!hasObjects(b) && !hasObjects(o) && !hasObjects(t) && isStringList(b) && isStringList(o)
                && isStringList(t))
                return stringSet(path, b, o, t);
            const auto kb = keyed(name, b);
            const auto ko = keyed(name, o);
            const auto kt = keyed(name, t);
            if (kb && ko && kt)
                return list(path, *kb, *ko, *kt);
        }
        return conflict(path, base, ours, theirs);
    }

    QJsonValue object(const QString &path, const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs)
    {
        QJsonObject merged;
        for (const QString &k : unitedKeys(path, {&base, &ours, &theirs})) {
            const QJsonValue v = value(memberPath(path, k), k, base.value(k), ours.value(k), theirs.value(k), false);
            // An empty list or object stays: required lists (stations, classes, demands) may be empty.
            if (!v.isUndefined())
                merged.insert(k, v);
        }
        return merged;
    }

    QJsonValue list(const QString &path, const KeyedList &base, const KeyedList &ours, const KeyedList &theirs)
    {
        // Our order first; an element only they added goes after the element it follows on their side.
        QStringList order = ours.order;
        QString previous;
        for (const QString &k : theirs.order) {
            if (!order.contains(k)) {
                const qsizetype at = previous.isEmpty() ? 0 : order.indexOf(previous) + 1;
                order.insert(at, k);
            }
            previous = k;
        }
        for (const QString &k : base.order)
            if (!order.contains(k))
                order << k; // removed on both sides: visited so that nothing is silently lost
        QJsonArray merged;
        for (const QString &k : order) {
            const QJsonValue v = value(elementPath(path, k), QString(), base.byKey.value(k, QJsonValue::Undefined),
                                       ours.byKey.value(k, QJsonValue::Undefined),
                                       theirs.byKey.value(k, QJsonValue::Undefined), true);
            if (!v.isUndefined())
                merged.append(v);
        }
        return merged;
    }

    QJsonValue stringSet(const QString &path, const QJsonValue &base, const QJsonValue &ours, const QJsonValue &theirs)
    {
        const QStringList b = strings(base);
        const QStringList o = strings(ours);
        const QStringList t = strings(theirs);
        QStringList merged;
        for (const QString &s : o)
            if (!(b.contains(s) && !t.contains(s)) && !merged.contains(s))
                merged << s;
        for (const QString &s : t)
            if (!b.contains(s) && !merged.contains(s))
                merged << s;
        const QJsonArray result = QJsonArray::fromStringList(merged);
        Differ(ChangeOrigin::Both, &m_out->applied).value(path, QString(), base, result, true);
        return result;
    }

    QJsonValue conflict(const QString &path, const QJsonValue &base, const QJsonValue &ours, const QJsonValue &theirs)
    {
        Conflict c;
        c.path = path;
        c.base = base;
        c.ours = ours;
        c.theirs = theirs;
        c.text = QStringLiteral("%1: base %2, ours %3, theirs %4")
                     .arg(path, shortValueText(base), shortValueText(ours), shortValueText(theirs));
        m_out->conflicts.append(c);
        const auto it = m_choices.constFind(path);
        if (it == m_choices.constEnd())
            return ours;
        m_used->insert(path);
        return *it == Side::Theirs ? theirs : ours;
    }

private:
    const QMap<QString, Side> &m_choices;
    QSet<QString> *m_used;
    JsonMergeOutput *m_out;
};

/** Union of the audit logs in time order (ISO 8601 UTC text sorts by time); an entry in both is kept once. */
QJsonArray unitedAudit(const QJsonValue &base, const QJsonValue &ours, const QJsonValue &theirs)
{
    // A log grows by one entry per edit: find repeats by their text, not by comparing every pair.
    QList<QJsonValue> entries;
    QSet<QString> seen;
    for (const QJsonValue &list : {base, ours, theirs})
        for (const QJsonValue &e : list.toArray()) {
            const QString text = jsonValueText(e);
            if (!seen.contains(text)) {
                seen.insert(text);
                entries << e;
            }
        }
    std::stable_sort(entries.begin(), entries.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(QStringLiteral("when")).toString() < b.toObject().value(QStringLiteral("when")).toString();
    });
    QJsonArray merged;
    for (const QJsonValue &e : entries)
        merged.append(e);
    return merged;
}

/** Union of the histories by revision id, in time order. */
QJsonArray unitedHistory(const QJsonValue &ours, const QJsonValue &theirs)
{
    QList<QJsonValue> revisions;
    QSet<QString> ids;
    for (const QJsonValue &list : {ours, theirs})
        for (const QJsonValue &r : list.toArray()) {
            const QString id = r.toObject().value(QStringLiteral("id")).toString();
            if (!ids.contains(id)) {
                ids.insert(id);
                revisions << r;
            }
        }
    std::stable_sort(revisions.begin(), revisions.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(QStringLiteral("when")).toString() < b.toObject().value(QStringLiteral("when")).toString();
    });
    QJsonArray merged;
    for (const QJsonValue &r : revisions)
        merged.append(r);
    return merged;
}

} // namespace

QString shortValueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(none)");
    QString text = jsonValueText(value);
    if (text.size() > 60)
        text = text.left(59) + QStringLiteral("…");
    return text;
}

JsonMergeOutput mergeDocuments(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs,
                               const QMap<QString, Side> &choices, QSet<QString> *usedChoices)
{
    static const QString audit = QStringLiteral("audit");
    static const QString history = QStringLiteral("history");
    static const QString revision = QStringLiteral("revision");
    JsonMergeOutput out;
    Merger merger(choices, usedChoices, &out);
    QJsonObject b = base;
    QJsonObject o = ours;
    QJsonObject t = theirs;
    for (QJsonObject *doc : {&b, &o, &t}) {
        doc->remove(audit);
        doc->remove(history);
        doc->remove(revision);
    }
    out.merged = merger.object(QString(), b, o, t).toObject();
    const QJsonArray log = unitedAudit(base.value(audit), ours.value(audit), theirs.value(audit));
    if (!log.isEmpty())
        out.merged.insert(audit, log);
    const QJsonArray revisions = unitedHistory(ours.value(history), theirs.value(history));
    if (!revisions.isEmpty())
        out.merged.insert(history, revisions);
    if (ours.contains(revision))
        out.merged.insert(revision, ours.value(revision));
    return out;
}

QList<Difference> diffDocuments(const QJsonObject &a, const QJsonObject &b, const QSet<QString> &ignoredKeys)
{
    QList<Difference> out;
    Differ(ChangeOrigin::None, &out).object(QString(), a, b, ignoredKeys);
    return out;
}

} // namespace hostreview::core::detail

namespace hostreview::core {

QString memberPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString elementPath(const QString &path, const QString &key)
{
    return path + QLatin1Char('[') + key + QLatin1Char(']');
}

QString linkKey(const QString &from, const QString &to) { return from + QStringLiteral("→") + to; }

} // namespace hostreview::core
