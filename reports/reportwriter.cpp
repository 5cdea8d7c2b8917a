#include "reportwriter.h"

#include "diagramrenderer.h"
#include "pagecomposer.h"
#include "reportcharts.h"
#include "reportdata.h"
#include "reporttemplate.h"

#include "core/log.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTranslator>

#include <algorithm>
#include <chrono>

namespace hostreview::reports {

using namespace hostreview::core;

std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("a4"))
        return QPageSize::A4;
    if (n == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

namespace {

constexpr double kMargin = 50.0;

/** Registers the DejaVu fonts from the system once, so the PDF embeds them whatever fontconfig prefers. */
void ensureFonts()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    for (const char *file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"}) {
        const QString path = QStringLiteral("/usr/share/fonts/truetype/dejavu/") + QString::fromLatin1(file);
        if (QFileInfo::exists(path) && QFontDatabase::addApplicationFont(path) < 0)
            logger("reports")->warn("could not register font {}", path.toStdString());
    }
}

/**
 * Speaks the report's language and nothing else: the language's .qm when there is one, the English
 * source text otherwise. It answers every lookup, so strings the report language lacks never fall
 * through to the translator of the program's own language (a German GUI writing an English report).
 */
class ReportTranslator : public QTranslator {
public:
    explicit ReportTranslator(const QString &lang)
    {
        auto qm = std::make_unique<QTranslator>();
        if (i18n::loadTranslation(*qm, lang))
            m_language = std::move(qm);
        else
            logger("reports")->warn("no translation for report language {}; generated text stays English",
                                    lang.toStdString());
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        QString text = m_language ? m_language->translate(context, sourceText, disambiguation, n) : QString();
        return text.isNull() ? QString::fromUtf8(sourceText) : text;
    }
    bool isEmpty() const override { return false; }

private:
    std::unique_ptr<QTranslator> m_language;
};

/**
 * Installs the report language's translator, and makes its locale the default (numbers drawn in the
 * charts), for as long as it lives.
 */
class ScopedTranslator {
public:
    explicit ScopedTranslator(const QString &lang)
        : m_translator(lang)
    {
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(lang));
    }
    ~ScopedTranslator()
    {
        QLocale::setDefault(m_previousLocale);
        QCoreApplication::removeTranslator(&m_translator);
    }
    ScopedTranslator(const ScopedTranslator &) = delete;
    ScopedTranslator &operator=(const ScopedTranslator &) = delete;

private:
    ReportTranslator m_translator;
    QLocale m_previousLocale;
};

/** Lays the report out section by section. */
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(hostreview::reports::Report)
public:
    ReportBuilder(const ReportData &data, const ReportTemplate &tmpl, const QString &lang, QSizeF pageSize)
        : m_data(data)
        , m_t(tmpl)
        , m_lang(lang)
        , m_locale(lang)
        , m_c(pageSize, kMargin, tmpl.fontFamily, tmpl.colors.text)
        , m_pageSize(pageSize)
    {
    }

    void build();
    std::vector<ComposedPage> takePages() { return std::move(m_c.pages()); }
    std::vector<std::pair<QString, int>> toc() const { return m_toc; }

private:
    QString title(const QString &section) const { return m_t.title(m_lang, section); }
    QString boiler(const QString &key) const { return m_t.boilerplate(m_lang, key); }
    QFont body() const { return m_c.font(10); }
    QFont small() const { return m_c.font(8.5); }
    void startSection(const QString &id);
    void intro(const QString &id);
    QString percent(double fraction) const { return m_locale.toString(fraction * 100.0, 'f', 0) + QStringLiteral(" %"); }
    QString number(double v, int decimals = 1) const { return m_locale.toString(v, 'f', decimals); }
    QString date(const QDate &d) const { return d.isValid() ? m_locale.toString(d, QLocale::LongFormat) : tr("not set"); }

    QString postureText(checklist::Posture p) const;
    QString bandText(const std::optional<checklist::MaturityBand> &b) const;
    QString statusText(AnswerStatus s) const;
    QString riskText(checklist::RiskLevel r) const;
#ifdef HOSTREVIEW_HAVE_FINDINGS
    QString severityText(findings::FindingSeverity s) const;
    QString phaseText(findings::RoadmapPhase p) const;
#endif

    void cover();
    void tocPlaceholder();
    void summary();
    void topology();
    void capacity();
    void scorecard();
    void findingsSection();
    void roadmap();
    void hosting();
    void appendixChecklist();
    void appendixModel();
    void appendixAssumptions();
    void appendixHistory();

    const ReportData &m_data;
    const ReportTemplate &m_t;
    QString m_lang;
    QLocale m_locale;
    PageComposer m_c;
    QSizeF m_pageSize;
    int m_tocPage = -1;
    std::vector<std::pair<QString, int>> m_toc;
};

QString ReportBuilder::postureText(checklist::Posture p) const
{
    switch (p) {
    case checklist::Posture::AtRisk: return tr("at risk");
    case checklist::Posture::NeedsAttention: return tr("needs attention");
    case checklist::Posture::Sound: return tr("sound");
    case checklist::Posture::NotAssessed: break;
    }
    return tr("not assessed");
}

QString ReportBuilder::bandText(const std::optional<checklist::MaturityBand> &b) const
{
    if (!b)
        return QStringLiteral("–");
    switch (*b) {
    case checklist::MaturityBand::Initial: return tr("initial");
    case checklist::MaturityBand::Developing: return tr("developing");
    case checklist::MaturityBand::Defined: return tr("defined");
    case checklist::MaturityBand::Managed: break;
    }
    return tr("managed");
}

QString ReportBuilder::statusText(AnswerStatus s) const
{
    switch (s) {
    case AnswerStatus::Met: return tr("met");
    case AnswerStatus::Partly: return tr("partly");
    case AnswerStatus::NotMet: return tr("not met");
    case AnswerStatus::NotApplicable: return tr("n/a");
    case AnswerStatus::NotAssessed: break;
    }
    return tr("not assessed");
}

QString ReportBuilder::riskText(checklist::RiskLevel r) const
{
    switch (r) {
    case checklist::RiskLevel::High: return tr("high");
    case checklist::RiskLevel::Medium: return tr("medium");
    case checklist::RiskLevel::Low: break;
    }
    return tr("low");
}

#ifdef HOSTREVIEW_HAVE_FINDINGS
QString ReportBuilder::severityText(findings::FindingSeverity s) const
{
    switch (s) {
    case findings::FindingSeverity::Critical: return tr("critical");
    case findings::FindingSeverity::High: return tr("high");
    case findings::FindingSeverity::Medium: return tr("medium");
    case findings::FindingSeverity::Low: break;
    }
    return tr("low");
}

