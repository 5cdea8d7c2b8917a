#include "reports/diagramrenderer.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace hostreview::core;
using namespace hostreview::reports;

/**
 * The topology diagram: colours by utilisation at the documented thresholds, and a PDF of the
 * diagram made of path operators with no image XObject.
 */
class TestDiagramRenderer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void colors_data();
    void colors();
    void vectorPdf();
    void fitsTarget();

private:
    static Review threeStations();
};

Review TestDiagramRenderer::threeStations()
{
    Review r;
    Station a;
    a.id = QStringLiteral("clients");
    a.name = QStringLiteral("Clients");
    a.kind = QStringLiteral("client-group");
    a.discipline = Discipline::Delay;
    a.x = 0;
    a.y = 0;
    Station b;
    b.id = QStringLiteral("odoo");
    b.name = QStringLiteral("Odoo workers");
    b.kind = QStringLiteral("odoo-http");
    b.servers = 9;
    b.zone = QStringLiteral("cluster");
    b.x = 300;
    b.y = 0;
    Station c;
    c.id = QStringLiteral("pg");
    c.name = QStringLiteral("PostgreSQL");
    c.kind = QStringLiteral("postgresql-primary");
    c.servers = 8;
    c.zone = QStringLiteral("cluster");
    c.x = 300;
    c.y = 200;
    r.stations = {a, b, c};
    Link ab;
    ab.from = a.id;
    ab.to = b.id;
    Link bc;
    bc.from = b.id;
    bc.to = c.id;
    r.links = {ab, bc};
    return r;
}

void TestDiagramRenderer::colors_data()
{
    QTest::addColumn<double>("utilization");
    QTest::addColumn<QString>("expected");
    // green < knee ≤ amber < 1 ≤ red, with the knee at 0.8
    QTest::newRow("0.0") << 0.0 << "good";
    QTest::newRow("0.79") << 0.79 << "good";
    QTest::newRow("0.8 (knee)") << 0.8 << "warning";
    QTest::newRow("0.999") << 0.999 << "warning";
    QTest::newRow("1.0") << 1.0 << "critical";
    QTest::newRow("2.5 (offered)") << 2.5 << "critical";
}

void TestDiagramRenderer::colors()
{
    QFETCH(double, utilization);
    QFETCH(QString, expected);
    const ReportColors c;
    const QColor got = DiagramRenderer::utilizationColor(utilization, 0.8, c);
    const QColor want = expected == QLatin1String("good") ? c.good : expected == QLatin1String("warning") ? c.warning : c.critical;
    QCOMPARE(got, want);
}

namespace {

/** Returns every FlateDecode stream of a PDF, inflated (qUncompress wants the size as a 4-byte prefix). */
QByteArray inflatedStreams(const QByteArray &pdf)
{
    QByteArray all;
    qsizetype from = 0;
    for (;;) {
        const qsizetype start = pdf.indexOf("stream\n", from);
        if (start < 0)
            break;
        const qsizetype dataStart = start + 7;
        const qsizetype end = pdf.indexOf("endstream", dataStart);
        if (end < 0)
            break;
        const QByteArray dict = pdf.mid(std::max<qsizetype>(0, start - 300), 300);
        if (dict.contains("FlateDecode")) {
            QByteArray data = pdf.mid(dataStart, end - dataStart);
            QByteArray prefixed(4, '\0');
            qToBigEndian<quint32>(quint32(data.size() * 20), prefixed.data());
            all += qUncompress(prefixed + data);
            all += '\n';
        }
        from = end + 9;
    }
    return all;
}

} // namespace

void TestDiagramRenderer::vectorPdf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.pdf"));
    const Review review = threeStations();
    {
        QPdfWriter writer(path);
        writer.setResolution(72);
        QPainter p(&writer);
        DiagramRenderer renderer(review, ReportColors(), QStringLiteral("DejaVu Sans"));
        renderer.setUtilization({{QStringLiteral("odoo"), 0.5}, {QStringLiteral("pg"), 1.2}}, 0.8);
        renderer.paint(p, QRectF(20, 20, 500, 400));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(!pdf.contains("/Subtype /Image"));
    QVERIFY(!pdf.contains("/Subtype/Image"));
    const QByteArray content = inflatedStreams(pdf);
    // Path construction (m, l, c, h) and painting (f, S) operators, as PDF 1.4 section 4.4 names them.
    const qsizetype lines = content.count(" l\n");
    const qsizetype moves = content.count(" m\n");
    QVERIFY2(moves >= 3 + 2, qPrintable(QString::number(moves))); // at least one per box and per link
    QVERIFY2(lines >= 2 * 3, qPrintable(QString::number(lines)));  // two links with arrow heads, a line each and two per head
    QVERIFY(content.contains("\nf\n") || content.contains(" f\n") || content.contains("f*\n"));

    const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    if (pdfimages.isEmpty())
        QSKIP("pdfimages not installed; the XObject check above still ran");
    QProcess proc;
    proc.start(pdfimages, {QStringLiteral("-list"), path});
    QVERIFY(proc.waitForFinished());
    QCOMPARE(QString::fromUtf8(proc.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).size(), 2); // header only
}

void TestDiagramRenderer::fitsTarget()
{
    const Review review = threeStations();
    DiagramRenderer renderer(review, ReportColors(), QStringLiteral("DejaVu Sans"));
    // The scene is the boxes' bounds (300 + 150 wide, 200 + 58 high) plus the zone frames' margins.
    const double h = renderer.heightForWidth(450.0);
    QVERIFY(h > 0.0);
    QImage image(200, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        renderer.paint(p, QRectF(50, 50, 100, 100));
    }
    // Nothing is painted outside the target rectangle.
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (!QRect(49, 49, 102, 102).contains(x, y))
                QVERIFY2(image.pixel(x, y) == qRgb(255, 255, 255), qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
}

QTEST_MAIN(TestDiagramRenderer)
#include "tst_diagramrenderer.moc"
