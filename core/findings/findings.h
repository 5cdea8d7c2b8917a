#pragma once

#include "../checklist/checklist.h"
#include "../checklist/scorecard.h"
#include "../model/review.h"
#include "../result.h"
#include "../solver/solver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/**
 * The findings engine (docs/findings.md): rules kept as data (templates/rules/findings.json) turn
 * solver results, configuration checks across the graph and checklist answers into findings; the
 * findings are ordered into a roadmap; compare() puts the current and the target architecture side
 * by side. Everything here is plain values: the report (reports/) and the GUI only read them.
 */
namespace hostreview::core::findings {

/** How bad a finding is. Order matters: Critical sorts first. */
enum class FindingSeverity {
    Critical, ///< "critical": the platform fails its load now (saturation, broken budget)
    High,     ///< "high": at risk at peak, or a high-risk control missing
    Medium,   ///< "medium"
    Low,      ///< "low"
};

/** Effort to remediate. Order matters: Small sorts first. */
enum class Effort {
    Small,  ///< "S": a configuration change, days
    Medium, ///< "M": a design change in one component, weeks
    Large,  ///< "L": an architecture change, months
};

/** The phases of the seeds' implementation roadmap (000_23d2cd0e78e4bc62.txt:43), in order. */
enum class RoadmapPhase {
    Baseline,         ///< "baseline": baseline assessment
    PlatformControls, ///< "platform-controls": platform controls
    Resilience,       ///< "gitops-resilience": GitOps/IaC and resilience
    Optimisation,     ///< "optimisation": optimisation
};

QString severityName(FindingSeverity s);                          ///< "critical", "high", …
std::optional<FindingSeverity> severityFromName(const QString &name);
QString effortName(Effort e);                                     ///< "S", "M", "L"
std::optional<Effort> effortFromName(const QString &name);
QString phaseName(RoadmapPhase p);                                ///< "baseline", "platform-controls", …
QString phaseTitle(RoadmapPhase p);                               ///< "Baseline assessment", …
std::optional<RoadmapPhase> phaseFromName(const QString &name);

/** A recommended action and the seed lines ("000_23d2cd0e78e4bc62.txt:9") or facts it rests on. */
struct Recommendation {
    QString text;
    QStringList sources;

    bool operator==(const Recommendation &) const = default;
};

/** One number behind a finding, with its unit ("utilisation", 0.97, "" → shown as 97 %). */
struct Evidence {
    QString label;   ///< "pg-primary utilisation", "Σ Odoo processes × db_maxconn"
    double value = 0.0;
    QString unit;    ///< "%" (value is a fraction, shown ×100), "s", "MiB", "connections", "processes", …
    QString text;    ///< the number as printed, unit included ("97 %", "1728 connections")

    bool operator==(const Evidence &) const = default;
};

/** One finding: what is wrong, how we know, what to do and when. */
struct Finding {
    QString id;        ///< stable across runs: "<rule id>:<subject ids>" ("pg-saturated:pg-primary")
    QString ruleId;
    QString condition; ///< the rule's condition type
    FindingSeverity severity = FindingSeverity::Medium;
    QString title;     ///< placeholders filled
    QString summary;   ///< plain-language paragraph, placeholders filled
    std::vector<Evidence> evidence;
    QStringList stations; ///< affected station ids
    QStringList classes;  ///< affected class ids
    QStringList checklistItems; ///< affected checklist item ids (checklist findings)
    QString scenario;     ///< scenario where it was seen (worst one); empty for config/checklist findings
    std::optional<int> bucket; ///< profile bucket where it was seen; nullopt without profiles
    QString time;         ///< the bucket as a time of day ("08:00–08:15"); empty without bucket
    Effort effort = Effort::Medium;
    RoadmapPhase phase = RoadmapPhase::PlatformControls;
    std::vector<Recommendation> recommendations;
    QStringList sources;  ///< the rule's own sources (seed lines, "facts: Odoo CLI reference")

    bool operator==(const Finding &) const = default;
};

/** One rule of the rules file (templates/rules/README.md). */
struct Rule {
    QString id;
    QString condition;        ///< one of conditionTypes()
    QJsonObject parameters;   ///< condition parameters, checked by rulesFromJson
    FindingSeverity severity = FindingSeverity::Medium;
    QString title;            ///< template with {placeholders}
    QString summary;          ///< template with {placeholders}
    Effort effort = Effort::Medium;
    RoadmapPhase phase = RoadmapPhase::PlatformControls;
    std::vector<Recommendation> recommendations;
    QStringList sources;
    bool enabled = true;

    bool operator==(const Rule &) const = default;
};

/** A rules file (format "hostreview-findings-rules" v1). */
struct RuleSet {
    QString id;
    int revision = 1;
    std::vector<Rule> rules; ///< file order