QString ReportBuilder::phaseText(findings::RoadmapPhase p) const
{
    switch (p) {
    case findings::RoadmapPhase::Baseline: return tr("Baseline assessment");
    case findings::RoadmapPhase::PlatformControls: return tr("Platform controls");
    case findings::RoadmapPhase::Resilience: return tr("GitOps, IaC and resilience");
    case findings::RoadmapPhase::Optimisation: break;
    }
    return tr("Optimisation");
}
#endif

void ReportBuilder::startSection(const QString &id)
{
    m_c.heading(title(id), 1, m_t.colors.primary);
    m_toc.emplace_back(title(id), m_c.currentPage() + 1);
}

void ReportBuilder::intro(const QString &id)
{
    const QString text = boiler(id);
    if (!text.isEmpty())
        m_c.paragraph(text, m_c.font(10, false, true), m_t.colors.muted, 0.0, 10.0);
}

void ReportBuilder::build()
{
    for (const QString &section : m_t.sections) {
        if (section == QLatin1String("cover"))
            cover();
        else if (section == QLatin1String("toc"))
            tocPlaceholder();
        else if (section == QLatin1String("summary"))
            summary();
        else if (section == QLatin1String("topology"))
            topology();
        else if (section == QLatin1String("capacity"))
            capacity();
        else if (section == QLatin1String("scorecard"))
            scorecard();
        else if (section == QLatin1String("findings"))
            findingsSection();
        else if (section == QLatin1String("roadmap"))
            roadmap();
        else if (section == QLatin1String("hosting"))
            hosting();
        else if (section == QLatin1String("appendix-checklist"))
            appendixChecklist();
        else if (section == QLatin1String("appendix-model"))
            appendixModel();
        else if (section == QLatin1String("appendix-assumptions"))
            appendixAssumptions();
        else if (section == QLatin1String("appendix-history"))
            appendixHistory();
    }

    // The table of contents is filled in last, when every section's page is known.
    if (m_tocPage >= 0) {
        std::vector<ComposedPage> &pages = m_c.pages();
        const QFont f = m_c.font(11);
        const QRectF content = m_c.contentRect();
        double y = content.top() + 40;
        const QColor text = m_t.colors.text;
        const QColor muted = m_t.colors.muted;
        for (const auto &entry : m_toc) {
            // A copy, not a structured binding: lambdas cannot capture those before clang 16.
            const QString name = entry.first;
            if (name == title(QStringLiteral("toc")))
                continue;
            const QString pageText = QString::number(entry.second);
            pages[size_t(m_tocPage)].ops.push_back([=](QPainter &p) {
                p.setFont(f);
                p.setPen(text);
                const QFontMetricsF fm(f);
                p.drawText(QPointF(content.left(), y + fm.ascent()), name);
                const double nameRight = content.left() + fm.horizontalAdvance(name) + 6;
                const double numberLeft = content.right() - fm.horizontalAdvance(pageText);
                p.setPen(QPen(muted, 0.6, Qt::DotLine));
                p.drawLine(QPointF(nameRight, y + fm.ascent()), QPointF(numberLeft - 6, y + fm.ascent()));
                p.setPen(text);
                p.drawText(QPointF(numberLeft, y + fm.ascent()), pageText);
            });
            y += 22;
        }
    }
}

void ReportBuilder::cover()
{
    m_c.newPage(false);
    const Review &r = m_data.review;
    const QSizeF size = m_pageSize;
    const ReportColors colors = m_t.colors;
    const QString logo = m_t.logoPath;
    const QString consultancy = m_t.consultancy;
    const QString family = m_t.fontFamily;
    const QFont titleFont = m_c.font(24, true);
    const QFont subtitleFont = m_c.font(14);
    const QFont labelFont = m_c.font(10, true);
    const QFont valueFont = m_c.font(11);
    const QFont smallFont = m_c.font(9, false, true);
    const QString heading = boiler(QStringLiteral("cover"));
    const QString name = r.name;
    QStringList labels;
    QStringList values;
    labels << tr("Client") << tr("Review period") << tr("Reviewers") << tr("Version") << tr("Prepared by")
           << tr("Generated");
    values << (r.meta.client.isEmpty() ? tr("not set") : r.meta.client)
           << tr("%1 to %2").arg(date(r.meta.startDate), date(r.meta.endDate))
           << (r.meta.reviewers.isEmpty() ? tr("not set") : r.meta.reviewers.join(QStringLiteral(", ")))
           << (r.meta.version.isEmpty() ? tr("draft") : r.meta.version) << consultancy
           << m_locale.toString(QDate::currentDate(), QLocale::LongFormat);
    const QString confidential = boiler(QStringLiteral("confidential"));
    const double margin = kMargin;
    m_c.record([=](QPainter &p) {
        p.fillRect(QRectF(0, 0, size.width(), 150), colors.primary);
        if (!logo.isEmpty()) {
            QSvgRenderer svg(logo);
            if (svg.isValid()) {
                const QSizeF s = svg.defaultSize();
                const double h = 40.0;
                const double w = s.height() > 0 ? s.width() * h / s.height() : h;
                p.fillRect(QRectF(margin - 6, 24, w + 12, h + 12), Qt::white);
                svg.render(&p, QRectF(margin, 30, w, h));
            }
        }
        p.setPen(Qt::white);
        p.setFont(labelFont);
        p.drawText(QRectF(margin, 100, size.width() - 2 * margin, 30), Qt::AlignLeft | Qt::AlignVCenter, consultancy);
        p.setPen(colors.primary);
        p.setFont(titleFont);
        QRectF titleRect(margin, 190, size.width() - 2 * margin, 120);
        QRectF used;
        p.drawText(titleRect, Qt::TextWordWrap, heading, &used);
        p.setFont(subtitleFont);
        p.setPen(colors.text);
        QRectF nameRect(margin, used.bottom() + 14, size.width() - 2 * margin, 60);
        QRectF nameUsed;
        p.drawText(nameRect, Qt::TextWordWrap, name, &nameUsed);
        double y = nameUsed.bottom() + 40;
        p.setPen(QPen(colors.rule, 1));
        p.drawLine(QPointF(margin, y - 14), QPointF(size.width() - margin, y - 14));
        for (int i = 0; i < labels.size(); ++i) {
            p.setFont(labelFont);
            p.setPen(colors.muted);
            p.drawText(QRectF(margin, y, 130, 20), Qt::AlignLeft | Qt::AlignTop, labels.at(i));
            p.setFont(valueFont);
            p.setPen(colors.text);
            QRectF used2;
            p.drawText(QRectF(margin + 140, y, size.width() - 2 * margin - 140, 60), Qt::TextWordWrap,
                       values.at(i), &used2);
            y += std::max(22.0, used2.height() + 8);
        }
        p.setFont(smallFont);
        p.setPen(colors.muted);
        p.drawText(QRectF(margin, size.height() - margin - 30, size.width() - 2 * margin, 30),
                   Qt::TextWordWrap | Qt::AlignBottom, confidential);
        Q_UNUSED(family);
    });
}

