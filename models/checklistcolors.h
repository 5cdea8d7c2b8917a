#pragma once

#include "core/checklist/scorecard.h"
#include "core/model/checklistanswer.h"

#include <QColor>
#include <QString>

namespace hostreview::models {

/** Returns the display text of an answer status ("Met", "Partly", "Not met", "N/A", "Not assessed"). */
QString answerStatusText(core::AnswerStatus status);
/** Returns the colour an answer status is drawn in (green, amber, red, grey, slate); never transparent. */
QColor answerStatusColor(core::AnswerStatus status);

/** Returns the display text of a risk level ("High", "Medium", "Low"). */
QString riskLevelText(core::checklist::RiskLevel level);
/** Returns the colour a risk level is drawn in. */
QColor riskLevelColor(core::checklist::RiskLevel level);

/** Returns the display text of a maturity band ("Initial", "Developing", "Defined", "Managed"). */
QString maturityBandText(core::checklist::MaturityBand band);
/** Returns the colour of a maturity band: red, orange, yellow-green, green (initial → managed). */
QColor maturityBandColor(core::checklist::MaturityBand band);

/** Returns the display text of a criticality ("High", "Medium", "Low"). */
QString criticalityText(core::checklist::Criticality criticality);

/** Returns the display text of an overall posture ("At risk", "Needs attention", "Sound", "Not assessed"). */
QString postureText(core::checklist::Posture posture);
/** Returns the colour of an overall posture. */
QColor postureColor(core::checklist::Posture posture);

} // namespace hostreview::models
