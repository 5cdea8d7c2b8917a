#include "jsoncodec.h"

#include "../model/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <climits>
#include <cmath>

namespace hostreview::core {

namespace {

const QString kFormat = QStringLiteral("hostreview-model");
constexpr int kVersion = 1;
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: integers up to here are exact doubles

// The keys each object type knows, in canonical order. Anything else goes to the object's `extra`.
const QStringList kDocumentKeys = {
    QStringLiteral("format"),    QStringLiteral("version"),   QStringLiteral("name"),
    QStringLiteral("review"),    QStringLiteral("stations"),  QStringLiteral("links"),
    QStringLiteral("classes"),   QStringLiteral("profiles"),  QStringLiteral("scenarios"),
    QStringLiteral("checklist"), QStringLiteral("hosting_questionnaire"), QStringLiteral("answers"),
    QStringLiteral("evidence"),  QStringLiteral("comments"),  QStringLiteral("audit"),
    QStringLiteral("history"),   QStringLiteral("revision")};
const QStringList kMetaKeys = {QStringLiteral("client"),   QStringLiteral("reviewers"), QStringLiteral("start_date"),
                               QStringLiteral("end_date"), QStringLiteral("version"),   QStringLiteral("notes")};
const QStringList kStationKeys = {QStringLiteral("id"),       QStringLiteral("name"),       QStringLiteral("kind"),
                                  QStringLiteral("discipline"), QStringLiteral("servers"),  QStringLiteral("zone"),
                                  QStringLiteral("tenant"),   QStringLiteral("position"),   QStringLiteral("properties"),
                                  QStringLiteral("notes")};
const QStringList kLinkKeys = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("calls")};
const QStringList kClassKeys = {QStringLiteral("id"),          QStringLiteral("name"),
                                QStringLiteral("type"),        QStringLiteral("arrival_rate"),
                                QStringLiteral("population"),  QStringLiteral("think_time"),
                                QStringLiteral("entry"),       QStringLiteral("demands"),
                                QStringLiteral("target_response_time"), QStringLiteral("provenance"),
                                QStringLiteral("source")};
const QStringList kDemandKeys = {QStringLiteral("station"), QStringLiteral("visits"), QStringLiteral("service_time")};
const QStringList kProfileKeys = {QStringLiteral("class"), QStringLiteral("bucket_minutes"),
                                  QStringLiteral("multipliers"), QStringLiteral("provenance"),
                                  QStringLiteral("source")};
const QStringList kScenarioKeys = {QStringLiteral("id"),          QStringLiteral("name"),
                                   QStringLiteral("description"), QStringLiteral("class_scale"),
                                   QStringLiteral("station_overrides"), QStringLiteral("target"),
                                   QStringLiteral("provenance")};
const QStringList kAnswerKeys = {QStringLiteral("item"),     QStringLiteral("status"),
                                 QStringLiteral("notes"),    QStringLiteral("evidence"),
                                 QStringLiteral("reviewer"), QStringLiteral("answered_at")};
const QStringList kEvidenceKeys = {QStringLiteral("id"),       QStringLiteral("file_name"),
                                   QStringLiteral("mime_type"), QStringLiteral("added_at"),
                                   QStringLiteral("added_by"), QStringLiteral("data")};
const QStringList kCommentKeys = {QStringLiteral("id"),     QStringLiteral("parent"), QStringLiteral("target_kind"),
                                  QStringLiteral("target"), QStringLiteral("author"), QStringLiteral("created"),
                                  QStringLiteral("text"),   QStringLiteral("resolved")};
const QStringList kAuditKeys = {QStringLiteral("when"), QStringLiteral("who"), QStringLiteral("host"),
                                QStringLiteral("action"), QStringLiteral("target")};
const QStringList kRevisionKeys = {QStringLiteral("id"), QStringLiteral("parent"), QStringLiteral("second_parent"),
                                   QStringLiteral("when"), QStringLiteral("who")};

// ---------------------------------------------------------------------------------------------
// Numbers and strings, shared by reader (for messages) and writer
// ---------------------------------------------------------------------------------------------

/** Shortest text that reads back as the same double; integral values within ±2^53 without a point. */
QByteArray numberText(double v)
{
    if (!std::isfinite(v))
        return QByteArrayLiteral("null"); // JSON has no NaN or infinity; validation reports them
    if (v == std::floor(v) && std::fabs(v) <= kMaxExactInteger)
        return QByteArray::number(qint64(v));
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

void appendJsonString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xf]);
            } else {
                out.append(ch); // non-ASCII stays UTF-8
            }
        }
    }
    out.append('"');
}

/** Returns keys sorted by UTF-16 code units, so output never depends on a container's order. */
QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

// ---------------------------------------------------------------------------------------------
// Reader
// ---------------------------------------------------------------------------------------------

/** Thrown inside this file only; reviewFromJson() turns it into an Error. */
struct ReadFailure {
    Error error;
};

[[noreturn]] void failRead(const QString &where, const QString &message)
{
    throw ReadFailure{fail(where, message)};
}

