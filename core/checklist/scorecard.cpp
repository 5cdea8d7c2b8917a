#include "scorecard.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace hostreview::core::checklist {

QString riskLevelName(RiskLevel r)
{
    switch (r) {
    case RiskLevel::Low: return QStringLiteral("low");
    case RiskLevel::High: return QStringLiteral("high");
    case RiskLevel::Medium: break;
    }
    return QStringLiteral("medium");
}

QString maturityBandName(MaturityBand b)
{
    switch (b) {
    case MaturityBand::Initial: return QStringLiteral("initial");
    case MaturityBand::Developing: return QStringLiteral("developing");
    case MaturityBand::Defined: return QStringLiteral("defined");
    case MaturityBand::Managed: break;
    }
    return QStringLiteral("managed");
}

QString postureName(Posture p)
{
    switch (p) {
    case Posture::AtRisk: return QStringLiteral("at-risk");
    case Posture::NeedsAttention: return QStringLiteral("needs-attention");
    case Posture::Sound: return QStringLiteral("sound");
    case Posture::NotAssessed: break;
    }
    return QStringLiteral("not-assessed");
}

std::optional<double> answerCredit(AnswerStatus status)
{
    switch (status) {
    case AnswerStatus::Met: return 1.0;
    case AnswerStatus::Partly: return 0.5;
    case AnswerStatus::NotMet: return 0.0;
    case AnswerStatus::NotApplicable:
    case AnswerStatus::NotAssessed: break;
    }
    return std::nullopt;
}

std::optional<RiskLevel> riskLevel(Criticality criticality, int weight, AnswerStatus status)
{
    if (status != AnswerStatus::NotMet && status != AnswerStatus::Partly)
        return std::nullopt;
    int level = criticality == Criticality::High ? 2 : criticality == Criticality::Medium ? 1 : 0;
    if (weight >= 3)
        level = std::min(level + 1, 2);
    if (status == AnswerStatus::Partly)
        level = std::max(level - 1, 0);
    return level == 2 ? RiskLevel::High : level == 1 ? RiskLevel::Medium : RiskLevel::Low;
}

MaturityBand maturityBand(double score)
{
    if (score < 40.0)
        return MaturityBand::Initial;
    if (score < 60.0)
        return MaturityBand::Developing;
    if (score < 80.0)
        return MaturityBand::Defined;
    return MaturityBand::Managed;
}

const DomainScore *Scorecard::domain(const QString &id) const
{
    for (const DomainScore &d : domains)
        if (d.domainId == id)
            return &d;
    return nullptr;
}

namespace {

void count(StatusCounts &c, AnswerStatus s)
{
    switch (s) {
    case AnswerStatus::Met: ++c.met; break;
    case AnswerStatus::Partly: ++c.partly; break;
    case AnswerStatus::NotMet: ++c.notMet; break;
    case AnswerStatus::NotApplicable: ++c.notApplicable; break;
    case AnswerStatus::NotAssessed: ++c.unanswered; break;
    }
}

} // namespace

