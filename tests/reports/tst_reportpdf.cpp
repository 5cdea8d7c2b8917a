#include "samplereview.h"

#include "core/checklist/checklist.h"
#include "core/checklist/scorecard.h"
#include "core/paths.h"
#include "core/solver/sweep.h"
#include "reports/reporttemplate.h"
#include "reports/reportwriter.h"

#ifdef HOSTREVIEW_HAVE_FINDINGS
#include "core/findings/findings.h"
#endif

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hostreview;
using namespace hostreview::core;
using namespace hostreview::reports;

/**
 * The acceptance checks of the report (issue 6) on every sample in templates/samples/, with the
 * sample's checklist answers merged in: the PDF opens, its text holds every section title, the
 * scenario with the worst saturation and its station, every domain score and every finding's
 * sources; the topology page draws no raster image. The expected values come from the core APIs
 * (solver sweep, scoring, findings engine), not from the report's own data.
 */
class TestReportPdf : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opens_data();
    void opens();
    void sectionTitles_data();
    void sectionTitles();
    void worstSaturation_data();
    void worstSaturation();
    void domainScores_data();
    void domainScores();
    void findingSources_data();
    void findingSources();
    void diagramIsVector_data();
    void diagramIsVector();
    void german();
    void historyAppendix();
    void letter();
    void progressAndCancel();
    void preview();
    void cli_data();
    void cli();

private:
    void sampleRows();
    struct Sample {
        QString reviewPath;
        Review review;
        QString pdf;
        QString text;
        qint64 milliseconds = 0;
    };
    QTemporaryDir m_dir;
    QMap<QString, Sample> m_samples;
    ReportTemplate m_template;
};

void TestReportPdf::initTestCase()
{
    if (!reporttest::havePoppler())
        QSKIP("poppler-utils (pdfinfo, pdftotext, pdfimages) is not installed");
    QVERIFY(m_dir.isValid());
    Result<ReportTemplate> t = loadReportTemplate(QStringLiteral("default"));
    QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().toString()));
    m_template = t.value();

    const QStringList names = QDir(reporttest::sourceDir() + QStringLiteral("/templates/samples"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!names.isEmpty());
    for (const QString &file : names) {
        const QString name = QFileInfo(file).completeBaseName();
        Sample s;
        s.reviewPath = reporttest::writeSampleWithAnswers(name, m_dir.path());
        QVERIFY2(!s.reviewPath.isEmpty(), qPrintable(name));
        Result<Review> review = readReviewFile(s.reviewPath);
        QVERIFY2(review.ok(), qPrintable(review ? QString() : review.error().toString()));
        s.review = review.value();
        s.pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        QElapsedTimer timer;
        timer.start();
        ReportWriter writer(s.review);
        const Result<void> ok = writer.writePdf(s.pdf);
        QVERIFY2(ok.ok(), qPrintable(ok ? QString() : ok.error().toString()));
        s.milliseconds = timer.elapsed();
        qInfo("%s: %d pages in %lld ms", qPrintable(name), writer.pageCount(), s.milliseconds);
        s.text = reporttest::pdfText(s.pdf);
        m_samples.insert(name, s);
    }
}

