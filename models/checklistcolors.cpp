#include "checklistcolors.h"

#include <QCoreApplication>

namespace hostreview::models {

namespace {
/** The translation context of the checklist's status and risk names. */
struct Checklist {
    Q_DECLARE_TR_FUNCTIONS(hostreview::models::Checklist)
};
} // namespace

QString answerStatusText(core::AnswerStatus status)
{
    switch (status) {
    case core::AnswerStatus::Met: return Checklist::tr("Met");
    case core::AnswerStatus::Partly: return Checklist::tr("Partly");
    case core::AnswerStatus::NotMet: return Checklist::tr("Not met");
    case core::AnswerStatus::NotApplicable: return Checklist::tr("N/A");
    case core::AnswerStatus::NotAssessed: break;
    }
    return Checklist::tr("Not assessed");
}

QColor answerStatusColor(core::AnswerStatus status)
{
    switch (status) {
    case core::AnswerStatus::Met: return QColor(0x2e, 0x7d, 0x32);
    case core::AnswerStatus::Partly: return QColor(0xc7, 0x7c, 0x02);
    case core::AnswerStatus::NotMet: return QColor(0xc6, 0x28, 0x28);
    case core::AnswerStatus::NotApplicable: return QColor(0x75, 0x75, 0x75);
    case core::AnswerStatus::NotAssessed: break;
    }
    return QColor(0x54, 0x6e, 0x7a);
}

QString riskLevelText(core::checklist::RiskLevel level)
{
    switch (level) {
    case core::checklist::RiskLevel::High: return Checklist::tr("High");
    case core::checklist::RiskLevel::Medium: return Checklist::tr("Medium");
    case core::checklist::RiskLevel::Low: break;
    }
    return Checklist::tr("Low");
}

QColor riskLevelColor(core::checklist::RiskLevel level)
{
    switch (level) {
    case core::checklist::RiskLevel::High: return QColor(0xc6, 0x28, 0x28);
    case core::checklist::RiskLevel::Medium: return QColor(0xc7, 0x7c, 0x02);
    case core::checklist::RiskLevel::Low: break;
    }
    return QColor(0x55, 0x8b, 0x2f);
}

QString maturityBandText(core::checklist::MaturityBand band)
{
    switch (band) {
    case core::checklist::MaturityBand::Initial: return Checklist::tr("Initial");
    case core::checklist::MaturityBand::Developing: return Checklist::tr("Developing");
    case core::checklist::MaturityBand::Defined: return Checklist::tr("Defined");
    case core::checklist::MaturityBand::Managed: break;
    }
    return Checklist::tr("Managed");
}

QColor maturityBandColor(core::checklist::MaturityBand band)
{
    switch (band) {
    case core::checklist::MaturityBand::Initial: return QColor(0xd3, 0x2f, 0x2f);
    case core::checklist::MaturityBand::Developing: return QColor(0xf5, 0x7c, 0x00);
    case core::checklist::MaturityBand::Defined: return QColor(0xaf, 0xb4, 0x2b);
    case core::checklist::MaturityBand::Managed: break;
    }
    return QColor(0x38, 0x8e, 0x3c);
}

QString criticalityText(core::checklist::Criticality criticality)
{
    switch (criticality) {
    case core::checklist::Criticality::High: return Checklist::tr("High");
    case core::checklist::Criticality::Medium: return Checklist::tr("Medium");
    case core::checklist::Criticality::Low: break;
    }
    return Checklist::tr("Low");
}

QString postureText(core::checklist::Posture posture)
{
    switch (posture) {
    case core::checklist::Posture::AtRisk: return Checklist::tr("At risk");
    case core::checklist::Posture::NeedsAttention: return Checklist::tr("Needs attention");
    case core::checklist::Posture::Sound: return Checklist::tr("Sound");
    case core::checklist::Posture::NotAssessed: break;
    }
    return Checklist::tr("Not assessed");
}

QColor postureColor(core::checklist::Posture posture)
{
    switch (posture) {
    case core::checklist::Posture::AtRisk: return QColor(0xc6, 0x28, 0x28);
    case core::checklist::Posture::NeedsAttention: return QColor(0xc7, 0x7c, 0x02);
    case core::checklist::Posture::Sound: return QColor(0x2e, 0x7d, 0x32);
    case core::checklist::Posture::NotAssessed: break;
    }
    return QColor(0x54, 0x6e, 0x7a);
}

} // namespace hostreview::models
