// Edit → Classification Rules… and the import dialog's Rules… button: editing, reordering, live
// validation of the regular expressions, the sample preview, saving as one undoable step and the
// round trip of the saved rules through a project file.
#include "app/gui/importcontroller.h"
#include "app/gui/mainwindow.h"
#include "core/document/reviewdocument.h"
#include "core/import/classificationrules.h"
#include "core/storage/projectfile.h"
#include "models/import/classificationrulesmodel.h"
#include "widgets/import/importdialog.h"
#include "widgets/import/ruleseditordialog.h"
#include "widgets/workload/validatingdelegate.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hostreview;
using app::ImportController;
using core::import::ClassificationRule;
using models::ClassificationRulesModel;
using widgets::ImportDialog;
using widgets::RulesEditorDialog;

namespace {

using Rules = std::vector<ClassificationRule>;

ClassificationRule rule(const QString &pattern, const QString &classId, const QString &method = {})
{
    return ClassificationRule{pattern, method, QString(), classId};
}

/** Three rules small enough to reason about by hand. */
Rules smallRules()
{
    return {rule(QStringLiteral("^/longpolling/"), QStringLiteral("longpolling")),
            rule(QStringLiteral("^/web/dataset/call_kw/sale\\."), QStringLiteral("order-entry")),
            rule(QStringLiteral("^/web/dataset/call_kw/"), QStringLiteral("backoffice"))};
}

int rowOf(const Rules &rules, const QString &classId)
{
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].classId == classId)
            return int(i);
    return -1;
}

core::Review reviewWithRules(const QJsonValue &rules)
{
    core::Review r;
    r.name = QStringLiteral("rules fixture");
    if (!rules.isUndefined())
        r.extra.insert(core::import::classificationRulesKey(), rules);
    return r;
}

/** One Traefik JSON access-log line at `utc` for `path` (fields per odoo-facts.md). */
QByteArray traefikLine(const QDateTime &utc, const QString &path)
{
    return QStringLiteral("{\"StartUTC\":\"%1\",\"RequestMethod\":\"POST\",\"RequestPath\":\"%2\","
                          "\"RouterName\":\"odoo@docker\",\"DownstreamStatus\":200,\"OriginStatus\":200,"
                          "\"Duration\":101000000,\"OriginDuration\":100000000,\"Overhead\":1000000}\n")
        .arg(utc.toString(Qt::ISODateWithMs), path)
        .toUtf8();
}

} // namespace

class TestRulesEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void editCell_data();
    void editCell();
    void liveValidationWhileTyping();
    void addAndRemove();
    void reorderChangesFirstMatch();
    void resetToDefaults();
    void saveIsOneUndoableStep_data();
    void saveIsOneUndoableStep();
    void cancelChangesNothing();
    void unusableStoredRulesAreReplaced();
    void roundTripThroughProjectFile();
    void menuActionOpensEditor();
    void importDialogPreviewAndReimport();
    void screenshot();

private:
    RulesEditorDialog *openEditor();

    QWidget *m_window = nullptr;
    core::ReviewDocument *m_doc = nullptr;
    QUndoStack *m_stack = nullptr;
    ImportController *m_controller = nullptr;
};

void TestRulesEditor::init()
{
    m_window = new QWidget;
    m_doc = new core::ReviewDocument(m_window);
    m_doc->setReview(reviewWithRules(core::import::rulesToJson(smallRules())));
    m_stack = new QUndoStack(m_window);
    m_controller = new ImportController(m_window, m_doc, m_stack);
    m_window->show();
}

void TestRulesEditor::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

RulesEditorDialog *TestRulesEditor::openEditor()
{
    m_controller->editRules();
    RulesEditorDialog *editor = m_controller->rulesEditor();
    if (editor && !QTest::qWaitForWindowExposed(editor))
        return nullptr;
    return editor;
}