void ReportBuilder::tocPlaceholder()
{
    startSection(QStringLiteral("toc"));
    m_tocPage = m_c.currentPage();
}

void ReportBuilder::summary()
{
    startSection(QStringLiteral("summary"));
    intro(QStringLiteral("summary"));
    const QFont f = body();

    QStringList sentences;
    if (m_data.scorecard) {
        const checklist::Scorecard &card = *m_data.scorecard;
        if (card.overallScore)
            sentences << tr("Overall posture: %1. The checklist scores %2 of 100 overall (%3), with %4 high, %5 medium "
                            "and %6 low risks among the answered items.")
                             .arg(postureText(card.posture), number(*card.overallScore), bandText(card.overallBand))
                             .arg(card.highRisks)
                             .arg(card.mediumRisks)
                             .arg(card.lowRisks);
        else
            sentences << tr("Overall posture: %1. No checklist item has been answered yet.").arg(postureText(card.posture));
    }
    if (const ScenarioSummary *w = m_data.worst()) {
        const QString when = w->peakBucket && m_data.bucketCount > 0 ? m_data.timeOfBucket(*w->peakBucket) : QString();
        QString verdict = w->peakUtilization >= 1.0 ? tr("It cannot keep up: requests queue without bound.")
                          : w->peakUtilization >= m_data.knee
                              ? tr("It is past the knee of %1, so waiting times grow quickly.").arg(percent(m_data.knee))
                              : tr("It stays below the knee of %1.").arg(percent(m_data.knee));
        if (when.isEmpty())
            sentences << tr("The worst case is the scenario “%1”: its busiest station, %2, reaches %3. %4")
                             .arg(w->name, m_data.stationName(w->peakStation), percent(w->peakUtilization), verdict);
        else
            sentences << tr("The worst case is the scenario “%1”: its busiest station, %2, reaches %3 at %4. %5")
                             .arg(w->name, m_data.stationName(w->peakStation), percent(w->peakUtilization), when, verdict);
    }
    if (m_data.hosting && m_data.hosting->outcomeId)
        sentences << tr("Recommended hosting model: %1.").arg(m_data.hosting->outcomeName);
    for (const QString &s : sentences)
        m_c.paragraph(s, f, m_t.colors.text, 0.0, 6.0);

    // Headline numbers.
    m_c.heading(tr("Headline numbers"), 2, m_t.colors.primary);
    std::vector<QStringList> rows;
    if (m_data.scorecard) {
        const checklist::Scorecard &card = *m_data.scorecard;
        rows.push_back({tr("Overall checklist score"),
                        card.overallScore ? tr("%1 of 100 (%2)").arg(number(*card.overallScore), bandText(card.overallBand))
                                          : tr("not assessed")});
        rows.push_back({tr("Posture"), postureText(card.posture)});
        rows.push_back({tr("Checklist items answered"),
                        tr("%1 of %2").arg(card.counts.total() - card.counts.unanswered).arg(card.counts.total())});
    }
    for (const ScenarioSummary &s : m_data.scenarios) {
        if (s.peakStation.isEmpty())
            continue;
        QString value = tr("%1 at %2").arg(m_data.stationName(s.peakStation), percent(s.peakUtilization));
        if (s.peakBucket && m_data.bucketCount > 0)
            value += tr(" (%1)").arg(m_data.timeOfBucket(*s.peakBucket));
        rows.push_back({tr("Busiest station, %1").arg(s.name), value});
    }
    if (!m_data.scenarios.empty() && m_data.scenarios.front().headroom)
        rows.push_back({tr("Baseline headroom at peak"), tr("load can grow ×%1").arg(number(*m_data.scenarios.front().headroom, 2))});
#ifdef HOSTREVIEW_HAVE_FINDINGS
    if (m_data.findingsAvailable) {
        int critical = 0, high = 0;
        for (const findings::Finding &f : m_data.findings) {
            critical += f.severity == findings::FindingSeverity::Critical;
            high += f.severity == findings::FindingSeverity::High;
        }
        rows.push_back({tr("Findings"), tr("%1 in total, %2 critical, %3 high").arg(m_data.findings.size()).arg(critical).arg(high)});
    }
#endif
    if (m_data.hosting)
        rows.push_back({tr("Hosting model"), m_data.hosting->outcomeId ? m_data.hosting->outcomeName : tr("no recommendation")});
    m_c.table({{tr("Measure"), 1.2}, {tr("Value"), 1.8}}, rows, m_t.colors.primary, m_t.colors.rule, 9.0);

#ifdef HOSTREVIEW_HAVE_FINDINGS
    if (m_data.comparison) {
        const findings::Comparison &cmp = *m_data.comparison;
        auto scenarioName = [&](const QString &id) {
            const Scenario *sc = m_data.review.scenario(id);
            return sc && !sc->name.isEmpty() ? sc->name : id;
        };
        m_c.heading(tr("Current and target architecture"), 2, m_t.colors.primary);
        auto busiest = [&](const findings::ScenarioSnapshot &s) {
            if (s.topStations.empty())
                return QStringLiteral("–");
            QString text = tr("%1 at %2").arg(m_data.stationName(s.topStations.front().stationId),
                                             percent(s.topStations.front().utilization));
            if (!s.time.isEmpty())
                text += tr(" (%1)").arg(s.time);
            return text;
        };
        std::vector<QStringList> rows;
        rows.push_back({tr("Busiest station"), busiest(cmp.current), busiest(cmp.target)});
        rows.push_back({tr("Headroom"), cmp.current.headroom ? tr("×%1").arg(number(*cmp.current.headroom, 2)) : QStringLiteral("–"),
                        cmp.target.headroom ? tr("×%1").arg(number(*cmp.target.headroom, 2)) : QStringLiteral("–")});
        for (size_t i = 0; i < cmp.current.classes.size() && i < cmp.target.classes.size(); ++i) {
            const findings::ClassResponse &a = cmp.current.classes[i];
            const findings::ClassResponse &b = cmp.target.classes[i];
            if (!a.targetResponseTime)
                continue;
            const WorkloadClass *c = m_data.review.workloadClass(a.classId);
            auto rt = [&](const std::optional<double> &v) { return v ? tr("%1 s").arg(number(*v, 2)) : tr("unbounded"); };
            rows.push_back({tr("Response time, %1 (target %2)").arg(c && !c->name.isEmpty() ? c->name : a.classId, rt(a.targetResponseTime)),
                            rt(a.responseTime), rt(b.responseTime)});
        }
        rows.push_back({tr("Open critical and high findings"), QString::number(cmp.current.openHighRisks),
                        QString::number(cmp.target.openHighRisks)});
        m_c.table({{tr("Measure"), 1.6}, {scenarioName(cmp.current.scenario), 1.2}, {scenarioName(cmp.target.scenario), 1.2}}, rows,
                  m_t.colors.primary, m_t.colors.rule, 8.5);
    }
#endif

    // Top risks: findings when the engine ran, else the checklist's risk items.
    m_c.heading(tr("Top risks"), 2, m_t.colors.primary);
    int shown = 0;
#ifdef HOSTREVIEW_HAVE_FINDINGS
    if (m_data.findingsAvailable) {
        for (const findings::Finding &finding : m_data.findings) {
            if (shown == 5)
                break;
            m_c.bullet(QStringLiteral("%1 (%2)").arg(finding.title, severityText(finding.severity)), f, m_t.colors.text);
            ++shown;
        }
    }
#endif
    if (shown == 0 && m_data.scorecard) {
        for (const checklist::RiskItem &r : m_data.scorecard->risks) {
            if (shown == 5)
                break;
            m_c.bullet(tr("%1 (%2 risk, %3)").arg(r.question, riskText(r.level), statusText(r.status)), f, m_t.colors.text);
            ++shown;
        }
    }
    if (shown == 0)
        m_c.paragraph(tr("No risks were identified."), f, m_t.colors.text);
}

