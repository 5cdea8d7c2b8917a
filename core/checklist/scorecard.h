#pragma once

#include "checklist.h"

#include "../model/review.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace hostreview::core::checklist {

/** Risk of an item answered "not-met" or "partly" (docs/scoring.md, "Risk level"). */
enum class RiskLevel {
    Low,    ///< "low"
    Medium, ///< "medium"
    High,   ///< "high"
};

/** Maturity band of a 0–100 score (docs/scoring.md, "Maturity bands"). */
enum class MaturityBand {
    Initial,    ///< "initial": score < 40
    Developing, ///< "developing": 40 ≤ score < 60
    Defined,    ///< "defined": 60 ≤ score < 80
    Managed,    ///< "managed": score ≥ 80
};

/** Headline verdict of the whole review (docs/scoring.md, "Overall posture"). */
enum class Posture {
    NotAssessed,    ///< "not-assessed": nothing scored yet
    AtRisk,         ///< "at-risk": at least one high-risk item
    NeedsAttention, ///< "needs-attention": medium-risk items, or an overall score below 60
    Sound,          ///< "sound": no high or medium risks and an overall score of 60 or more
};

QString riskLevelName(RiskLevel r);
QString maturityBandName(MaturityBand b);
QString postureName(Posture p);

/** Credit an answer earns: met 1, partly ½, not-met 0; nullopt for n/a and not-assessed (not scored). */
std::optional<double> answerCredit(AnswerStatus status);

/**
 * Returns the risk level of an item answered not-met or partly, nullopt for other statuses.
 * Not met: the item's criticality, raised one level when its weight is 3 or more.
 * Partly: one level below what not-met would give, never below low.
 */
std::optional<RiskLevel> riskLevel(Criticality criticality, int weight, AnswerStatus status);

/** Returns the band a 0–100 score falls in. */
MaturityBand maturityBand(double score);

/** How many items of a domain (or of the whole checklist) have each status. */
struct StatusCounts {
    int met = 0;
    int partly = 0;
    int notMet = 0;
    int notApplicable = 0;
    int unanswered = 0; ///< not-assessed or no answer at all; never counted as met

    int total() const { return met + partly + notMet + notApplicable + unanswered; }
    int assessed() const { return met + partly + notMet; }
    bool operator==(const StatusCounts &) const = default;
};

/** Score of one domain. */
struct DomainScore {
    QString domainId;
    QString name;
    std::optional<double> score;      ///< 0–100; none when no item is assessed (all n/a or unanswered)
    std::optional<MaturityBand> band; ///< band of score, none with it
    StatusCounts counts;
    int assessedWeight = 0;   ///< Σ weight of met/partly/not-met items (the score's denominator)
    int applicableWeight = 0; ///< Σ weight of all items that are not n/a (assessed + unanswered)

    /** Share of the applicable weight already assessed, 0–1; 1 when nothing is applicable. */
    double completeness() const { return applicableWeight == 0 ? 1.0 : double(assessedWeight) / applicableWeight; }
};

/** An item answered not-met or partly, with its risk level. */
struct RiskItem {
    QString itemId;
    QString domainId;
    QString question;
    AnswerStatus status = AnswerStatus::NotMet;
    Criticality criticality = Criticality::Medium;
    int weight = 1;
    RiskLevel level = RiskLevel::Low;
    QString notes; ///< the reviewer's notes on the answer
};

/** The scored review: what the GUI shows, the report prints and `hostreview-cli score` writes. */
struct Scorecard {
    QString checklistId;
    int checklistRevision = 1;
    std::vector<DomainScore> domains; ///< checklist order
    std::vector<RiskItem> risks;      ///< high before medium before low, then weight, then not-met before partly, then checklist order
    StatusCounts counts;              ///< over all items
    std::optional<double> overallScore;  ///< mean of the domain scores that exist
    std::optional<MaturityBand> overallBand;
    Posture posture = Posture::NotAssessed;
    int highRisks = 0;
    int mediumRisks = 0;
    int lowRisks = 0;
    QStringList unknownItems; ///< answers whose item id is not in the checklist (ignored in the score)

    const DomainScore *domain(const QString &id) const;
};

/** Scores the review's answers against the checklist (docs/scoring.md). Never fails. */
Scorecard score(const Checklist &checklist, const Review &review);

/** Returns the scorecard as JSON (the `checklist` part of `hostreview-cli score --format json`). */
QJsonObject scorecardToJson(const Scorecard &scorecard);

} // namespace hostreview::core::checklist