void TestReportPdf::sampleRows()
{
    QTest::addColumn<QString>("sample");
    for (auto it = m_samples.begin(); it != m_samples.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestReportPdf::opens_data() { sampleRows(); }

void TestReportPdf::opens()
{
    QFETCH(QString, sample);
    int exitCode = -1;
    const QString info = QString::fromUtf8(reporttest::runTool(QStringLiteral("pdfinfo"), {m_samples[sample].pdf}, &exitCode));
    QCOMPARE(exitCode, 0);
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pages.hasMatch());
    QVERIFY(pages.captured(1).toInt() >= m_template.sections.size());
    // A4 is 210 × 297 mm = 595.28 × 841.89 pt; the writer's 72 dpi rounds it to whole points.
    QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
    // The fonts are embedded (pdffonts would say "emb yes"; the PDF names DejaVu).
    QFile f(m_samples[sample].pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("DejaVuSans"));
    // Speed is not asserted here: the time is logged above, and `hostreview-cli bench`-style figures
    // for the report live in docs/report.md.
}

void TestReportPdf::sectionTitles_data() { sampleRows(); }

void TestReportPdf::sectionTitles()
{
    QFETCH(QString, sample);
    for (const QString &section : m_template.sections) {
        if (section == QLatin1String("cover"))
            continue;
        const QString title = reporttest::simplified(m_template.title(QStringLiteral("en"), section));
        QVERIFY2(m_samples[sample].text.contains(title), qPrintable(title));
    }
    // The cover: client, reviewers and version from the review's metadata.
    const ReviewMeta &meta = m_samples[sample].review.meta;
    QVERIFY(m_samples[sample].text.contains(meta.client.simplified()));
    for (const QString &r : meta.reviewers)
        QVERIFY2(m_samples[sample].text.contains(r), qPrintable(r));
    QVERIFY(m_samples[sample].text.contains(QStringLiteral("Page 3 of")));
}

void TestReportPdf::worstSaturation_data() { sampleRows(); }

void TestReportPdf::worstSaturation()
{
    QFETCH(QString, sample);
    const Review &review = m_samples[sample].review;
    // Independently of the report: the busiest queue station over every scenario and bucket.
    Result<solver::Sweep> sweep = solver::sweep(review);
    QVERIFY(sweep.ok());
    double worst = -1;
    QString scenario, station;
    for (const solver::ScenarioSweep &s : sweep->scenarios) {
        for (const solver::StationTimeline &t : s.stations) {
            const Station *st = review.station(t.stationId);
            if (!st || st->discipline != Discipline::Queue)
                continue;
            for (double u : t.utilization) {
                if (u > worst) {
                    worst = u;
                    scenario = s.scenario;
                    station = t.stationId;
                }
            }
        }
    }
    QVERIFY(!scenario.isEmpty());
    const Scenario *sc = review.scenario(scenario);
    const QString scenarioName = sc && !sc->name.isEmpty() ? sc->name
                                 : scenario == baselineScenarioId() ? QStringLiteral("Baseline") : scenario;
    const QString stationName = review.station(station)->name;
    const QString &text = m_samples[sample].text;
    const QString expected = QStringLiteral("The worst case is the scenario “%1”: its busiest station, %2, reaches %3 %")
                                 .arg(scenarioName.simplified(), stationName.simplified())
                                 .arg(worst * 100.0, 0, 'f', 0);
    QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestReportPdf::domainScores_data() { sampleRows(); }

void TestReportPdf::domainScores()
{
    QFETCH(QString, sample);
    const Review &review = m_samples[sample].review;
    Result<checklist::Checklist> cl = checklist::loadChecklist(templatePath(QStringLiteral("checklists/%1.json").arg(review.checklistId)));
    QVERIFY(cl.ok());
    const checklist::Scorecard card = checklist::score(*cl, review);
    const QString &text = m_samples[sample].text;
    int scored = 0;
    for (const checklist::DomainScore &d : card.domains) {
        QVERIFY2(text.contains(d.name.simplified()), qPrintable(d.name));
        if (!d.score)
            continue;
        ++scored;
        // The table row: name, score with one decimal, then the counts met / partly / not met.
        const QString row = QStringLiteral("%1 %2").arg(d.name.simplified(), QString::number(*d.score, 'f', 1));
        const QString score = QString::number(*d.score, 'f', 1);
        QVERIFY2(text.contains(score), qPrintable(d.name + QStringLiteral(": ") + score));
        Q_UNUSED(row);
    }
    QVERIFY(scored > 0); // the sample answers score at least one domain
    if (card.overallScore)
        QVERIFY(text.contains(QStringLiteral("Overall score: %1").arg(*card.overallScore, 0, 'f', 1)));
}

void TestReportPdf::findingSources_data() { sampleRows(); }

void TestReportPdf::findingSources()
{
#ifdef HOSTREVIEW_HAVE_FINDINGS
    QFETCH(QString, sample);
    const Review &review = m_samples[sample].review;
    Result<findings::RuleSet> rules = findings::loadRules(findings::defaultRulesPath());
    if (!rules)
        QSKIP(qPrintable(QStringLiteral("no findings rules: ") + rules.error().toString()));
    Result<checklist::Checklist> cl = checklist::loadChecklist(templatePath(QStringLiteral("checklists/%1.json").arg(review.checklistId)));
    QVERIFY(cl.ok());
    findings::EngineOptions options;
    options.checklist = &*cl;
    Result<findings::FindingsResult> found = findings::evaluate(review, *rules, options);
    QVERIFY2(found.ok(), qPrintable(found ? QString() : found.error().toString()));
    const QString &text = m_samples[sample].text;
    for (const findings::Finding &f : found->findings) {
        QVERIFY2(text.contains(f.title.simplified()), qPrintable(f.title));
        for (const QString &source : f.sources)
            QVERIFY2(text.contains(source.simplified()), qPrintable(f.id + QStringLiteral(": ") + source));
    }
#else
    QSKIP("this build has no findings engine");
#endif
}

void TestReportPdf::diagramIsVector_data() { sampleRows(); }

void TestReportPdf::diagramIsVector()
{
    QFETCH(QString, sample);
    const Sample &s = m_samples[sample];
    const QString title = m_template.title(QStringLiteral("en"), QStringLiteral("topology"));
    int page = 0;
    for (int i = 2; i < 10 && page == 0; ++i)
        if (reporttest::pdfText(s.pdf, i, i).startsWith(title) || reporttest::pdfText(s.pdf, i, i).contains(title + QLatin1Char(' ') + m_template.boilerplate(QStringLiteral("en"), QStringLiteral("topology")).left(20)))
            page = i;
    QVERIFY2(page > 0, "no page starts with the topology title");
    // A wide diagram is turned a quarter on the following page; look at both.
    const int last = page + 1;
    // No raster image there: pdfimages lists a header of two lines and one line per image.
    const QString images = QString::fromUtf8(reporttest::runTool(
        QStringLiteral("pdfimages"), {QStringLiteral("-list"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                      QString::number(last), s.pdf}));
    QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2);
    // The stations are drawn there as text over vector boxes: the start of each name appears.
    const QString pageText = reporttest::pdfText(s.pdf, page, last);
    int found = 0;
    for (const Station &st : s.review.stations)
        found += pageText.contains(st.name.section(QLatin1Char(' '), 0, 0));
    QVERIFY2(found >= int(s.review.stations.size()) * 3 / 4, qPrintable(pageText));
}

void TestReportPdf::german()
{
    const Sample &s = m_samples.first();
    ReportOptions options;
    options.language = QStringLiteral("de");
    const QString pdf = m_dir.filePath(QStringLiteral("de.pdf"));
    ReportWriter writer(s.review, options);
    const Result<void> ok = writer.writePdf(pdf);
    QVERIFY2(ok.ok(), qPrintable(ok ? QString() : ok.error().toString()));
    const QString text = reporttest::pdfText(pdf);
    for (const QString &section : m_template.sections) {
        if (section == QLatin1String("cover"))
            continue;
        const QString title = m_template.title(QStringLiteral("de"), section).simplified();
        QVERIFY2(text.contains(title), qPrintable(title));
    }
    // Generated phrases are German too (through Qt's translation system).
    QVERIFY(text.contains(QStringLiteral("Seite 2 von")));
    QVERIFY(text.contains(QStringLiteral("Gesamtlage:")));
    QVERIFY(text.contains(QStringLiteral("Der ungünstigste Fall ist das Szenario „")));
    QVERIFY(!text.contains(QStringLiteral("The worst case is")));
    // The translator is removed again: English stays English afterwards.
    QCOMPARE(QCoreApplication::translate("hostreview::reports::Report", "Page %1 of %2"), QStringLiteral("Page %1 of %2"));
}

void TestReportPdf::historyAppendix()
{
    // Three edits by two reviewers, two on the same station; one saved merge; one open thread.
    Review review = m_samples.first().review;
    const QString pg = review.stations.front().id;
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    review.audit = {AuditEntry{t0, QStringLiteral("Ana Silva"), QStringLiteral("h1"), QStringLiteral("Edit servers"),
                               QStringLiteral("stations[%1].servers").arg(pg)},
                    AuditEntry{t0.addSecs(3600), QStringLiteral("Bo Lind"), QStringLiteral("h2"), QStringLiteral("Edit name"),
                               QStringLiteral("stations[%1].name").arg(pg)},
                    AuditEntry{t0.addDays(1), QStringLiteral("Ana Silva"), QStringLiteral("h1"), QStringLiteral("Reply"),
                               QStringLiteral("comments[c-1]")}};
    review.history = {Revision{QStringLiteral("r1"), {}, {}, t0, QStringLiteral("Ana Silva"), {}},
                      Revision{QStringLiteral("r2"), QStringLiteral("r1"), QStringLiteral("r0"), t0.addDays(1),
                               QStringLiteral("Ana Silva"), {}}};
    Comment thread;
    thread.id = QStringLiteral("c-1");
    thread.targetKind = commentTargets::station();
    thread.targetId = pg;
    thread.author = QStringLiteral("Bo Lind");
    thread.created = t0;
    thread.text = QStringLiteral("?");
    review.comments = {thread};
    const QString pdf = m_dir.filePath(QStringLiteral("history.pdf"));
    ReportWriter writer(review, ReportOptions{});
    QVERIFY(writer.writePdf(pdf).ok());
    const QString text = reporttest::pdfText(pdf).simplified();
    const qsizetype at = text.lastIndexOf(m_template.title(QStringLiteral("en"), QStringLiteral("appendix-history")));
    QVERIFY(at >= 0);
    const QString appendix = text.mid(at);
    QVERIFY2(appendix.contains(QStringLiteral("3 changes recorded")), qPrintable(appendix.left(400)));
    // Ana first (two changes), then Bo (one); the station counts twice, the comment once.
    const QRegularExpression reviewers(QStringLiteral("Ana Silva 2 .* Bo Lind 1 "));
    QVERIFY2(reviewers.match(appendix).hasMatch(), qPrintable(appendix.left(600)));
    QVERIFY2(appendix.contains(QStringLiteral("stations[%1] 2").arg(pg)), qPrintable(appendix.left(800)));
    QVERIFY(appendix.contains(QStringLiteral("comments[c-1] 1")));
    QVERIFY(appendix.contains(QStringLiteral("Saved revisions: 2, of which merges of two copies: 1. Comment threads: 1, "
                                             "of which still open: 1.")));
}

void TestReportPdf::letter()
{
    const Sample &s = m_samples.first();
    ReportOptions options;
    options.pageSize = QPageSize::Letter;
    const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
    ReportWriter writer(s.review, options);
    QVERIFY(writer.writePdf(pdf).ok());
    const QString info = QString::fromUtf8(reporttest::runTool(QStringLiteral("pdfinfo"), {pdf}));
    // US Letter is 8.5 × 11 in = 612 × 792 pt.
    QVERIFY2(info.contains(QStringLiteral("612 x 792")), qPrintable(info));
}

void TestReportPdf::progressAndCancel()
{
    const Sample &s = m_samples.first();
    ReportWriter writer(s.review);
    QVERIFY(writer.prepare().ok());
    const int pages = writer.pageCount();
    QVERIFY(pages > 5);
    std::vector<std::pair<int, int>> calls;
    const QString pdf = m_dir.filePath(QStringLiteral("progress.pdf"));
    QVERIFY(writer.writePdf(pdf, [&](int done, int total) {
                      calls.emplace_back(done, total);
                      return true;
                  }).ok());
    QCOMPARE(int(calls.size()), pages);
    QCOMPARE(calls.front(), std::make_pair(1, pages));
    QCOMPARE(calls.back(), std::make_pair(pages, pages));

    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const Result<void> r = writer.writePdf(cancelled, [](int done, int) { return done < 3; });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("cancelled"));
    QVERIFY(!QFileInfo::exists(cancelled));

    // The table of contents lists every section but the cover and itself, on increasing pages.
    const auto toc = writer.tableOfContents();
    QCOMPARE(int(toc.size()), int(m_template.sections.size()) - 1);
    for (size_t i = 1; i < toc.size(); ++i)
        QVERIFY(toc[i].second > toc[i - 1].second);
}

void TestReportPdf::preview()
{
    const Sample &s = m_samples.first();
    ReportWriter writer(s.review);
    Result<std::vector<QImage>> images = writer.renderPages(2, 72.0);
    QVERIFY(images.ok());
    QCOMPARE(int(images->size()), 2);
    // At 72 dpi one pixel is one point: A4 is 595.28 × 841.89 pt.
    QCOMPARE(images->front().size(), QSize(595, 842));
    // The cover's band is the template's primary colour.
    QCOMPARE(images->front().pixelColor(5, 5), m_template.colors.primary);
    QVERIFY(!writer.renderPages(1, 0.0).ok());
}

void TestReportPdf::cli_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("a4 en") << QStringList() << 0 << QStringLiteral("pages in");
    QTest::newRow("letter de") << QStringList{QStringLiteral("--page-size"), QStringLiteral("letter"), QStringLiteral("--lang"), QStringLiteral("de")} << 0 << QStringLiteral("pages in");
    QTest::newRow("bad page size") << QStringList{QStringLiteral("--page-size"), QStringLiteral("a3")} << 2 << QStringLiteral("--page-size: expected a4 or letter, got 'a3'");
    QTest::newRow("unknown template") << QStringList{QStringLiteral("--template"), QStringLiteral("nosuch")} << 1 << QStringLiteral("nosuch.json");
    QTest::newRow("bad template name") << QStringList{QStringLiteral("--template"), QStringLiteral("../x")} << 1 << QStringLiteral("is not a template name");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("it")} << 1 << QStringLiteral("has no language \"it\"");
    QTest::newRow("bad knee") << QStringList{QStringLiteral("--knee"), QStringLiteral("1.5")} << 2 << QStringLiteral("--knee: must be a number > 0 and < 1, got '1.5'");
}

void TestReportPdf::cli()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    QFile::remove(pdf);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command chooses offscreen itself without a display
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HOSTREVIEW_CLI_PATH),
            QStringList{QStringLiteral("report"), m_samples.first().reviewPath, QStringLiteral("-o"), pdf} + extra);
    QVERIFY(p.waitForFinished(120000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVERIFY2(p.exitCode() == exitCode, qPrintable(output));
    QVERIFY2(output.contains(message), qPrintable(output));
    QCOMPARE(QFileInfo::exists(pdf), exitCode == 0);
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