void ReportBuilder::topology()
{
    startSection(QStringLiteral("topology"));
    intro(QStringLiteral("topology"));
    auto renderer = std::make_shared<DiagramRenderer>(m_data.review, m_t.colors, m_t.fontFamily);
    renderer->setUtilization(m_data.baselinePeakUtilization, m_data.knee);
    const double width = m_c.contentRect().width();
    const double height = std::min(renderer->heightForWidth(width), m_c.remaining() - 40);
    // A wide diagram is drawn turned a quarter on a page of its own when that makes it much larger.
    const QRectF full = m_c.contentRect();
    const double sceneAspect = renderer->heightForWidth(1.0); // height / width
    const double uprightScale = std::min(1.0, height / (width * sceneAspect));
    const double turnedScale = std::min(full.height() / width, full.width() / (full.height() * sceneAspect));
    const QString legend = tr("Stations: %1; links: %2. Box colours: green below the knee (%3), amber from the knee to 100 %, "
                              "red at or above 100 %; grey boxes are delay stations (clients, external systems), which do not queue.")
                               .arg(m_data.review.stations.size())
                               .arg(m_data.review.links.size())
                               .arg(percent(m_data.knee));
    if (turnedScale > 1.3 * uprightScale) {
        m_c.paragraph(legend, small(), m_t.colors.muted);
        m_c.paragraph(tr("The diagram follows on the next page, turned to fit its width."), small(), m_t.colors.muted);
        m_c.newPage();
        m_c.block(full.height() - 1, [renderer](QPainter &p, const QRectF &r) {
            p.translate(r.left(), r.bottom());
            p.rotate(-90);
            renderer->paint(p, QRectF(0, 0, r.height(), r.width()));
        });
        return;
    }
    m_c.block(height, [renderer](QPainter &p, const QRectF &r) { renderer->paint(p, r); });
    m_c.addSpace(8);
    m_c.paragraph(legend, small(), m_t.colors.muted);
}

void ReportBuilder::capacity()
{
    startSection(QStringLiteral("capacity"));
    intro(QStringLiteral("capacity"));
    for (const ScenarioSummary &s : m_data.scenarios) {
        m_c.ensureSpace(330);
        const QString heading = s.target ? tr("%1 (recommended target)").arg(s.name) : s.name;
        m_c.heading(heading, 2, m_t.colors.primary);
        if (!s.description.isEmpty())
            m_c.paragraph(s.description, small(), m_t.colors.muted);
        if (!s.peakStation.isEmpty()) {
            QString line = s.peakBucket && m_data.bucketCount > 0
                               ? tr("Peak at %1: %2 reaches %3.").arg(m_data.timeOfBucket(*s.peakBucket), m_data.stationName(s.peakStation), percent(s.peakUtilization))
                               : tr("%1 reaches %2.").arg(m_data.stationName(s.peakStation), percent(s.peakUtilization));
            if (s.headroom)
                line += QLatin1Char(' ') + tr("Headroom: the open load can grow ×%1 before the first station saturates.").arg(number(*s.headroom, 2));
            m_c.paragraph(line, body(), m_t.colors.text);
        }
        const ReportData *data = &m_data;
        const ScenarioSummary *scenario = &s;
        const ReportTemplate *tmpl = &m_t;
        m_c.block(200, [data, scenario, tmpl](QPainter &p, const QRectF &r) { paintSaturationChart(p, r, *data, *scenario, *tmpl); });
        m_c.addSpace(6);
        std::vector<QStringList> rows;
        std::vector<std::vector<CellStyle>> styles;
        for (const BottleneckRow &b : s.bottlenecks) {
            rows.push_back({b.stationName, QString::number(b.servers), percent(b.utilization),
                            b.queueLength ? number(*b.queueLength, 2) : tr("unbounded"),
                            b.firstAtRisk && m_data.bucketCount > 0 ? m_data.timeOfBucket(*b.firstAtRisk) : QStringLiteral("–"),
                            b.firstSaturated && m_data.bucketCount > 0 ? m_data.timeOfBucket(*b.firstSaturated) : QStringLiteral("–")});
            QColor c = DiagramRenderer::utilizationColor(b.utilization, m_data.knee, m_t.colors).lighter(170);
            styles.push_back({CellStyle{}, CellStyle{}, CellStyle{c, true}, CellStyle{}, CellStyle{}, CellStyle{}});
        }
        m_c.table({{tr("Station"), 2.4}, {tr("Servers"), 0.8, Qt::AlignRight}, {tr("Utilisation at peak"), 1.1, Qt::AlignRight},
                   {tr("Queue length"), 1.0, Qt::AlignRight}, {tr("At risk from"), 1.0, Qt::AlignRight},
                   {tr("Saturated from"), 1.0, Qt::AlignRight}},
                  rows, m_t.colors.primary, m_t.colors.rule, 8.5, styles);
    }
}

