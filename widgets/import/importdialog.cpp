#include "importdialog.h"

#include "core/import/logformat.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace hostreview::widgets {

namespace imp = core::import;

namespace {

QString formatLabel(imp::LogFormat format)
{
    switch (format) {
    case imp::LogFormat::Auto: return ImportDialog::tr("Automatic (per file)");
    case imp::LogFormat::TraefikJson: return ImportDialog::tr("Traefik access log (JSON)");
    case imp::LogFormat::TraefikClf: return ImportDialog::tr("Traefik access log (common log format)");
    case imp::LogFormat::Odoo: return ImportDialog::tr("Odoo server log");
    case imp::LogFormat::PgStatStatements: return ImportDialog::tr("pg_stat_statements export (CSV)");
    case imp::LogFormat::Csv: return ImportDialog::tr("Generic CSV (column mapping below)");
    }
    return QString();
}

QString number(double value, int precision = 4) { return QLocale().toString(value, 'g', precision); }

QString milliseconds(double seconds) { return ImportDialog::tr("%1 ms").arg(QLocale().toString(seconds * 1000.0, 'f', 1)); }

/** "odoo 100.0 ms, pg 12.0 ms ×3": the service time per visit at each station, with the visits when given. */
QString demandsText(const core::WorkloadClass *c)
{
    if (!c)
        return QString();
    QStringList parts;
    for (const core::Demand &d : c->demands) {
        QString part = QStringLiteral("%1 %2").arg(d.station, milliseconds(d.serviceTime));
        if (d.visits && *d.visits != 1.0)
            part += QStringLiteral(" ×%1").arg(number(*d.visits));
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

/** The class's load: requests/s for an open class, users for a closed one. */
QString loadText(const core::WorkloadClass *c)
{
    if (!c)
        return ImportDialog::tr("(new class)");
    if (c->type == core::ClassType::Closed)
        return ImportDialog::tr("%n user(s)", nullptr, c->population.value_or(0));
    if (!c->arrivalRate)
        return ImportDialog::tr("—");
    return ImportDialog::tr("%1/s").arg(number(*c->arrivalRate));
}

QTableWidgetItem *item(const QString &text, const QVariant &value = {})
{
    auto *it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (value.isValid())
        it->setData(Qt::UserRole, value);
    return it;
}

} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent), m_pages(new QStackedWidget(this)), m_back(new QPushButton(tr("&Back"), this)),
      m_rules(new QPushButton(tr("Classification &Rules…"), this)),
      m_import(new QPushButton(tr("&Import"), this)), m_cancel(new QPushButton(tr("&Cancel import"), this)),
      m_apply(new QPushButton(tr("&Apply"), this)), m_discard(new QPushButton(tr("&Discard"), this))
{
    setWindowTitle(tr("Import measurements"));
    setObjectName(QStringLiteral("importDialog"));
    m_pages->addWidget(buildSetupPage());
    m_pages->addWidget(buildProgressPage());
    m_pages->addWidget(buildSummaryPage());

    m_back->setObjectName(QStringLiteral("backButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_rules->setObjectName(QStringLiteral("rulesButton"));
    m_rules->setToolTip(tr("See or edit the rules that map requests to workload classes"));
    m_import->setDefault(true);
    m_back->setToolTip(tr("Change the files or settings and import again"));
    m_apply->setToolTip(tr("Replace the estimates by these measurements (one step you can undo)"));
    m_discard->setToolTip(tr("Close without changing the project"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_rules);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_discard);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { setPage(Page::Setup); });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::onImportClicked);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });
    connect(m_apply, &QPushButton::clicked, this, &ImportDialog::applyRequested);
    connect(m_rules, &QPushButton::clicked, this, &ImportDialog::rulesRequested);
    connect(m_discard, &QPushButton::clicked, this, &ImportDialog::reject);

    setPage(Page::Setup);
    resize(960, 620);
}

