#include "widgets/charts/profileeditor.h"

#include "models/profiletablemodel.h"
#include "widgets/charts/profilechartview.h"

#include "../models/reviewfixture.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QLineSeries>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hostreview;
using widgets::ProfileEditor;

namespace {
core::Review withProfile()
{
    core::Review r = testing::smallReview();
    core::Profile p;
    p.classId = QStringLiteral("orders");
    p.multipliers.assign(96, 0.5);
    for (int b = 32; b < 72; ++b) // office hours 08:00–18:00 at 1.5
        p.multipliers[size_t(b)] = 1.5;
    r.profiles.push_back(p);
    return r;
}
} // namespace

/** The profile editor: chart and table show the profile; scaling and dragging push exact edits. */
class TestProfileEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void screenshot();
    void showsProfile();
    void scaleAllMultipliesExactly();
    void scaleSelected();
    void dragPoint();
    void mouseDrag();
    void provenanceAndFlat();

private:
    core::ReviewDocument *m_doc = nullptr;
    QUndoStack *m_stack = nullptr;
    ProfileEditor *m_editor = nullptr;
};

void TestProfileEditor::init()
{
    m_doc = new core::ReviewDocument;
    m_doc->setReview(withProfile());
    m_stack = new QUndoStack;
    m_editor = new ProfileEditor;
    m_editor->setDocument(m_doc);
    m_editor->setUndoStack(m_stack);
    m_editor->resize(1000, 600);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestProfileEditor::cleanup()
{
    delete m_editor;
    delete m_stack;
    delete m_doc;
}

void TestProfileEditor::showsProfile()
{
    QCOMPARE(m_editor->classId(), QStringLiteral("orders"));
    const QList<QPointF> points = m_editor->chartView()->lineSeries()->points();
    QCOMPARE(points.size(), 96);
    const auto &m = m_doc->review().profiles[0].multipliers;
    for (int b = 0; b < 96; ++b) {
        QCOMPARE(points[b].x(), b * 0.25);
        QCOMPARE(points[b].y(), m[size_t(b)]);
    }
    QCOMPARE(m_editor->tableView()->model()->rowCount(), 96);
    // The other class has no profile: a flat line at 1.
    m_editor->selectClass(QStringLiteral("scanners"));
    QCOMPARE(m_editor->classId(), QStringLiteral("scanners"));
    for (const QPointF &p : m_editor->chartView()->lineSeries()->points())
        QCOMPARE(p.y(), 1.0);
}

void TestProfileEditor::scaleAllMultipliesExactly()
{
    const std::vector<double> before = m_doc->review().profiles[0].multipliers;
    m_editor->factorBox()->setValue(1.2);
    m_editor->scaleAll();
    QCOMPARE(m_stack->count(), 1);
    const auto &after = m_doc->review().profiles[0].multipliers;
    for (size_t b = 0; b < 96; ++b)
        QVERIFY2(after[b] == before[b] * 1.2, qPrintable(QString::number(b))); // exactly m × factor
    // The chart follows.
    QCOMPARE(m_editor->chartView()->lineSeries()->at(40).y(), 1.5 * 1.2);
    m_stack->undo();
    QCOMPARE(m_doc->review().profiles[0].multipliers, before);
}

void TestProfileEditor::scaleSelected()
{
    const std::vector<double> before = m_doc->review().profiles[0].multipliers;
    QTableView *table = m_editor->tableView();
    table->selectionModel()->select(table->model()->index(10, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(40, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_editor->selectedBuckets(), (QList<int>{10, 40}));
    m_editor->factorBox()->setValue(2.0);
    m_editor->scaleSelected();
    std::vector<double> expected = before;
    expected[10] = before[10] * 2.0;
    expected[40] = before[40] * 2.0;
    QCOMPARE(m_doc->review().profiles[0].multipliers, expected);
}

void TestProfileEditor::dragPoint()
{
    // What the chart reports at the end of a drag becomes one edit of that bucket.
    Q_EMIT m_editor->chartView()->pointDragged(20, 0.75);
    QCOMPARE(m_stack->count(), 1);
    std::vector<double> expected = withProfile().profiles[0].multipliers;
    expected[20] = 0.75;
    QCOMPARE(m_doc->review().profiles[0].multipliers, expected);
}

void TestProfileEditor::mouseDrag()
{
    widgets::ProfileChartView *view = m_editor->chartView();
    const QPointF value(40 * 0.25, 1.5); // bucket 40 (10:00) at 1.5
    const QPoint from = view->mapFromScene(view->chart()->mapToScene(view->chart()->mapToPosition(value, view->areaSeries())));
    QCOMPARE(view->bucketAt(from), 40);
    const QPoint to = view->mapFromScene(
        view->chart()->mapToScene(view->chart()->mapToPosition(QPointF(10.0, 2.5), view->areaSeries())));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(m_stack->count(), 1);
    const auto &after = m_doc->review().profiles[0].multipliers;
    // The drop point maps back to 2.5 within a pixel; the drag snaps to hundredths.
    QVERIFY2(std::abs(after[40] - 2.5) <= 0.05, qPrintable(QString::number(after[40])));
    QCOMPARE(after[40], std::round(after[40] * 100.0) / 100.0);
    QCOMPARE(after[39], 1.5);
}

void TestProfileEditor::provenanceAndFlat()
{
    QCOMPARE(m_editor->provenanceBox()->currentData().toString(), QStringLiteral("estimated"));
    m_editor->provenanceBox()->setCurrentIndex(1);
    Q_EMIT m_editor->provenanceBox()->activated(1);
    QCOMPARE(m_doc->review().profiles[0].provenance, core::Provenance::Measured);
    m_editor->model()->requestRemove();
    QVERIFY(m_doc->review().profiles.empty());
    QCOMPARE(m_editor->chartView()->lineSeries()->at(0).y(), 1.0);
    m_stack->undo();
    m_stack->undo();
    QVERIFY(m_doc->review() == withProfile());
}

void TestProfileEditor::screenshot()
{
    const QByteArray dir = qgetenv("HOSTREVIEW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set HOSTREVIEW_SCREENSHOT_DIR to save a picture of the widget");
    m_editor->resize(1000, 640);
    QTest::qWait(50);
    QVERIFY(m_editor->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/profileeditor.png")));
}

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
