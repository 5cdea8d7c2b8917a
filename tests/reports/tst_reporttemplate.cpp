#include "reports/reporttemplate.h"
#include "reports/reportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hostreview::reports;

/** Report templates (templates/report/README.md): the shipped ones parse, broken ones name the field. */
class TestReportTemplate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedDefault();
    void fallbacks();
    void errors_data();
    void errors();
    void pageSizes_data();
    void pageSizes();
};

namespace {

QJsonObject minimal()
{
    return QJsonObject{{"format", "hostreview-report-template"},
                       {"version", 1},
                       {"id", "t"},
                       {"sections", QJsonArray{"cover", "summary"}},
                       {"languages", QJsonObject{{"en", QJsonObject{{"titles", QJsonObject{{"summary", "Summary"}}},
                                                                    {"boilerplate", QJsonObject{{"summary", "Intro"}}}}},
                                                 {"de", QJsonObject{{"titles", QJsonObject{{"summary", "Überblick"}}}}}}}};
}

} // namespace

void TestReportTemplate::shippedDefault()
{
    const hostreview::core::Result<ReportTemplate> t = loadReportTemplate(QStringLiteral("default"));
    QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().toString()));
    QCOMPARE(t->sections, knownSections());
    QVERIFY(!t->logoPath.isEmpty());
    QVERIFY(!t->consultancy.isEmpty());
    // Every section has a title and every printed section a boilerplate paragraph in both languages.
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("de")}) {
        QVERIFY(t->languages.contains(lang));
        for (const QString &s : t->sections) {
            if (s == QLatin1String("cover"))
                continue;
            QVERIFY2(!t->languages[lang].titles.value(s).isEmpty(), qPrintable(lang + QLatin1Char(':') + s));
            if (s != QLatin1String("toc"))
                QVERIFY2(!t->languages[lang].boilerplate.value(s).isEmpty(), qPrintable(lang + QLatin1Char(':') + s));
        }
        QVERIFY(!t->languages[lang].boilerplate.value(QStringLiteral("cover")).isEmpty());
    }
    QVERIFY(t->title(QStringLiteral("de"), QStringLiteral("summary")) != t->title(QStringLiteral("en"), QStringLiteral("summary")));
}

void TestReportTemplate::fallbacks()
{
    const hostreview::core::Result<ReportTemplate> t = reportTemplateFromJson(QJsonDocument(minimal()).toJson(), QString());
    QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().toString()));
    QCOMPARE(t->title(QStringLiteral("de"), QStringLiteral("summary")), QStringLiteral("Überblick"));
    QCOMPARE(t->boilerplate(QStringLiteral("de"), QStringLiteral("summary")), QStringLiteral("Intro")); // falls back to English
    QCOMPARE(t->title(QStringLiteral("fr"), QStringLiteral("summary")), QStringLiteral("Summary"));
    QCOMPARE(t->title(QStringLiteral("en"), QStringLiteral("roadmap")), QStringLiteral("roadmap")); // no title: the id
    QCOMPARE(t->colors.primary, ReportColors().primary); // unset colours keep their defaults
}

void TestReportTemplate::errors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown section") << "sections" << QJsonValue(QJsonArray{"cover", "charts"})
                                     << "sections[1]: unknown section \"charts\"";
    QTest::newRow("section twice") << "sections" << QJsonValue(QJsonArray{"summary", "summary"})
                                   << "sections[1]: \"summary\" is listed twice";
    QTest::newRow("no sections") << "sections" << QJsonValue(QJsonArray{}) << "sections: must be a non-empty list";
    QTest::newRow("bad colour") << "branding" << QJsonValue(QJsonObject{{"colors", QJsonObject{{"primary", "blueish"}}}})
                                << "branding.colors.primary: \"blueish\" is not a colour";
    QTest::newRow("missing logo") << "branding" << QJsonValue(QJsonObject{{"logo", "nosuch.svg"}})
                                  << "branding.logo: file";
    QTest::newRow("version 2") << "version" << QJsonValue(2) << "version: this program reads version 1, got 2";
    QTest::newRow("no english") << "languages" << QJsonValue(QJsonObject{{"de", QJsonObject{}}})
                                << "languages.en: English titles and boilerplate are required";
    QTest::newRow("title not text") << "languages"
                                    << QJsonValue(QJsonObject{{"en", QJsonObject{{"titles", QJsonObject{{"summary", 3}}}}}})
                                    << "languages.en.titles.summary: must be a string";
}

void TestReportTemplate::errors()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject doc = minimal();
    doc.insert(key, value);
    const hostreview::core::Result<ReportTemplate> t = reportTemplateFromJson(QJsonDocument(doc).toJson(), QStringLiteral("/nonexistent"));
    QVERIFY(!t.ok());
    QVERIFY2(t.error().toString().startsWith(expected), qPrintable(t.error().toString()));
}

void TestReportTemplate::pageSizes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expected"); // -1: refused
    QTest::newRow("a4") << "a4" << int(QPageSize::A4);
    QTest::newRow("A4") << "A4" << int(QPageSize::A4);
    QTest::newRow("letter") << "letter" << int(QPageSize::Letter);
    QTest::newRow("a3") << "a3" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestReportTemplate::pageSizes()
{
    QFETCH(QString, name);
    QFETCH(int, expected);
    const std::optional<QPageSize::PageSizeId> id = pageSizeFromName(name);
    QCOMPARE(id ? int(*id) : -1, expected);
}

QTEST_MAIN(TestReportTemplate)
#include "tst_reporttemplate.moc"
