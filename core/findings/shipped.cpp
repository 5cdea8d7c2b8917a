#include "findings.h"

#include "../checklist/checklist.h"

namespace hostreview::core::findings {

Result<FindingsResult> evaluateWithShippedTemplates(const Review &review, double knee)
{
    const Result<RuleSet> rules = loadRules(defaultRulesPath());
    if (!rules)
        return rules.error();
    const Result<checklist::Checklist> checklist = checklist::loadShippedChecklist(review.checklistId);
    if (!checklist)
        return checklist.error();
    EngineOptions options;
    options.knee = knee;
    options.checklist = &*checklist;
    return evaluate(review, *rules, options);
}

} // namespace hostreview::core::findings
