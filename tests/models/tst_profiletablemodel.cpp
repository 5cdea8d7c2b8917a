#include "models/profiletablemodel.h"
#include "models/timeofday.h"

#include "core/document/reviewdocument.h"
#include "reviewfixture.h"

#include <QTest>

using namespace hostreview;
using models::ProfileTableModel;

/** The profile table, its time-of-day labels, and scaling that multiplies exactly. */
class TestProfileTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bucketSpan_data();
    void bucketSpan();
    void scaleMultipliesExactly_data();
    void scaleMultipliesExactly();
    void scaleRejects_data();
    void scaleRejects();
    void implicitProfile();
    void edits();
};

void TestProfileTableModel::bucketSpan_data()
{
    QTest::addColumn<int>("bucket");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("startHours");
    // Bucket b of 15 minutes starts at 15·b minutes after midnight.
    QTest::newRow("first") << 0 << 15 << QStringLiteral("00:00–00:15") << 0.0;
    QTest::newRow("33 → 08:15") << 33 << 15 << QStringLiteral("08:15–08:30") << 8.25;
    QTest::newRow("last of 96") << 95 << 15 << QStringLiteral("23:45–24:00") << 23.75;
    QTest::newRow("hourly 13") << 13 << 60 << QStringLiteral("13:00–14:00") << 13.0;
    QTest::newRow("30 min 3") << 3 << 30 << QStringLiteral("01:30–02:00") << 1.5;
    QTest::newRow("bad minutes") << 3 << 0 << QString() << 0.0;
}

void TestProfileTableModel::bucketSpan()
{
    QFETCH(int, bucket);
    QFETCH(int, minutes);
    QFETCH(QString, text);
    QFETCH(double, startHours);
    QCOMPARE(models::bucketSpanText(bucket, minutes), text);
    if (minutes > 0)
        QCOMPARE(models::bucketStartHours(bucket, minutes), startHours);
}

void TestProfileTableModel::scaleMultipliesExactly_data()
{
    QTest::addColumn<QList<double>>("before");
    QTest::addColumn<QList<int>>("buckets");
    QTest::addColumn<double>("factor");
    QTest::addColumn<QList<double>>("after");
    // Powers of two and small integers keep every product exact in binary floating point.
    QTest::newRow("all ×2") << QList<double>{0.25, 1.0, 1.5, 0.0} << QList<int>{} << 2.0
                            << QList<double>{0.5, 2.0, 3.0, 0.0};
    QTest::newRow("selected ×0.5") << QList<double>{0.25, 1.0, 1.5, 3.0} << QList<int>{1, 3} << 0.5
                                   << QList<double>{0.25, 0.5, 1.5, 1.5};
    QTest::newRow("duplicates scale once") << QList<double>{1.0, 1.0} << QList<int>{1, 1} << 3.0
                                           << QList<double>{1.0, 3.0};
    QTest::newRow("×0 idles") << QList<double>{1.0, 2.0} << QList<int>{0} << 0.0 << QList<double>{0.0, 2.0};
}

void TestProfileTableModel::scaleMultipliesExactly()
{
    QFETCH(QList<double>, before);
    QFETCH(QList<int>, buckets);
    QFETCH(double, factor);
    QFETCH(QList<double>, after);
    const auto scaled = models::scaleMultipliers(std::vector<double>(before.begin(), before.end()), buckets, factor);
    QVERIFY(scaled.ok());
    QCOMPARE(int(scaled->size()), int(after.size()));
    for (qsizetype i = 0; i < after.size(); ++i)
        QVERIFY2((*scaled)[size_t(i)] == after[i], qPrintable(QString::number(i))); // exact, not fuzzy

    // Non-dyadic factors: each selected bucket is exactly m × factor (the same IEEE product).
    const std::vector<double> m{0.2, 0.7, 1.3};
    const auto tenth = models::scaleMultipliers(m, {}, 1.1);
    QVERIFY(tenth.ok());
    for (size_t i = 0; i < m.size(); ++i)
        QVERIFY((*tenth)[i] == m[i] * 1.1);
}

void TestProfileTableModel::scaleRejects_data()
{
    QTest::addColumn<QList<int>>("buckets");
    QTest::addColumn<double>("factor");
    QTest::addColumn<QString>("where");
    QTest::newRow("negative factor") << QList<int>{} << -1.0 << "scale factor";
    QTest::newRow("infinite factor") << QList<int>{} << qInf() << "scale factor";
    QTest::newRow("bucket 4 of 4") << QList<int>{4} << 2.0 << "bucket 4";
    QTest::newRow("bucket -1") << QList<int>{-1} << 2.0 << "bucket -1";
}