void ReportBuilder::scorecard()
{
    startSection(QStringLiteral("scorecard"));
    intro(QStringLiteral("scorecard"));
    if (!m_data.scorecard) {
        m_c.paragraph(tr("No checklist could be loaded, so there is no scorecard."), body(), m_t.colors.text);
        return;
    }
    const checklist::Scorecard &card = *m_data.scorecard;
    m_c.paragraph(tr("Overall score: %1 (%2); posture: %3.")
                      .arg(card.overallScore ? number(*card.overallScore) : tr("not assessed"), bandText(card.overallBand),
                           postureText(card.posture)),
                  m_c.font(10, true), m_t.colors.text);
    const checklist::Scorecard *cardPtr = &card;
    const ReportTemplate *tmpl = &m_t;
    m_c.block(18.0 * double(card.domains.size()) + 8, [cardPtr, tmpl](QPainter &p, const QRectF &r) { paintScorecardChart(p, r, *cardPtr, *tmpl); });
    m_c.addSpace(8);
    std::vector<QStringList> rows;
    for (const checklist::DomainScore &d : card.domains)
        rows.push_back({d.name, d.score ? number(*d.score) : QStringLiteral("–"), bandText(d.band), QString::number(d.counts.met),
                        QString::number(d.counts.partly), QString::number(d.counts.notMet),
                        QString::number(d.counts.notApplicable), QString::number(d.counts.unanswered)});
    m_c.table({{tr("Domain"), 2.6}, {tr("Score"), 0.8, Qt::AlignRight}, {tr("Band"), 1.1}, {tr("Met"), 0.6, Qt::AlignRight},
               {tr("Partly"), 0.8, Qt::AlignRight}, {tr("Not met"), 0.8, Qt::AlignRight}, {tr("n/a"), 0.6, Qt::AlignRight},
               {tr("Unanswered"), 1.4, Qt::AlignRight}},
              rows, m_t.colors.primary, m_t.colors.rule, 8.5);
    if (!card.risks.empty()) {
        m_c.heading(tr("Risk items"), 2, m_t.colors.primary);
        std::vector<QStringList> riskRows;
        for (const checklist::RiskItem &r : card.risks)
            riskRows.push_back({riskText(r.level), r.itemId, statusText(r.status), r.question});
        m_c.table({{tr("Risk"), 0.7}, {tr("Item"), 1.5}, {tr("Answer"), 0.8}, {tr("Question"), 4.0}}, riskRows,
                  m_t.colors.primary, m_t.colors.rule, 8.0);
    }
}

void ReportBuilder::findingsSection()
{
    startSection(QStringLiteral("findings"));
    intro(QStringLiteral("findings"));
#ifdef HOSTREVIEW_HAVE_FINDINGS
    if (m_data.findingsAvailable) {
        if (m_data.findings.empty())
            m_c.paragraph(tr("The rules found nothing to report."), body(), m_t.colors.text);
        int n = 0;
        for (const findings::Finding &f : m_data.findings) {
            ++n;
            m_c.ensureSpace(90);
            m_c.heading(tr("%1. %2 [%3]").arg(n).arg(f.title, severityText(f.severity)), 3, f.severity <= findings::FindingSeverity::High ? m_t.colors.critical : m_t.colors.primary);
            if (!f.summary.isEmpty())
                m_c.paragraph(f.summary, body(), m_t.colors.text, 0.0, 4.0);
            QStringList context;
            if (!f.scenario.isEmpty())
                context << tr("Scenario: %1").arg(m_data.review.scenario(f.scenario) ? m_data.review.scenario(f.scenario)->name : f.scenario);
            if (!f.time.isEmpty())
                context << tr("Time: %1").arg(f.time);
            if (!f.stations.isEmpty()) {
                QStringList names;
                for (const QString &id : f.stations)
                    names << m_data.stationName(id);
                context << tr("Stations: %1").arg(names.join(QStringLiteral(", ")));
            }
            context << tr("Effort: %1").arg(findings::effortName(f.effort));
            m_c.paragraph(context.join(QStringLiteral(" · ")), small(), m_t.colors.muted, 0.0, 3.0);
            if (!f.evidence.empty()) {
                m_c.paragraph(tr("Evidence"), m_c.font(9, true), m_t.colors.text, 0.0, 1.0);
                for (const findings::Evidence &e : f.evidence)
                    m_c.bullet(QStringLiteral("%1: %2").arg(e.label, e.text), small(), m_t.colors.text);
            }
            if (!f.recommendations.empty()) {
                m_c.paragraph(tr("Recommendation"), m_c.font(9, true), m_t.colors.text, 0.0, 1.0);
                for (const findings::Recommendation &r : f.recommendations)
                    m_c.bullet(r.sources.isEmpty() ? r.text : QStringLiteral("%1 [%2]").arg(r.text, r.sources.join(QStringLiteral(", "))),
                               small(), m_t.colors.text);
            }
            if (!f.sources.isEmpty())
                m_c.paragraph(tr("Sources: %1").arg(f.sources.join(QStringLiteral(", "))), small(), m_t.colors.muted, 0.0, 8.0);
            else
                m_c.addSpace(6);
        }
        return;
    }
#endif
    m_c.paragraph(tr("The findings engine was not available when this report was generated; the checklist's risk items in the "
                     "scorecard stand in for the findings."),
                  body(), m_t.colors.text);
}

void ReportBuilder::roadmap()
{
    startSection(QStringLiteral("roadmap"));
    intro(QStringLiteral("roadmap"));
#ifdef HOSTREVIEW_HAVE_FINDINGS
    if (m_data.findingsAvailable) {
        for (const findings::RoadmapPhaseGroup &g : m_data.roadmap.phases) {
            m_c.heading(phaseText(g.phase), 2, m_t.colors.primary);
            if (!g.sources.isEmpty())
                m_c.paragraph(tr("Sources: %1").arg(g.sources.join(QStringLiteral(", "))), small(), m_t.colors.muted, 0.0, 3.0);
            if (g.entries.empty()) {
                m_c.paragraph(tr("Nothing to do in this phase."), small(), m_t.colors.muted);
                continue;
            }
            std::vector<QStringList> rows;
            for (const findings::RoadmapEntry &e : g.entries)
                rows.push_back({e.finding.title, severityText(e.finding.severity), findings::effortName(e.finding.effort),
                                tr("%1 days").arg(e.dayWindow)});
            m_c.table({{tr("Action"), 4.0}, {tr("Severity"), 1.0}, {tr("Effort"), 0.7}, {tr("Done within"), 1.0}}, rows,
                      m_t.colors.primary, m_t.colors.rule, 8.5);
        }
        return;
    }
#endif
    // Without the findings engine the roadmap is built from the checklist's risk items: high risks first.
    if (!m_data.scorecard || m_data.scorecard->risks.empty()) {
        m_c.paragraph(tr("No roadmap items."), body(), m_t.colors.text);
        return;
    }
    std::vector<QStringList> rows;
    for (const checklist::RiskItem &r : m_data.scorecard->risks) {
        const int days = r.level == checklist::RiskLevel::High ? 30 : (r.level == checklist::RiskLevel::Medium ? 60 : 90);
        rows.push_back({r.question, riskText(r.level), tr("%n day(s)", nullptr, days)});
    }
    m_c.table({{tr("Action"), 4.0}, {tr("Risk"), 1.0}, {tr("Done within"), 1.0}}, rows, m_t.colors.primary, m_t.colors.rule, 8.5);
}