/** Describes a JSON value for "expected …, got …" messages. */
QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::fromLatin1(numberText(v.toDouble()));
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("…");
        QByteArray quoted;
        appendJsonString(quoted, s);
        return QString::fromUtf8(quoted);
    }
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexed(const QString &path, const QString &label)
{
    return path + QLatin1Char('[') + label + QLatin1Char(']');
}

/** Rejects non-finite numbers anywhere inside a free-form value (extras, properties, answers). */
void checkFinite(const QJsonValue &v, const QString &where)
{
    if (v.isDouble()) {
        if (!std::isfinite(v.toDouble()))
            failRead(where, QStringLiteral("expected a finite number, got %1").arg(v.toDouble()));
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            checkFinite(a.at(i), indexed(where, QString::number(i)));
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            checkFinite(it.value(), join(where, it.key()));
    }
}

/** Reads the fields of one JSON object; every key it reads counts as known, the rest are extras. */
class ObjectReader {
public:
    ObjectReader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    QString path(const QString &key) const { return join(m_path, key); }
    bool has(const QString &key) const { return m_object.contains(key); }

    QJsonValue value(const QString &key, bool required)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && required)
            failRead(path(key), QStringLiteral("missing (required)"));
        return v;
    }

    QString string(const QString &key, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            failRead(path(key), QStringLiteral("expected a string, got %1").arg(describe(v)));
        return v.toString();
    }

    std::optional<double> number(const QString &key, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return std::nullopt;
        return numberValue(v, path(key));
    }

    std::optional<int> integer(const QString &key, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return std::nullopt;
        return integerValue(v, path(key));
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            failRead(path(key), QStringLiteral("expected true or false, got %1").arg(describe(v)));
        return v.toBool();
    }

    QJsonArray array(const QString &key, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            failRead(path(key), QStringLiteral("expected a list, got %1").arg(describe(v)));
        return v.toArray();
    }

    QJsonObject object(const QString &key, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            failRead(path(key), QStringLiteral("expected an object, got %1").arg(describe(v)));
        return v.toObject();
    }

    /** A free-form object (properties, questionnaire): any JSON, numbers finite. */
    QJsonObject freeObject(const QString &key)
    {
        const QJsonObject o = object(key);
        checkFinite(o, path(key));
        return o;
    }

    /** Returns the keys nobody read, for the object's `extra`. */
    QJsonObject extras() const
    {
        QJsonObject extra;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key())) {
                checkFinite(it.value(), path(it.key()));
                extra.insert(it.key(), it.value());
            }
        }
        return extra;
    }

    static double numberValue(const QJsonValue &v, const QString &where)
    {
        if (!v.isDouble())
            failRead(where, QStringLiteral("expected a number, got %1").arg(describe(v)));
        const double d = v.toDouble();
        if (!std::isfinite(d))
            failRead(where, QStringLiteral("expected a finite number, got %1").arg(d));
        return d;
    }

    static int integerValue(const QJsonValue &v, const QString &where)
    {
        if (!v.isDouble())
            failRead(where, QStringLiteral("expected an integer, got %1").arg(describe(v)));
        const double d = numberValue(v, where);
        if (d != std::floor(d))
            failRead(where, QStringLiteral("expected an integer, got %1").arg(describe(v)));
        if (d < double(INT_MIN) || d > double(INT_MAX))
            failRead(where, QStringLiteral("integer out of range, got %1").arg(describe(v)));
        return int(d);
    }

private:
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_known;
};

/** Names a list element by its id when it has a valid one, else by its index. */
QString elementLabel(const QJsonValue &element, const QString &idKey, qsizetype index)
{
    const QJsonValue id = element.toObject().value(idKey);
    if (id.isString() && isValidId(id.toString()))
        return id.toString();
    return QString::number(index);
}

QJsonObject elementObject(const QJsonValue &element, const QString &where)
{
    if (!element.isObject())
        failRead(where, QStringLiteral("expected an object, got %1").arg(describe(element)));
    return element.toObject();
}

QStringList stringList(const QJsonArray &array, const QString &where)
{
    QStringList list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (!v.isString())
            failRead(indexed(where, QString::number(i)), QStringLiteral("expected a string, got %1").arg(describe(v)));
        list << v.toString();
    }
    return list;
}

QDate dateValue(const QString &text, const QString &where)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !d.isValid())
        failRead(where, QStringLiteral("expected a date YYYY-MM-DD, got \"%1\"").arg(text));
    return d;
}

QDateTime dateTimeValue(const QString &text, const QString &where)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!shape.match(text).hasMatch() || !dt.isValid())
        failRead(where, QStringLiteral("expected an ISO 8601 date-time such as 2024-05-31T14:03:00Z, got \"%1\"")
                            .arg(text));
    return dt.toUTC();
}

Provenance provenanceValue(ObjectReader &r)
{
    const QString text = r.string(QStringLiteral("provenance"));
    if (text.isEmpty() && !r.has(QStringLiteral("provenance")))
        return Provenance::Estimated;
    if (text == QStringLiteral("estimated"))
        return Provenance::Estimated;
    if (text == QStringLiteral("measured"))
        return Provenance::Measured;
    failRead(r.path(QStringLiteral("provenance")),
             QStringLiteral("expected \"estimated\" or \"measured\", got \"%1\"").arg(text));
}

