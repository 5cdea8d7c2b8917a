// The checklist panel driven through its real widgets (offscreen): a review with answers is loaded,
// an item is answered in the editor, the domain score in the model and the chart moves to the value
// worked out by hand from the template's weights, undo restores it, redo re-applies it. Also the
// notes merge while typing, the evidence list and its signals, the filters and the header.

#include "widgets/checklist/answereditor.h"
#include "widgets/checklist/checklistpanel.h"
#include "widgets/checklist/domainscorechart.h"

#include "core/paths.h"
#include "models/checklistfilterproxy.h"
#include "models/checklisttreemodel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace hostreview;
using core::AnswerStatus;
using models::ChecklistTreeModel;
using widgets::ChecklistPanel;

namespace {

const QString Security = QStringLiteral("security-iam");

/** Item weights read straight from the template JSON (not through the program's parser). */
QMap<QString, int> templateWeights()
{
    QMap<QString, int> weights;
    QFile f(core::templatePath(QStringLiteral("checklists/odoo-hosting.json")));
    if (!f.open(QIODevice::ReadOnly))
        return weights;
    const QJsonArray items = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : items)
        weights.insert(v[QStringLiteral("id")].toString(), v[QStringLiteral("weight")].toInt());
    return weights;
}

core::ChecklistAnswer answer(const char *id, AnswerStatus s, const char *notes = "")
{
    core::ChecklistAnswer a;
    a.itemId = QString::fromLatin1(id);
    a.status = s;
    a.notes = QString::fromLatin1(notes);
    a.reviewer = QStringLiteral("A. Reviewer");
    a.answeredAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    return a;
}

/** Three security answers (met, partly, not met), two elsewhere, one evidence file, a full questionnaire. */
core::Review answeredReview()
{
    core::Review r;
    r.name = QStringLiteral("Regional distributor");
    r.checklistId = QStringLiteral("odoo-hosting");
    r.answers = {answer("sec-network-segmentation", AnswerStatus::Met, "Namespaces per tenant; no public DB."),
                 answer("sec-secrets", AnswerStatus::Partly, "Carrier API key in a system parameter."),
                 answer("sec-least-privilege", AnswerStatus::NotMet, "Two users share the admin account."),
                 answer("mig-profiling", AnswerStatus::Met), answer("mig-rollback", AnswerStatus::Partly)};
    core::EvidenceFile file;
    file.id = QStringLiteral("ev-1");
    file.fileName = QStringLiteral("network-policies.yaml");
    file.mimeType = QStringLiteral("application/yaml");
    file.data = QByteArray(2048, 'x');
    file.addedBy = QStringLiteral("A. Reviewer");
    file.addedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 45), Qt::UTC);
    r.evidence.push_back(file);
    r.answers[0].evidenceIds << file.id;
    r.hostingAnswers = QJsonObject{{QStringLiteral("order_volume"), QStringLiteral("low")},
                                   {QStringLiteral("peak_profile"), QStringLiteral("steady")},
                                   {QStringLiteral("warehouses"), 1},
                                   {QStringLiteral("integration_density"), QStringLiteral("few")},
                                   {QStringLiteral("customisation"), QStringLiteral("standard")},
                                   {QStringLiteral("compliance"), QStringLiteral("none")},
                                   {QStringLiteral("uptime"), QStringLiteral("business-hours")},
                                   {QStringLiteral("platform_maturity"), QStringLiteral("medium")},
                                   {QStringLiteral("entity_mix"), QStringLiteral("single")}};
    return r;
}

double modelScore(const ChecklistPanel &panel, const QString &domain)
{
    return panel.model()->domainIndex(domain).data(ChecklistTreeModel::ScoreRole).toDouble();
}

} // namespace

class TestChecklistPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsReview();
    void answerUndoRedo();
    void notesMergeWhileTyping();
    void evidence();
    void filters();
    void clearingAnAnswerRemovesIt();
    void reviewReplaced();
    void unknownChecklist();
    void screenshot();

private:
    core::ReviewDocument *m_document = nullptr;
    QUndoStack *m_stack = nullptr;
    ChecklistPanel *m_panel = nullptr;
    QMap<QString, int> m_weights;
};

void TestChecklistPanel::initTestCase()
{
    m_weights = templateWeights();
    if (m_weights.isEmpty())
        QSKIP("templates/checklists/odoo-hosting.json not found");
    // The hand computations below assume these weights (security items of the shipped template).
    for (const char *id : {"sec-network-segmentation", "sec-secrets", "sec-least-privilege", "sec-sso-mfa"})
        QCOMPARE(m_weights.value(QString::fromLatin1(id)), 3);
}