void ReportBuilder::hosting()
{
    startSection(QStringLiteral("hosting"));
    intro(QStringLiteral("hosting"));
    if (!m_data.hosting) {
        m_c.paragraph(tr("No hosting recommendation could be made (the hosting rules could not be loaded or the questionnaire "
                         "answers are invalid)."),
                      body(), m_t.colors.text);
        return;
    }
    const checklist::HostingRecommendation &h = *m_data.hosting;
    if (h.outcomeId) {
        m_c.paragraph(tr("Recommended hosting model: %1").arg(h.outcomeName), m_c.font(13, true), m_t.colors.primary, 0.0, 4.0);
        if (m_data.hostingRules)
            if (const checklist::HostingOutcome *o = m_data.hostingRules->outcome(*h.outcomeId))
                m_c.paragraph(o->summary, body(), m_t.colors.text);
    } else {
        m_c.paragraph(tr("No hosting model can be recommended yet."), m_c.font(12, true), m_t.colors.primary);
    }
    if (!h.explanation.isEmpty())
        m_c.paragraph(h.explanation, small(), m_t.colors.muted);
    const std::vector<checklist::FiredRule> reasons = h.reasons();
    if (!reasons.empty()) {
        m_c.heading(tr("Reasons"), 2, m_t.colors.primary);
        for (const checklist::FiredRule &f : reasons)
            m_c.bullet(f.sources.isEmpty() ? f.reason : QStringLiteral("%1 [%2]").arg(f.reason, f.sources.join(QStringLiteral(", "))),
                       body(), m_t.colors.text);
    }
    std::vector<QStringList> rows;
    for (const checklist::OutcomeScore &s : h.scores) {
        const checklist::HostingOutcome *o = m_data.hostingRules ? m_data.hostingRules->outcome(s.outcomeId) : nullptr;
        rows.push_back({o ? o->name : s.outcomeId, QString::number(s.points), s.excluded ? tr("ruled out") : QStringLiteral("–")});
    }
    if (!rows.empty()) {
        m_c.heading(tr("Points per hosting model"), 2, m_t.colors.primary);
        m_c.table({{tr("Hosting model"), 2.0}, {tr("Points"), 0.8, Qt::AlignRight}, {tr("Standing"), 1.0}}, rows,
                  m_t.colors.primary, m_t.colors.rule, 9.0);
    }
    if (!h.unanswered.isEmpty())
        m_c.paragraph(tr("Unanswered questions: %1").arg(h.unanswered.join(QStringLiteral(", "))), small(), m_t.colors.muted);
}

void ReportBuilder::appendixChecklist()
{
    startSection(QStringLiteral("appendix-checklist"));
    intro(QStringLiteral("appendix-checklist"));
    if (!m_data.checklist) {
        m_c.paragraph(tr("No checklist could be loaded."), body(), m_t.colors.text);
        return;
    }
    const checklist::Checklist &cl = *m_data.checklist;
    m_c.paragraph(tr("Checklist %1, revision %2.").arg(cl.name.isEmpty() ? cl.id : cl.name).arg(cl.revision), small(),
                  m_t.colors.muted);
    for (const checklist::ChecklistDomain &domain : cl.domains) {
        std::vector<QStringList> rows;
        std::vector<std::vector<CellStyle>> styles;
        for (const checklist::ChecklistItem &item : cl.items) {
            if (item.domainId != domain.id)
                continue;
            const ChecklistAnswer *a = m_data.review.answer(item.id);
            const AnswerStatus status = a ? a->status : AnswerStatus::NotAssessed;
            rows.push_back({item.id, item.question, statusText(status), a ? a->notes : QString()});
            QColor c;
            if (status == AnswerStatus::Met)
                c = m_t.colors.good.lighter(180);
            else if (status == AnswerStatus::Partly)
                c = m_t.colors.warning.lighter(170);
            else if (status == AnswerStatus::NotMet)
                c = m_t.colors.critical.lighter(175);
            styles.push_back({CellStyle{}, CellStyle{}, CellStyle{c, false}, CellStyle{}});
        }
        m_c.heading(domain.name, 2, m_t.colors.primary);
        m_c.table({{tr("Item"), 1.3}, {tr("Question"), 3.0}, {tr("Answer"), 0.8}, {tr("Evidence notes"), 2.6}}, rows,
                  m_t.colors.primary, m_t.colors.rule, 7.5, styles);
    }
}

