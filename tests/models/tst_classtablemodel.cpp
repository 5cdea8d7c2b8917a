#include "models/classtablemodel.h"
#include "models/demandtablemodel.h"

#include "core/document/reviewdocument.h"
#include "reviewfixture.h"

#include <QTest>

using namespace hostreview;
using models::ClassTableModel;
using models::DemandTableModel;

namespace {
struct Edit {
    QString classId;
    core::WorkloadClass after;
    QString field;
};

/** A validator written for the test: arrival rates must be > 0, as interchange-v1 says. */
std::vector<core::Problem> positiveRates(const core::Review &r)
{
    std::vector<core::Problem> out;
    for (const core::WorkloadClass &c : r.classes)
        if (c.arrivalRate && *c.arrivalRate <= 0)
            out.push_back({core::Severity::Error, QStringLiteral("classes[%1].arrival_rate").arg(c.id),
                           QStringLiteral("must be > 0, got %1").arg(*c.arrivalRate)});
    for (const core::WorkloadClass &c : r.classes)
        for (const core::Demand &d : c.demands)
            if (d.serviceTime <= 0)
                out.push_back({core::Severity::Error,
                               QStringLiteral("classes[%1].demands[%2].service_time").arg(c.id, d.station),
                               QStringLiteral("must be > 0")});
    return out;
}
} // namespace

/** The workload tables: what they show, and the edit they ask for when a value is typed. */
class TestClassTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void shape();
    void typedValue_data();
    void typedValue();
    void rejectedValue_data();
    void rejectedValue();
    void invalidCellIsRedWithReason();
    void candidateWithCoreValidate();
    void followsDocument();
    void demands();
    void demandEdits_data();
    void demandEdits();

private:
    core::ReviewDocument *m_doc = nullptr;
};

void TestClassTableModel::init()
{
    m_doc = new core::ReviewDocument;
    m_doc->setReview(testing::smallReview());
}

void TestClassTableModel::cleanup()
{
    delete m_doc;
    m_doc = nullptr;
}

void TestClassTableModel::shape()
{
    ClassTableModel m;
    m.setValidator({});
    QCOMPARE(m.rowCount(), 0);
    m.setDocument(m_doc);
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.columnCount(), int(ClassTableModel::ColumnCount));
    QCOMPARE(m.index(0, ClassTableModel::IdColumn).data().toString(), QStringLiteral("orders"));
    QCOMPARE(m.index(0, ClassTableModel::ArrivalRateColumn).data().toString(), QStringLiteral("6.5"));
    QCOMPARE(m.index(0, ClassTableModel::TypeColumn).data(Qt::EditRole).toString(), QStringLiteral("open"));
    // An open class has no users: the cell is empty and not editable.
    QCOMPARE(m.index(0, ClassTableModel::PopulationColumn).data().toString(), QString());
    QVERIFY(!(m.flags(m.index(0, ClassTableModel::PopulationColumn)) & Qt::ItemIsEditable));
    QCOMPARE(m.index(1, ClassTableModel::PopulationColumn).data().toString(), QStringLiteral("40"));
    QCOMPARE(m.index(1, ClassTableModel::ThinkTimeColumn).data().toString(), QStringLiteral("8"));
    QCOMPARE(m.index(1, ClassTableModel::ProvenanceColumn).data(Qt::EditRole).toString(), QStringLiteral("measured"));
    QVERIFY(!(m.flags(m.index(1, ClassTableModel::IdColumn)) & Qt::ItemIsEditable));
    // The entry column offers the stations (and "none").
    QCOMPARE(m.index(0, ClassTableModel::EntryColumn).data(models::ChoicesRole).toStringList(),
             (QStringList{QString(), "traefik", "web", "pg", "carrier"}));
}