Scorecard score(const Checklist &checklist, const Review &review)
{
    Scorecard card;
    card.checklistId = checklist.id;
    card.checklistRevision = checklist.revision;

    for (const ChecklistDomain &domain : checklist.domains) {
        DomainScore ds;
        ds.domainId = domain.id;
        ds.name = domain.name;
        double earned = 0.0;
        for (const ChecklistItem &item : checklist.items) {
            if (item.domainId != domain.id)
                continue;
            const ChecklistAnswer *answer = review.answer(item.id);
            const AnswerStatus status = answer ? answer->status : AnswerStatus::NotAssessed;
            count(ds.counts, status);
            count(card.counts, status);
            if (status != AnswerStatus::NotApplicable)
                ds.applicableWeight += item.weight;
            if (const std::optional<double> credit = answerCredit(status)) {
                ds.assessedWeight += item.weight;
                earned += item.weight * *credit;
            }
            if (const std::optional<RiskLevel> level = riskLevel(item.criticality, item.weight, status)) {
                card.risks.push_back(RiskItem{item.id, item.domainId, item.question, status, item.criticality,
                                              item.weight, *level, answer ? answer->notes : QString()});
            }
        }
        if (ds.assessedWeight > 0) {
            ds.score = 100.0 * earned / ds.assessedWeight;
            ds.band = maturityBand(*ds.score);
        }
        card.domains.push_back(ds);
    }

    // Answers to items the checklist does not have (an older template revision, a typo) are
    // reported rather than silently dropped.
    for (const ChecklistAnswer &a : review.answers)
        if (!checklist.item(a.itemId))
            card.unknownItems << a.itemId;

    // Keep checklist order among equals: stable sort on the documented keys.
    std::stable_sort(card.risks.begin(), card.risks.end(), [](const RiskItem &a, const RiskItem &b) {
        if (a.level != b.level)
            return a.level > b.level;
        if (a.weight != b.weight)
            return a.weight > b.weight;
        return a.status == AnswerStatus::NotMet && b.status == AnswerStatus::Partly;
    });
    for (const RiskItem &r : card.risks) {
        (r.level == RiskLevel::High ? card.highRisks : r.level == RiskLevel::Medium ? card.mediumRisks : card.lowRisks)++;
    }

    double sum = 0.0;
    int scored = 0;
    for (const DomainScore &d : card.domains) {
        if (d.score) {
            sum += *d.score;
            ++scored;
        }
    }
    if (scored > 0) {
        card.overallScore = sum / scored;
        card.overallBand = maturityBand(*card.overallScore);
    }
    if (!card.overallScore)
        card.posture = Posture::NotAssessed;
    else if (card.highRisks > 0)
        card.posture = Posture::AtRisk;
    else if (card.mediumRisks > 0 || *card.overallScore < 60.0)
        card.posture = Posture::NeedsAttention;
    else
        card.posture = Posture::Sound;
    return card;
}

namespace {

QJsonValue roundedOrNull(const std::optional<double> &v)
{
    if (!v)
        return QJsonValue::Null;
    return std::round(*v * 10.0) / 10.0;
}

QJsonObject countsToJson(const StatusCounts &c)
{
    return QJsonObject{{QStringLiteral("met"), c.met},
                       {QStringLiteral("partly"), c.partly},
                       {QStringLiteral("not_met"), c.notMet},
                       {QStringLiteral("not_applicable"), c.notApplicable},
                       {QStringLiteral("unanswered"), c.unanswered}};
}

} // namespace

QJsonObject scorecardToJson(const Scorecard &card)
{
    QJsonArray domains;
    for (const DomainScore &d : card.domains) {
        domains.append(QJsonObject{
            {QStringLiteral("id"), d.domainId},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("score"), roundedOrNull(d.score)},
            {QStringLiteral("band"), d.band ? QJsonValue(maturityBandName(*d.band)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("counts"), countsToJson(d.counts)},
            {QStringLiteral("assessed_weight"), d.assessedWeight},
            {QStringLiteral("applicable_weight"), d.applicableWeight},
        });
    }
    QJsonArray risks;
    for (const RiskItem &r : card.risks) {
        risks.append(QJsonObject{
            {QStringLiteral("item"), r.itemId},
            {QStringLiteral("domain"), r.domainId},
            {QStringLiteral("level"), riskLevelName(r.level)},
            {QStringLiteral("status"), answerStatusName(r.status)},
            {QStringLiteral("criticality"), criticalityName(r.criticality)},
            {QStringLiteral("weight"), r.weight},
            {QStringLiteral("question"), r.question},
            {QStringLiteral("notes"), r.notes},
        });
    }
    return QJsonObject{
        {QStringLiteral("checklist"), card.checklistId},
        {QStringLiteral("revision"), card.checklistRevision},
        {QStringLiteral("overall"),
         QJsonObject{{QStringLiteral("score"), roundedOrNull(card.overallScore)},
                     {QStringLiteral("band"), card.overallBand ? QJsonValue(maturityBandName(*card.overallBand))
                                                               : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("posture"), postureName(card.posture)},
                     {QStringLiteral("high_risks"), card.highRisks},
                     {QStringLiteral("medium_risks"), card.mediumRisks},
                     {QStringLiteral("low_risks"), card.lowRisks},
                     {QStringLiteral("counts"), countsToJson(card.counts)}}},
        {QStringLiteral("domains"), domains},
        {QStringLiteral("risks"), risks},
        {QStringLiteral("unknown_items"), QJsonArray::fromStringList(card.unknownItems)},
    };
}

} // namespace hostreview::core::checklist