ReviewMeta readMeta(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    ReviewMeta m;
    m.client = r.string(QStringLiteral("client"));
    m.reviewers = stringList(r.array(QStringLiteral("reviewers")), r.path(QStringLiteral("reviewers")));
    const QString start = r.string(QStringLiteral("start_date"));
    if (r.has(QStringLiteral("start_date")))
        m.startDate = dateValue(start, r.path(QStringLiteral("start_date")));
    const QString end = r.string(QStringLiteral("end_date"));
    if (r.has(QStringLiteral("end_date")))
        m.endDate = dateValue(end, r.path(QStringLiteral("end_date")));
    m.version = r.string(QStringLiteral("version"));
    m.notes = r.string(QStringLiteral("notes"));
    m.extra = r.extras();
    return m;
}

Station readStation(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Station s;
    s.id = r.string(QStringLiteral("id"), true);
    s.name = r.string(QStringLiteral("name"), true);
    if (r.has(QStringLiteral("kind")))
        s.kind = r.string(QStringLiteral("kind"));
    const QString discipline = r.string(QStringLiteral("discipline"), true);
    if (discipline == QStringLiteral("queue"))
        s.discipline = Discipline::Queue;
    else if (discipline == QStringLiteral("delay"))
        s.discipline = Discipline::Delay;
    else
        failRead(r.path(QStringLiteral("discipline")),
                 QStringLiteral("expected \"queue\" or \"delay\", got \"%1\"").arg(discipline));
    // A delay station has no servers to count: the key may be left out there.
    s.servers = r.integer(QStringLiteral("servers"), s.discipline == Discipline::Queue).value_or(1);
    s.zone = r.string(QStringLiteral("zone"));
    s.tenant = r.string(QStringLiteral("tenant"));
    if (r.has(QStringLiteral("position"))) {
        const QString where = r.path(QStringLiteral("position"));
        ObjectReader pos(r.object(QStringLiteral("position")), where);
        s.x = pos.number(QStringLiteral("x"), true).value_or(0.0);
        s.y = pos.number(QStringLiteral("y"), true).value_or(0.0);
        const QJsonObject unknown = pos.extras();
        if (!unknown.isEmpty())
            failRead(join(where, unknown.keys().constFirst()), QStringLiteral("unknown key (a position has x and y only)"));
    }
    s.properties = r.freeObject(QStringLiteral("properties"));
    s.notes = r.string(QStringLiteral("notes"));
    s.extra = r.extras();
    return s;
}

Link readLink(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Link l;
    l.from = r.string(QStringLiteral("from"), true);
    l.to = r.string(QStringLiteral("to"), true);
    const QJsonObject calls = r.object(QStringLiteral("calls"));
    for (auto it = calls.begin(); it != calls.end(); ++it)
        l.calls.insert(it.key(), ObjectReader::numberValue(it.value(), indexed(r.path(QStringLiteral("calls")), it.key())));
    l.extra = r.extras();
    return l;
}

Demand readDemand(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Demand d;
    d.station = r.string(QStringLiteral("station"), true);
    d.visits = r.number(QStringLiteral("visits"));
    d.serviceTime = *r.number(QStringLiteral("service_time"), true);
    d.extra = r.extras();
    return d;
}

WorkloadClass readClass(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    WorkloadClass c;
    c.id = r.string(QStringLiteral("id"), true);
    c.name = r.string(QStringLiteral("name"), true);
    const QString type = r.string(QStringLiteral("type"), true);
    if (type == QStringLiteral("open"))
        c.type = ClassType::Open;
    else if (type == QStringLiteral("closed"))
        c.type = ClassType::Closed;
    else
        failRead(r.path(QStringLiteral("type")), QStringLiteral("expected \"open\" or \"closed\", got \"%1\"").arg(type));
    c.arrivalRate = r.number(QStringLiteral("arrival_rate"));
    c.population = r.integer(QStringLiteral("population"));
    c.thinkTime = r.number(QStringLiteral("think_time"));
    c.entry = r.string(QStringLiteral("entry"));
    const QString demandsPath = r.path(QStringLiteral("demands"));
    const QJsonArray demands = r.array(QStringLiteral("demands"), true);
    for (qsizetype i = 0; i < demands.size(); ++i) {
        const QString where = indexed(demandsPath, QString::number(i));
        c.demands.push_back(readDemand(elementObject(demands.at(i), where), where));
    }
    c.targetResponseTime = r.number(QStringLiteral("target_response_time"));
    c.provenance = provenanceValue(r);
    c.source = r.string(QStringLiteral("source"));
    c.extra = r.extras();
    return c;
}

