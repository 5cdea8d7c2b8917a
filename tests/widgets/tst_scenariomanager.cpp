#include "widgets/scenarios/scenariomanager.h"

#include "models/scenariolistmodel.h"
#include "models/scenarioscalemodel.h"
#include "models/scenarioserversmodel.h"

#include "../models/reviewfixture.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hostreview;
using widgets::ScenarioManager;

/** The scenario manager: add, clone, rename, delete, scale and override, all undoable. */
class TestScenarioManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void screenshot();
    void addPresets_data();
    void addPresets();
    void cloneRenameDelete();
    void editScaleAndServers();
    void description();

private:
    core::ReviewDocument *m_doc = nullptr;
    QUndoStack *m_stack = nullptr;
    ScenarioManager *m_manager = nullptr;
};

void TestScenarioManager::init()
{
    m_doc = new core::ReviewDocument;
    m_doc->setReview(testing::smallReview());
    m_stack = new QUndoStack;
    m_manager = new ScenarioManager;
    m_manager->setDocument(m_doc);
    m_manager->setUndoStack(m_stack);
    m_manager->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_manager));
}

void TestScenarioManager::cleanup()
{
    delete m_manager;
    delete m_stack;
    delete m_doc;
}

void TestScenarioManager::addPresets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << int(ScenarioManager::Preset::Empty) << "scenario" << "New scenario";
    QTest::newRow("normal day") << int(ScenarioManager::Preset::NormalDay) << "normal-day" << "Normal day";
    // The fixture already has peak-order-day: the new one gets the next free id.
    QTest::newRow("peak taken") << int(ScenarioManager::Preset::PeakOrderDay) << "peak-order-day-2" << "Peak order day";
    QTest::newRow("warehouse") << int(ScenarioManager::Preset::WarehouseSurge) << "warehouse-surge" << "Warehouse surge";
    QTest::newRow("backlog") << int(ScenarioManager::Preset::IntegrationBacklog) << "integration-backlog"
                             << "Integration backlog";
    QTest::newRow("recovery taken") << int(ScenarioManager::Preset::Recovery) << "recovery-2" << "Recovery";
}

void TestScenarioManager::addPresets()
{
    QFETCH(int, preset);
    QFETCH(QString, id);
    QFETCH(QString, name);
    m_manager->addScenario(ScenarioManager::Preset(preset));
    QCOMPARE(int(m_doc->review().scenarios.size()), 3);
    const core::Scenario &s = m_doc->review().scenarios.back();
    QCOMPARE(s.id, id);
    QCOMPARE(s.name, name);
    QVERIFY(s.classScale.isEmpty());
    QCOMPARE(m_manager->selectedScenario(), id);
    m_stack->undo();
    QCOMPARE(int(m_doc->review().scenarios.size()), 2);
}

void TestScenarioManager::cloneRenameDelete()
{
    m_manager->selectScenario(QStringLiteral("peak-order-day"));
    m_manager->cloneSelected();
    QCOMPARE(int(m_doc->review().scenarios.size()), 3);
    core::Scenario expected = m_doc->review().scenarios[0];
    expected.id = QStringLiteral("peak-order-day-copy");
    expected.name = QStringLiteral("Peak order day (copy)");
    expected.target = false;
    QVERIFY(m_doc->review().scenarios[2] == expected);
    QCOMPARE(m_manager->selectedScenario(), expected.id);

    // Rename: typing a new name in the list.
    m_manager->renameSelected();
    auto *edit = m_manager->listView()->viewport()->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Peak with more workers"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
    QCOMPARE(m_doc->review().scenarios[2].name, QStringLiteral("Peak with more workers"));
    QCOMPARE(m_doc->review().scenarios[2].id, expected.id); // the id stays

    m_manager->removeSelected();
    QCOMPARE(int(m_doc->review().scenarios.size()), 2);
    QCOMPARE(m_stack->count(), 3);
    m_stack->undo();
    QCOMPARE(m_doc->review().scenarios[2].name, QStringLiteral("Peak with more workers"));
    m_stack->undo();
    m_stack->undo();
    QVERIFY(m_doc->review() == testing::smallReview());
}

void TestScenarioManager::editScaleAndServers()
{
    m_manager->selectScenario(QStringLiteral("peak-order-day"));
    QCOMPARE(m_manager->scaleModel()->scenarioId(), QStringLiteral("peak-order-day"));
    QVERIFY(m_manager->scaleModel()->setData(m_manager->scaleModel()->index(1, models::ScenarioClassScaleModel::ScaleColumn),
                                             QStringLiteral("1.8")));
    QCOMPARE(m_doc->review().scenarios[0].classScale.value(QStringLiteral("scanners")), 1.8);
    QCOMPARE(m_doc->review().scenarios[0].classScale.value(QStringLiteral("orders")), 2.5);
    const int pg = m_doc->review().stationIndex(QStringLiteral("pg"));
    QVERIFY(m_manager->serversModel()->setData(
        m_manager->serversModel()->index(pg, models::ScenarioServersModel::OverrideServersColumn), QStringLiteral("16")));
    QCOMPARE(m_doc->review().scenarios[0].stationOverrides.value(QStringLiteral("pg")).value(QStringLiteral("servers")).toInt(),
             16);
    // The target flag.
    QVERIFY(m_manager->listModel()->setData(m_manager->listModel()->index(0, models::ScenarioListModel::TargetColumn),
                                            int(Qt::Checked), Qt::CheckStateRole));
    QVERIFY(m_doc->review().scenarios[0].target);
    QCOMPARE(m_stack->count(), 3);
    while (m_stack->canUndo())
        m_stack->undo();
    QVERIFY(m_doc->review() == testing::smallReview());
}

void TestScenarioManager::description()
{
    m_manager->selectScenario(QStringLiteral("recovery"));
    m_manager->descriptionEdit()->setText(QStringLiteral("One PostgreSQL node lost"));
    Q_EMIT m_manager->descriptionEdit()->editingFinished();
    QCOMPARE(m_doc->review().scenarios[1].description, QStringLiteral("One PostgreSQL node lost"));
    m_manager->selectScenario(QStringLiteral("peak-order-day"));
    QCOMPARE(m_manager->descriptionEdit()->text(), QString());
}

void TestScenarioManager::screenshot()
{
    const QByteArray dir = qgetenv("HOSTREVIEW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set HOSTREVIEW_SCREENSHOT_DIR to save a picture of the widget");
    m_manager->resize(1000, 640);
    QTest::qWait(50);
    QVERIFY(m_manager->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/scenariomanager.png")));
}

QTEST_MAIN(TestScenarioManager)
#include "tst_scenariomanager.moc"