void TestRulesEditor::editCell_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem"); // expected start of the message; empty: the edit is valid

    // Rule 2 of smallRules(); messages name the rule by its 1-based number and the field.
    QTest::newRow("valid path") << int(ClassificationRulesModel::PathColumn) << QStringLiteral("^/web/custom/(a|b)")
                                << QString();
    QTest::newRow("valid method") << int(ClassificationRulesModel::MethodColumn) << QStringLiteral("POST|PUT")
                                  << QString();
    QTest::newRow("valid router") << int(ClassificationRulesModel::RouterColumn) << QStringLiteral("^odoo@")
                                  << QString();
    QTest::newRow("unclosed group in path") << int(ClassificationRulesModel::PathColumn) << QStringLiteral("^/web/(")
                                            << QStringLiteral("Rule 2, path: invalid regular expression");
    QTest::newRow("unclosed class in method") << int(ClassificationRulesModel::MethodColumn) << QStringLiteral("[GP")
                                              << QStringLiteral("Rule 2, method: invalid regular expression");
    QTest::newRow("nothing to repeat in router") << int(ClassificationRulesModel::RouterColumn) << QStringLiteral("*odoo")
                                                 << QStringLiteral("Rule 2, router: invalid regular expression");
    QTest::newRow("class with a space") << int(ClassificationRulesModel::ClassColumn) << QStringLiteral("order entry")
                                        << QStringLiteral("Rule 2, class: must be a class id");
    QTest::newRow("empty class") << int(ClassificationRulesModel::ClassColumn) << QString()
                                 << QStringLiteral("Rule 2, class: must be a class id");
    QTest::newRow("rule without any expression") << int(ClassificationRulesModel::PathColumn) << QString()
                                                  << QStringLiteral("Rule 2, path: a rule needs");
}

void TestRulesEditor::editCell()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    RulesEditorDialog *editor = openEditor();
    QVERIFY(editor);
    QVERIFY(editor->okButton()->isEnabled());
    QVERIFY(editor->messageText().isEmpty());

    ClassificationRulesModel *model = editor->model();
    const QModelIndex cell = model->index(1, column);
    QVERIFY(model->setData(cell, text));

    Rules expected = smallRules();
    ClassificationRule &r = expected[1];
    (column == ClassificationRulesModel::PathColumn     ? r.pattern
     : column == ClassificationRulesModel::MethodColumn ? r.method
     : column == ClassificationRulesModel::RouterColumn ? r.router
                                                        : r.classId) = text;
    QCOMPARE(editor->rules(), expected);
    QCOMPARE(cell.data(models::InvalidRole).toBool(), !problem.isEmpty());
    QCOMPARE(editor->okButton()->isEnabled(), problem.isEmpty());
    if (problem.isEmpty()) {
        QVERIFY(editor->messageText().isEmpty());
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
    } else {
        QVERIFY2(editor->messageText().startsWith(problem), qPrintable(editor->messageText()));
        QVERIFY(cell.data(Qt::BackgroundRole).isValid()); // marked red
        QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(problem));
        // The other rules' cells stay unmarked.
        QVERIFY(!model->index(0, column).data(models::InvalidRole).toBool());
    }
    // The core accepts exactly what the editor accepts.
    QCOMPARE(bool(core::import::rulesFromJson(core::import::rulesToJson(editor->rules()))), problem.isEmpty());
}

void TestRulesEditor::liveValidationWhileTyping()
{
    RulesEditorDialog *editor = openEditor();
    QVERIFY(editor);
    const QModelIndex cell = editor->model()->index(0, ClassificationRulesModel::PathColumn);
    editor->view()->setCurrentIndex(cell);
    editor->view()->edit(cell);
    QLineEdit *edit = editor->view()->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("^/web/(unclosed"));
    // Before anything is committed: the message names the rule and field, and OK waits.
    QVERIFY2(editor->messageText().startsWith(QStringLiteral("Rule 1, path: invalid regular expression")),
             qPrintable(editor->messageText()));
    QVERIFY(!editor->okButton()->isEnabled());
    QVERIFY(!edit->property(widgets::ValidatingDelegate::problemsProperty()).toStringList().isEmpty());
    QCOMPARE(editor->rules(), smallRules());
    // Closing the group makes it valid again while still typing.
    QTest::keyClick(edit, Qt::Key_ParenRight);
    QVERIFY(editor->messageText().isEmpty());
    QVERIFY(editor->okButton()->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(editor->rules()[0].pattern, QStringLiteral("^/web/(unclosed)")); // the delegate commits queued
}

void TestRulesEditor::addAndRemove()
{
    RulesEditorDialog *editor = openEditor();
    QVERIFY(editor);
    editor->selectRow(0);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    // The new rule goes below the selected one, takes its class, and waits for an expression.
    QCOMPARE(editor->rules().size(), std::size_t(4));
    QCOMPARE(editor->currentRow(), 1);
    QCOMPARE(editor->rules()[1].classId, QStringLiteral("longpolling"));
    QVERIFY(!editor->okButton()->isEnabled());
    QVERIFY(editor->messageText().startsWith(QStringLiteral("Rule 2, path: a rule needs")));
    editor->model()->setData(editor->model()->index(1, ClassificationRulesModel::PathColumn), QStringLiteral("^/bus/"));
    QVERIFY(editor->okButton()->isEnabled());
    Rules expected = smallRules();
    expected.insert(expected.begin() + 1, rule(QStringLiteral("^/bus/"), QStringLiteral("longpolling")));
    QCOMPARE(editor->rules(), expected);

    QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
    QCOMPARE(editor->rules(), smallRules());
    QCOMPARE(editor->currentRow(), 1);
    editor->selectRow(-1);
    QVERIFY(!editor->removeButton()->isEnabled());
}