void TestProfileTableModel::scaleRejects()
{
    QFETCH(QList<int>, buckets);
    QFETCH(double, factor);
    QFETCH(QString, where);
    const auto scaled = models::scaleMultipliers({1, 1, 1, 1}, buckets, factor);
    QVERIFY(!scaled.ok());
    QCOMPARE(scaled.error().where, where);
}

void TestProfileTableModel::implicitProfile()
{
    core::ReviewDocument doc;
    doc.setReview(testing::smallReview());
    ProfileTableModel m;
    m.setDocument(&doc);
    QCOMPARE(m.rowCount(), 0); // no class chosen
    m.setClassId(QStringLiteral("orders"));
    // No profile anywhere: 96 buckets of 15 minutes, each 1.
    QCOMPARE(m.rowCount(), 96);
    QVERIFY(!m.hasProfile());
    QCOMPARE(m.index(33, ProfileTableModel::TimeColumn).data().toString(), QStringLiteral("08:15–08:30"));
    QCOMPARE(m.index(33, ProfileTableModel::MultiplierColumn).data().toString(), QStringLiteral("1"));

    // Another class's profile fixes the layout (all profiles share it): 24 hourly buckets.
    core::Review r = testing::smallReview();
    core::Profile p;
    p.classId = QStringLiteral("scanners");
    p.bucketMinutes = 60;
    p.multipliers.assign(24, 0.5);
    r.profiles.push_back(p);
    doc.setReview(r);
    QCOMPARE(m.rowCount(), 24);
    QCOMPARE(m.index(9, ProfileTableModel::TimeColumn).data().toString(), QStringLiteral("09:00–10:00"));
    QCOMPARE(m.multipliers(), std::vector<double>(24, 1.0));
    m.setClassId(QStringLiteral("scanners"));
    QVERIFY(m.hasProfile());
    QCOMPARE(m.multipliers(), std::vector<double>(24, 0.5));
}

void TestProfileTableModel::edits()
{
    core::ReviewDocument doc;
    core::Review r = testing::smallReview();
    core::Profile p;
    p.classId = QStringLiteral("orders");
    p.multipliers = std::vector<double>(96, 0.25);
    p.multipliers[40] = 1.75;
    p.source = QStringLiteral("access.log 2026-10-01..07");
    r.profiles.push_back(p);
    doc.setReview(r);

    ProfileTableModel m;
    m.setDocument(&doc);
    m.setClassId(QStringLiteral("orders"));
    std::vector<std::optional<core::Profile>> edits;
    QStringList rejected;
    connect(&m, &ProfileTableModel::profileEditRequested, this,
            [&](const QString &id, const std::optional<core::Profile> &after) {
                QCOMPARE(id, QStringLiteral("orders"));
                edits.push_back(after);
            });
    connect(&m, &ProfileTableModel::editRejected, this, [&](const QString &msg) { rejected << msg; });

    // Typed in the table.
    QVERIFY(m.setData(m.index(40, ProfileTableModel::MultiplierColumn), QStringLiteral("2.5")));
    QCOMPARE(int(edits.size()), 1);
    std::vector<double> expected = p.multipliers;
    expected[40] = 2.5;
    QCOMPARE(edits.back()->multipliers, expected);
    QCOMPARE(edits.back()->source, p.source); // the other fields are kept

    // Scaling the selected buckets by 2.
    QVERIFY(m.requestScale({40, 41}, 2.0));
    expected = p.multipliers;
    expected[40] = 1.75 * 2.0;
    expected[41] = 0.25 * 2.0;
    QCOMPARE(edits.back()->multipliers, expected);

    // A drag sets one bucket.
    QVERIFY(m.requestMultiplier(10, 0.8));
    expected = p.multipliers;
    expected[10] = 0.8;
    QCOMPARE(edits.back()->multipliers, expected);

    // Provenance.
    m.requestProvenance(core::Provenance::Measured);
    QCOMPARE(edits.back()->provenance, core::Provenance::Measured);
    QCOMPARE(edits.back()->multipliers, p.multipliers);

    // Bad input is refused with the field named, never clamped.
    const int count = int(edits.size());
    QVERIFY(!m.setData(m.index(3, ProfileTableModel::MultiplierColumn), QStringLiteral("-0.5")));
    QVERIFY(!m.requestScale({}, -2.0));
    QCOMPARE(int(edits.size()), count);
    QCOMPARE(rejected.size(), 2);
    QVERIFY2(rejected[0].startsWith(QStringLiteral("profiles[orders].multipliers[3]: ")), qPrintable(rejected[0]));

    // Removing the profile.
    m.requestRemove();
    QVERIFY(!edits.back().has_value());

    // The model follows the document.
    QVERIFY(doc.setProfile(QStringLiteral("orders"), m.profileWith(expected)).ok());
    QCOMPARE(m.multipliers(), expected);
}

QTEST_GUILESS_MAIN(TestProfileTableModel)
#include "tst_profiletablemodel.moc"
