#include "core/checklist/checklist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hostreview::core;
using namespace hostreview::core::checklist;

namespace {

/** A small valid template: two domains, two items. */
QJsonObject validDocument()
{
    const QJsonArray domains{QJsonObject{{"id", "sec"}, {"name", "Security"}},
                             QJsonObject{{"id", "ops"}, {"name", "Operations"}}};
    const QJsonArray items{
        QJsonObject{{"id", "i1"}, {"domain", "sec"}, {"question", "Are secrets managed?"}, {"good", "A vault."},
                    {"weight", 3}, {"criticality", "high"}, {"sources", QJsonArray{"000_seed.txt:8"}}},
        QJsonObject{{"id", "i2"}, {"domain", "ops"}, {"question", "Are restores tested?"}, {"good", "Quarterly."},
                    {"weight", 1}, {"criticality", "low"}, {"sources", QJsonArray{"001_seed.txt:30", "002_seed.txt:5"}}},
    };
    return QJsonObject{{"format", "hostreview-checklist"}, {"version", 1}, {"id", "test"}, {"name", "Test checklist"},
                       {"revision", 4}, {"domains", domains}, {"items", items}};
}

/** Sets (or with an undefined value removes) "key" or "items/<n>/key" in the document. */
QJsonObject mutated(QJsonObject doc, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() == 1) {
        if (value.isUndefined())
            doc.remove(path);
        else
            doc.insert(path, value);
        return doc;
    }
    QJsonArray list = doc.value(parts[0]).toArray();
    QJsonObject element = list.at(parts[1].toInt()).toObject();
    if (value.isUndefined())
        element.remove(parts[2]);
    else
        element.insert(parts[2], value);
    list[parts[1].toInt()] = element;
    doc.insert(parts[0], list);
    return doc;
}

QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

} // namespace

/** The template parser reads the documented format and names the item and field of every problem. */
class TestChecklistParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsValidTemplate();
    void errorsNameItemAndField_data();
    void errorsNameItemAndField();
    void reportsAllProblems();
    void notJson();
    void missingFile();
    void sourceRefs_data();
    void sourceRefs();
    void loadsShippedTemplate();
};

void TestChecklistParser::readsValidTemplate()
{
    const Result<Checklist> c = checklistFromJson(bytes(validDocument()));
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QCOMPARE(c->id, QStringLiteral("test"));
    QCOMPARE(c->revision, 4);
    QCOMPARE(c->domains.size(), size_t(2));
    QCOMPARE(c->items.size(), size_t(2));
    const ChecklistItem *i1 = c->item(QStringLiteral("i1"));
    QVERIFY(i1);
    QCOMPARE(i1->domainId, QStringLiteral("sec"));
    QCOMPARE(i1->weight, 3);
    QCOMPARE(i1->criticality, Criticality::High);
    QCOMPARE(i1->sources, QStringList{QStringLiteral("000_seed.txt:8")});
    QCOMPARE(c->item(QStringLiteral("i2"))->sources.size(), 2);
    QCOMPARE(c->item(QStringLiteral("i2"))->criticality, Criticality::Low);
    QVERIFY(!c->item(QStringLiteral("nope")));
}

void TestChecklistParser::errorsNameItemAndField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const QJsonValue remove(QJsonValue::Undefined);
    QTest::newRow("weight 0") << "items/0/weight" << QJsonValue(0) << "items[i1].weight" << "from 1 to 5, got 0";
    QTest::newRow("weight 6") << "items/0/weight" << QJsonValue(6) << "items[i1].weight" << "got 6";
    QTest::newRow("weight 2.5") << "items/0/weight" << QJsonValue(2.5) << "items[i1].weight" << "got 2.5";
    QTest::newRow("weight as text") << "items/1/weight" << QJsonValue("3") << "items[i2].weight" << "got \"3\"";
    QTest::newRow("weight missing") << "items/1/weight" << remove << "items[i2].weight" << "is required";
    QTest::newRow("criticality unknown") << "items/0/criticality" << QJsonValue("urgent") << "items[i1].criticality"
                                         << "must be low, medium or high, got \"urgent\"";
    QTest::newRow("criticality missing") << "items/0/criticality" << remove << "items[i1].criticality" << "is required";
    QTest::newRow("question missing") << "items/0/question" << remove << "items[i1].question" << "is required";
    QTest::newRow("question blank") << "items/1/question" << QJsonValue("  ") << "items[i2].question" << "must not be empty";
    QTest::newRow("good missing") << "items/1/good" << remove << "items[i2].good" << "is required";
    QTest::newRow("unknown domain") << "items/1/domain" << QJsonValue("finance") << "items[i2].domain"
                                    << "\"finance\" is not one of the checklist's domains";
    QTest::newRow("no sources") << "items/0/sources" << QJsonValue(QJsonArray{}) << "items[i1].sources" << "at least one";
    QTest::newRow("source without line") << "items/0/sources" << QJsonValue(QJsonArray{"seed.txt"})
                                         << "items[i1].sources[0]" << "file:line";
    QTest::newRow("source line 0") << "items/1/sources" << QJsonValue(QJsonArray{"001_seed.txt:30", "seed.txt:0"})
                                   << "items[i2].sources[1]" << "file:line";
    QTest::newRow("duplicate item id") << "items/1/id" << QJsonValue("i1") << "items[i1].id" << "used by another item";
    QTest::newRow("bad item id") << "items/1/id" << QJsonValue("two words") << "items[1].id" << "must match";
    QTest::newRow("missing item id") << "items/0/id" << remove << "items[0].id" << "is required";
    QTest::newRow("wrong format") << "format" << QJsonValue("hostreview-model") << "format" << "hostreview-checklist";
    QTest::newRow("newer version") << "version" << QJsonValue(2) << "version" << "newer than this program reads";
    QTest::newRow("no items list") << "items" << remove << "items" << "is required";
    QTest::newRow("domain without name") << "domains/1/name" << remove << "domains[ops].name" << "is required";
}

