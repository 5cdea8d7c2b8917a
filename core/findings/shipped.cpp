#include "findings.h"

#include "../model/validation.h"
#include "../paths.h"

namespace hostreview::core::findings {

Result<FindingsResult> evaluateWithShippedTemplates(const Review &review, double knee)
{
    const Result<RuleSet> rules = loadRules(defaultRulesPath());
    if (!rules)
        return rules.error();
    const QString id = review.checklistId.isEmpty() ? QStringLiteral("odoo-hosting") : review.checklistId;
    if (!isValidId(id))
        return fail(QStringLiteral("checklist"), QStringLiteral("\"%1\" is not a valid checklist id").arg(id));
    const Result<checklist::Checklist> checklist =
        checklist::loadChecklist(templatePath(QStringLiteral("checklists/%1.json").arg(id)));
    if (!checklist)
        return checklist.error();
    EngineOptions options;
    options.knee = knee;
    options.checklist = &*checklist;
    return evaluate(review, *rules, options);
}

} // namespace hostreview::core::findings