void TestChecklistPanel::init()
{
    m_document = new core::ReviewDocument;
    m_document->setReview(answeredReview());
    m_stack = new QUndoStack;
    m_panel = new ChecklistPanel;
    m_panel->setReviewerName(QStringLiteral("T. Tester"));
    m_panel->setDocument(m_document, m_stack);
    m_panel->resize(1400, 860);
    m_panel->show();
}

void TestChecklistPanel::cleanup()
{
    delete m_panel;
    delete m_stack;
    delete m_document;
}

void TestChecklistPanel::loadsReview()
{
    QCOMPARE(m_panel->model()->rowCount(), 8);
    // Security & IAM: met, partly, not met, each weight 3 → 100·(3 + 1.5 + 0)/9 = 50.0 (developing).
    QCOMPARE(modelScore(*m_panel, Security), 50.0);
    QCOMPARE(m_panel->chart()->barValue(Security), std::optional<double>(50.0));
    QCOMPARE(m_panel->chart()->barBand(Security), std::optional(core::checklist::MaturityBand::Developing));
    const int securityItems = int(std::count_if(m_weights.keyBegin(), m_weights.keyEnd(),
                                                [](const QString &id) { return id.startsWith(QStringLiteral("sec-")); }));
    QVERIFY2(m_panel->chart()->annotation(Security).contains(QStringLiteral("%1 unanswered").arg(securityItems - 3)),
             qPrintable(m_panel->chart()->annotation(Security)));
    QVERIFY(m_panel->chart()->annotation(Security).startsWith(QStringLiteral("Security & IAM: 50.0 · ")));
    QCOMPARE(m_panel->chart()->categoryLabel(Security), QStringLiteral("Security & IAM"));
    // Nothing answered in observability: no bar and "not assessed", never a zero bar.
    QCOMPARE(m_panel->chart()->barValue(QStringLiteral("observability")), std::nullopt);
    QVERIFY(m_panel->chart()->annotation(QStringLiteral("observability")).contains(QStringLiteral("Observability: not assessed")));
    // Migration: mig-profiling met (w3), mig-rollback partly (w3) → 100·(3 + 1.5)/6 = 75.0 (defined).
    QCOMPARE(m_weights.value(QStringLiteral("mig-profiling")), 3);
    QCOMPARE(m_weights.value(QStringLiteral("mig-rollback")), 3);
    QCOMPARE(m_panel->chart()->barValue(QStringLiteral("migration")), std::optional<double>(75.0));
    // Overall: mean of the two scored domains, (50 + 75)/2 = 62.5; sec-least-privilege not met → at risk.
    QVERIFY2(m_panel->postureLabel()->text().contains(QStringLiteral("62.5")), qPrintable(m_panel->postureLabel()->text()));
    QVERIFY(m_panel->postureLabel()->text().contains(QStringLiteral("At risk")));
    QVERIFY2(m_panel->hostingLabel()->text().startsWith(QStringLiteral("<b>Hosting model: ")),
             qPrintable(m_panel->hostingLabel()->text()));
    QVERIFY2(!m_panel->hostingLabel()->text().contains(QStringLiteral("not available")),
             qPrintable(m_panel->hostingLabel()->text()));

    // The header follows the questionnaire: with no answers there is nothing to recommend yet.
    m_document->setHostingAnswers(QJsonObject());
    QVERIFY2(m_panel->hostingLabel()->text().contains(QStringLiteral("no recommendation yet")),
             qPrintable(m_panel->hostingLabel()->text()));
    // An answer outside its range is reported, naming the question, not dropped.
    m_document->setHostingAnswers(QJsonObject{{QStringLiteral("warehouses"), QStringLiteral("many")}});
    QVERIFY2(m_panel->hostingLabel()->text().contains(QStringLiteral("warehouses")),
             qPrintable(m_panel->hostingLabel()->text()));
}