void TestRulesEditor::reorderChangesFirstMatch()
{
    RulesEditorDialog *editor = openEditor();
    QVERIFY(editor);
    // Hand-counted: 3 sale-order reads, 2 long polls, 4 partner reads, 1 unknown path = 10 requests.
    const QString sale = QStringLiteral("/web/dataset/call_kw/sale.order/read?x=1");
    editor->setSamples({{QStringLiteral("POST"), sale, QString(), 3},
                        {QStringLiteral("GET"), QStringLiteral("/longpolling/poll"), QString(), 2},
                        {QStringLiteral("POST"), QStringLiteral("/web/dataset/call_kw/res.partner/read"), QString(), 4},
                        {QStringLiteral("GET"), QStringLiteral("/unknown"), QString(), 1}},
                       QStringLiteral("test samples"));
    ClassificationRulesModel *model = editor->model();
    QCOMPARE(model->sampleTotal(), qint64(10));
    QCOMPARE(model->sampleMatches(), qint64(9));
    QVERIFY2(editor->previewText().contains(QStringLiteral("9 of 10 sample requests matched")),
             qPrintable(editor->previewText()));
    QCOMPARE(model->ruleMatches(0), qint64(2)); // longpolling
    QCOMPARE(model->ruleMatches(1), qint64(3)); // order-entry takes the sale reads first
    QCOMPARE(model->ruleMatches(2), qint64(4)); // backoffice: the partner reads

    // Move the catch-all backoffice rule up above order-entry: it now takes the sale reads too.
    editor->selectRow(2);
    QVERIFY(editor->moveUpButton()->isEnabled());
    QVERIFY(!editor->moveDownButton()->isEnabled());
    QTest::mouseClick(editor->moveUpButton(), Qt::LeftButton);
    QCOMPARE(editor->currentRow(), 1);
    const Rules moved = editor->rules();
    QCOMPARE(rowOf(moved, QStringLiteral("backoffice")), 1);
    QCOMPARE(rowOf(moved, QStringLiteral("order-entry")), 2);
    QCOMPARE(model->index(1, ClassificationRulesModel::OrderColumn).data().toInt(), 2);
    QCOMPARE(model->ruleMatches(1), qint64(3 + 4));
    QCOMPARE(model->ruleMatches(2), qint64(0));
    QCOMPARE(model->sampleMatches(), qint64(9));

    // And back down: the original order again.
    QTest::mouseClick(editor->moveDownButton(), Qt::LeftButton);
    QCOMPARE(editor->rules(), smallRules());
    QCOMPARE(editor->currentRow(), 2);
    editor->selectRow(0);
    QVERIFY(!editor->moveUpButton()->isEnabled());

    // An invalid rule suspends the preview instead of counting with half the rules.
    model->setData(model->index(0, ClassificationRulesModel::PathColumn), QStringLiteral("("));
    QCOMPARE(model->sampleMatches(), qint64(-1));
    QVERIFY(editor->previewText().contains(QStringLiteral("fix the rules")));
}

void TestRulesEditor::resetToDefaults()
{
    RulesEditorDialog *editor = openEditor();
    QVERIFY(editor);
    editor->model()->setData(editor->model()->index(0, ClassificationRulesModel::PathColumn), QStringLiteral("("));
    QVERIFY(!editor->okButton()->isEnabled());
    QTest::mouseClick(editor->resetButton(), Qt::LeftButton);
    QCOMPARE(editor->rules(), core::import::defaultClassificationRules());
    QVERIFY(editor->okButton()->isEnabled());
    QVERIFY(editor->messageText().isEmpty());
}

void TestRulesEditor::saveIsOneUndoableStep_data()
{
    QTest::addColumn<bool>("stored"); // whether the project held rules before
    QTest::newRow("project with its own rules") << true;
    QTest::newRow("project on the defaults") << false;
}