Profile readProfile(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Profile p;
    p.classId = r.string(QStringLiteral("class"), true);
    p.bucketMinutes = *r.integer(QStringLiteral("bucket_minutes"), true);
    const QString where = r.path(QStringLiteral("multipliers"));
    const QJsonArray multipliers = r.array(QStringLiteral("multipliers"), true);
    p.multipliers.reserve(size_t(multipliers.size()));
    for (qsizetype i = 0; i < multipliers.size(); ++i)
        p.multipliers.push_back(ObjectReader::numberValue(multipliers.at(i), indexed(where, QString::number(i))));
    p.provenance = provenanceValue(r);
    p.source = r.string(QStringLiteral("source"));
    p.extra = r.extras();
    return p;
}

Scenario readScenario(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Scenario s;
    s.id = r.string(QStringLiteral("id"), true);
    s.name = r.string(QStringLiteral("name"), true);
    s.description = r.string(QStringLiteral("description"));
    const QString scalePath = r.path(QStringLiteral("class_scale"));
    const QJsonObject scale = r.object(QStringLiteral("class_scale"));
    for (auto it = scale.begin(); it != scale.end(); ++it)
        s.classScale.insert(it.key(), ObjectReader::numberValue(it.value(), indexed(scalePath, it.key())));
    const QString overridesPath = r.path(QStringLiteral("station_overrides"));
    const QJsonObject overrides = r.object(QStringLiteral("station_overrides"));
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const QString where = indexed(overridesPath, it.key());
        const QJsonObject fields = elementObject(it.value(), where);
        checkFinite(fields, where);
        s.stationOverrides.insert(it.key(), fields);
    }
    s.target = r.boolean(QStringLiteral("target"));
    s.provenance = provenanceValue(r);
    s.extra = r.extras();
    return s;
}

ChecklistAnswer readAnswer(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    ChecklistAnswer a;
    a.itemId = r.string(QStringLiteral("item"), true);
    const QString status = r.string(QStringLiteral("status"), true);
    const std::optional<AnswerStatus> parsed = answerStatusFromName(status);
    if (!parsed)
        failRead(r.path(QStringLiteral("status")),
                 QStringLiteral("expected \"met\", \"partly\", \"not-met\", \"n/a\" or \"not-assessed\", got \"%1\"")
                     .arg(status));
    a.status = *parsed;
    a.notes = r.string(QStringLiteral("notes"));
    a.evidenceIds = stringList(r.array(QStringLiteral("evidence")), r.path(QStringLiteral("evidence")));
    a.reviewer = r.string(QStringLiteral("reviewer"));
    const QString at = r.string(QStringLiteral("answered_at"));
    if (r.has(QStringLiteral("answered_at")))
        a.answeredAt = dateTimeValue(at, r.path(QStringLiteral("answered_at")));
    a.extra = r.extras();
    return a;
}

EvidenceFile readEvidence(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    EvidenceFile e;
    e.id = r.string(QStringLiteral("id"), true);
    e.fileName = r.string(QStringLiteral("file_name"));
    e.mimeType = r.string(QStringLiteral("mime_type"));
    const QString added = r.string(QStringLiteral("added_at"));
    if (r.has(QStringLiteral("added_at")))
        e.addedAt = dateTimeValue(added, r.path(QStringLiteral("added_at")));
    e.addedBy = r.string(QStringLiteral("added_by"));
    const QString data = r.string(QStringLiteral("data"), true);
    const QByteArray ascii = data.toLatin1();
    bool isAscii = true;
    for (const QChar ch : data)
        isAscii = isAscii && ch.unicode() < 0x80;
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!isAscii || decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        failRead(r.path(QStringLiteral("data")), QStringLiteral("expected base64 data"));
    e.data = decoded.decoded;
    e.extra = r.extras();
    return e;
}

/** The collaboration records (comments, audit, history) have no room for unknown keys: refuse them. */
void refuseUnknownKeys(const ObjectReader &r, const QString &what, const QStringList &known)
{
    const QJsonObject unknown = r.extras();
    if (!unknown.isEmpty())
        failRead(r.path(unknown.keys().constFirst()),
                 QStringLiteral("unknown key (%1 has %2)").arg(what, known.join(QStringLiteral(", "))));
}

QDateTime optionalDateTime(ObjectReader &r, const QString &key)
{
    const QString text = r.string(key);
    return r.has(key) ? dateTimeValue(text, r.path(key)) : QDateTime();
}

Comment readComment(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Comment c;
    c.id = r.string(QStringLiteral("id"), true);
    c.parentId = r.string(QStringLiteral("parent"));
    c.targetKind = r.string(QStringLiteral("target_kind"), true);
    c.targetId = r.string(QStringLiteral("target"), true);
    c.author = r.string(QStringLiteral("author"));
    c.created = optionalDateTime(r, QStringLiteral("created"));
    c.text = r.string(QStringLiteral("text"));
    c.resolved = r.boolean(QStringLiteral("resolved"));
    refuseUnknownKeys(r, QStringLiteral("a comment"), kCommentKeys);
    return c;
}

