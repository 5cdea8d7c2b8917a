// hostreview-cli findings: runs the findings engine (docs/findings.md) on one review and prints the
// findings, optionally the roadmap and the before/after comparison, as a table, JSON or CSV.
#include "clicommand.h"
#include "common.h"

#include "core/checklist/checklist.h"
#include "core/findings/findings.h"
#include "core/paths.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hostreview::core;
using namespace hostreview::core::findings;

namespace hostreview::app::cli {
namespace {

const QString kProgram = QStringLiteral("hostreview-cli findings");

// Merges a "hostreview-sample-answers" file (templates/checklists/sample-answers/) into the review.
Result<void> mergeAnswers(Review &review, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(path, QStringLiteral("cannot read: %1").arg(f.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return fail(path, QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("checklist")).isString())
        review.checklistId = o.value(QStringLiteral("checklist")).toString();
    const QJsonArray answers = o.value(QStringLiteral("answers")).toArray();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QJsonObject a = answers.at(i).toObject();
        const QString item = a.value(QStringLiteral("item")).toString();
        const auto status = answerStatusFromName(a.value(QStringLiteral("status")).toString());
        if (item.isEmpty() || !status)
            return fail(QStringLiteral("%1: answers[%2]").arg(path).arg(i),
                        QStringLiteral("needs an item id and a status (met, partly, not-met, n/a, not-assessed)"));
        review.answers.erase(std::remove_if(review.answers.begin(), review.answers.end(),
                                            [&](const ChecklistAnswer &x) { return x.itemId == item; }),
                             review.answers.end());
        ChecklistAnswer ans;
        ans.itemId = item;
        ans.status = *status;
        ans.notes = a.value(QStringLiteral("notes")).toString();
        ans.reviewer = a.value(QStringLiteral("reviewer")).toString();
        review.answers.push_back(ans);
    }
    return {};
}

void printFindings(const FindingsResult &result)
{
    QTextStream &o = out();
    int counts[4] = {0, 0, 0, 0};
    for (const Finding &f : result.findings)
        ++counts[int(f.severity)];
    o << result.findings.size() << " findings: " << counts[0] << " critical, " << counts[1] << " high, " << counts[2]
      << " medium, " << counts[3] << " low\n\n";
    for (const Finding &f : result.findings) {
        o << '[' << severityName(f.severity) << ", effort " << effortName(f.effort) << ", " << phaseName(f.phase) << "] "
          << f.title << '\n';
        o << "  id: " << f.id << '\n';
        o << "  " << oneLine(f.summary) << '\n';
        QStringList ev;
        for (const Evidence &e : f.evidence)
            ev << e.label + QStringLiteral(" = ") + e.text;
        if (!ev.isEmpty())
            o << "  evidence: " << ev.join(QStringLiteral("; ")) << '\n';
        for (const Recommendation &r : f.recommendations)
            o << "  - " << oneLine(r.text) << " [" << r.sources.join(QStringLiteral(", ")) << "]\n";
        o << '\n';
    }
    for (const QString &n : result.notes)
        o << "note: " << n << '\n';
}

void printRoadmap(const Roadmap &roadmap)
{
    QTextStream &o = out();
    o << "Roadmap\n";
    for (const RoadmapPhaseGroup &g : roadmap.phases) {
        o << "  " << g.title << " (" << g.sources.join(QStringLiteral(", ")) << "): " << g.entries.size()
          << " findings\n";
        for (const RoadmapEntry &e : g.entries)
            o << "    " << QString::number(e.dayWindow).rightJustified(2) << " days  "
              << severityName(e.finding.severity).leftJustified(8) << ' ' << effortName(e.finding.effort) << "  "
              << e.finding.title << '\n';
    }
}

QString optSeconds(std::optional<double> v) { return v ? QString::number(*v, 'f', 2) + QStringLiteral(" s") : QStringLiteral("unbounded"); }

void printComparison(const Comparison &c)
{
    QTextStream &o = out();
    for (const ScenarioSnapshot *s : {&c.current, &c.target}) {
        o << (s == &c.current ? "Current: " : "Target:  ") << s->scenario << " at " << (s->time.isEmpty() ? QStringLiteral("-") : s->time)
          << ", headroom " << (s->headroom ? QString::number(*s->headroom, 'f', 2) : QStringLiteral("-")) << " ("
          << s->headroomStation << "), open high risks " << s->openHighRisks << '\n';
        for (const StationLoad &st : s->topStations)
            o << "    " << st.stationId.leftJustified(24) << QString::number(st.utilization * 100.0, 'f', 0) << " %"
              << (st.saturated ? " saturated" : "") << '\n';
        for (const ClassResponse &cr : s->classes)
            o << "    " << cr.classId.leftJustified(24) << optSeconds(cr.responseTime)
              << (cr.targetResponseTime ? QStringLiteral(" (target %1 s)").arg(*cr.targetResponseTime) : QString()) << '\n';
    }
}

int runFindings(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the finding rules (templates/rules/findings.json) on a review: saturated or at-risk stations, slow "
        "classes, batch work in peak hours, Redis roles, reporting on the primary, tenants peaking together, "
        "connection and memory budgets, and high-risk checklist answers (docs/findings.md)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Project file or interchange JSON."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default), json or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption rulesOpt(QStringLiteral("rules"), QStringLiteral("Rules file (default: templates/rules/findings.json)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption checklistOpt(QStringLiteral("checklist"),
                                          QStringLiteral("Checklist template (default: the review's, else odoo-hosting)."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption answersOpt(QStringLiteral("answers"),
                                        QStringLiteral("Merge checklist answers from a sample-answers file first."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"),
                                         QStringLiteral("Scenario to look at (repeatable; default: baseline and every non-target scenario)."),
                                         QStringLiteral("ID"));
    const QCommandLineOption roadmapOpt(QStringLiteral("roadmap"), QStringLiteral("Also print the prioritised roadmap."));
    const QCommandLineOption compareOpt(QStringLiteral("compare"),
                                        QStringLiteral("Also compare the current scenario with the target one (table and json)."));
    const QCommandLineOption currentOpt(QStringLiteral("current"),
                                        QStringLiteral("Current scenario for --compare (default: baseline)."), QStringLiteral("ID"),
                                        QStringLiteral("baseline"));
    parser.addOptions({format, rulesOpt, checklistOpt, answersOpt, scenarioOpt, roadmapOpt, compareOpt, currentOpt});
    if (const auto exit = parseCommandLine(parser, args, 1, 1))
        return *exit;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json") && fmt != QLatin1String("csv"))
        return usageError(kProgram, QStringLiteral("--format must be table, json or csv, got \"%1\"").arg(fmt));
    const QString file = parser.positionalArguments().first();

    std::optional<Review> review = loadReview(kProgram, file);
    if (!review)
        return ExitInvalid;
    if (parser.isSet(answersOpt)) {
        const Result<void> merged = mergeAnswers(*review, parser.value(answersOpt));
        if (!merged) {
            printFileError(kProgram, parser.value(answersOpt), merged.error());
            return ExitInvalid;
        }
    }
    const QString rulesPath = parser.isSet(rulesOpt) ? parser.value(rulesOpt) : defaultRulesPath();
    const Result<RuleSet> rules = loadRules(rulesPath);
    if (!rules) {
        printFileError(kProgram, rulesPath, rules.error());
        return ExitInvalid;
    }

    QString checklistPath = parser.value(checklistOpt);
    if (checklistPath.isEmpty()) {
        const Result<QString> shipped = checklist::shippedChecklistPath(checklist::reviewChecklistId(review->checklistId));
        if (!shipped)
            return usageError(kProgram, shipped.error().message);
        checklistPath = *shipped;
    }
    const Result<checklist::Checklist> checklist = checklist::loadChecklist(checklistPath);
    if (!checklist) {
        printFileError(kProgram, checklistPath, checklist.error());
        return ExitInvalid;
    }

    EngineOptions options;
    options.scenarios = parser.values(scenarioOpt);
    options.checklist = &*checklist;
    const Result<FindingsResult> result = evaluate(*review, *rules, options);
    if (!result) {
        printFileError(kProgram, file, result.error());
        return ExitInvalid;
    }
    std::optional<Comparison> comparison;
    if (parser.isSet(compareOpt)) {
        const std::optional<QString> target = targetScenarioId(*review);
        if (!target) {
            printFileError(kProgram, file, fail(QStringLiteral("scenarios"), QStringLiteral("no scenario is marked \"target\": true")));
            return ExitInvalid;
        }
        CompareOptions co;
        co.checklist = &*checklist;
        co.rules = &*rules;
        const Result<Comparison> c = compare(*review, parser.value(currentOpt), *target, co);
        if (!c) {
            printFileError(kProgram, file, c.error());
            return ExitInvalid;
        }
        comparison = *c;
    }

    if (fmt == QLatin1String("csv")) {
        out() << findingsToCsv(result->findings);
    } else if (fmt == QLatin1String("json")) {
        QJsonObject doc = findingsResultToJson(*result);
        doc.insert(QStringLiteral("file"), file);
        if (parser.isSet(roadmapOpt))
            doc.insert(QStringLiteral("roadmap"), roadmapToJson(buildRoadmap(result->findings)));
        if (comparison)
            doc.insert(QStringLiteral("comparison"), comparisonToJson(*comparison));
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        printFindings(*result);
        if (parser.isSet(roadmapOpt)) {
            out() << '\n';
            printRoadmap(buildRoadmap(result->findings));
        }
        if (comparison) {
            out() << '\n';
            printComparison(*comparison);
        }
    }
    return ExitOk;
}

const CliRegistration reg{{"findings", "Findings from the solver, configuration checks and checklist; roadmap; before/after", &runFindings}};

} // namespace
} // namespace hostreview::app::cli
