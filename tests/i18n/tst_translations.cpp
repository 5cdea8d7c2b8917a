// The translation files are complete: lupdate run over the sources into a copy finds no string
// without a translation (new), none that the sources no longer have (vanished or obsolete), and
// every translation keeps its source's placeholders and accelerator. The station-kind catalogue,
// which lives in core where lupdate does not look, is listed for it in models/kindtext.cpp.
#include "core/model/stationkinds.h"
#include "i18n/translations.h"
#include "models/kindtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace hostreview;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR");
}

/** One <message> of a .ts file. */
struct TsMessage {
    QString context;
    QString source;
    QString type;              ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations;  ///< the text, or each plural form
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // A plural message holds <numerusform> children; a plain one its text.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList languagesUnderTest()
{
    const QString fromEnv = qEnvironmentVariable("HOSTREVIEW_TS_LANGUAGES");
    return fromEnv.isEmpty() ? QStringList{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}
                             : fromEnv.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

bool hasAccelerator(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&[^\\s;#]"));
    return re.match(t).hasMatch();
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &lang : languagesUnderTest())
            QTest::newRow(qPrintable(lang)) << lang;
    }

    // lupdate (without -no-obsolete) into a copy marks what the sources added as "unfinished" and what
    // they dropped as "vanished"/"obsolete"; the committed file must need neither.
    void complete()
    {
        QFETCH(QString, language);
        const QString ts = sourceDir() + QStringLiteral("/i18n/hostreview_%1.ts").arg(language);
        QVERIFY2(QFile::exists(ts), qPrintable(ts));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(ts, copy));

        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir());
        QStringList arguments = {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"),
                                 QStringLiteral("cpp,h"), QStringLiteral("app/gui"), QStringLiteral("widgets"),
                                 QStringLiteral("models"), QStringLiteral("reports"), QStringLiteral("-ts"), copy};
        if (language == QLatin1String("en")) // English is the source: only its plural forms are translated
            arguments.prepend(QStringLiteral("-pluralonly"));
        lupdate.start(QStringLiteral(HOSTREVIEW_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<TsMessage> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const TsMessage &m : messages) {
            const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.isEmpty(); });
            if (m.type == QLatin1String("unfinished") || (m.type.isEmpty() && empty))
                problems << QStringLiteral("untranslated: [%1] %2").arg(m.context, m.source);
            else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << QStringLiteral("no longer in the sources: [%1] %2").arg(m.context, m.source);
        }
        if (!problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("hostreview_%1.ts: %2 problem(s); run the lupdate command of i18n/README.md "
                                            "and translate:\n  %3")
                                 .arg(language)
                                 .arg(problems.size())
                                 .arg(problems.join(QStringLiteral("\n  ")))));
    }

    void placeholdersKept_data() { complete_data(); }

    // Every finished translation carries its source's %1…%9 and %n, and an accelerator when the source has one.
    void placeholdersKept()
    {
        QFETCH(QString, language);
        QString error;
        const QList<TsMessage> messages =
            readTs(sourceDir() + QStringLiteral("/i18n/hostreview_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const TsMessage &m : messages) {
            if (!m.type.isEmpty())
                continue;
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders: [%1] %2 → %3").arg(m.context, m.source, t);
                if (!m.source.contains(QLatin1Char('<')) && hasAccelerator(m.source) != hasAccelerator(t))
                    problems << QStringLiteral("accelerator: [%1] %2 → %3").arg(m.context, m.source, t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Each label, group, description, property label and unit of core's catalogue is in the list lupdate sees.
    void catalogueListed()
    {
        const QStringList listed = models::kindTextSources();
        QStringList missing;
        auto check = [&](const QString &text) {
            if (!text.isEmpty() && !listed.contains(text))
                missing << text;
        };
        for (const core::StationKind &kind : core::stationKinds()) {
            check(kind.label);
            check(kind.category);
            check(kind.description);
            for (const core::PropertySpec &spec : kind.properties) {
                check(spec.label);
                check(spec.unit);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("add to models/kindtext.cpp: ") + missing.join(QStringLiteral(", "))));
    }

    // The compiled translations are embedded: German loads and translates a menu title and a catalogue label.
    void embeddedGerman()
    {
        QTranslator translator;
        QVERIFY(i18n::loadTranslation(translator, QStringLiteral("de")));
        QCOMPARE(translator.translate("hostreview::app::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(translator.translate("hostreview::core::StationKinds", "Database"), QStringLiteral("Datenbank"));
        QCOMPARE(translator.translate("hostreview::app::MainWindow", "Opened %1: %n station(s)", nullptr, 1),
                 QStringLiteral("%1 geöffnet: %n Station"));
        QCOMPARE(translator.translate("hostreview::app::MainWindow", "Opened %1: %n station(s)", nullptr, 3),
                 QStringLiteral("%1 geöffnet: %n Stationen"));
        QTranslator unknown;
        QVERIFY(!i18n::loadTranslation(unknown, QStringLiteral("xx")));
    }

    // English holds plural forms only: the source's "(s)" becomes a singular and a plural, and a
    // text without a count is not in it (the translator returns nothing, so the source shows).
    void embeddedEnglishPlurals()
    {
        QTranslator english;
        QVERIFY(i18n::loadTranslation(english, QStringLiteral("en")));
        QCOMPARE(english.translate("hostreview::app::MainWindow", "Opened %1: %n station(s)", nullptr, 1),
                 QStringLiteral("Opened %1: %n station"));
        QCOMPARE(english.translate("hostreview::app::MainWindow", "Opened %1: %n station(s)", nullptr, 3),
                 QStringLiteral("Opened %1: %n stations"));
        QCOMPARE(english.translate("hostreview::app::MainWindow", "Opened %1: %n station(s)", nullptr, 0),
                 QStringLiteral("Opened %1: %n stations"));
        QCOMPARE(english.translate("hostreview::app::MainWindow", "&File"), QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