AuditEntry readAuditEntry(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    AuditEntry e;
    e.when = optionalDateTime(r, QStringLiteral("when"));
    e.who = r.string(QStringLiteral("who"));
    e.host = r.string(QStringLiteral("host"));
    e.action = r.string(QStringLiteral("action"), true);
    e.target = r.string(QStringLiteral("target"));
    refuseUnknownKeys(r, QStringLiteral("an audit entry"), kAuditKeys);
    return e;
}

Revision readRevision(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Revision v;
    v.id = r.string(QStringLiteral("id"), true);
    v.parentId = r.string(QStringLiteral("parent"));
    v.secondParentId = r.string(QStringLiteral("second_parent"));
    v.when = optionalDateTime(r, QStringLiteral("when"));
    v.who = r.string(QStringLiteral("who"));
    refuseUnknownKeys(r, QStringLiteral("a revision"), kRevisionKeys);
    return v;
}

/** Reads every element of a list of objects, each named by its id field (or index). */
template<typename T, typename ReadFn>
std::vector<T> readList(const QJsonArray &array, const QString &listPath, const QString &idKey, ReadFn read)
{
    std::vector<T> items;
    items.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = indexed(listPath, elementLabel(array.at(i), idKey, i));
        items.push_back(read(elementObject(array.at(i), where), where));
    }
    return items;
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    offset = std::clamp(offset, 0, int(json.size()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("line %1, column %2 (byte %3)").arg(line).arg(offset - lineStart + 1).arg(offset);
}

Review readDocument(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        failRead({}, QStringLiteral("not valid JSON at %1: %2").arg(lineAndColumn(json, parseError.offset),
                                                                     parseError.errorString()));
    if (!doc.isObject())
        failRead({}, QStringLiteral("not a hostreview-model document: the top level is not a JSON object"));

    ObjectReader r(doc.object(), {});
    const QJsonValue format = r.value(QStringLiteral("format"), false);
    if (format.isUndefined())
        failRead(QStringLiteral("format"), QStringLiteral("missing: not a hostreview-model document"));
    if (format != QJsonValue(kFormat))
        failRead(QStringLiteral("format"), QStringLiteral("expected \"%1\", got %2").arg(kFormat, describe(format)));
    const int version = *r.integer(QStringLiteral("version"), true);
    if (version > kVersion)
        failRead(QStringLiteral("version"),
                 QStringLiteral("version %1 is newer than this program reads (up to %2): update hostreview")
                     .arg(version)
                     .arg(kVersion));
    if (version < 1)
        failRead(QStringLiteral("version"), QStringLiteral("expected 1, got %1").arg(version));

    Review review;
    review.name = r.string(QStringLiteral("name"), true);
    if (r.has(QStringLiteral("review")))
        review.meta = readMeta(r.object(QStringLiteral("review")), QStringLiteral("review"));
    review.stations = readList<Station>(r.array(QStringLiteral("stations"), true), QStringLiteral("stations"),
                                        QStringLiteral("id"), readStation);
    review.links = readList<Link>(r.array(QStringLiteral("links")), QStringLiteral("links"), QString(), readLink);
    review.classes = readList<WorkloadClass>(r.array(QStringLiteral("classes"), true), QStringLiteral("classes"),
                                             QStringLiteral("id"), readClass);
    review.profiles = readList<Profile>(r.array(QStringLiteral("profiles")), QStringLiteral("profiles"),
                                        QStringLiteral("class"), readProfile);
    review.scenarios = readList<Scenario>(r.array(QStringLiteral("scenarios")), QStringLiteral("scenarios"),
                                          QStringLiteral("id"), readScenario);
    review.checklistId = r.string(QStringLiteral("checklist"));
    review.hostingAnswers = r.freeObject(QStringLiteral("hosting_questionnaire"));
    review.answers = readList<ChecklistAnswer>(r.array(QStringLiteral("answers")), QStringLiteral("answers"),
                                               QStringLiteral("item"), readAnswer);
    review.evidence = readList<EvidenceFile>(r.array(QStringLiteral("evidence")), QStringLiteral("evidence"),
                                             QStringLiteral("id"), readEvidence);
    review.comments = readList<Comment>(r.array(QStringLiteral("comments")), QStringLiteral("comments"),
                                        QStringLiteral("id"), readComment);
    review.audit = readList<AuditEntry>(r.array(QStringLiteral("audit")), QStringLiteral("audit"), QString(),
                                        readAuditEntry);
    review.history = readList<Revision>(r.array(QStringLiteral("history")), QStringLiteral("history"),
                                        QStringLiteral("id"), readRevision);
    review.revisionId = r.string(QStringLiteral("revision"));
    review.extra = r.extras();
    return review;
}

// ---------------------------------------------------------------------------------------------
// Writer
// ---------------------------------------------------------------------------------------------

/** Streams canonical JSON: 2-space indent, one member per line, arrays of numbers on one line. */
class CanonicalWriter {
public:
    QByteArray finish()
    {
        m_out.append('\n');
        return std::move(m_out);
    }

    void beginObject()
    {
        beforeValue();
        m_out.append('{');
        m_levels.push_back(Level{});
    }

    void endObject() { close('}'); }

    void beginArray()
    {
        beforeValue();
        m_out.append('[');
        m_levels.push_back(Level{true, true});
    }

    void endArray() { close(']'); }

    void key(const QString &name)
    {
        Level &level = m_levels.back();
        if (!level.first)
            m_out.append(',');
        level.first = false;
        newline();
        appendJsonString(m_out, name);
        m_out.append(": ");
        m_afterKey = true;
    }

    void string(const QString &s)
    {
        beforeValue();
        appendJsonString(m_out, s);
    }

    void number(double v)
    {
        beforeValue();
        m_out.append(numberText(v));
    }

    void integer(qint64 v)
    {
        beforeValue();
        m_out.append(QByteArray::number(v));
    }

    void boolean(bool b)
    {
        beforeValue();
        m_out.append(b ? "true" : "false");
    }

    void numberArray(const std::vector<double> &values)
    {
        beforeValue();
        m_out.append('[');
        for (size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out.append(", ");
            m_out.append(numberText(values[i]));
        }
        m_out.append(']');
    }

    /** Writes any JSON value: objects with sorted keys, arrays of numbers inline. */
    void value(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            beforeValue();
            m_out.append("null");
            break;
        case QJsonValue::Bool: boolean(v.toBool()); break;
        case QJsonValue::Double:
            // A 64-bit integer read from the file is kept exactly, even beyond 2^53.
            if (v.toVariant().typeId() == QMetaType::LongLong)
                integer(v.toInteger());
            else
                number(v.toDouble());
            break;
        case QJsonValue::String: string(v.toString()); break;
        case QJsonValue::Array: {
            const QJsonArray a = v.toArray();
            const bool numbers = !a.isEmpty() && std::all_of(a.begin(), a.end(), [](const QJsonValue &e) {
                return e.isDouble();
            });
            if (numbers) {
                beforeValue();
                m_out.append('[');
                bool first = true;
                for (const QJsonValue &e : a) {
                    if (!first)
                        m_out.append(", ");
                    first = false;
                    m_afterKey = true; // suppress the newline: the element follows on the same line
                    value(e);
                }
                m_out.append(']');
            } else {
                beginArray();
                for (const QJsonValue &e : a)
                    value(e);
                endArray();
            }
            break;
        }
        case QJsonValue::Object: object(v.toObject()); break;
        }
    }

    void object(const QJsonObject &o)
    {
        beginObject();
        for (const QString &k : sortedKeys(o)) {
            key(k);
            value(o.value(k));
        }
        endObject();
    }

    // Field helpers.
    void field(const QString &k, const QString &s)
    {
        key(k);
        string(s);
    }
    void optionalField(const QString &k, const QString &s)
    {
        if (!s.isEmpty())
            field(k, s);
    }
    void numberField(const QString &k, double v)
    {
        key(k);
        number(v);
    }
    void optionalNumber(const QString &k, const std::optional<double> &v)
    {
        if (v)
            numberField(k, *v);
    }
    void integerField(const QString &k, qint64 v)
    {
        key(k);
        integer(v);
    }
    void stringList(const QString &k, const QStringList &list)
    {
        if (list.isEmpty())
            return;
        key(k);
        beginArray();
        for (const QString &s : list)
            string(s);
        endArray();
    }
    void provenance(Provenance p)
    {
        if (p != Provenance::Estimated)
            field(QStringLiteral("provenance"), provenanceName(p));
    }
    /** Writes the unknown keys kept from the file, sorted, after the known ones. */
    void extras(const QJsonObject &extra, const QStringList &knownKeys)
    {
        for (const QString &k : sortedKeys(extra)) {
            if (knownKeys.contains(k))
                continue; // a known key can never be an extra: it would be written twice
            key(k);
            value(extra.value(k));
        }
    }

private:
    struct Level {
        bool first = true;
        bool isArray = false;
    };

    void newline()
    {
        m_out.append('\n');
        m_out.append(QByteArray(qsizetype(m_levels.size()) * 2, ' '));
    }

    void beforeValue()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_levels.empty())
            return;
        Level &level = m_levels.back();
        if (!level.first)
            m_out.append(',');
        level.first = false;
        newline();
    }

    void close(char bracket)
    {
        const bool empty = m_levels.back().first;
        m_levels.pop_back();
        if (!empty)
            newline();
        m_out.append(bracket);
    }

    QByteArray m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

