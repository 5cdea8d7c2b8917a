#include "widgets/results/resultsdock.h"

#include "core/interchange/reviewfile.h"
#include "core/paths.h"
#include "models/stationresultsmodel.h"
#include "models/timelinemodel.h"
#include "widgets/charts/timelinechart.h"

#include "../models/reviewfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTabWidget>
#include <QTreeView>
#include <QFile>
#include <QLineSeries>

using namespace hostreview;
using widgets::ResultsDock;

namespace {
core::Review withProfile()
{
    core::Review r = testing::smallReview();
    core::Profile p;
    p.classId = QStringLiteral("orders");
    p.multipliers.assign(96, 1.0);
    r.profiles.push_back(p);
    return r;
}

core::solver::SolveResult smallResult()
{
    core::solver::SolveResult r;
    r.bottleneck = QStringLiteral("pg");
    r.headroom = 2.0;
    r.headroomStation = QStringLiteral("pg");
    core::solver::StationResult pg;
    pg.id = QStringLiteral("pg");
    pg.utilization = 0.5;
    pg.queueLength = 1.0;
    r.stations = {pg};
    return r;
}
} // namespace

/** The results dock: summary lines, the scenario selector and the bucket slider with its time of day. */
class TestResultsDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void summary();
    void scenarioSelector();
    void bucketSlider();
    void error();
    void bundledSample();
};

void TestResultsDock::summary()
{
    ResultsDock dock;
    dock.setResult(testing::smallReview(), smallResult());
    QCOMPARE(dock.model()->rowCount(), 1);
    QVERIFY2(dock.bottleneckLabel()->text().contains(QStringLiteral("PostgreSQL primary at 50.0 %")),
             qPrintable(dock.bottleneckLabel()->text()));
    QVERIFY(dock.headroomLabel()->text().contains(QStringLiteral("×2.00")));
    QVERIFY(dock.bottleneckLabel()->font().bold());
    QVERIFY(dock.view()->isSortingEnabled());
}

void TestResultsDock::scenarioSelector()
{
    core::ReviewDocument doc;
    doc.setReview(withProfile());
    ResultsDock dock;
    dock.setDocument(&doc);
    // Baseline first, then the document's scenarios.
    QCOMPARE(dock.scenarioBox()->count(), 3);
    QCOMPARE(dock.scenarioBox()->itemData(0).toString(), QStringLiteral("baseline"));
    QCOMPARE(dock.scenarioBox()->itemData(2).toString(), QStringLiteral("recovery"));
    QCOMPARE(dock.scenario(), QStringLiteral("baseline"));
    QSignalSpy spy(&dock, &ResultsDock::selectionChanged);
    dock.scenarioBox()->setCurrentIndex(1);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("peak-order-day"));
    QCOMPARE(spy.at(0).at(1).toInt(), -1);
    // A new scenario in the document appears in the selector; the choice is kept.
    core::Scenario s;
    s.id = QStringLiteral("warehouse-surge");
    s.name = QStringLiteral("Warehouse surge");
    QVERIFY(doc.addScenario(s).ok());
    QCOMPARE(dock.scenarioBox()->count(), 4);
    QCOMPARE(dock.scenario(), QStringLiteral("peak-order-day"));
}

void TestResultsDock::bucketSlider()
{
    core::ReviewDocument doc;
    doc.setReview(testing::smallReview());
    ResultsDock dock;
    dock.setDocument(&doc);
    QVERIFY(!dock.bucketCheck()->isEnabled()); // no profile: nothing to choose
    QCOMPARE(dock.bucket(), -1);

    doc.setReview(withProfile());
    QVERIFY(dock.bucketCheck()->isEnabled());
    QCOMPARE(dock.bucketSlider()->minimum(), 0);
    QCOMPARE(dock.bucketSlider()->maximum(), 95); // 0 … n−1
    QSignalSpy spy(&dock, &ResultsDock::selectionChanged);
    dock.bucketCheck()->setChecked(true);
    dock.bucketSlider()->setValue(33);
    QCOMPARE(dock.bucket(), 33);
    QCOMPARE(dock.bucketLabel()->text(), QStringLiteral("08:15–08:30"));
    QVERIFY(spy.count() >= 2);
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("baseline"));
    QCOMPARE(spy.last().at(1).toInt(), 33);
    QCOMPARE(dock.timelineChart()->currentBucket(), 33);
    dock.bucketCheck()->setChecked(false);
    QCOMPARE(spy.last().at(1).toInt(), -1);
    dock.setBucket(95);
    QCOMPARE(dock.bucketLabel()->text(), QStringLiteral("23:45–24:00"));
    QCOMPARE(spy.last().at(1).toInt(), 95);
}

void TestResultsDock::error()
{
    ResultsDock dock;
    dock.setResult(testing::smallReview(), smallResult());
    dock.setError(QStringLiteral("classes[orders].arrival_rate: must be > 0, got -1"));
    QCOMPARE(dock.model()->rowCount(), 0);
    QVERIFY(dock.findChildren<QLabel *>().size() > 0);
    bool shown = false;
    for (QLabel *l : dock.findChildren<QLabel *>())
        shown = shown || l->text() == QStringLiteral("classes[orders].arrival_rate: must be > 0, got -1");
    QVERIFY(shown);
}

void TestResultsDock::bundledSample()
{
    // The dock with real figures: the national sample's peak order day, solved at its peak bucket.
    const QString path = core::templatePath(QStringLiteral("samples/national-distributor.json"));
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP("bundled samples not found");
    core::ReviewDocument doc;
    const auto review = core::readReviewFile(path);
    QVERIFY(review.ok());
    doc.setReview(*review);
    models::TimelineModel timeline;
    timeline.setScenario(QStringLiteral("peak-order-day"));
    timeline.setDocument(&doc);
    QVERIFY2(timeline.timeline().error.isEmpty(), qPrintable(timeline.timeline().error));

    ResultsDock dock;
    dock.setDocument(&doc);
    dock.setTimeline(timeline.timeline());
    dock.setScenario(QStringLiteral("peak-order-day"));
    int peak = 0;
    double best = -1.0;
    for (const auto &s : timeline.timeline().series)
        if (s.peak > best) {
            best = s.peak;
            peak = s.peakBucket;
        }
    dock.setBucket(peak);
    core::solver::SolveOptions options;
    options.scenario = dock.scenario();
    options.bucket = dock.bucket();
    const auto result = core::solver::solve(doc.review(), options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    dock.setResult(doc.review(), *result);
    QCOMPARE(dock.model()->rowCount(), int(doc.review().stations.size()));
    QCOMPARE(dock.timelineChart()->stationSeries().size(), 5);
    QCOMPARE(dock.timelineChart()->currentBucket(), peak);

    const QByteArray dir = qgetenv("HOSTREVIEW_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dock.resize(900, 700);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/resultsdock-table.png"));
        dock.findChild<QTabWidget *>()->setCurrentIndex(1);
        QTest::qWait(50);
        dock.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/resultsdock-timeline.png"));
    }
}

QTEST_MAIN(TestResultsDock)
#include "tst_resultsdock.moc"
