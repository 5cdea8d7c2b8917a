#include "core/checklist/checklist.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace hostreview::core;
using namespace hostreview::core::checklist;

/**
 * The shipped checklist rests on the seed documents: every table row and bullet of the seeds
 * is cited by some item (≥ 95 % required), and every citation points at a real, non-blank line.
 */
class TestChecklistCoverage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void requiredDomains_data();
    void requiredDomains();
    void sources_data();
    void sources();
    void coverage();

private:
    QString m_seeds;
    Checklist m_checklist;
    QMap<QString, QStringList> m_lines; ///< seed file name → its lines
};

void TestChecklistCoverage::initTestCase()
{
    const QString source = qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR");
    QVERIFY2(!source.isEmpty(), "HOSTREVIEW_SOURCE_DIR is not set (run through ctest)");
    const Result<Checklist> loaded = loadChecklist(source + QStringLiteral("/templates/checklists/odoo-hosting.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    m_checklist = loaded.value();

    m_seeds = QDir::cleanPath(source + QStringLiteral("/../shared/seeds"));
    const QDir dir(m_seeds);
    if (!dir.exists())
        return; // the seed-dependent tests skip with a message
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_lines.insert(name, QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')));
    }
}

void TestChecklistCoverage::requiredDomains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::newRow("Security & IAM") << "security-iam";
    QTest::newRow("Backup/DR/BC/HA") << "resilience";
    QTest::newRow("Cost & FinOps") << "cost-finops";
    QTest::newRow("Performance architecture") << "performance";
    QTest::newRow("Observability") << "observability";
    QTest::newRow("Delivery & change") << "delivery";
    QTest::newRow("Migration readiness") << "migration";
}

void TestChecklistCoverage::requiredDomains()
{
    QFETCH(QString, domain);
    QVERIFY2(m_checklist.domain(domain), qPrintable(domain));
    const auto items = std::count_if(m_checklist.items.begin(), m_checklist.items.end(),
                                     [&](const ChecklistItem &i) { return i.domainId == domain; });
    QVERIFY2(items >= 3, qPrintable(QStringLiteral("%1 has only %2 items").arg(domain).arg(items)));
}

void TestChecklistCoverage::sources_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("ref");
    if (m_lines.isEmpty()) {
        QTest::newRow("no seeds") << QString() << QString(); // one row, skipped in sources()
        return;
    }
    for (const ChecklistItem &item : m_checklist.items)
        for (const QString &ref : item.sources)
            QTest::newRow(qPrintable(item.id + QLatin1Char(' ') + ref)) << item.id << ref;
}

void TestChecklistCoverage::sources()
{
    if (m_lines.isEmpty())
        QSKIP(qPrintable(QStringLiteral("seed documents not found in %1").arg(m_seeds)));
    QFETCH(QString, item);
    QFETCH(QString, ref);
    const auto parsed = parseSourceRef(ref);
    QVERIFY2(parsed, qPrintable(item + QStringLiteral(": malformed ") + ref));
    QVERIFY2(m_lines.contains(parsed->first), qPrintable(item + QStringLiteral(": no seed file ") + parsed->first));
    const QStringList &lines = m_lines.value(parsed->first);
    // A file ending in a newline splits into one trailing empty string, which is not a line.
    const int lineCount = lines.last().isEmpty() ? lines.size() - 1 : lines.size();
    QVERIFY2(parsed->second <= lineCount,
             qPrintable(QStringLiteral("%1: %2 has only %3 lines").arg(item, parsed->first).arg(lineCount)));
    QVERIFY2(!lines.at(parsed->second - 1).trimmed().isEmpty(), qPrintable(item + QStringLiteral(": blank line ") + ref));
}

void TestChecklistCoverage::coverage()
{
    if (m_lines.isEmpty())
        QSKIP(qPrintable(QStringLiteral("seed documents not found in %1").arg(m_seeds)));
    QSet<QString> cited;
    for (const ChecklistItem &item : m_checklist.items)
        for (const QString &ref : item.sources)
            cited.insert(ref);

    // Counted lines: table rows that are neither separators (|---|) nor headers (the row just
    // above a separator), and bullet points ("- ").
    static const QRegularExpression separator(QStringLiteral("^\\|[\\s:|-]+$"));
    int total = 0;
    int covered = 0;
    QStringList missing;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QStringList &lines = it.value();
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (separator.match(line).hasMatch())
                continue;
            const bool header = line.startsWith(QLatin1Char('|')) && i + 1 < lines.size()
                                && separator.match(lines.at(i + 1)).hasMatch();
            if (header)
                continue;
            if (!line.startsWith(QLatin1Char('|')) && !line.startsWith(QStringLiteral("- ")))
                continue;
            ++total;
            const QString ref = QStringLiteral("%1:%2").arg(it.key()).arg(i + 1);
            if (cited.contains(ref))
                ++covered;
            else
                missing << ref;
        }
    }
    QVERIFY2(total > 0, "no table rows or bullets found in the seeds");
    const double percent = 100.0 * covered / total;
    qInfo("seed coverage: %d of %d table rows and bullets cited by %d items (%.1f %%)", covered, total,
          int(m_checklist.items.size()), percent);
    if (!missing.isEmpty())
        qInfo("not cited: %s", qPrintable(missing.join(QStringLiteral(", "))));
    QVERIFY2(percent >= 95.0, qPrintable(QStringLiteral("coverage %1 % is below 95 %").arg(percent, 0, 'f', 1)));
}

QTEST_GUILESS_MAIN(TestChecklistCoverage)
#include "tst_checklistcoverage.moc"
