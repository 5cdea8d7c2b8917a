// Reports in English, German and French written by one program, whatever language the program itself
// speaks: section titles come from the template's language section, generated text from that
// language's .qm (read here independently with a QTranslator), and the program's own language is
// untouched afterwards.
#include "../reports/samplereview.h"

#include "app/gui/language.h"
#include "core/interchange/reviewfile.h"
#include "i18n/translations.h"
#include "reports/reporttemplate.h"
#include "reports/reportwriter.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace hostreview;

namespace {

constexpr const char *kContext = "hostreview::reports::Report";

/** Returns `source` in `language` as the .qm has it; the source itself for English or a missing entry. */
QString expectedText(const QString &language, const char *source)
{
    QTranslator translator;
    if (!i18n::loadTranslation(translator, language))
        return QString::fromUtf8(source);
    const QString text = translator.translate(kContext, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace

class TestReportLanguages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    core::Review m_review;
    reports::ReportTemplate m_template;

    QString writeReport(const QString &language, int *pages)
    {
        reports::ReportOptions options;
        options.language = language;
        const QString pdf = m_dir.filePath(language + QStringLiteral(".pdf"));
        reports::ReportWriter writer(m_review, options);
        const core::Result<void> ok = writer.writePdf(pdf);
        if (!ok)
            return QStringLiteral("<failed: %1>").arg(ok.error().toString());
        *pages = writer.pageCount();
        return reporttest::pdfText(pdf);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!reporttest::havePoppler())
            QSKIP("poppler-utils (pdftotext) is not installed");
        QVERIFY(m_dir.isValid());
        core::Result<reports::ReportTemplate> t = reports::loadReportTemplate(QStringLiteral("default"));
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().toString()));
        m_template = t.value();
        const QString path = reporttest::writeSampleWithAnswers(QStringLiteral("national-distributor"), m_dir.path());
        QVERIFY(!path.isEmpty());
        core::Result<core::Review> review = core::readReviewFile(path);
        QVERIFY2(review.ok(), qPrintable(review ? QString() : review.error().toString()));
        m_review = review.value();
    }

    void fromEnglishProgram_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void fromEnglishProgram()
    {
        QFETCH(QString, language);
        QVERIFY(m_template.languages.contains(language));
        const QLocale localeBefore;
        int pages = 0;
        const QString text = writeReport(language, &pages);
        QVERIFY2(pages > 2, qPrintable(text.left(300)));
        for (const QString &section : m_template.sections) {
            if (section == QLatin1String("cover"))
                continue;
            const QString title = m_template.title(language, section).simplified();
            QVERIFY2(text.contains(title), qPrintable(QStringLiteral("%1: no title \"%2\"").arg(language, title)));
        }
        const QString headline = expectedText(language, "Headline numbers");
        QVERIFY2(text.contains(headline), qPrintable(headline));
        const QString footer = expectedText(language, "Page %1 of %2").arg(2).arg(pages);
        QVERIFY2(text.contains(footer), qPrintable(footer));
        if (language != QLatin1String("en") && headline != QLatin1String("Headline numbers"))
            QVERIFY(!text.contains(QStringLiteral("Headline numbers")));
        // The report's translator is gone again: the program still speaks English.
        QCOMPARE(QCoreApplication::translate(kContext, "Headline numbers"), QStringLiteral("Headline numbers"));
        QCOMPARE(QLocale(), localeBefore);
    }

    // A German program writes an English report, and is German again afterwards.
    void englishFromGermanProgram()
    {
        app::Language german;
        QVERIFY(german.apply(QStringLiteral("de")));
        const QString kennzahlen = QCoreApplication::translate(kContext, "Headline numbers");
        QCOMPARE(kennzahlen, QStringLiteral("Kennzahlen"));
        int pages = 0;
        const QString text = writeReport(QStringLiteral("en"), &pages);
        QVERIFY(text.contains(QStringLiteral("Headline numbers")));
        QVERIFY(text.contains(QStringLiteral("Page 2 of %1").arg(pages)));
        QVERIFY(!text.contains(kennzahlen));
        QCOMPARE(QCoreApplication::translate(kContext, "Headline numbers"), kennzahlen);
        QCOMPARE(QLocale().language(), QLocale::German); // the report's locale was for its run only
    }
};

QTEST_MAIN(TestReportLanguages)
#include "tst_reportlanguages.moc"