void TestRulesEditor::saveIsOneUndoableStep()
{
    QFETCH(bool, stored);
    const QString key = core::import::classificationRulesKey();
    if (!stored)
        m_doc->setReview(reviewWithRules(QJsonValue::Undefined));
    const QJsonValue before = m_doc->review().extra.value(key);
    const Rules start = stored ? smallRules() : core::import::defaultClassificationRules();

    RulesEditorDialog *editor = openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->rules(), start);
    // Three edits in the dialog: a new rule, a changed class and a move; saved as one step.
    editor->selectRow(0);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    editor->model()->setData(editor->model()->index(1, ClassificationRulesModel::PathColumn), QStringLiteral("^/custom/"));
    editor->model()->setData(editor->model()->index(1, ClassificationRulesModel::ClassColumn), QStringLiteral("custom"));
    QTest::mouseClick(editor->moveUpButton(), Qt::LeftButton);
    Rules expected = start;
    expected.insert(expected.begin(), rule(QStringLiteral("^/custom/"), QStringLiteral("custom")));
    QCOMPARE(editor->rules(), expected);

    QSignalSpy saved(m_controller, &ImportController::rulesSaved);
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit classification rules"));
    QCOMPARE(m_doc->review().extra.value(key), QJsonValue(core::import::rulesToJson(expected)));
    QCOMPARE(*core::import::rulesFromReview(m_doc->review()), expected);

    m_stack->undo();
    QCOMPARE(m_doc->review().extra.value(key), before);
    QCOMPARE(*core::import::rulesFromReview(m_doc->review()), start);
    m_stack->redo();
    QCOMPARE(*core::import::rulesFromReview(m_doc->review()), expected);

    // Saving the same rules again pushes nothing.
    QVERIFY(!m_controller->saveRules(expected));
    QCOMPARE(m_stack->count(), 1);
}

void TestRulesEditor::cancelChangesNothing()
{
    const core::Review before = m_doc->review();
    RulesEditorDialog *editor = openEditor();
    QVERIFY(editor);
    editor->model()->resetToDefaults();
    editor->reject();
    QCOMPARE(m_doc->review(), before);
    QCOMPARE(m_stack->count(), 0);
    QTRY_VERIFY(!m_controller->rulesEditor()); // deleted on close
}

void TestRulesEditor::unusableStoredRulesAreReplaced()
{
    // A project whose stored rules cannot be used (here: an invalid expression) opens the editor on
    // the defaults, says why, and OK replaces the stored rules.
    QJsonArray broken = core::import::rulesToJson(smallRules());
    QJsonObject first = broken.at(0).toObject();
    first.insert(QStringLiteral("pattern"), QStringLiteral("^/longpolling/("));
    broken.replace(0, first);
    m_doc->setReview(reviewWithRules(broken));
    RulesEditorDialog *editor = openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->rules(), core::import::defaultClassificationRules());
    QVERIFY2(editor->noticeText().contains(QStringLiteral("classification_rules[0].pattern")),
             qPrintable(editor->noticeText()));
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QCOMPARE(*core::import::rulesFromReview(m_doc->review()), core::import::defaultClassificationRules());
    m_stack->undo();
    QCOMPARE(m_doc->review().extra.value(core::import::classificationRulesKey()), QJsonValue(broken));
}

void TestRulesEditor::roundTripThroughProjectFile()
{
    RulesEditorDialog *editor = openEditor();
    QVERIFY(editor);
    Rules edited = smallRules();
    edited[0].method = QStringLiteral("GET|POST");
    edited[2].router = QStringLiteral("^odoo-(web|rpc)@");
    editor->setRules(edited);
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rules.hostreview"));
    const core::Result<void> saved = core::saveProject(m_doc->review(), path);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    const core::Result<core::Review> loaded = core::loadProject(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const auto rules = core::import::rulesFromReview(*loaded);
    QVERIFY(rules);
    QCOMPARE(*rules, edited);

    // The loaded rules come back into the editor exactly.
    m_doc->setReview(*loaded, path);
    editor = openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->rules(), edited);
}

void TestRulesEditor::menuActionOpensEditor()
{
    app::MainWindow window;
    QAction *action = window.findChild<QAction *>(QStringLiteral("classificationRulesAction"));
    QVERIFY(action);
    auto *controller = window.findChild<ImportController *>();
    QVERIFY(controller);
    action->trigger();
    QVERIFY(controller->rulesEditor());
    QCOMPARE(controller->rulesEditor()->rules(), *core::import::rulesFromReview(window.document()->review()));
    controller->rulesEditor()->reject();
}