void TestChecklistPanel::answerUndoRedo()
{
    m_panel->selectItem(QStringLiteral("sec-sso-mfa"));
    widgets::AnswerEditor *editor = m_panel->editor();
    QCOMPARE(editor->itemId(), QStringLiteral("sec-sso-mfa"));
    QVERIFY(editor->statusButton(AnswerStatus::NotAssessed)->isChecked());

    // Answer it "met" (weight 3): 100·(3 + 1.5 + 0 + 3)/12 = 62.5 (defined).
    editor->statusButton(AnswerStatus::Met)->click();
    QCOMPARE(m_stack->count(), 1);
    const core::ChecklistAnswer *a = m_document->review().answer(QStringLiteral("sec-sso-mfa"));
    QVERIFY(a);
    QCOMPARE(a->status, AnswerStatus::Met);
    QCOMPARE(a->reviewer, QStringLiteral("T. Tester"));
    QVERIFY(a->answeredAt.isValid());
    QCOMPARE(modelScore(*m_panel, Security), 62.5);
    QCOMPARE(m_panel->chart()->barValue(Security), std::optional<double>(62.5));
    QCOMPARE(m_panel->chart()->barBand(Security), std::optional(core::checklist::MaturityBand::Defined));
    QCOMPARE(m_panel->model()->itemIndex(QStringLiteral("sec-sso-mfa"), ChecklistTreeModel::StatusColumn).data().toString(),
             QStringLiteral("Met"));

    // Change it to "not met": 100·(3 + 1.5 + 0 + 0)/12 = 37.5 (initial); high criticality, weight 3 → high risk.
    editor->statusButton(AnswerStatus::NotMet)->click();
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(modelScore(*m_panel, Security), 37.5);
    QCOMPARE(m_panel->chart()->barBand(Security), std::optional(core::checklist::MaturityBand::Initial));

    m_stack->undo();
    QCOMPARE(modelScore(*m_panel, Security), 62.5);
    QVERIFY(editor->statusButton(AnswerStatus::Met)->isChecked());
    m_stack->undo();
    QCOMPARE(m_document->review().answer(QStringLiteral("sec-sso-mfa")), nullptr);
    QCOMPARE(modelScore(*m_panel, Security), 50.0);
    QCOMPARE(m_panel->chart()->barValue(Security), std::optional<double>(50.0));
    QVERIFY(editor->statusButton(AnswerStatus::NotAssessed)->isChecked());
    QCOMPARE(m_document->review(), answeredReview());

    m_stack->redo();
    QCOMPARE(modelScore(*m_panel, Security), 62.5);
    QCOMPARE(m_panel->chart()->barValue(Security), std::optional<double>(62.5));
    QVERIFY(editor->statusButton(AnswerStatus::Met)->isChecked());
    m_stack->redo();
    QCOMPARE(modelScore(*m_panel, Security), 37.5);
    QVERIFY(editor->statusButton(AnswerStatus::NotMet)->isChecked());
}

void TestChecklistPanel::notesMergeWhileTyping()
{
    m_panel->selectItem(QStringLiteral("sec-secrets"));
    QPlainTextEdit *notes = m_panel->editor()->notesEdit();
    QCOMPARE(notes->toPlainText(), QStringLiteral("Carrier API key in a system parameter."));
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral(" Rotated yearly."));
    QCOMPARE(m_stack->count(), 1); // sixteen keystrokes, one undo step
    QCOMPARE(m_document->review().answer(QStringLiteral("sec-secrets"))->notes,
             QStringLiteral("Carrier API key in a system parameter. Rotated yearly."));
    QCOMPARE(m_document->review().answer(QStringLiteral("sec-secrets"))->status, AnswerStatus::Partly);
    QCOMPARE(notes->toPlainText(), QStringLiteral("Carrier API key in a system parameter. Rotated yearly."));

    m_stack->undo();
    QCOMPARE(notes->toPlainText(), QStringLiteral("Carrier API key in a system parameter."));
    QCOMPARE(m_document->review(), answeredReview());
    m_stack->redo();
    QCOMPARE(notes->toPlainText(), QStringLiteral("Carrier API key in a system parameter. Rotated yearly."));

    // Notes on another item are a step of their own.
    m_panel->selectItem(QStringLiteral("sec-sso-mfa"));
    QTest::keyClicks(m_panel->editor()->notesEdit(), QStringLiteral("No MFA"));
    QCOMPARE(m_stack->count(), 2);
    // Notes alone make an answer that is still "not assessed" (never counted as met).
    QCOMPARE(m_document->review().answer(QStringLiteral("sec-sso-mfa"))->status, AnswerStatus::NotAssessed);
    QCOMPARE(modelScore(*m_panel, Security), 50.0);
}