void ReportBuilder::appendixModel()
{
    startSection(QStringLiteral("appendix-model"));
    intro(QStringLiteral("appendix-model"));
    const Review &r = m_data.review;
    m_c.heading(tr("Stations"), 2, m_t.colors.primary);
    std::vector<QStringList> rows;
    for (const Station &s : r.stations)
        rows.push_back({s.id, s.name, s.kind, s.discipline == Discipline::Queue ? tr("queue") : tr("delay"),
                        s.discipline == Discipline::Queue ? QString::number(s.servers) : QStringLiteral("∞"), s.zone});
    m_c.table({{tr("Id"), 1.4}, {tr("Name"), 2.4}, {tr("Kind"), 1.3}, {tr("Discipline"), 0.8}, {tr("Servers"), 0.7, Qt::AlignRight},
               {tr("Zone"), 1.4}},
              rows, m_t.colors.primary, m_t.colors.rule, 7.5);

    m_c.heading(tr("Workload classes"), 2, m_t.colors.primary);
    rows.clear();
    for (const WorkloadClass &c : r.classes) {
        QString load;
        if (c.type == ClassType::Open)
            load = c.arrivalRate ? tr("%1 requests/s").arg(number(*c.arrivalRate, 3)) : QStringLiteral("–");
        else
            load = tr("%n user(s), think %1 s", nullptr, c.population.value_or(0)).arg(number(c.thinkTime.value_or(0.0), 1));
        QStringList demands;
        for (const Demand &d : c.demands)
            demands << QStringLiteral("%1 %2").arg(d.station, d.serviceTime >= 0.01
                                                                   ? m_locale.toString(d.serviceTime, 'g', 3) + QStringLiteral(" s")
                                                                   : m_locale.toString(d.serviceTime * 1000.0, 'g', 3) + QStringLiteral(" ms"));
        rows.push_back({c.id, c.type == ClassType::Open ? tr("open") : tr("closed"), load, demands.join(QStringLiteral("; ")),
                        c.targetResponseTime ? tr("%1 s").arg(number(*c.targetResponseTime, 1)) : QStringLiteral("–")});
    }
    m_c.table({{tr("Class"), 1.3}, {tr("Type"), 0.6}, {tr("Load"), 1.3}, {tr("Service time per visit"), 3.2},
               {tr("Target"), 0.6, Qt::AlignRight}},
              rows, m_t.colors.primary, m_t.colors.rule, 7.5);

    m_c.heading(tr("Scenarios"), 2, m_t.colors.primary);
    rows.clear();
    for (const Scenario &s : r.scenarios) {
        QStringList scale;
        for (auto it = s.classScale.begin(); it != s.classScale.end(); ++it)
            scale << QStringLiteral("%1 ×%2").arg(it.key(), number(it.value(), 2));
        QStringList overrides;
        for (auto it = s.stationOverrides.begin(); it != s.stationOverrides.end(); ++it) {
            QStringList fields;
            for (auto f = it.value().begin(); f != it.value().end(); ++f)
                fields << QStringLiteral("%1=%2").arg(f.key(), f.value().toVariant().toString());
            overrides << QStringLiteral("%1: %2").arg(it.key(), fields.join(QStringLiteral(", ")));
        }
        rows.push_back({s.name.isEmpty() ? s.id : s.name, scale.join(QStringLiteral("; ")), overrides.join(QStringLiteral("; ")),
                        s.target ? tr("yes") : QString()});
    }
    if (rows.empty())
        m_c.paragraph(tr("Only the baseline scenario."), small(), m_t.colors.muted);
    else
        m_c.table({{tr("Scenario"), 1.6}, {tr("Load scaling"), 2.6}, {tr("Station overrides"), 2.4}, {tr("Target"), 0.6}}, rows,
                  m_t.colors.primary, m_t.colors.rule, 7.5);
    m_c.paragraph(tr("Knee used for “at risk”: %1. Profiles: %2 buckets of %3 minutes.")
                      .arg(percent(m_data.knee))
                      .arg(m_data.bucketCount)
                      .arg(m_data.bucketMinutes),
                  small(), m_t.colors.muted);
}

void ReportBuilder::appendixAssumptions()
{
    startSection(QStringLiteral("appendix-assumptions"));
    intro(QStringLiteral("appendix-assumptions"));
    const Review &r = m_data.review;
    std::vector<QStringList> rows;
    std::vector<std::vector<CellStyle>> styles;
    auto add = [&](const QString &what, Provenance p, const QString &source) {
        rows.push_back({what, p == Provenance::Measured ? tr("measured") : tr("estimated"), source});
        styles.push_back({CellStyle{}, CellStyle{p == Provenance::Measured ? m_t.colors.good.lighter(180) : m_t.colors.warning.lighter(175), false}, CellStyle{}});
    };
    for (const WorkloadClass &c : r.classes)
        add(tr("Load of class %1").arg(c.name.isEmpty() ? c.id : c.name), c.provenance, c.source);
    for (const Profile &p : r.profiles)
        add(tr("Daily profile of class %1")
                .arg(r.workloadClass(p.classId) && !r.workloadClass(p.classId)->name.isEmpty() ? r.workloadClass(p.classId)->name
                                                                                              : p.classId),
            p.provenance, QString());
    for (const Scenario &s : r.scenarios)
        add(tr("Scenario %1").arg(s.name.isEmpty() ? s.id : s.name), s.provenance, QString());
    int measured = 0;
    for (const QStringList &row : rows)
        measured += row.at(1) == tr("measured");
    m_c.paragraph(tr("%1 of %2 inputs are measured, the rest are estimates.").arg(measured).arg(rows.size()), body(),
                  m_t.colors.text);
    m_c.table({{tr("Input"), 2.6}, {tr("Provenance"), 0.9}, {tr("Source"), 2.6}}, rows, m_t.colors.primary, m_t.colors.rule, 8.0,
              styles);
    m_c.heading(tr("Method"), 2, m_t.colors.primary);
    m_c.paragraph(tr("Utilisation, queue lengths and headroom come from an open/closed queueing network solved for each "
                     "bucket of the day (mean value analysis for closed classes). Service times are means; real "
                     "variability makes queues longer than the model shows near saturation."),
                  small(), m_t.colors.text);
    if (!m_data.notes.isEmpty()) {
        m_c.heading(tr("Not shown in this report"), 2, m_t.colors.primary);
        for (const QString &n : m_data.notes)
            m_c.bullet(n, small(), m_t.colors.muted);
    }
}

void ReportBuilder::appendixHistory()
{
    startSection(QStringLiteral("appendix-history"));
    intro(QStringLiteral("appendix-history"));
    const core::CollabSummary &h = m_data.collab;
    const auto when = [&](const QDateTime &t) {
        return t.isValid() ? m_locale.toString(t.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC") : QStringLiteral("–");
    };
    if (h.entries == 0) {
        m_c.paragraph(tr("The review file records no changes yet: it was written outside the workbench, or before "
                         "the audit log was kept."),
                      body(), m_t.colors.text);
    } else {
        m_c.paragraph(tr("%n change(s) recorded, from %1 to %2.", nullptr, h.entries).arg(when(h.first), when(h.last)),
                      body(), m_t.colors.text);
        std::vector<QStringList> rows;
        for (const core::CollabSummary::Reviewer &r : h.reviewers)
            rows.push_back({r.name.isEmpty() ? tr("(no name)") : r.name, m_locale.toString(r.entries), when(r.first), when(r.last)});
        m_c.table({{tr("Reviewer"), 2.0}, {tr("Changes"), 0.8}, {tr("First change"), 1.6}, {tr("Last change"), 1.6}}, rows,
                  m_t.colors.primary, m_t.colors.rule, 8.5);
        if (!h.objects.empty()) {
            m_c.heading(tr("Most changed objects"), 2, m_t.colors.primary);
            std::vector<QStringList> objects;
            for (const core::CollabSummary::Object &o : h.objects)
                objects.push_back({o.path, m_locale.toString(o.entries)});
            m_c.table({{tr("Object"), 3.0}, {tr("Changes"), 0.8}}, objects, m_t.colors.primary, m_t.colors.rule, 8.5);
        }
    }
    m_c.paragraph(tr("Saved revisions: %1, of which merges of two copies: %2. Comment threads: %3, of which still open: %4.")
                      .arg(m_locale.toString(h.revisions), m_locale.toString(h.merges), m_locale.toString(h.threads),
                           m_locale.toString(h.openThreads)),
                  small(), m_t.colors.muted);
}

} // namespace

