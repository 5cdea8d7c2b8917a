#pragma once

#include "findings.h"

#include "../solver/sweep.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hostreview::core::findings::detail {

/** What every condition reads: the review (overrides applied), the sweep and the scored checklist. */
struct EvalContext {
    const Review *review = nullptr;   ///< the review as configured (scenario overrides applied for a single scenario)
    const solver::Sweep *sweep = nullptr; ///< every requested scenario × bucket, results kept
    double knee = 0.8;
    const checklist::Checklist *checklist = nullptr;
    const checklist::Scorecard *scorecard = nullptr;
    QStringList *notes = nullptr;
};

using Vars = QMap<QString, QString>;

/** Replaces {name} by vars[name]; unknown names stay as written (rulesFromJson refuses them). */
QString fillTemplate(const QString &text, const Vars &vars);
/** Builds a finding of the rule about `subjects` (its stable id is "<rule>:<subjects joined by +>"). */
Finding makeFinding(const Rule &rule, const QStringList &subjects, Vars vars);

QString formatPercent(double fraction);  ///< "97 %"
QString formatSeconds(double seconds);   ///< "0.42 s", "12.5 s"
QString formatNumber(double value);      ///< "1728", "2.5"
Evidence evidence(const QString &label, double value, const QString &unit);

/** The station's numeric property, or the catalogue's default for its kind (0 when neither). */
double propertyNumber(const Station &station, const QString &key);
/** Odoo processes with their own connection pool and memory: workers, plus max_cron_threads on odoo-http. */
int odooProcesses(const Station &station);
/** The scenario's display name ("Baseline" for the implicit one). */
QString scenarioName(const Review &review, const QString &scenarioId);
/** The class's profile multiplier in a bucket (1 without a profile or without a bucket). */
double classMultiplier(const Review &review, const QString &classId, std::optional<int> bucket);
/** True when the class id or name contains one of the patterns (case-insensitive). */
bool classMatches(const WorkloadClass &cls, const QStringList &patterns);
/** Consecutive buckets merged into "08:00–10:30, 14:00–14:15". */
QString bucketRanges(const std::vector<int> &buckets, int bucketMinutes);
/** Time label of a result's bucket, empty without one. */
QString timeOf(const solver::SolveResult &result, int bucketMinutes);

// One function per condition type (docs/findings.md, "Condition types").
void evalStationUtilization(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);
void evalClassResponseTime(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);
void evalClassOverlapsPeak(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);
void evalReportingOnPrimary(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);
void evalTenantsPeakTogether(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);
void evalChecklistRisk(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);
void evalTimeLimitVsResponse(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);
void evalSingleThreadedRoles(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);
void evalPgBouncerClientBudget(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);
void evalPostgresConnectionBudget(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);
void evalMemoryBudget(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);
void evalWorkersVsCores(const Rule &rule, const EvalContext &ctx, std::vector<Finding> &out);

} // namespace hostreview::core::findings::detail