void TestRulesEditor::importDialogPreviewAndReimport()
{
    // A log of 6 sale-order reads (order-entry) and 4 requests to a path no rule knows.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("access.json.log"));
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QDateTime start(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 10; ++i)
            f.write(traefikLine(start.addSecs(60 * i), i < 6 ? QStringLiteral("/web/dataset/call_kw/sale.order/read")
                                                             : QStringLiteral("/custom/export")));
    }
    QSignalSpy summary(m_controller, &ImportController::summaryShown);
    m_controller->setFileChooser([log] { return QStringList{log}; });
    m_controller->start();
    ImportDialog *dialog = m_controller->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->rulesButton()->isVisible());
    QTest::mouseClick(dialog->addFilesButton(), Qt::LeftButton);
    dialog->setTimeZoneId(QStringLiteral("UTC"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(summary.wait(30000));
    QCOMPARE(dialog->page(), ImportDialog::Page::Summary);

    // Rules… on the summary previews the rules on the paths the import left unclassified.
    QTest::mouseClick(dialog->rulesButton(), Qt::LeftButton);
    RulesEditorDialog *editor = m_controller->rulesEditor();
    QVERIFY(editor);
    QCOMPARE(editor->parentWidget(), static_cast<QWidget *>(dialog));
    QCOMPARE(editor->model()->sampleTotal(), qint64(4));
    QVERIFY2(editor->previewText().contains(QStringLiteral("0 of 4 sample requests matched")),
             qPrintable(editor->previewText()));
    editor->selectRow(0);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    editor->model()->setData(editor->model()->index(1, ClassificationRulesModel::PathColumn), QStringLiteral("^/custom/"));
    QVERIFY2(editor->previewText().contains(QStringLiteral("4 of 4 sample requests matched")),
             qPrintable(editor->previewText()));

    // Saving drops the summary made with the old rules: the dialog asks to import again.
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(dialog->page(), ImportDialog::Page::Setup);
    QCOMPARE(m_controller->state(), ImportController::State::Setup);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(summary.wait(30000));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    // Apply kept the edited rules (the import used them), so the edit is still there after Apply.
    Rules expected = smallRules();
    expected.insert(expected.begin() + 1, rule(QStringLiteral("^/custom/"), QStringLiteral("longpolling")));
    QCOMPARE(*core::import::rulesFromReview(m_doc->review()), expected);
}

void TestRulesEditor::screenshot()
{
    // docs/images/rules-editor.png: written when HOSTREVIEW_SCREENSHOT_DIR names a folder.
    const QString dir = qEnvironmentVariable("HOSTREVIEW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set HOSTREVIEW_SCREENSHOT_DIR to write docs/images/rules-editor.png");
    m_doc->setReview(reviewWithRules(QJsonValue::Undefined));
    RulesEditorDialog *editor = openEditor();
    QVERIFY(editor);
    // Paths an import left unclassified: 40 + 25 + 12 + 3 = 80 requests.
    editor->setSamples({{QString(), QStringLiteral("/custom/export/xlsx"), QString(), 40},
                        {QString(), QStringLiteral("/mail/thread/data"), QString(), 25},
                        {QString(), QStringLiteral("/odoo/action-123"), QString(), 12},
                        {QString(), QStringLiteral("/payment/status"), QString(), 3}},
                       QStringLiteral("the most frequent paths this import left unclassified"));
    const int reporting = rowOf(editor->rules(), QStringLiteral("reporting"));
    editor->selectRow(reporting);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    editor->model()->setData(editor->model()->index(reporting + 1, ClassificationRulesModel::PathColumn),
                             QStringLiteral("^/custom/export/"));
    const int backoffice = rowOf(editor->rules(), QStringLiteral("backoffice"));
    editor->selectRow(backoffice);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    editor->model()->setData(editor->model()->index(backoffice + 1, ClassificationRulesModel::PathColumn),
                             QStringLiteral("^/mail/"));
    QCOMPARE(editor->model()->sampleMatches(), qint64(40 + 25)); // no default rule takes any of these paths
    if (auto *open = editor->view()->findChild<QLineEdit *>())
        QTest::keyClick(open, Qt::Key_Escape); // close the cell editor Add opened; the path is set already
    QCOMPARE(editor->rules()[std::size_t(backoffice + 1)].pattern, QStringLiteral("^/mail/"));
    editor->resize(980, 520);
    QVERIFY(editor->grab().save(QDir(dir).filePath(QStringLiteral("rules-editor.png"))));
}

QTEST_MAIN(TestRulesEditor)
#include "tst_rulesEditor.moc"