void TestClassTableModel::typedValue_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("field");
    QTest::newRow("arrival rate 7.25") << 0 << int(ClassTableModel::ArrivalRateColumn) << "7.25" << "arrival_rate";
    QTest::newRow("users 55") << 1 << int(ClassTableModel::PopulationColumn) << "55" << "population";
    QTest::newRow("think time 12.5") << 1 << int(ClassTableModel::ThinkTimeColumn) << "12.5" << "think_time";
    QTest::newRow("name") << 0 << int(ClassTableModel::NameColumn) << "Sales orders" << "name";
    QTest::newRow("closed") << 0 << int(ClassTableModel::TypeColumn) << "closed" << "type";
    QTest::newRow("entry web") << 0 << int(ClassTableModel::EntryColumn) << "web" << "entry";
    QTest::newRow("measured") << 0 << int(ClassTableModel::ProvenanceColumn) << "measured" << "provenance";
    // A value that validation will reject is still an edit: the cell then turns red.
    QTest::newRow("arrival rate -1") << 0 << int(ClassTableModel::ArrivalRateColumn) << "-1" << "arrival_rate";
}

void TestClassTableModel::typedValue()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, field);
    ClassTableModel m;
    m.setValidator({});
    m.setDocument(m_doc);
    std::vector<Edit> edits;
    connect(&m, &ClassTableModel::classEditRequested, this,
            [&](const QString &id, const core::WorkloadClass &after, const QString &f) { edits.push_back({id, after, f}); });
    const core::WorkloadClass before = m_doc->review().classes[size_t(row)];
    QVERIFY(m.setData(m.index(row, column), typed));
    QCOMPARE(int(edits.size()), 1);
    QCOMPARE(edits[0].classId, before.id);
    QCOMPARE(edits[0].field, field);

    // Expected: the class before, with exactly that field replaced.
    core::WorkloadClass expected = before;
    if (field == QLatin1String("arrival_rate"))
        expected.arrivalRate = typed.toDouble();
    else if (field == QLatin1String("population"))
        expected.population = typed.toInt();
    else if (field == QLatin1String("think_time"))
        expected.thinkTime = typed.toDouble();
    else if (field == QLatin1String("name"))
        expected.name = typed;
    else if (field == QLatin1String("type"))
        expected.type = core::ClassType::Closed;
    else if (field == QLatin1String("entry"))
        expected.entry = typed;
    else if (field == QLatin1String("provenance"))
        expected.provenance = core::Provenance::Measured;
    QVERIFY(edits[0].after == expected);
    // The model never changes the document itself.
    QVERIFY(m_doc->review().classes[size_t(row)] == before);
}

void TestClassTableModel::rejectedValue_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("where");
    QTest::newRow("rate not a number") << 0 << int(ClassTableModel::ArrivalRateColumn) << "fast"
                                       << "classes[orders].arrival_rate";
    QTest::newRow("users not whole") << 1 << int(ClassTableModel::PopulationColumn) << "2.5"
                                     << "classes[scanners].population";
    QTest::newRow("rate nan") << 0 << int(ClassTableModel::ArrivalRateColumn) << "nan" << "classes[orders].arrival_rate";
    QTest::newRow("unknown entry") << 0 << int(ClassTableModel::EntryColumn) << "nowhere" << "classes[orders].entry";
    QTest::newRow("unknown type") << 0 << int(ClassTableModel::TypeColumn) << "batch" << "classes[orders].type";
}

void TestClassTableModel::rejectedValue()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, where);
    ClassTableModel m;
    m.setValidator({});
    m.setDocument(m_doc);
    int edits = 0;
    QStringList rejections;
    connect(&m, &ClassTableModel::classEditRequested, this, [&] { ++edits; });
    connect(&m, &ClassTableModel::editRejected, this, [&](const QString &message) { rejections << message; });
    QVERIFY(!m.setData(m.index(row, column), typed));
    QCOMPARE(edits, 0);
    QCOMPARE(rejections.size(), 1);
    QVERIFY2(rejections[0].startsWith(where + QStringLiteral(": ")), qPrintable(rejections[0]));
    QCOMPARE(m.candidateProblems(m.index(row, column), typed), rejections);
}