QWidget *ImportDialog::buildSetupPage()
{
    auto *page = new QWidget(this);
    m_fileList = new QListWidget(page);
    m_fileList->setObjectName(QStringLiteral("fileList"));
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_addFiles = new QPushButton(tr("Add &files…"), page);
    m_addFiles->setObjectName(QStringLiteral("addFilesButton"));
    m_removeFiles = new QPushButton(tr("&Remove"), page);
    connect(m_addFiles, &QPushButton::clicked, this, &ImportDialog::chooseFilesRequested);
    connect(m_removeFiles, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_fileList->selectedItems());
        updateSetup();
    });
    connect(m_fileList, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateSetup);

    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (const QString &name : imp::logFormatNames()) {
        const imp::LogFormat f = imp::logFormatFromName(name).value_or(imp::LogFormat::Auto);
        m_format->addItem(formatLabel(f), QVariant::fromValue(int(f)));
    }
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::updateSetup);

    m_bucket = new QComboBox(page);
    m_bucket->setObjectName(QStringLiteral("bucketCombo"));
    for (int minutes : {5, 10, 15, 20, 30, 60})
        m_bucket->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
    setBucketMinutes(15);

    m_timeZone = new QComboBox(page);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    setTimeZoneId(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_timeZone->setToolTip(tr("The business day's time zone: buckets start at its local midnight"));
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &ImportDialog::updateSetup);

    m_csvGroup = new QGroupBox(tr("CSV columns (header names)"), page);
    auto *csv = new QFormLayout(m_csvGroup);
    const imp::CsvMapping defaults;
    auto addColumn = [&](QLineEdit *&edit, const QString &label, const QString &value, const QString &name) {
        edit = new QLineEdit(value, m_csvGroup);
        edit->setObjectName(name);
        csv->addRow(label, edit);
    };
    addColumn(m_csvTimestamp, tr("Time stamp:"), defaults.timestamp, QStringLiteral("csvTimestamp"));
    addColumn(m_csvClass, tr("Class:"), defaults.classColumn, QStringLiteral("csvClass"));
    addColumn(m_csvPath, tr("Path:"), defaults.pathColumn, QStringLiteral("csvPath"));
    addColumn(m_csvMethod, tr("Method:"), defaults.methodColumn, QStringLiteral("csvMethod"));
    addColumn(m_csvDuration, tr("Duration:"), defaults.duration, QStringLiteral("csvDuration"));
    addColumn(m_csvApp, tr("Application time (optional):"), defaults.appColumn, QStringLiteral("csvApp"));
    addColumn(m_csvDb, tr("SQL time (optional):"), defaults.dbColumn, QStringLiteral("csvDb"));
    m_csvTimestamp->setToolTip(tr("ISO 8601 (with an offset or Z; none means UTC) or epoch seconds"));
    m_csvClass->setToolTip(tr("Wins over the path column when both are in the header"));
    m_csvUnit = new QComboBox(m_csvGroup);
    m_csvUnit->addItem(tr("seconds"), int(imp::DurationUnit::Seconds));
    m_csvUnit->addItem(tr("milliseconds"), int(imp::DurationUnit::Milliseconds));
    m_csvUnit->addItem(tr("microseconds"), int(imp::DurationUnit::Microseconds));
    m_csvUnit->addItem(tr("nanoseconds"), int(imp::DurationUnit::Nanoseconds));
    csv->addRow(tr("Duration unit:"), m_csvUnit);
    m_csvDelimiter = new QComboBox(m_csvGroup);
    m_csvDelimiter->addItem(tr("comma ,"), int(','));
    m_csvDelimiter->addItem(tr("semicolon ;"), int(';'));
    m_csvDelimiter->addItem(tr("tab"), int('\t'));
    m_csvDelimiter->addItem(tr("bar |"), int('|'));
    csv->addRow(tr("Delimiter:"), m_csvDelimiter);

    m_setupMessage = new QLabel(page);
    m_setupMessage->setObjectName(QStringLiteral("setupMessage"));
    m_setupMessage->setWordWrap(true);
    m_setupMessage->setStyleSheet(QStringLiteral("color: #a61b1b;"));

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addFiles);
    fileButtons->addWidget(m_removeFiles);
    fileButtons->addStretch(1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileList, 1);
    fileRow->addLayout(fileButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Bucket length:"), m_bucket);
    form->addRow(tr("Time zone:"), m_timeZone);

    auto *intro = new QLabel(tr("Access logs (Traefik), Odoo server logs, pg_stat_statements exports or a generic CSV. "
                                "The files are read as a stream; nothing in the project changes until you apply "
                                "the summary."),
                             page);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Files:"), page));
    layout->addLayout(fileRow, 1);
    layout->addLayout(form);
    layout->addWidget(m_csvGroup);
    layout->addWidget(m_setupMessage);
    return page;
}

QWidget *ImportDialog::buildProgressPage()
{
    auto *page = new QWidget(this);
    m_progressLabel = new QLabel(page);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addStretch(2);
    return page;
}