void TestChecklistPanel::evidence()
{
    m_panel->selectItem(QStringLiteral("sec-network-segmentation"));
    widgets::AnswerEditor *editor = m_panel->editor();
    QTreeWidget *list = editor->evidenceList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *row = list->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("network-policies.yaml"));
    QVERIFY2(row->text(1).startsWith(QStringLiteral("2.0")), qPrintable(row->text(1))); // 2048 bytes = 2.0 KiB
    QCOMPARE(row->text(2), QStringLiteral("A. Reviewer"));
    QCOMPARE(row->text(3), QStringLiteral("2026-11-02 09:45"));
    QVERIFY(editor->goodLabel()->text().contains(QStringLiteral("Network policies")));
    QVERIFY(editor->sourcesLabel()->text().contains(QStringLiteral(".txt:")));

    QSignalSpy attach(m_panel, &ChecklistPanel::attachEvidenceRequested);
    QSignalSpy remove(m_panel, &ChecklistPanel::removeEvidenceRequested);
    QVERIFY(!editor->removeButton()->isEnabled());
    editor->attachButton()->click();
    QCOMPARE(attach.count(), 1);
    QCOMPARE(attach.at(0).at(0).toString(), QStringLiteral("sec-network-segmentation"));
    list->setCurrentItem(row);
    QVERIFY(editor->removeButton()->isEnabled());
    editor->removeButton()->click();
    QCOMPARE(remove.count(), 1);
    QCOMPARE(remove.at(0).at(0).toString(), QStringLiteral("sec-network-segmentation"));
    QCOMPARE(remove.at(0).at(1).toString(), QStringLiteral("ev-1"));
    QCOMPARE(m_stack->count(), 0); // the widgets only ask; the main window pushes the command
}

void TestChecklistPanel::filters()
{
    QComboBox *status = m_panel->statusFilterBox();
    status->setCurrentIndex(status->findText(QStringLiteral("Not met")));
    QCOMPARE(m_panel->proxy()->rowCount(), 1);
    const QModelIndex domain = m_panel->proxy()->index(0, 0);
    QCOMPARE(domain.data(ChecklistTreeModel::DomainIdRole).toString(), Security);
    QCOMPARE(m_panel->proxy()->rowCount(domain), 1);
    QCOMPARE(m_panel->proxy()->index(0, 0, domain).data(ChecklistTreeModel::ItemIdRole).toString(),
             QStringLiteral("sec-least-privilege"));

    // The item being answered stays in view while its status no longer matches the filter, and
    // answering it "not met" keeps it there for good.
    m_panel->selectItem(QStringLiteral("sec-sso-mfa"));
    QCOMPARE(m_panel->proxy()->rowCount(m_panel->proxy()->index(0, 0)), 2);
    m_panel->editor()->statusButton(AnswerStatus::NotMet)->click();
    QCOMPARE(m_panel->editor()->itemId(), QStringLiteral("sec-sso-mfa"));
    m_panel->proxy()->setPinnedItem(QString());
    QCOMPARE(m_panel->proxy()->rowCount(m_panel->proxy()->index(0, 0)), 2);

    // Text and risk together: "rollback" with any risk finds the partly-met rollback plan.
    status->setCurrentIndex(0);
    m_panel->riskFilterBox()->setCurrentIndex(m_panel->riskFilterBox()->findText(QStringLiteral("With a risk")));
    m_panel->searchEdit()->setText(QStringLiteral("rollback"));
    QCOMPARE(m_panel->proxy()->rowCount(), 1);
    const QModelIndex migration = m_panel->proxy()->index(0, 0);
    QCOMPARE(migration.data(ChecklistTreeModel::DomainIdRole).toString(), QStringLiteral("migration"));
    QCOMPARE(m_panel->proxy()->rowCount(migration), 1);
    QCOMPARE(m_panel->proxy()->index(0, 0, migration).data(ChecklistTreeModel::ItemIdRole).toString(),
             QStringLiteral("mig-rollback"));
}