void TestChecklistParser::errorsNameItemAndField()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<Checklist> c = checklistFromJson(bytes(mutated(validDocument(), path, value)));
    QVERIFY(!c.ok());
    QCOMPARE(c.error().where, where);
    QVERIFY2(c.error().message.contains(message), qPrintable(c.error().toString()));
}

void TestChecklistParser::reportsAllProblems()
{
    QJsonObject doc = mutated(validDocument(), QStringLiteral("items/0/weight"), QJsonValue(9));
    doc = mutated(doc, QStringLiteral("items/1/criticality"), QJsonValue("severe"));
    const Result<Checklist> c = checklistFromJson(bytes(doc));
    QVERIFY(!c.ok());
    const QString text = c.error().toString();
    QVERIFY2(text.contains(QStringLiteral("2 problems")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("items[i1].weight")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("items[i2].criticality")), qPrintable(text));
}

void TestChecklistParser::notJson()
{
    const Result<Checklist> c = checklistFromJson("{ \"items\": [ ");
    QVERIFY(!c.ok());
    QVERIFY2(c.error().message.contains(QStringLiteral("not valid JSON")), qPrintable(c.error().toString()));
    QVERIFY(!checklistFromJson("[1, 2]").ok());
}

void TestChecklistParser::missingFile()
{
    const Result<Checklist> c = loadChecklist(QStringLiteral("/nonexistent/checklist.json"));
    QVERIFY(!c.ok());
    QVERIFY2(c.error().toString().contains(QStringLiteral("/nonexistent/checklist.json")), qPrintable(c.error().toString()));
}

void TestChecklistParser::sourceRefs_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::newRow("seed") << "002_a220ec9aadd018d6.txt:23" << "002_a220ec9aadd018d6.txt" << 23;
    QTest::newRow("line 1") << "a.txt:1" << "a.txt" << 1;
    QTest::newRow("no line") << "a.txt" << "" << 0;
    QTest::newRow("line 0") << "a.txt:0" << "" << 0;
    QTest::newRow("negative") << "a.txt:-3" << "" << 0;
    QTest::newRow("range") << "a.txt:3-5" << "" << 0;
    QTest::newRow("absolute path") << "/etc/passwd:1" << "" << 0;
}

void TestChecklistParser::sourceRefs()
{
    QFETCH(QString, ref);
    QFETCH(QString, file);
    QFETCH(int, line);
    const auto parsed = parseSourceRef(ref);
    QCOMPARE(bool(parsed), !file.isEmpty());
    if (parsed) {
        QCOMPARE(parsed->first, file);
        QCOMPARE(parsed->second, line);
    }
}

void TestChecklistParser::loadsShippedTemplate()
{
    const QString path = qEnvironmentVariable("HOSTREVIEW_SOURCE_DIR") + QStringLiteral("/templates/checklists/odoo-hosting.json");
    const Result<Checklist> c = loadChecklist(path);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QCOMPARE(c->id, QStringLiteral("odoo-hosting"));
    for (const ChecklistItem &item : c->items) {
        QVERIFY2(!item.sources.isEmpty(), qPrintable(item.id));
        QVERIFY2(item.weight >= 1 && item.weight <= 3, qPrintable(item.id)); // the shipped template uses 1–3
    }
}

QTEST_GUILESS_MAIN(TestChecklistParser)
#include "tst_checklistparser.moc"