void TestClassTableModel::invalidCellIsRedWithReason()
{
    core::Review r = testing::smallReview();
    r.classes[0].arrivalRate = -1;
    m_doc->setReview(r);
    ClassTableModel m;
    m.setValidator(&positiveRates);
    m.setDocument(m_doc);
    const QModelIndex rate = m.index(0, ClassTableModel::ArrivalRateColumn);
    QVERIFY(rate.data(models::InvalidRole).toBool());
    QVERIFY(rate.data(Qt::BackgroundRole).isValid());
    QCOMPARE(rate.data(Qt::ToolTipRole).toString(), QStringLiteral("must be > 0, got -1"));
    // Other cells are fine.
    QVERIFY(!m.index(0, ClassTableModel::NameColumn).data(models::InvalidRole).toBool());
    QVERIFY(!m.index(0, ClassTableModel::NameColumn).data(Qt::BackgroundRole).isValid());

    // As you type: a good value clears the problem, a bad one reports it before anything is committed.
    QCOMPARE(m.candidateProblems(rate, QStringLiteral("3")), QStringList());
    QCOMPARE(m.candidateProblems(rate, QStringLiteral("-2")), QStringList{QStringLiteral("must be > 0, got -2")});
    QCOMPARE(m_doc->review().classes[0].arrivalRate, std::optional<double>(-1));

    // Fixing it in the document turns the cell back to normal.
    core::WorkloadClass fixed = m_doc->review().classes[0];
    fixed.arrivalRate = 2.0;
    QVERIFY(m_doc->setClass(fixed.id, fixed).ok());
    QVERIFY(!rate.data(models::InvalidRole).toBool());
}

void TestClassTableModel::candidateWithCoreValidate()
{
    // The real validator names the field the way the table looks it up (interchange-v1 words).
    ClassTableModel m;
    m.setDocument(m_doc);
    const QModelIndex rate = m.index(0, ClassTableModel::ArrivalRateColumn);
    QVERIFY(!rate.data(models::InvalidRole).toBool());
    const QStringList problems = m.candidateProblems(rate, QStringLiteral("-1"));
    QVERIFY2(!problems.isEmpty(), "core::validate reports no problem on classes[orders].arrival_rate = -1");
    QCOMPARE(m.candidateProblems(rate, QStringLiteral("4")), QStringList());
}

void TestClassTableModel::followsDocument()
{
    ClassTableModel m;
    m.setValidator({});
    m.setDocument(m_doc);
    core::WorkloadClass api;
    api.id = QStringLiteral("api");
    api.name = QStringLiteral("REST API");
    api.arrivalRate = 3.0;
    QVERIFY(m_doc->addClass(api).ok());
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.index(2, ClassTableModel::IdColumn).data().toString(), QStringLiteral("api"));
    QVERIFY(m_doc->removeClass(QStringLiteral("orders")).has_value());
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.rowOfClass(QStringLiteral("api")), 1);
}

