#include "core/import/classificationrules.h"

#include <QJsonObject>
#include <QTest>

using namespace hostreview::core;
using namespace hostreview::core::import;

/** The default rules over Odoo's URL space, custom rules, and their JSON form in the review. */
class TestClassificationRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults_data();
    void defaults();
    void methodAndRouter();
    void jsonRoundTrip();
    void invalidRulesNameTheField();
    void reviewKeepsRules();
};

void TestClassificationRules::defaults_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // empty: unclassified

    // Paths from Odoo's own routes: the web client's RPC (`/web/dataset/call_kw/<model>/<method>`),
    // external RPC (`/xmlrpc/2/object`, `/jsonrpc`), the bus (`/longpolling/poll` ≤ 15.0,
    // `/websocket` ≥ 16.0), point of sale (`/pos/web`), the shop and reports.
    QTest::newRow("sale order read") << "POST" << "/web/dataset/call_kw/sale.order/read" << "order-entry";
    QTest::newRow("purchase line") << "POST" << "/web/dataset/call_kw/purchase.order.line/onchange" << "order-entry";
    QTest::newRow("picking validate") << "POST" << "/web/dataset/call_kw/stock.picking/button_validate" << "warehouse";
    QTest::newRow("read_group") << "POST" << "/web/dataset/call_kw/account.move/read_group" << "reporting";
    QTest::newRow("pdf report") << "GET" << "/report/pdf/account.report_invoice/7" << "reporting";
    QTest::newRow("partner read") << "POST" << "/web/dataset/call_kw/res.partner/read" << "backoffice";
    QTest::newRow("xmlrpc") << "POST" << "/xmlrpc/2/object" << "api";
    QTest::newRow("jsonrpc") << "POST" << "/jsonrpc" << "api";
    QTest::newRow("rest api") << "GET" << "/api/v1/orders?limit=5" << "api";
    QTest::newRow("longpolling") << "POST" << "/longpolling/poll" << "longpolling";
    QTest::newRow("websocket") << "GET" << "/websocket" << "longpolling";
    QTest::newRow("pos ui") << "GET" << "/pos/web?config_id=1" << "pos-sync";
    QTest::newRow("pos order rpc") << "POST" << "/web/dataset/call_kw/pos.order/create_from_ui" << "pos-sync";
    QTest::newRow("shop") << "GET" << "/shop/cart" << "shop";
    QTest::newRow("webclient") << "GET" << "/web/webclient/load_menus/1" << "web-client";
    QTest::newRow("web root") << "GET" << "/web" << "web-client";
    QTest::newRow("favicon") << "GET" << "/favicon.ico" << "";
    QTest::newRow("webhook") << "POST" << "/payment/stripe/webhook" << "";
}

void TestClassificationRules::defaults()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    Result<Classifier> c = Classifier::create(defaultClassificationRules());
    QVERIFY(c.ok());
    const std::string m = method.toStdString(), p = path.toStdString();
    const int index = c->classify(m, p, "");
    QCOMPARE(index < 0 ? QString() : c->classIds().at(index), expected);
    // The cached answer is the same.
    const int again = c->classify(m, p, "");
    QCOMPARE(again, index);
}

void TestClassificationRules::methodAndRouter()
{
    const std::vector<ClassificationRule> rules{
        {QStringLiteral("^/api/"), QStringLiteral("GET|HEAD"), QString(), QStringLiteral("api-read")},
        {QStringLiteral("^/api/"), QString(), QString(), QStringLiteral("api-write")},
        {QString(), QString(), QStringLiteral("^edi@"), QStringLiteral("edi")},
    };
    Result<Classifier> c = Classifier::create(rules);
    QVERIFY(c.ok());
    auto cls = [&](const char *method, const char *path, const char *router) {
        const int i = c->classify(method, path, router);
        return i < 0 ? QString() : c->classIds().at(i);
    };
    QCOMPARE(cls("get", "/api/orders", ""), QStringLiteral("api-read")); // methods match case-insensitively
    QCOMPARE(cls("POST", "/api/orders", ""), QStringLiteral("api-write"));
    QCOMPARE(cls("GETX", "/api/orders", ""), QStringLiteral("api-write")); // the method must match whole
    QCOMPARE(cls("POST", "/anything", "edi@file"), QStringLiteral("edi"));
    QCOMPARE(cls("POST", "/anything", "odoo@docker"), QString());
}

void TestClassificationRules::jsonRoundTrip()
{
    const std::vector<ClassificationRule> rules = defaultClassificationRules();
    const Result<std::vector<ClassificationRule>> back = rulesFromJson(rulesToJson(rules));
    QVERIFY(back.ok());
    QVERIFY(*back == rules);
    const QJsonObject first = rulesToJson(rules).at(0).toObject();
    QVERIFY(first.contains(QStringLiteral("pattern")));
    QVERIFY(first.contains(QStringLiteral("class")));
}

void TestClassificationRules::invalidRulesNameTheField()
{
    QJsonArray array{QJsonObject{{QStringLiteral("pattern"), QStringLiteral("^/ok")}, {QStringLiteral("class"), QStringLiteral("a")}},
                     QJsonObject{{QStringLiteral("pattern"), QStringLiteral("(unclosed")}, {QStringLiteral("class"), QStringLiteral("b")}},
                     QJsonObject{{QStringLiteral("pattern"), QStringLiteral("^/x")}, {QStringLiteral("class"), QStringLiteral("bad id!")}}};
    const Result<std::vector<ClassificationRule>> r = rulesFromJson(array);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("classification_rules[1].pattern")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("classification_rules[2].class")), qPrintable(r.error().message));
}

void TestClassificationRules::reviewKeepsRules()
{
    Review review;
    Result<std::vector<ClassificationRule>> fromEmpty = rulesFromReview(review);
    QVERIFY(fromEmpty.ok());
    QVERIFY(*fromEmpty == defaultClassificationRules());
    const std::vector<ClassificationRule> mine{{QStringLiteral("^/edi/"), QString(), QString(), QStringLiteral("edi")}};
    review.extra.insert(classificationRulesKey(), rulesToJson(mine));
    Result<std::vector<ClassificationRule>> stored = rulesFromReview(review);
    QVERIFY(stored.ok());
    QVERIFY(*stored == mine);
    review.extra.insert(classificationRulesKey(), QStringLiteral("not an array"));
    QVERIFY(!rulesFromReview(review).ok());
}

QTEST_GUILESS_MAIN(TestClassificationRules)
#include "tst_classificationrules.moc"