QString isoDateTime(const QDateTime &dt)
{
    const QDateTime utc = dt.toUTC();
    return utc.toString(utc.time().msec() == 0 ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")
                                               : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

bool metaIsEmpty(const ReviewMeta &m)
{
    return m.client.isEmpty() && m.reviewers.isEmpty() && m.startDate.isNull() && m.endDate.isNull()
           && m.version.isEmpty() && m.notes.isEmpty() && m.extra.isEmpty();
}

void writeMeta(CanonicalWriter &w, const ReviewMeta &m)
{
    w.beginObject();
    w.optionalField(QStringLiteral("client"), m.client);
    w.stringList(QStringLiteral("reviewers"), m.reviewers);
    if (m.startDate.isValid())
        w.field(QStringLiteral("start_date"), m.startDate.toString(Qt::ISODate));
    if (m.endDate.isValid())
        w.field(QStringLiteral("end_date"), m.endDate.toString(Qt::ISODate));
    w.optionalField(QStringLiteral("version"), m.version);
    w.optionalField(QStringLiteral("notes"), m.notes);
    w.extras(m.extra, kMetaKeys);
    w.endObject();
}

void writeStation(CanonicalWriter &w, const Station &s)
{
    w.beginObject();
    w.field(QStringLiteral("id"), s.id);
    w.field(QStringLiteral("name"), s.name);
    w.field(QStringLiteral("kind"), s.kind);
    w.field(QStringLiteral("discipline"), disciplineName(s.discipline));
    w.integerField(QStringLiteral("servers"), s.servers);
    w.optionalField(QStringLiteral("zone"), s.zone);
    w.optionalField(QStringLiteral("tenant"), s.tenant);
    if (s.x != 0.0 || s.y != 0.0) {
        w.key(QStringLiteral("position"));
        w.beginObject();
        w.numberField(QStringLiteral("x"), s.x);
        w.numberField(QStringLiteral("y"), s.y);
        w.endObject();
    }
    if (!s.properties.isEmpty()) {
        w.key(QStringLiteral("properties"));
        w.object(s.properties);
    }
    w.optionalField(QStringLiteral("notes"), s.notes);
    w.extras(s.extra, kStationKeys);
    w.endObject();
}

void writeLink(CanonicalWriter &w, const Link &l)
{
    w.beginObject();
    w.field(QStringLiteral("from"), l.from);
    w.field(QStringLiteral("to"), l.to);
    if (!l.calls.isEmpty()) {
        w.key(QStringLiteral("calls"));
        w.beginObject();
        for (auto it = l.calls.begin(); it != l.calls.end(); ++it)
            w.numberField(it.key(), it.value());
        w.endObject();
    }
    w.extras(l.extra, kLinkKeys);
    w.endObject();
}

void writeClass(CanonicalWriter &w, const WorkloadClass &c)
{
    w.beginObject();
    w.field(QStringLiteral("id"), c.id);
    w.field(QStringLiteral("name"), c.name);
    w.field(QStringLiteral("type"), classTypeName(c.type));
    w.optionalNumber(QStringLiteral("arrival_rate"), c.arrivalRate);
    if (c.population)
        w.integerField(QStringLiteral("population"), *c.population);
    w.optionalNumber(QStringLiteral("think_time"), c.thinkTime);
    w.optionalField(QStringLiteral("entry"), c.entry);
    w.key(QStringLiteral("demands"));
    w.beginArray();
    for (const Demand &d : c.demands) {
        w.beginObject();
        w.field(QStringLiteral("station"), d.station);
        w.optionalNumber(QStringLiteral("visits"), d.visits);
        w.numberField(QStringLiteral("service_time"), d.serviceTime);
        w.extras(d.extra, kDemandKeys);
        w.endObject();
    }
    w.endArray();
    w.optionalNumber(QStringLiteral("target_response_time"), c.targetResponseTime);
    w.provenance(c.provenance);
    w.optionalField(QStringLiteral("source"), c.source);
    w.extras(c.extra, kClassKeys);
    w.endObject();
}

void writeProfile(CanonicalWriter &w, const Profile &p)
{
    w.beginObject();
    w.field(QStringLiteral("class"), p.classId);
    w.integerField(QStringLiteral("bucket_minutes"), p.bucketMinutes);
    w.key(QStringLiteral("multipliers"));
    w.numberArray(p.multipliers);
    w.provenance(p.provenance);
    w.optionalField(QStringLiteral("source"), p.source);
    w.extras(p.extra, kProfileKeys);
    w.endObject();
}

void writeScenario(CanonicalWriter &w, const Scenario &s)
{
    w.beginObject();
    w.field(QStringLiteral("id"), s.id);
    w.field(QStringLiteral("name"), s.name);
    w.optionalField(QStringLiteral("description"), s.description);
    if (!s.classScale.isEmpty()) {
        w.key(QStringLiteral("class_scale"));
        w.beginObject();
        for (auto it = s.classScale.begin(); it != s.classScale.end(); ++it)
            w.numberField(it.key(), it.value());
        w.endObject();
    }
    if (!s.stationOverrides.isEmpty()) {
        w.key(QStringLiteral("station_overrides"));
        w.beginObject();
        for (auto it = s.stationOverrides.begin(); it != s.stationOverrides.end(); ++it) {
            w.key(it.key());
            w.object(it.value());
        }
        w.endObject();
    }
    if (s.target) {
        w.key(QStringLiteral("target"));
        w.boolean(true);
    }
    w.provenance(s.provenance);
    w.extras(s.extra, kScenarioKeys);
    w.endObject();
}

void writeAnswer(CanonicalWriter &w, const ChecklistAnswer &a)
{
    w.beginObject();
    w.field(QStringLiteral("item"), a.itemId);
    w.field(QStringLiteral("status"), answerStatusName(a.status));
    w.optionalField(QStringLiteral("notes"), a.notes);
    w.stringList(QStringLiteral("evidence"), a.evidenceIds);
    w.optionalField(QStringLiteral("reviewer"), a.reviewer);
    if (a.answeredAt.isValid())
        w.field(QStringLiteral("answered_at"), isoDateTime(a.answeredAt));
    w.extras(a.extra, kAnswerKeys);
    w.endObject();
}

void writeEvidence(CanonicalWriter &w, const EvidenceFile &e)
{
    w.beginObject();
    w.field(QStringLiteral("id"), e.id);
    w.optionalField(QStringLiteral("file_name"), e.fileName);
    w.optionalField(QStringLiteral("mime_type"), e.mimeType);
    if (e.addedAt.isValid())
        w.field(QStringLiteral("added_at"), isoDateTime(e.addedAt));
    w.optionalField(QStringLiteral("added_by"), e.addedBy);
    w.field(QStringLiteral("data"), QString::fromLatin1(e.data.toBase64()));
    w.extras(e.extra, kEvidenceKeys);
    w.endObject();
}

void writeComment(CanonicalWriter &w, const Comment &c)
{
    w.beginObject();
    w.field(QStringLiteral("id"), c.id);
    w.optionalField(QStringLiteral("parent"), c.parentId);
    w.field(QStringLiteral("target_kind"), c.targetKind);
    w.field(QStringLiteral("target"), c.targetId);
    w.optionalField(QStringLiteral("author"), c.author);
    if (c.created.isValid())
        w.field(QStringLiteral("created"), isoDateTime(c.created));
    w.optionalField(QStringLiteral("text"), c.text);
    if (c.resolved) {
        w.key(QStringLiteral("resolved"));
        w.boolean(true);
    }
    w.endObject();
}

void writeAuditEntry(CanonicalWriter &w, const AuditEntry &e)
{
    w.beginObject();
    if (e.when.isValid())
        w.field(QStringLiteral("when"), isoDateTime(e.when));
    w.optionalField(QStringLiteral("who"), e.who);
    w.optionalField(QStringLiteral("host"), e.host);
    w.field(QStringLiteral("action"), e.action);
    w.optionalField(QStringLiteral("target"), e.target);
    w.endObject();
}

// A revision's snapshot stays in the project file: the JSON carries the ids only.
void writeRevision(CanonicalWriter &w, const Revision &r)
{
    w.beginObject();
    w.field(QStringLiteral("id"), r.id);
    w.optionalField(QStringLiteral("parent"), r.parentId);
    w.optionalField(QStringLiteral("second_parent"), r.secondParentId);
    if (r.when.isValid())
        w.field(QStringLiteral("when"), isoDateTime(r.when));
    w.optionalField(QStringLiteral("who"), r.who);
    w.endObject();
}

template<typename T, typename WriteFn>
void writeList(CanonicalWriter &w, const QString &key, const std::vector<T> &items, bool always, WriteFn write)
{
    if (items.empty() && !always)
        return;
    w.key(key);
    w.beginArray();
    for (const T &item : items)
        write(w, item);
    w.endArray();
}

} // namespace

Result<Review> reviewFromJson(const QByteArray &json)
{
    try {
        return readDocument(json);
    } catch (const ReadFailure &failure) {
        return failure.error;
    }
}

const QStringList &canonicalDocumentKeys()
{
    return kDocumentKeys;
}

QByteArray reviewToJson(const Review &review)
{
    CanonicalWriter w;
    w.beginObject();
    w.field(QStringLiteral("format"), kFormat);
    w.integerField(QStringLiteral("version"), kVersion);
    w.field(QStringLiteral("name"), review.name);
    if (!metaIsEmpty(review.meta)) {
        w.key(QStringLiteral("review"));
        writeMeta(w, review.meta);
    }
    writeList(w, QStringLiteral("stations"), review.stations, true, writeStation);
    writeList(w, QStringLiteral("links"), review.links, false, writeLink);
    writeList(w, QStringLiteral("classes"), review.classes, true, writeClass);
    writeList(w, QStringLiteral("profiles"), review.profiles, false, writeProfile);
    writeList(w, QStringLiteral("scenarios"), review.scenarios, false, writeScenario);
    w.optionalField(QStringLiteral("checklist"), review.checklistId);
    if (!review.hostingAnswers.isEmpty()) {
        w.key(QStringLiteral("hosting_questionnaire"));
        w.object(review.hostingAnswers);
    }
    writeList(w, QStringLiteral("answers"), review.answers, false, writeAnswer);
    writeList(w, QStringLiteral("evidence"), review.evidence, false, writeEvidence);
    writeList(w, QStringLiteral("comments"), review.comments, false, writeComment);
    writeList(w, QStringLiteral("audit"), review.audit, false, writeAuditEntry);
    writeList(w, QStringLiteral("history"), review.history, false, writeRevision);
    w.optionalField(QStringLiteral("revision"), review.revisionId);
    w.extras(review.extra, kDocumentKeys);
    w.endObject();
    return w.finish();
}

} // namespace hostreview::core