struct ReportWriter::Private {
    Review review;
    ReportOptions options;
    bool prepared = false;
    ReportTemplate tmpl;
    std::unique_ptr<ReportData> data;
    std::vector<ComposedPage> pages;
    std::vector<std::pair<QString, int>> toc;
    QSizeF pageSize; // points

    void paintPage(QPainter &p, int index) const
    {
        const ComposedPage &page = pages[size_t(index)];
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        if (page.decorated) {
            QFont f(tmpl.fontFamily);
            f.setPixelSize(8);
            f.setHintingPreference(QFont::PreferNoHinting);
            f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
            p.setFont(f);
            p.setPen(tmpl.colors.muted);
            const double w = pageSize.width() - 2 * kMargin;
            p.drawText(QRectF(kMargin, kMargin - 14, w / 2, 12), Qt::AlignLeft | Qt::AlignBottom, tmpl.consultancy);
            p.drawText(QRectF(kMargin + w / 2, kMargin - 14, w / 2, 12), Qt::AlignRight | Qt::AlignBottom, review.meta.client);
            p.setPen(QPen(tmpl.colors.rule, 0.5));
            p.drawLine(QPointF(kMargin, kMargin), QPointF(pageSize.width() - kMargin, kMargin));
            p.drawLine(QPointF(kMargin, pageSize.height() - kMargin + 2), QPointF(pageSize.width() - kMargin, pageSize.height() - kMargin + 2));
            p.setPen(tmpl.colors.muted);
            p.drawText(QRectF(kMargin, pageSize.height() - kMargin + 4, w * 0.7, 12), Qt::AlignLeft | Qt::AlignTop,
                       QFontMetricsF(f).elidedText(review.name, Qt::ElideRight, w * 0.7));
            p.drawText(QRectF(kMargin, pageSize.height() - kMargin + 4, w, 12), Qt::AlignRight | Qt::AlignTop,
                       QCoreApplication::translate("hostreview::reports::Report", "Page %1 of %2").arg(index + 1).arg(pages.size()));
        }
        for (const PageOp &op : page.ops) {
            p.save();
            op(p);
            p.restore();
        }
    }
};

ReportWriter::ReportWriter(Review review, ReportOptions options)
    : d(std::make_unique<Private>())
{
    d->review = std::move(review);
    d->options = std::move(options);
}

ReportWriter::~ReportWriter() = default;

Result<void> ReportWriter::prepare()
{
    if (d->prepared)
        return {};
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QString(), QStringLiteral("the report needs a QGuiApplication (fonts and painting); "
                                              "run with QT_QPA_PLATFORM=offscreen when there is no display"));
    const auto started = std::chrono::steady_clock::now();
    Result<ReportTemplate> tmpl = loadReportTemplate(d->options.templateName);
    if (!tmpl)
        return tmpl.error();
    if (!tmpl->languages.contains(d->options.language))
        return fail(QStringLiteral("lang"), QStringLiteral("template \"%1\" has no language \"%2\" (it has: %3)")
                                                .arg(tmpl->id, d->options.language, tmpl->languages.keys().join(QStringLiteral(", "))));
    if (!(d->options.knee > 0.0 && d->options.knee < 1.0))
        return fail(QStringLiteral("knee"), QStringLiteral("must be > 0 and < 1, got %1").arg(d->options.knee));
    d->tmpl = std::move(tmpl.value());
    ensureFonts();

    const QSizeF size = QPageSize(d->options.pageSize).size(QPageSize::Point);
    d->pageSize = size;
    {
        ScopedTranslator translator(d->options.language);
        ReportDataOptions dataOptions;
        dataOptions.knee = d->options.knee;
        Result<ReportData> data = buildReportData(d->review, dataOptions);
        if (!data)
            return data.error();
        d->data = std::make_unique<ReportData>(std::move(data.value()));
        ReportBuilder builder(*d->data, d->tmpl, d->options.language, size);
        builder.build();
        d->toc = builder.toc();
        d->pages = builder.takePages();
    }
    d->prepared = true;
    logger("reports")->info("report laid out: {} pages in {} ms", d->pages.size(),
                            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count());
    return {};
}

int ReportWriter::pageCount() const
{
    return int(d->pages.size());
}

std::vector<std::pair<QString, int>> ReportWriter::tableOfContents() const
{
    return d->toc;
}

Result<void> ReportWriter::writePdf(const QString &path, const Progress &progress)
{
    if (Result<void> ok = prepare(); !ok)
        return ok;
    // Written through QSaveFile: a cancelled or failed export leaves whatever was at `path` before.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(path, QStringLiteral("cannot write the PDF: %1").arg(out.errorString()));
    {
        QPdfWriter writer(&out);
        writer.setResolution(72); // one device unit is one point: the layout's coordinates are used as they are
        writer.setPageLayout(QPageLayout(QPageSize(d->options.pageSize), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(d->review.name);
        writer.setCreator(QStringLiteral("hostreview"));
        ScopedTranslator translator(d->options.language);
        QPainter painter;
        if (!painter.begin(&writer)) {
            out.cancelWriting();
            return fail(path, QStringLiteral("cannot start the PDF"));
        }
        const int total = int(d->pages.size());
        for (int i = 0; i < total; ++i) {
            if (i > 0)
                writer.newPage();
            d->paintPage(painter, i);
            if (progress && !progress(i + 1, total)) {
                painter.end();
                out.cancelWriting();
                return fail(QString(), QStringLiteral("cancelled"));
            }
        }
        if (!painter.end()) {
            out.cancelWriting();
            return fail(path, QStringLiteral("could not finish the PDF"));
        }
    }
    if (!out.commit())
        return fail(path, QStringLiteral("cannot write the PDF: %1").arg(out.errorString()));
    return {};
}

Result<std::vector<QImage>> ReportWriter::renderPages(int count, double dpi, const Progress &progress)
{
    if (Result<void> ok = prepare(); !ok)
        return ok.error();
    if (!(dpi > 0.0 && dpi <= 600.0))
        return fail(QStringLiteral("dpi"), QStringLiteral("must be > 0 and ≤ 600, got %1").arg(dpi));
    ScopedTranslator translator(d->options.language);
    const int total = count <= 0 ? int(d->pages.size()) : std::min(count, int(d->pages.size()));
    std::vector<QImage> images;
    const double scale = dpi / 72.0;
    for (int i = 0; i < total; ++i) {
        QImage image(QSize(qRound(d->pageSize.width() * scale), qRound(d->pageSize.height() * scale)), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(scale, scale);
        d->paintPage(painter, i);
        painter.end();
        images.push_back(std::move(image));
        if (progress && !progress(i + 1, total))
            return fail(QString(), QStringLiteral("cancelled"));
    }
    return images;
}

} // namespace hostreview::reports
