// hostreview-cli score: checklist scores, unanswered counts, risk items and the hosting-model
// recommendation of one review (docs/scoring.md).
#include "clicommand.h"

#include "core/checklist/checklist.h"
#include "core/checklist/hostingdecision.h"
#include "core/checklist/scorecard.h"
#include "core/interchange/reviewfile.h"
#include "core/log.h"
#include "core/paths.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace hostreview::core;
using namespace hostreview::core::checklist;

namespace hostreview::app::cli {
namespace {

const QString kDefaultChecklist = QStringLiteral("odoo-hosting");

QString statusLabel(AnswerStatus s)
{
    return answerStatusName(s);
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QString::number(*score, 'f', 1) : QStringLiteral("–");
}

void printTable(const Scorecard &card, const Checklist &checklist, const HostingRecommendation &hosting,
                const HostingRules &rules)
{
    QTextStream &o = out();
    const StatusCounts &c = card.counts;
    o << "Checklist " << checklist.id << " (revision " << checklist.revision << "): " << checklist.items.size()
      << " items; " << c.met << " met, " << c.partly << " partly, " << c.notMet << " not met, " << c.notApplicable
      << " n/a, " << c.unanswered << " unanswered\n";
    o << "Overall: " << scoreText(card.overallScore);
    if (card.overallBand)
        o << " (" << maturityBandName(*card.overallBand) << ")";
    o << ", posture " << postureName(card.posture) << "; risks: " << card.highRisks << " high, " << card.mediumRisks
      << " medium, " << card.lowRisks << " low\n\n";

    o << QStringLiteral("Domain").leftJustified(30) << QStringLiteral("Score").rightJustified(6) << "  "
      << QStringLiteral("Band").leftJustified(11) << QStringLiteral("Met").rightJustified(4)
      << QStringLiteral("Partly").rightJustified(7) << QStringLiteral("NotMet").rightJustified(7)
      << QStringLiteral("N/A").rightJustified(5) << QStringLiteral("Unanswered").rightJustified(11) << '\n';
    for (const DomainScore &d : card.domains) {
        o << d.name.left(29).leftJustified(30) << scoreText(d.score).rightJustified(6) << "  "
          << (d.band ? maturityBandName(*d.band) : QStringLiteral("–")).leftJustified(11)
          << QString::number(d.counts.met).rightJustified(4) << QString::number(d.counts.partly).rightJustified(7)
          << QString::number(d.counts.notMet).rightJustified(7)
          << QString::number(d.counts.notApplicable).rightJustified(5)
          << QString::number(d.counts.unanswered).rightJustified(11) << '\n';
    }

    o << "\nRisk items (" << card.risks.size() << ")\n";
    if (card.risks.empty())
        o << "  none\n";
    for (const RiskItem &r : card.risks) {
        o << "  " << riskLevelName(r.level).toUpper().leftJustified(7) << r.itemId.leftJustified(28)
          << statusLabel(r.status).leftJustified(9) << r.question << '\n';
    }
    if (!card.unknownItems.isEmpty())
        o << "\nAnswers to items not in this checklist (ignored): " << card.unknownItems.join(QStringLiteral(", ")) << '\n';

    o << "\nHosting model: ";
    if (hosting.outcomeId)
        o << hosting.outcomeName << " (" << *hosting.outcomeId << ")\n";
    else
        o << "no recommendation\n";
    o << "  " << hosting.explanation << '\n';
    for (const FiredRule &f : hosting.reasons())
        o << "  - " << f.reason << " [" << f.sources.join(QStringLiteral(", ")) << "]\n";
    if (!hosting.unanswered.isEmpty()) {
        QStringList names;
        for (const QString &id : hosting.unanswered)
            names << id;
        o << "  Unanswered questions: " << names.join(QStringLiteral(", ")) << '\n';
    }
    if (!hosting.ignored.isEmpty())
        o << "  Ignored answers (not questions of " << rules.id << "): " << hosting.ignored.join(QStringLiteral(", ")) << '\n';
}

int runScore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scores a review's checklist answers per domain (0-100, n/a excluded, unanswered shown separately), "
        "lists the risk items and recommends a hosting model from the questionnaire."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("review: project file or interchange JSON"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output: table (default) or json."),
                                    QStringLiteral("table|json"), QStringLiteral("table"));
    const QCommandLineOption checklistOpt(QStringLiteral("checklist"),
                                          QStringLiteral("Checklist template to score against (default: the one the "
                                                         "review names, else odoo-hosting)."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption rulesOpt(QStringLiteral("hosting-rules"),
                                      QStringLiteral("Hosting decision rules (default: templates/hosting/hosting-decision.json)."),
                                      QStringLiteral("PATH"));
    parser.addOptions({format, checklistOpt, rulesOpt});
    if (!parser.parse(args)) {
        err() << "hostreview-cli score: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    const QString fmt = parser.value(format);
    if (files.size() != 1 || (fmt != QLatin1String("table") && fmt != QLatin1String("json"))) {
        err() << "hostreview-cli score: expected one FILE and --format table|json\n" << parser.helpText();
        return ExitUsage;
    }

    const Result<Review> review = readReviewFile(files.first());
    if (!review) {
        err() << files.first() << ": " << review.error().toString() << '\n';
        return ExitInvalid;
    }

    QString checklistPath = parser.value(checklistOpt);
    if (checklistPath.isEmpty()) {
        const QString id = review->checklistId.isEmpty() ? kDefaultChecklist : review->checklistId;
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
        if (!idPattern.match(id).hasMatch() || id.startsWith(QLatin1Char('.'))) {
            err() << files.first() << ": checklist: \"" << id << "\" is not a valid checklist id\n";
            return ExitInvalid;
        }
        checklistPath = templatePath(QStringLiteral("checklists/%1.json").arg(id));
    }
    const Result<Checklist> checklist = loadChecklist(checklistPath);
    if (!checklist) {
        err() << checklist.error().toString() << '\n';
        return ExitInvalid;
    }
    if (!review->checklistId.isEmpty() && review->checklistId != checklist->id)
        logger("core.checklist")->warn("review answers refer to checklist '{}', scoring against '{}'",
                                       review->checklistId.toStdString(), checklist->id.toStdString());

    const QString rulesPath = parser.isSet(rulesOpt) ? parser.value(rulesOpt)
                                                     : templatePath(QStringLiteral("hosting/hosting-decision.json"));
    const Result<HostingRules> rules = loadHostingRules(rulesPath);
    if (!rules) {
        err() << rules.error().toString() << '\n';
        return ExitInvalid;
    }
    const Result<HostingRecommendation> hosting = recommendHosting(*rules, review->hostingAnswers);
    if (!hosting) {
        err() << files.first() << ": " << hosting.error().toString() << '\n';
        return ExitInvalid;
    }

    const Scorecard card = score(*checklist, *review);
    if (fmt == QLatin1String("json")) {
        const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("hostreview-score")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("file"), files.first()},
                              {QStringLiteral("checklist"), scorecardToJson(card)},
                              {QStringLiteral("hosting"), hostingRecommendationToJson(*hosting)}};
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        printTable(card, *checklist, *hosting, *rules);
    }
    return ExitOk;
}

const CliRegistration reg{{"score", "Checklist domain scores, risk items and hosting-model recommendation", &runScore}};

} // namespace
} // namespace hostreview::app::cli
