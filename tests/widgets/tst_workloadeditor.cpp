#include "widgets/workload/workloadeditor.h"

#include "models/classtablemodel.h"
#include "models/demandtablemodel.h"
#include "widgets/workload/validatingdelegate.h"

#include "../models/reviewfixture.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hostreview;
using models::ClassTableModel;
using models::DemandTableModel;
using widgets::WorkloadEditor;

namespace {
std::vector<core::Problem> positiveRates(const core::Review &r)
{
    std::vector<core::Problem> out;
    for (const core::WorkloadClass &c : r.classes)
        if (c.arrivalRate && *c.arrivalRate <= 0)
            out.push_back({core::Severity::Error, QStringLiteral("classes[%1].arrival_rate").arg(c.id),
                           QStringLiteral("must be > 0, got %1").arg(*c.arrivalRate)});
    return out;
}

/** Opens the cell's editor, types `text` as a user would and returns the line edit (still open). */
QLineEdit *typeInto(QTableView *view, const QModelIndex &index, const QString &text)
{
    view->setCurrentIndex(index);
    view->edit(index);
    auto *edit = view->viewport()->findChild<QLineEdit *>();
    if (!edit)
        return nullptr;
    edit->selectAll();
    QTest::keyClicks(edit, text);
    return edit;
}

void commit(QLineEdit *edit)
{
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
}
} // namespace

/** The workload editor pushes one undoable command per typed value and validates while typing. */
class TestWorkloadEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void screenshot();
    void typedRatePushesCommand_data();
    void typedRatePushesCommand();
    void validationAsYouType();
    void typedServiceTimeInMilliseconds();
    void addAndRemove();
    void withoutStackEmits();

private:
    core::ReviewDocument *m_doc = nullptr;
    QUndoStack *m_stack = nullptr;
    WorkloadEditor *m_editor = nullptr;
};

void TestWorkloadEditor::init()
{
    m_doc = new core::ReviewDocument;
    m_doc->setReview(testing::smallReview());
    m_stack = new QUndoStack;
    m_editor = new WorkloadEditor;
    m_editor->setDocument(m_doc);
    m_editor->setUndoStack(m_stack);
    m_editor->resize(900, 600);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestWorkloadEditor::cleanup()
{
    delete m_editor;
    delete m_stack;
    delete m_doc;
}

void TestWorkloadEditor::typedRatePushesCommand_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("rate");
    QTest::newRow("7.5") << "7.5" << 7.5;
    QTest::newRow("12") << "12" << 12.0;
    QTest::newRow("0.25") << "0.25" << 0.25;
}

void TestWorkloadEditor::typedRatePushesCommand()
{
    QFETCH(QString, typed);
    QFETCH(double, rate);
    QCOMPARE(m_editor->selectedClass(), QStringLiteral("orders")); // the first class is selected
    QLineEdit *edit = typeInto(m_editor->classView(), m_editor->classModel()->index(0, ClassTableModel::ArrivalRateColumn), typed);
    QVERIFY(edit);
    commit(edit);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_doc->review().classes[0].arrivalRate, std::optional<double>(rate));
    // Everything else about the class is unchanged.
    core::WorkloadClass expected = testing::smallReview().classes[0];
    expected.arrivalRate = rate;
    QVERIFY(m_doc->review().classes[0] == expected);
    m_stack->undo();
    QCOMPARE(m_doc->review().classes[0].arrivalRate, std::optional<double>(6.5));
    m_stack->redo();
    QCOMPARE(m_doc->review().classes[0].arrivalRate, std::optional<double>(rate));
    QCOMPARE(m_editor->classModel()->index(0, ClassTableModel::ArrivalRateColumn).data().toString(), typed);
}

void TestWorkloadEditor::validationAsYouType()
{
    m_editor->classModel()->setValidator(&positiveRates);
    const QModelIndex rate = m_editor->classModel()->index(0, ClassTableModel::ArrivalRateColumn);
    QLineEdit *edit = typeInto(m_editor->classView(), rate, QStringLiteral("-1"));
    QVERIFY(edit);
    // Before anything is committed, the editor is red and says why.
    const QStringList problems = edit->property(widgets::ValidatingDelegate::problemsProperty()).toStringList();
    QCOMPARE(problems, QStringList{QStringLiteral("must be > 0, got -1")});
    QCOMPARE(edit->toolTip(), QStringLiteral("must be > 0, got -1"));
    QVERIFY(!edit->styleSheet().isEmpty());
    QCOMPARE(m_editor->messageLabel()->text(), QStringLiteral("must be > 0, got -1"));
    QCOMPARE(m_stack->count(), 0);
    // Text that is not a number names the field.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("abc"));
    QVERIFY(edit->toolTip().startsWith(QStringLiteral("classes[orders].arrival_rate: not a number")));
    // A good value clears it.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("3"));
    QVERIFY(edit->property(widgets::ValidatingDelegate::problemsProperty()).toStringList().isEmpty());
    QVERIFY(edit->styleSheet().isEmpty());
    // A committed bad value is an edit like any other; the cell then shows red with the reason.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("-1"));
    commit(edit);
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(rate.data(models::InvalidRole).toBool());
    QCOMPARE(rate.data(Qt::ToolTipRole).toString(), QStringLiteral("must be > 0, got -1"));
    m_stack->undo();
    QVERIFY(!rate.data(models::InvalidRole).toBool());
}

