#pragma once

#include "../model/review.h"
#include "../result.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hostreview::core::import {

/**
 * One classification rule: a request whose path matches `pattern` (and, when set, whose method
 * matches `method` and whose router matches `router`, all regular expressions) belongs to the
 * workload class `classId`. Rules are tried in order; the first match wins.
 * Stored in the review as `extra["classification_rules"]`, a JSON array of
 * {"pattern", "method", "router", "class"} objects (docs/import.md).
 */
struct ClassificationRule {
    QString pattern; ///< regular expression searched in the request path (the query string is cut off first)
    QString method;  ///< regular expression matched against the whole HTTP method; empty: any
    QString router;  ///< regular expression searched in the Traefik router name; empty: any
    QString classId; ///< workload class id the request is counted under

    bool operator==(const ClassificationRule &) const = default;
};

/** The document key under Review::extra that holds the rules. */
inline QString classificationRulesKey() { return QStringLiteral("classification_rules"); }

/**
 * Returns the default rules for Odoo's URL space: RPC calls per model family
 * (`/web/dataset/call_kw/<model>/<method>`), `/xmlrpc`, `/jsonrpc`, the web client, long polling and
 * websockets, point of sale, the shop and `/api`.
 */
std::vector<ClassificationRule> defaultClassificationRules();

/** Returns the rules as a JSON array of {"pattern", "method", "router", "class"} objects. */
QJsonArray rulesToJson(const std::vector<ClassificationRule> &rules);

/**
 * Reads rules from a JSON array; every problem (missing pattern, invalid regular expression,
 * invalid class id) is reported, naming `classification_rules[i].field`.
 */
Result<std::vector<ClassificationRule>> rulesFromJson(const QJsonArray &array);

/**
 * Returns the review's rules (Review::extra["classification_rules"]), or the defaults when the
 * review has none. Invalid stored rules are an error, never silently replaced.
 */
Result<std::vector<ClassificationRule>> rulesFromReview(const Review &review);

/**
 * Applies compiled rules to requests. Results are cached per (method, router, path) in a table
 * that is emptied when it grows past a fixed size, so memory stays bounded on any log.
 */
class Classifier {
public:
    /** Compiles the rules; an invalid regular expression is an error naming the rule. */
    static Result<Classifier> create(const std::vector<ClassificationRule> &rules);

    /** Returns the distinct class ids of the rules, in first-appearance order. */
    const QStringList &classIds() const { return m_classIds; }

    /** Returns the index into classIds() of the first matching rule's class, or -1 (unclassified). */
    int classify(std::string_view method, std::string_view path, std::string_view router);

    /** Returns the index of `classId` in classIds(), adding it when new (generic CSV class column). */
    int classIndex(std::string_view classId);

private:
    struct Compiled {
        QRegularExpression pattern;
        QRegularExpression method;
        QRegularExpression router;
        bool anyMethod = true;
        bool anyRouter = true;
        int classIndex = -1;
    };
    std::vector<Compiled> m_rules;
    QStringList m_classIds;
    std::unordered_map<std::string, int> m_cache;
    std::string m_key;
};

} // namespace hostreview::core::import