void TestChecklistPanel::clearingAnAnswerRemovesIt()
{
    m_panel->selectItem(QStringLiteral("sec-sso-mfa"));
    widgets::AnswerEditor *editor = m_panel->editor();
    editor->statusButton(AnswerStatus::Partly)->click();
    QVERIFY(m_document->review().answer(QStringLiteral("sec-sso-mfa")));
    // Back to "not assessed" with no notes and no evidence: the answer says nothing and goes.
    editor->statusButton(AnswerStatus::NotAssessed)->click();
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_document->review().answer(QStringLiteral("sec-sso-mfa")), nullptr);
    QCOMPARE(m_document->review(), answeredReview());
    // With notes it stays, as "not assessed" (out of the score).
    m_panel->selectItem(QStringLiteral("sec-secrets"));
    editor->statusButton(AnswerStatus::NotAssessed)->click();
    const core::ChecklistAnswer *a = m_document->review().answer(QStringLiteral("sec-secrets"));
    QVERIFY(a);
    QCOMPARE(a->status, AnswerStatus::NotAssessed);
    // Security & IAM without sec-secrets: 100·(3 + 0)/6 = 50.0 — the same as before by coincidence
    // of weights, so check the counts instead: two assessed items of weight 3.
    QCOMPARE(m_panel->model()->scorecard().domain(Security)->assessedWeight, 6);
    QCOMPARE(modelScore(*m_panel, Security), 50.0);
}

void TestChecklistPanel::reviewReplaced()
{
    m_panel->selectItem(QStringLiteral("sec-secrets"));
    core::Review other = answeredReview();
    other.answers = {answer("sec-secrets", AnswerStatus::Met, "Vault for everything now.")};
    m_document->setReview(other);
    // The editor shows the new answer; the score follows: only sec-secrets, met → 100.
    QCOMPARE(m_panel->editor()->notesEdit()->toPlainText(), QStringLiteral("Vault for everything now."));
    QVERIFY(m_panel->editor()->statusButton(AnswerStatus::Met)->isChecked());
    QCOMPARE(modelScore(*m_panel, Security), 100.0);
    QCOMPARE(m_panel->chart()->barValue(Security), std::optional<double>(100.0));
    QCOMPARE(m_panel->chart()->barValue(QStringLiteral("migration")), std::nullopt);
    QCOMPARE(m_stack->count(), 0); // loading is not an edit
}

void TestChecklistPanel::unknownChecklist()
{
    core::Review other = answeredReview();
    other.checklistId = QStringLiteral("no-such-checklist");
    m_document->setReview(other);
    QVERIFY2(m_panel->postureLabel()->text().contains(QStringLiteral("Checklist not available")),
             qPrintable(m_panel->postureLabel()->text()));
    QVERIFY2(m_panel->postureLabel()->text().contains(QStringLiteral("no-such-checklist.json")),
             qPrintable(m_panel->postureLabel()->text()));
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QCOMPARE(m_panel->editor()->itemId(), QString());
    // Back to a known checklist: everything returns.
    m_document->setReview(answeredReview());
    QCOMPARE(m_panel->model()->rowCount(), 8);
    QCOMPARE(modelScore(*m_panel, Security), 50.0);
    QVERIFY(!m_panel->postureLabel()->text().contains(QStringLiteral("not available")));
}

void TestChecklistPanel::screenshot()
{
    // docs/images/checklist-panel.png: written when HOSTREVIEW_SCREENSHOT_DIR names a folder.
    const QString dir = qEnvironmentVariable("HOSTREVIEW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set HOSTREVIEW_SCREENSHOT_DIR to write the screenshot");
    // The regional distributor's sample answers make a realistic picture.
    QFile f(core::templatePath(QStringLiteral("checklists/sample-answers/regional-distributor.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject sample = QJsonDocument::fromJson(f.readAll()).object();
    core::Review review = answeredReview();
    review.answers.clear();
    for (const QJsonValue &v : sample.value(QStringLiteral("answers")).toArray()) {
        core::ChecklistAnswer a;
        a.itemId = v[QStringLiteral("item")].toString();
        a.status = core::answerStatusFromName(v[QStringLiteral("status")].toString()).value_or(AnswerStatus::NotAssessed);
        a.notes = v[QStringLiteral("notes")].toString();
        a.reviewer = v[QStringLiteral("reviewer")].toString();
        a.answeredAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
        review.answers.push_back(a);
    }
    review.answers.front().evidenceIds << QStringLiteral("ev-1");
    review.hostingAnswers = sample.value(QStringLiteral("hosting_questionnaire")).toObject();
    m_document->setReview(review);
    m_panel->selectItem(review.answers.front().itemId);
    QTest::qWait(50);
    const QPixmap shot = m_panel->grab();
    QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("checklist-panel.png"))));
}

QTEST_MAIN(TestChecklistPanel)
#include "tst_checklistpanel.moc"