    const Rule *rule(const QString &id) const;
};

/** Returns the condition types the engine implements, in documentation order. */
QStringList conditionTypes();

/**
 * Parses a rules file. Every problem is reported, each naming the rule and the field
 * ("rules[pg-saturated].parameters.min_utilization: must be a number from 0 to 10, got \"x\"");
 * with several problems the message lists them one per line.
 */
Result<RuleSet> rulesFromJson(const QByteArray &json);
/** Reads and parses a rules file; a missing file is an error naming it. */
Result<RuleSet> loadRules(const QString &path);
/** Returns templatePath("rules/findings.json"). */
QString defaultRulesPath();

/** What evaluate() looks at. */
struct EngineOptions {
    /** Scenarios the solver-driven rules look at; empty: "baseline" and every scenario not marked target. */
    QStringList scenarios;
    solver::Method method = solver::Method::Auto;
    double knee = 0.8;
    /** Checklist the answers refer to; nullptr: checklist rules produce nothing (a note says so). */
    const checklist::Checklist *checklist = nullptr;
};

/** The engine's answer: the findings in priority order (see prioritise()) and notes on what was skipped. */
struct FindingsResult {
    std::vector<Finding> findings;
    QStringList notes;
};

/**
 * Runs every enabled rule on the review. A review the solver refuses is an error (its message names
 * the field); rules that cannot apply (no profiles, no checklist) add a note instead of failing.
 */
Result<FindingsResult> evaluate(const Review &review, const RuleSet &rules, const EngineOptions &options = {});

/**
 * Runs evaluate() with what the program ships: the rules in templates/rules/findings.json and the
 * checklist the review names (templates/checklists/<checklistId>.json, "odoo-hosting" when unnamed).
 * A missing or broken template is an error naming the file.
 */
Result<FindingsResult> evaluateWithShippedTemplates(const Review &review, double knee = 0.8);

/** Sorts by severity (critical first), then effort (S first), then id. */
void prioritise(std::vector<Finding> &findings);

/** Returns "HH:MM–HH:MM" for a bucket of the day (bucket 0 starts at 00:00). */
QString bucketTimeLabel(int bucket, int bucketMinutes);

/** Returns the review with the scenario's station_overrides applied (servers, zone, tenant, properties…). */
Review applyScenarioOverrides(const Review &review, const QString &scenarioId);

// ---------------------------------------------------------------- roadmap

/** One finding placed on the roadmap. */
struct RoadmapEntry {
    Finding finding;
    int dayWindow = 30; ///< 30, 60 or 90: by when it should be done (docs/findings.md, "Roadmap")
};

/** One phase of the roadmap with its findings in priority order. */
struct RoadmapPhaseGroup {
    RoadmapPhase phase = RoadmapPhase::Baseline;
    QString title;
    QString description;
    QStringList sources; ///< the seed lines that state this phase
    std::vector<RoadmapEntry> entries;
};

/** The prioritised roadmap: all four phases in order (a phase may be empty). */
struct Roadmap {
    std::vector<RoadmapPhaseGroup> phases;
};

/**
 * Groups findings into the four phases, each ordered by severity then effort; the day window is
 * the phase's window (baseline 30, platform controls 60, GitOps/resilience and optimisation 90),
 * pulled to 30 for critical findings and to at most 60 for high ones.
 */
Roadmap buildRoadmap(const std::vector<Finding> &findings);

// ---------------------------------------------------------------- before and after

/** A station's load in a snapshot. */
struct StationLoad {
    QString stationId;
    double utilization = 0.0; ///< offered value when saturated (may exceed 1)
    bool saturated = false;
};

/** A class's response time in a snapshot. */
struct ClassResponse {
    QString classId;
    std::optional<double> responseTime;       ///< seconds; nullopt when it visits a saturated station
    std::optional<double> targetResponseTime; ///< seconds
};

/** One side of the comparison: a scenario at its peak bucket. */
struct ScenarioSnapshot {
    QString scenario;
    std::optional<int> bucket; ///< peak bucket (highest bottleneck utilisation); nullopt without profiles
    QString time;
    std::vector<StationLoad> topStations;   ///< queue stations, highest utilisation first
    std::optional<double> headroom;
    QString headroomStation;
    std::vector<ClassResponse> classes;     ///< document order
    std::vector<checklist::DomainScore> domains; ///< the checklist's domain scores (answers do not depend on the scenario)
    int openHighRisks = 0;        ///< critical + high findings for this scenario (solver, config, checklist)
    QStringList highRiskFindings; ///< their ids
};

/** Current against target architecture. */
struct Comparison {
    ScenarioSnapshot current;
    ScenarioSnapshot target;
};

/** What compare() looks at. */
struct CompareOptions {
    int topStations = 5;
    solver::Method method = solver::Method::Auto;
    double knee = 0.8;
    const checklist::Checklist *checklist = nullptr; ///< nullptr: no domain scores, no checklist risks
    const RuleSet *rules = nullptr;                  ///< nullptr: the default rules file
};

/** Returns the id of the first scenario marked `target: true`, or nullopt. */
std::optional<QString> targetScenarioId(const Review &review);

/**
 * Compares two scenarios, each at its own peak bucket: top stations, headroom, response times,
 * domain scores and open high risks (findings evaluated on that scenario alone, with its overrides).
 */
Result<Comparison> compare(const Review &review, const QString &currentScenario, const QString &targetScenario,
                           const CompareOptions &options = {});

// ---------------------------------------------------------------- export

/** Returns findings as CSV (RFC 4180: CRLF line ends, fields with , " CR LF quoted, " doubled), header first. */
QString findingsToCsv(const std::vector<Finding> &findings);
QJsonObject findingToJson(const Finding &finding);
/** Returns {"format": "hostreview-findings", "version": 1, "findings": [...], "notes": [...]}. */
QJsonObject findingsResultToJson(const FindingsResult &result);
QJsonObject roadmapToJson(const Roadmap &roadmap);
QJsonObject comparisonToJson(const Comparison &comparison);

} // namespace hostreview::core::findings
