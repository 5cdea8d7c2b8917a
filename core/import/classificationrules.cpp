#include "classificationrules.h"

#include "../model/validation.h"

#include <QJsonObject>

namespace hostreview::core::import {

namespace {

ClassificationRule rule(const char *pattern, const char *classId, const char *method = "")
{
    return ClassificationRule{QString::fromUtf8(pattern), QString::fromUtf8(method), QString(), QString::fromUtf8(classId)};
}

constexpr std::size_t kMaxCacheEntries = 1 << 16;

} // namespace

std::vector<ClassificationRule> defaultClassificationRules()
{
    // Odoo's URL space (docs/import.md lists the sources): the bus (long polling before 16.0,
    // websocket since), the point of sale, the external RPC endpoints, the shop, reports, and
    // the web client's RPC calls `/web/dataset/call_kw/<model>/<method>` grouped by model family.
    return {
        rule("^/(longpolling|websocket)(/|$)", "longpolling"),
        rule("^/pos/|^/web/dataset/call_kw/pos\\.", "pos-sync"),
        rule("^/(xmlrpc|jsonrpc)(/|$)|^/api(/|$)", "api"),
        rule("^/shop(/|$)|^/website/|^/my(/|$)", "shop"),
        rule("^/report/|^/web/dataset/call_kw/[^/]+/(read_group|web_read_group)$", "reporting"),
        rule("^/web/dataset/call_kw/(stock|mrp|quality|barcode)[._]", "warehouse"),
        rule("^/web/dataset/call_kw/(sale|purchase|crm)[._]", "order-entry"),
        rule("^/web/dataset/call_kw/", "backoffice"),
        rule("^/web(/|$)", "web-client"),
    };
}

QJsonArray rulesToJson(const std::vector<ClassificationRule> &rules)
{
    QJsonArray array;
    for (const ClassificationRule &r : rules) {
        QJsonObject o;
        o.insert(QStringLiteral("pattern"), r.pattern);
        if (!r.method.isEmpty())
            o.insert(QStringLiteral("method"), r.method);
        if (!r.router.isEmpty())
            o.insert(QStringLiteral("router"), r.router);
        o.insert(QStringLiteral("class"), r.classId);
        array.append(o);
    }
    return array;
}

Result<std::vector<ClassificationRule>> rulesFromJson(const QJsonArray &array)
{
    std::vector<ClassificationRule> rules;
    QStringList problems;
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("classification_rules[%1]").arg(i);
        if (!array.at(i).isObject()) {
            problems << where + QStringLiteral(": must be an object");
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        ClassificationRule r;
        r.pattern = o.value(QStringLiteral("pattern")).toString();
        r.method = o.value(QStringLiteral("method")).toString();
        r.router = o.value(QStringLiteral("router")).toString();
        r.classId = o.value(QStringLiteral("class")).toString();
        if (r.pattern.isEmpty() && r.method.isEmpty() && r.router.isEmpty())
            problems << where + QStringLiteral(".pattern: one of pattern, method or router is required");
        for (const auto &[field, text] : {std::pair{QStringLiteral("pattern"), r.pattern},
                                          std::pair{QStringLiteral("method"), r.method},
                                          std::pair{QStringLiteral("router"), r.router}}) {
            const QRegularExpression re(text);
            if (!re.isValid())
                problems << where + QLatin1Char('.') + field + QStringLiteral(": invalid regular expression: ")
                                + re.errorString();
        }
        if (!isValidId(r.classId))
            problems << where + QStringLiteral(".class: must be an id [A-Za-z0-9_.-]{1,64}, got \"%1\"").arg(r.classId);
        rules.push_back(r);
    }
    if (!problems.isEmpty())
        return fail(QString(), problems.join(QLatin1Char('\n')));
    return rules;
}

Result<std::vector<ClassificationRule>> rulesFromReview(const Review &review)
{
    const QJsonValue stored = review.extra.value(classificationRulesKey());
    if (stored.isUndefined() || stored.isNull())
        return defaultClassificationRules();
    if (!stored.isArray())
        return fail(classificationRulesKey(), QStringLiteral("must be an array of rules"));
    return rulesFromJson(stored.toArray());
}

Result<Classifier> Classifier::create(const std::vector<ClassificationRule> &rules)
{
    Classifier c;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const ClassificationRule &r = rules[i];
        Compiled compiled;
        compiled.pattern = QRegularExpression(r.pattern);
        compiled.anyMethod = r.method.isEmpty();
        compiled.anyRouter = r.router.isEmpty();
        compiled.method = QRegularExpression(QRegularExpression::anchoredPattern(r.method),
                                             QRegularExpression::CaseInsensitiveOption);
        compiled.router = QRegularExpression(r.router);
        for (const QRegularExpression *re : {&compiled.pattern, &compiled.method, &compiled.router}) {
            if (!re->isValid())
                return fail(QStringLiteral("classification_rules[%1]").arg(i),
                            QStringLiteral("invalid regular expression: ") + re->errorString());
            re->optimize();
        }
        compiled.classIndex = int(c.m_classIds.indexOf(r.classId));
        if (compiled.classIndex < 0) {
            compiled.classIndex = int(c.m_classIds.size());
            c.m_classIds << r.classId;
        }
        c.m_rules.push_back(std::move(compiled));
    }
    return c;
}

int Classifier::classify(std::string_view method, std::string_view path, std::string_view router)
{
    if (const std::size_t q = path.find('?'); q != std::string_view::npos)
        path = path.substr(0, q);
    m_key.assign(method);
    m_key.push_back('\0');
    m_key.append(router);
    m_key.push_back('\0');
    m_key.append(path);
    if (const auto it = m_cache.find(m_key); it != m_cache.end())
        return it->second;

    const QString qpath = QString::fromUtf8(path.data(), qsizetype(path.size()));
    const QString qmethod = QString::fromUtf8(method.data(), qsizetype(method.size()));
    const QString qrouter = QString::fromUtf8(router.data(), qsizetype(router.size()));
    int result = -1;
    for (const Compiled &r : m_rules) {
        if (!r.anyMethod && !r.method.match(qmethod).hasMatch())
            continue;
        if (!r.anyRouter && !r.router.match(qrouter).hasMatch())
            continue;
        if (!r.pattern.pattern().isEmpty() && !r.pattern.match(qpath).hasMatch())
            continue;
        result = r.classIndex;
        break;
    }
    if (m_cache.size() >= kMaxCacheEntries)
        m_cache.clear();
    m_cache.emplace(m_key, result);
    return result;
}

int Classifier::classIndex(std::string_view classId)
{
    const QString id = QString::fromUtf8(classId.data(), qsizetype(classId.size()));
    qsizetype i = m_classIds.indexOf(id);
    if (i < 0) {
        i = m_classIds.size();
        m_classIds << id;
    }
    return int(i);
}

} // namespace hostreview::core::import