void TestClassTableModel::demands()
{
    DemandTableModel m;
    m.setValidator({});
    m.setDocument(m_doc);
    QCOMPARE(m.rowCount(), 4); // one row per station
    QVERIFY(!(m.flags(m.index(0, DemandTableModel::ServiceTimeColumn)) & Qt::ItemIsEditable)); // no class yet
    m.setClassId(QStringLiteral("orders"));
    QCOMPARE(m.index(1, DemandTableModel::StationColumn).data().toString(), QStringLiteral("Odoo HTTP workers"));
    // 0.120 s per visit → 120 ms; 0.0015 s → 1.5 ms.
    QCOMPARE(m.index(1, DemandTableModel::ServiceTimeColumn).data().toString(), QStringLiteral("120"));
    QCOMPARE(m.index(2, DemandTableModel::ServiceTimeColumn).data().toString(), QStringLiteral("1.5"));
    QCOMPARE(m.index(2, DemandTableModel::VisitsColumn).data().toString(), QStringLiteral("12"));
    QCOMPARE(m.index(3, DemandTableModel::ServiceTimeColumn).data().toString(), QString()); // no demand
    m.setClassId(QStringLiteral("scanners"));
    QCOMPARE(m.index(1, DemandTableModel::VisitsColumn).data(Qt::EditRole).toString(), QString()); // from links
    QCOMPARE(m.index(1, DemandTableModel::ServiceTimeColumn).data().toString(), QStringLiteral("50"));

    // A validation problem on a demand marks its cell.
    core::Review r = testing::smallReview();
    r.classes[1].demands[1].serviceTime = 0.0;
    m_doc->setReview(r);
    m.setValidator(&positiveRates);
    QVERIFY(m.index(2, DemandTableModel::ServiceTimeColumn).data(models::InvalidRole).toBool());
    QCOMPARE(m.index(2, DemandTableModel::ServiceTimeColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("must be > 0"));
    QVERIFY(!m.index(1, DemandTableModel::ServiceTimeColumn).data(models::InvalidRole).toBool());
}

void TestClassTableModel::demandEdits_data()
{
    QTest::addColumn<QString>("station");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("stations");     // demand stations after the edit, in order
    QTest::addColumn<QList<double>>("serviceTimes"); // seconds, same order
    QTest::addColumn<QList<double>>("visits");       // -1: derived from links
    QTest::newRow("web 250 ms") << "web" << int(DemandTableModel::ServiceTimeColumn) << "250"
                                << QStringList{"traefik", "web", "pg"} << QList<double>{0.0004, 0.25, 0.0015}
                                << QList<double>{1, 1, 12};
    QTest::newRow("new demand at carrier 800 ms")
        << "carrier" << int(DemandTableModel::ServiceTimeColumn) << "800"
        << QStringList{"traefik", "web", "pg", "carrier"} << QList<double>{0.0004, 0.120, 0.0015, 0.8}
        << QList<double>{1, 1, 12, -1};
    QTest::newRow("cleared web removes it") << "web" << int(DemandTableModel::ServiceTimeColumn) << ""
                                            << QStringList{"traefik", "pg"} << QList<double>{0.0004, 0.0015}
                                            << QList<double>{1, 12};
    QTest::newRow("pg visits 9") << "pg" << int(DemandTableModel::VisitsColumn) << "9"
                                 << QStringList{"traefik", "web", "pg"} << QList<double>{0.0004, 0.120, 0.0015}
                                 << QList<double>{1, 1, 9};
    QTest::newRow("pg visits cleared") << "pg" << int(DemandTableModel::VisitsColumn) << ""
                                       << QStringList{"traefik", "web", "pg"} << QList<double>{0.0004, 0.120, 0.0015}
                                       << QList<double>{1, 1, -1};
}

void TestClassTableModel::demandEdits()
{
    QFETCH(QString, station);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QStringList, stations);
    QFETCH(QList<double>, serviceTimes);
    QFETCH(QList<double>, visits);
    DemandTableModel m;
    m.setValidator({});
    m.setDocument(m_doc);
    m.setClassId(QStringLiteral("orders"));
    std::vector<Edit> edits;
    connect(&m, &DemandTableModel::classEditRequested, this,
            [&](const QString &id, const core::WorkloadClass &after, const QString &f) { edits.push_back({id, after, f}); });
    QVERIFY(m.setData(m.index(m.rowOfStation(station), column), typed));
    QCOMPARE(int(edits.size()), 1);
    QCOMPARE(edits[0].classId, QStringLiteral("orders"));
    QCOMPARE(edits[0].field, QStringLiteral("demands[%1].%2")
                                 .arg(station, column == DemandTableModel::VisitsColumn ? "visits" : "service_time"));
    const auto &demands = edits[0].after.demands;
    QCOMPARE(int(demands.size()), int(stations.size()));
    for (size_t i = 0; i < demands.size(); ++i) {
        QCOMPARE(demands[i].station, stations[qsizetype(i)]);
        QCOMPARE(demands[i].serviceTime, serviceTimes[qsizetype(i)]);
        if (visits[qsizetype(i)] < 0)
            QVERIFY(!demands[i].visits.has_value());
        else
            QCOMPARE(demands[i].visits, std::optional<double>(visits[qsizetype(i)]));
    }
    // Typing visits where the class has no demand is refused with the reason.
    QStringList rejections;
    connect(&m, &DemandTableModel::editRejected, this, [&](const QString &message) { rejections << message; });
    QVERIFY(!m.setData(m.index(m.rowOfStation(QStringLiteral("carrier")), DemandTableModel::VisitsColumn), "2"));
    QCOMPARE(rejections.size(), 1);
    QVERIFY(rejections[0].startsWith(QStringLiteral("classes[orders].demands[carrier].visits: ")));
}

QTEST_GUILESS_MAIN(TestClassTableModel)
#include "tst_classtablemodel.moc"
