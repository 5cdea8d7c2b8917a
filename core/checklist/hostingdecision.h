#pragma once

#include "../result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hostreview::core::checklist {

/** One possible recommendation: "multi-tenant", "dedicated", "hybrid". */
struct HostingOutcome {
    QString id;
    QString name;
    QString summary;
    QStringList sources; ///< "file:line" references into the seed documents
};

/** One answer option of a choice question. */
struct HostingOption {
    QString id;
    QString label;
};

/** A questionnaire question: a choice among options, or a whole number within [min, max]. */
struct HostingQuestion {
    enum class Type { Choice, Integer };
    QString id;
    QString text;
    Type type = Type::Choice;
    std::vector<HostingOption> options; ///< Choice only
    int min = 0;                        ///< Integer only
    int max = 0;                        ///< Integer only
    QString note;
};

/** A test on one answer: the choice is one of `in`, or the number lies within [min, max]. */
struct HostingCondition {
    QString questionId;
    QStringList in;
    std::optional<int> min;
    std::optional<int> max;
};

/** A rule: when all conditions hold it adds points to outcomes and may rule outcomes out. */
struct HostingRule {
    QString id;
    std::vector<HostingCondition> when;
    QMap<QString, int> points; ///< outcome id → points
    QStringList exclude;       ///< outcome ids this rule rules out
    QString reason;
    QStringList sources;
};

/** The questionnaire and its rules (templates/hosting/hosting-decision.json). */
struct HostingRules {
    QString id;
    int revision = 1;
    std::vector<HostingOutcome> outcomes;
    QStringList tieOrder; ///< every outcome id once; earlier wins a tie
    std::vector<HostingQuestion> questions;
    std::vector<HostingRule> rules;

    const HostingOutcome *outcome(const QString &id) const;
    const HostingQuestion *question(const QString &id) const;
};

/** Parses the rules; every problem names the question, rule or outcome and the field. */
Result<HostingRules> hostingRulesFromJson(const QByteArray &json);
/** Reads and parses a rules file. */
Result<HostingRules> loadHostingRules(const QString &path);

/** A rule that fired for the given answers. */
struct FiredRule {
    QString ruleId;
    QString reason;
    QStringList sources;
    QMap<QString, int> points;
    QStringList exclude;
    bool supportsRecommendation = false; ///< gives points to the recommended outcome or rules another out
};

/** Points and standing of one outcome. */
struct OutcomeScore {
    QString outcomeId;
    int points = 0;
    bool excluded = false;
};

/** The decision: the recommended outcome, why, and what is still unanswered. */
struct HostingRecommendation {
    std::optional<QString> outcomeId; ///< none when nothing is answered or every outcome is ruled out
    QString outcomeName;
    std::vector<OutcomeScore> scores; ///< in the rules' outcome order
    std::vector<FiredRule> fired;     ///< in rule order
    QStringList unanswered;           ///< question ids without an answer
    QStringList ignored;              ///< answer keys that are not questions of these rules
    QString explanation;              ///< one sentence saying how the outcome was reached

    /** The fired rules that support the recommendation (the reasons to print). */
    std::vector<FiredRule> reasons() const;
};

/**
 * Recommends a hosting model from the questionnaire answers (Review::hostingAnswers):
 * sums the points of every rule whose conditions all hold, drops ruled-out outcomes and picks
 * the highest total, ties broken by tieOrder. An answer of the wrong type or outside its
 * options is an error naming it ("hosting_questionnaire.warehouses: …"); all such problems are
 * reported together. Unknown keys are listed in `ignored`, unanswered questions in `unanswered`.
 */
Result<HostingRecommendation> recommendHosting(const HostingRules &rules, const QJsonObject &answers);

/** Returns the recommendation as JSON (the `hosting` part of `hostreview-cli score --format json`). */
QJsonObject hostingRecommendationToJson(const HostingRecommendation &recommendation);

} // namespace hostreview::core::checklist