void TestWorkloadEditor::typedServiceTimeInMilliseconds()
{
    QCOMPARE(m_editor->demandModel()->classId(), QStringLiteral("orders"));
    const int web = m_editor->demandModel()->rowOfStation(QStringLiteral("web"));
    QLineEdit *edit = typeInto(m_editor->demandView(), m_editor->demandModel()->index(web, DemandTableModel::ServiceTimeColumn),
                               QStringLiteral("250"));
    QVERIFY(edit);
    commit(edit);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_doc->review().classes[0].demands[1].station, QStringLiteral("web"));
    QCOMPARE(m_doc->review().classes[0].demands[1].serviceTime, 0.25); // 250 ms
    m_stack->undo();
    QCOMPARE(m_doc->review().classes[0].demands[1].serviceTime, 0.120);

    // Selecting the other class shows its demands.
    m_editor->selectClass(QStringLiteral("scanners"));
    QCOMPARE(m_editor->demandModel()->classId(), QStringLiteral("scanners"));
    QCOMPARE(m_editor->demandModel()->index(web, DemandTableModel::ServiceTimeColumn).data().toString(), QStringLiteral("50"));
}

void TestWorkloadEditor::addAndRemove()
{
    m_editor->addOpenClass();
    QCOMPARE(int(m_doc->review().classes.size()), 3);
    const core::WorkloadClass &added = m_doc->review().classes[2];
    QCOMPARE(added.type, core::ClassType::Open);
    QVERIFY(added.arrivalRate.has_value());
    QCOMPARE(m_editor->selectedClass(), added.id);
    m_editor->addClosedClass();
    QCOMPARE(int(m_doc->review().classes.size()), 4);
    QCOMPARE(m_doc->review().classes[3].type, core::ClassType::Closed);
    QCOMPARE(m_stack->count(), 2);

    m_editor->selectClass(QStringLiteral("orders"));
    m_editor->removeSelectedClass();
    QCOMPARE(m_doc->review().classIndex(QStringLiteral("orders")), -1);
    QCOMPARE(m_editor->classModel()->rowCount(), 3);
    m_stack->undo();
    QCOMPARE(m_doc->review().classIndex(QStringLiteral("orders")), 0);
    m_stack->undo();
    m_stack->undo();
    QVERIFY(m_doc->review() == testing::smallReview());
}

void TestWorkloadEditor::withoutStackEmits()
{
    m_editor->setUndoStack(nullptr);
    std::vector<std::pair<core::WorkloadClass, QString>> edits;
    connect(m_editor, &WorkloadEditor::classEditRequested, this,
            [&](const QString &, const core::WorkloadClass &after, const QString &field) { edits.emplace_back(after, field); });
    QLineEdit *edit = typeInto(m_editor->classView(), m_editor->classModel()->index(1, ClassTableModel::PopulationColumn),
                               QStringLiteral("64"));
    QVERIFY(edit);
    commit(edit);
    QCOMPARE(int(edits.size()), 1);
    QCOMPARE(edits[0].first.id, QStringLiteral("scanners"));
    QCOMPARE(edits[0].first.population, std::optional<int>(64));
    QCOMPARE(edits[0].second, QStringLiteral("population"));
    QCOMPARE(m_doc->review().classes[1].population, std::optional<int>(40)); // untouched
}

void TestWorkloadEditor::screenshot()
{
    const QByteArray dir = qgetenv("HOSTREVIEW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set HOSTREVIEW_SCREENSHOT_DIR to save a picture of the widget");
    m_editor->resize(1000, 640);
    QTest::qWait(50);
    QVERIFY(m_editor->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/workloadeditor.png")));
}

QTEST_MAIN(TestWorkloadEditor)
#include "tst_workloadeditor.moc"