QWidget *ImportDialog::buildSummaryPage()
{
    auto *page = new QWidget(this);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("summaryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview = new QLabel(page);
    m_overview->setObjectName(QStringLiteral("summaryOverview"));
    m_overview->setWordWrap(true);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_classTable = new QTableWidget(0, ClassColumnCount, page);
    m_classTable->setObjectName(QStringLiteral("classTable"));
    m_classTable->setHorizontalHeaderLabels({tr("Class"), tr("Requests"), tr("Load before"), tr("Load after"),
                                             tr("Demands before"), tr("Demands after"), tr("Daily profile")});
    m_classTable->verticalHeader()->hide();
    m_classTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_classTable->horizontalHeader()->setStretchLastSection(true);
    m_classTable->setWordWrap(false);

    m_details = new QTextBrowser(page);
    m_details->setObjectName(QStringLiteral("summaryDetails"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_status);
    layout->addWidget(m_overview);
    layout->addWidget(m_classTable, 2);
    layout->addWidget(m_details, 3);
    return page;
}

QStringList ImportDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_fileList->count(); ++i)
        out << m_fileList->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ImportDialog::addFiles(const QStringList &files)
{
    const QStringList have = this->files();
    for (const QString &f : files) {
        if (f.isEmpty() || have.contains(f))
            continue;
        auto *it = new QListWidgetItem(QFileInfo(f).fileName(), m_fileList);
        it->setData(Qt::UserRole, f);
        it->setToolTip(f);
    }
    updateSetup();
}

void ImportDialog::setFiles(const QStringList &files)
{
    m_fileList->clear();
    addFiles(files);
}

imp::LogFormat ImportDialog::format() const { return imp::LogFormat(m_format->currentData().toInt()); }

void ImportDialog::setFormat(imp::LogFormat format)
{
    const int index = m_format->findData(int(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

int ImportDialog::bucketMinutes() const { return m_bucket->currentData().toInt(); }

void ImportDialog::setBucketMinutes(int minutes)
{
    if (minutes <= 0 || 1440 % minutes != 0)
        return;
    int index = m_bucket->findData(minutes);
    if (index < 0) {
        m_bucket->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
        index = m_bucket->count() - 1;
    }
    m_bucket->setCurrentIndex(index);
}

QString ImportDialog::timeZoneId() const { return m_timeZone->currentText().trimmed(); }

void ImportDialog::setTimeZoneId(const QString &id)
{
    const int index = m_timeZone->findText(id);
    if (index >= 0)
        m_timeZone->setCurrentIndex(index);
    else
        m_timeZone->setEditText(id);
}

imp::CsvMapping ImportDialog::csvMapping() const
{
    imp::CsvMapping m;
    m.timestamp = m_csvTimestamp->text().trimmed();
    m.classColumn = m_csvClass->text().trimmed();
    m.pathColumn = m_csvPath->text().trimmed();
    m.methodColumn = m_csvMethod->text().trimmed();
    m.duration = m_csvDuration->text().trimmed();
    m.appColumn = m_csvApp->text().trimmed();
    m.dbColumn = m_csvDb->text().trimmed();
    m.unit = imp::DurationUnit(m_csvUnit->currentData().toInt());
    m.delimiter = char(m_csvDelimiter->currentData().toInt());
    return m;
}

core::Result<imp::ImportOptions> ImportDialog::options() const
{
    imp::ImportOptions o;
    if (files().isEmpty())
        return core::fail(tr("files"), tr("choose at least one file"));
    o.format = format();
    o.bucketMinutes = bucketMinutes();
    const QString zone = timeZoneId();
    o.timeZone = QTimeZone(zone.toUtf8());
    if (zone.isEmpty() || !o.timeZone.isValid())
        return core::fail(tr("time zone"), tr("unknown time zone \"%1\"").arg(zone));
    o.csv = csvMapping();
    if (o.format == imp::LogFormat::Csv) {
        if (o.csv.timestamp.isEmpty())
            return core::fail(tr("CSV columns.time stamp"), tr("must name a column"));
        if (o.csv.duration.isEmpty())
            return core::fail(tr("CSV columns.duration"), tr("must name a column"));
        if (o.csv.classColumn.isEmpty() && o.csv.pathColumn.isEmpty())
            return core::fail(tr("CSV columns.class"), tr("name a class or a path column"));
    }
    return o;
}

ImportDialog::Page ImportDialog::page() const { return Page(m_pages->currentIndex()); }

void ImportDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_back->setVisible(page == Page::Summary);
    m_rules->setVisible(page != Page::Progress);
    m_import->setVisible(page == Page::Setup);
    m_cancel->setVisible(page == Page::Progress);
    m_apply->setVisible(page == Page::Summary);
    m_discard->setVisible(page != Page::Progress);
    m_discard->setText(page == Page::Setup ? tr("&Close") : tr("&Discard"));
    if (page == Page::Setup)
        updateSetup();
}

void ImportDialog::updateSetup()
{
    m_removeFiles->setEnabled(!m_fileList->selectedItems().isEmpty());
    const imp::LogFormat f = format();
    m_csvGroup->setEnabled(f == imp::LogFormat::Csv || f == imp::LogFormat::Auto);
    m_import->setEnabled(m_fileList->count() > 0);
    m_setupMessage->clear();
}

void ImportDialog::showSetup(const QString &message)
{
    setPage(Page::Setup);
    m_setupMessage->setText(message);
}

void ImportDialog::onImportClicked()
{
    const core::Result<imp::ImportOptions> o = options();
    if (!o) {
        m_setupMessage->setText(o.error().toString());
        return;
    }
    Q_EMIT importRequested();
}

void ImportDialog::showProgress()
{
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Reading %n file(s)…", nullptr, int(files().size())));
    m_cancel->setEnabled(true);
    setPage(Page::Progress);
}

void ImportDialog::setProgress(qint64 done, qint64 total)
{
    const int permille = total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0;
    m_progress->setValue(permille);
    if (m_cancel->isEnabled())
        m_progressLabel->setText(tr("Read %1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
}

void ImportDialog::showSummary(const imp::ImportResult &result, const core::Review &before, const core::Review &after,
                               const QStringList &applyNotes)
{
    const QLocale locale;
    const qint64 classified = result.requests - result.unclassified;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("<b>Requests imported: %1</b> (read in %2 s). Review the figures: Apply replaces the "
                         "estimates below (one step you can undo), Discard leaves the project as it is.")
                          .arg(locale.toString(result.requests), locale.toString(result.elapsedSeconds, 'f', 2)));

    QStringList overview;
    overview << tr("Lines read: %1").arg(locale.toString(result.linesRead))
             << tr("classified: %1").arg(locale.toString(classified))
             << tr("unclassified: %1").arg(locale.toString(result.unclassified))
             << tr("malformed: %1").arg(locale.toString(result.malformed))
             << tr("other lines: %1").arg(locale.toString(result.ignored));
    QString window;
    if (result.firstRequest.isValid()) {
        const QTimeZone zone(result.timeZone.toUtf8());
        window = tr("Window: %1 → %2 (%3, buckets of %n min)", nullptr, result.bucketMinutes)
                     .arg(result.firstRequest.toTimeZone(zone).toString(Qt::ISODate),
                          result.lastRequest.toTimeZone(zone).toString(Qt::ISODate), result.timeZone);
    }
    m_overview->setText(overview.join(QStringLiteral(" · ")) + (window.isEmpty() ? QString() : QStringLiteral("<br>") + window));

    // Per class: what the import measured and what Apply makes of the class.
    m_classTable->setRowCount(0);
    for (const imp::ClassMeasurement &m : result.classes) {
        const core::WorkloadClass *was = before.workloadClass(m.classId);
        const core::WorkloadClass *will = after.workloadClass(m.classId);
        const int row = m_classTable->rowCount();
        m_classTable->insertRow(row);
        m_classTable->setItem(row, ClassIdColumn, item(m.classId, m.classId));
        m_classTable->setItem(row, RequestsColumn, item(locale.toString(m.requests), m.requests));
        m_classTable->setItem(row, RateBeforeColumn,
                              item(loadText(was), was && was->arrivalRate ? QVariant(*was->arrivalRate) : QVariant()));
        auto *rateAfter = item(loadText(will), will && will->arrivalRate ? QVariant(*will->arrivalRate) : QVariant());
        rateAfter->setToolTip(tr("Measured: mean %1/s, peak bucket %2/s").arg(number(m.meanRate), number(m.peakRate)));
        m_classTable->setItem(row, RateAfterColumn, rateAfter);
        m_classTable->setItem(row, DemandsBeforeColumn, item(demandsText(was)));
        auto *demandsAfter = item(demandsText(will));
        QStringList measured;
        if (m.response.samples > 0)
            measured << tr("response %1 (p95 %2)").arg(milliseconds(m.response.mean), milliseconds(m.response.p95));
        if (m.app.samples > 0)
            measured << tr("application %1").arg(milliseconds(m.app.mean));
        if (m.db.samples > 0)
            measured << tr("SQL %1").arg(milliseconds(m.db.mean));
        if (m.ingress.samples > 0)
            measured << tr("Traefik %1").arg(milliseconds(m.ingress.mean));
        demandsAfter->setToolTip(tr("Measured per request: %1").arg(measured.join(QStringLiteral(", "))));
        m_classTable->setItem(row, DemandsAfterColumn, demandsAfter);
        const core::Profile *oldProfile = before.profile(m.classId);
        const core::Profile *newProfile = after.profile(m.classId);
        const bool profileChanged = newProfile && (!oldProfile || !(*oldProfile == *newProfile));
        auto *profile = item(profileChanged ? tr("measured, %n bucket(s)", nullptr, int(newProfile->multipliers.size()))
                                            : tr("unchanged"));
        if (!profileChanged)
            profile->setToolTip(tr("A profile is derived only when the logs cover every slot of the day"));
        m_classTable->setItem(row, ProfileColumn, profile);
    }

    // Details: files, peak, unclassified paths, malformed lines, confidence notes.
    QString html;
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Files"));
    for (const imp::FileSummary &f : result.files)
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1 — %2, %3 lines, %4 requests, %5 malformed, %6 other")
                             .arg(QFileInfo(f.path).fileName().toHtmlEscaped(), f.format, locale.toString(f.lines),
                                  locale.toString(f.requests), locale.toString(f.malformed), locale.toString(f.ignored)));
    html += QStringLiteral("</ul>");
    if (result.peakBucket >= 0 && std::size_t(result.peakBucket) < result.timeline.size()) {
        const imp::TimelineBucket &b = result.timeline[std::size_t(result.peakBucket)];
        const qint64 peakRequests = b.total() - b.unclassified;
        const double seconds = double(result.bucketMinutes) * 60.0;
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("Peak bucket"),
                         tr("%1: %2 classified requests, %3/s")
                             .arg(b.localStart.toString(Qt::ISODate), locale.toString(peakRequests),
                                  number(seconds > 0 ? double(peakRequests) / seconds : 0.0)));
    }
    if (!result.topUnclassified.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Unclassified requests (most frequent paths)"));
        for (const auto &[path, count] : result.topUnclassified)
            html += QStringLiteral("<li>%1 × <code>%2</code></li>").arg(locale.toString(count), path.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (result.malformed > 0) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Malformed lines (skipped): %1").arg(locale.toString(result.malformed)));
        for (const imp::SkippedLine &s : result.firstMalformed)
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1 line %2: %3").arg(QFileInfo(s.file).fileName().toHtmlEscaped(),
                                                       locale.toString(s.line), s.reason.toHtmlEscaped()));
        html += QStringLiteral("</ul>");
    }
    if (!result.queryFamilies.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Database time by query family (pg_stat_statements)"));
        for (std::size_t i = 0; i < result.queryFamilies.size() && i < 10; ++i) {
            const imp::QueryFamily &q = result.queryFamilies[i];
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1: %2 calls, %3 s in total, %4 per call")
                                 .arg(q.family.toHtmlEscaped(), locale.toString(q.calls), number(q.totalTime),
                                      milliseconds(q.meanTime)));
        }
        html += QStringLiteral("</ul>");
    }
    const QStringList notes = result.notes + applyNotes;
    if (!notes.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Confidence and what Apply changes"));
        for (const QString &n : notes)
            html += QStringLiteral("<li>%1</li>").arg(n.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Source recorded with the measured figures: %1").arg(result.source.toHtmlEscaped()));
    m_details->setHtml(html);

    m_classTable->setVisible(true);
    m_overview->setVisible(true);
    m_apply->setEnabled(!(before == after));
    if (before == after)
        m_apply->setToolTip(tr("The import changes nothing in the project"));
    setPage(Page::Summary);
}

void ImportDialog::showError(const QString &message)
{
    showProblem(tr("<b>The import failed; the project is unchanged.</b><br>%1").arg(message.toHtmlEscaped()));
}

void ImportDialog::showProblem(const QString &html)
{
    m_status->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_status->setText(html);
    m_overview->clear();
    m_overview->setVisible(false);
    m_classTable->setRowCount(0);
    m_classTable->setVisible(false);
    m_details->clear();
    m_apply->setEnabled(false);
    setPage(Page::Summary);
}

void ImportDialog::showCancelled()
{
    showProblem(tr("<b>Import cancelled; the project is unchanged.</b>"));
}

QString ImportDialog::statusText() const { return m_status->text(); }

void ImportDialog::reject()
{
    if (page() == Page::Progress) {
        if (m_cancel->isEnabled())
            m_cancel->click();
        return; // the dialog stays until the import has stopped and the user chooses
    }
    Q_EMIT discardRequested();
    QDialog::reject();
}

} // namespace hostreview::widgets
