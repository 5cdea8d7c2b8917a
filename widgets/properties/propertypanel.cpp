#include "propertypanel.h"

#include "../palette/kindglyph.h"

#include "core/commands/classcommands.h"
#include "core/commands/linkcommands.h"
#include "core/commands/stationcommands.h"
#include "core/model/validation.h"
#include "models/kindtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <climits>

namespace hostreview::widgets {

namespace {

const char *const ErrorStyle = "border: 1px solid #c62828; background: #fdecea;";

QDoubleSpinBox *doubleSpin(double min, double max, int decimals, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setKeyboardTracking(true);
    spin->setAccelerated(true);
    if (!suffix.isEmpty())
        spin->setSuffix(QLatin1Char(' ') + suffix);
    return spin;
}

QSpinBox *intSpin(double min, double max, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setRange(int(std::max<double>(min, INT_MIN)), int(std::min<double>(max, INT_MAX)));
    spin->setAccelerated(true);
    if (!suffix.isEmpty())
        spin->setSuffix(QLatin1Char(' ') + suffix);
    return spin;
}

} // namespace

PropertyPanel::PropertyPanel(core::ReviewDocument *document, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_document(document), m_undoStack(undoStack)
{
    m_outer = new QVBoxLayout(this);
    m_outer->setContentsMargins(8, 8, 8, 8);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_outer->addWidget(m_title);
    m_objectProblems = new QLabel(this);
    m_objectProblems->setWordWrap(true);
    m_objectProblems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_objectProblems->hide();
    m_outer->addWidget(m_objectProblems);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formHost = new QWidget;
    m_form = new QFormLayout(m_formHost);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    scroll->setWidget(m_formHost);
    m_outer->addWidget(scroll, 1);

    connect(document, &core::ReviewDocument::edited, this, &PropertyPanel::onDocumentEdited);
    connect(document, &core::ReviewDocument::reset, this, [this] { showNothing(); });
    showNothing();
}

// --- what is shown -----------------------------------------------------------------------------

void PropertyPanel::showNothing(const QString &message)
{
    m_subject = Subject::Nothing;
    m_id.clear();
    m_to.clear();
    clearForm();
    m_title->setText(message.isEmpty() ? tr("Select a station or a link to see its properties.") : message);
    m_objectProblems->hide();
}

void PropertyPanel::showStation(const QString &id)
{
    if (!m_document->review().station(id))
        return showNothing();
    m_subject = Subject::Station;
    m_id = id;
    m_to.clear();
    rebuild();
}

void PropertyPanel::showLink(const QString &from, const QString &to)
{
    if (!m_document->review().link(from, to))
        return showNothing();
    m_subject = Subject::Link;
    m_id = from;
    m_to = to;
    rebuild();
}

void PropertyPanel::showClass(const QString &id)
{
    if (!m_document->review().workloadClass(id))
        return showNothing();
    m_subject = Subject::Class;
    m_id = id;
    m_to.clear();
    rebuild();
}

QWidget *PropertyPanel::editor(const QString &field) const { return m_rows.value(field).editor; }

QString PropertyPanel::problemText(const QString &field) const
{
    const Row row = m_rows.value(field);
    return row.problem && !row.problem->isHidden() ? row.problem->text() : QString();
}

void PropertyPanel::clearForm()
{
    m_rows.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

PropertyPanel::Row &PropertyPanel::addRow(const QString &field, const QString &label, QWidget *editor,
                                          const QString &toolTip)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // Long station names must not widen the panel beyond its dock.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    editor->setMinimumWidth(0);
    auto *cell = new QWidget;
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(1);
    box->addWidget(editor);
    auto *problem = new QLabel;
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #c62828; font-size: small;"));
    problem->hide();
    box->addWidget(problem);
    if (!toolTip.isEmpty())
        editor->setToolTip(toolTip);
    auto *labelWidget = new QLabel(label + QLatin1Char(':'));
    labelWidget->setBuddy(editor);
    if (!toolTip.isEmpty())
        labelWidget->setToolTip(toolTip);
    m_form->addRow(labelWidget, cell);
    Row &row = m_rows[field];
    row.editor = editor;
    row.problem = problem;
    return row;
}

// --- building the forms ---------------------------------------------------------------------------

QWidget *PropertyPanel::makePropertyEditor(const core::PropertySpec &spec)
{
    const QString key = spec.key;
    const QString field = QStringLiteral("properties.") + key;
    auto set = [this, key, field](const QJsonValue &v) {
        editStation(field, [&](core::Station &s) { s.properties.insert(key, v); });
    };
    switch (spec.type) {
    case core::PropertyType::Integer: {
        auto *spin = intSpin(spec.minimum, spec.maximum, models::propertyUnit(spec));
        connect(spin, &QSpinBox::valueChanged, this, [set](int v) { set(QJsonValue(qint64(v))); });
        return spin;
    }
    case core::PropertyType::Number: {
        auto *spin = doubleSpin(spec.minimum, spec.maximum, 3, models::propertyUnit(spec));
        connect(spin, &QDoubleSpinBox::valueChanged, this, [set](double v) { set(QJsonValue(v)); });
        return spin;
    }
    case core::PropertyType::Boolean: {
        auto *check = new QCheckBox;
        connect(check, &QCheckBox::toggled, this, [set](bool v) { set(QJsonValue(v)); });
        return check;
    }
    case core::PropertyType::Choice: {
        auto *combo = new QComboBox;
        combo->addItems(spec.choices);
        connect(combo, &QComboBox::currentTextChanged, this, [set](const QString &v) { set(QJsonValue(v)); });
        return combo;
    }
    case core::PropertyType::Text: break;
    }
    auto *line = new QLineEdit;
    connect(line, &QLineEdit::textEdited, this, [set](const QString &v) { set(QJsonValue(v)); });
    return line;
}

void PropertyPanel::rebuild()
{
    clearForm();
    const core::Review &review = m_document->review();
    switch (m_subject) {
    case Subject::Nothing: return;
    case Subject::Station: {
        const core::Station *s = review.station(m_id);
        const core::StationKind *kind = core::findStationKind(s->kind);
        m_kind = s->kind;
        m_title->setText(tr("Station %1").arg(s->id));
        auto *id = new QLineEdit(s->id);
        id->setReadOnly(true);
        addRow(QStringLiteral("id"), tr("Id"), id, tr("The station's identifier in the model (read-only)."));
        auto *kindLabel = new QLabel;
        kindLabel->setText(kind ? models::kindLabel(*kind) : s->kind);
        if (kind)
            kindLabel->setToolTip(models::kindDescription(*kind) + (kind->source.isEmpty() ? QString() : QStringLiteral("\n") + kind->source));
        addRow(QStringLiteral("kind"), tr("Kind"), kindLabel);
        auto *name = new QLineEdit;
        connect(name, &QLineEdit::textEdited, this, [this](const QString &v) {
            editStation(QStringLiteral("name"), [&](core::Station &st) { st.name = v; });
        });
        addRow(QStringLiteral("name"), tr("Name"), name);
        auto *discipline = new QComboBox;
        discipline->addItem(tr("queue (servers, FCFS)"), QStringLiteral("queue"));
        discipline->addItem(tr("delay (no waiting)"), QStringLiteral("delay"));
        connect(discipline, &QComboBox::currentIndexChanged, this, [this](int i) {
            editStation(QStringLiteral("discipline"), [&](core::Station &st) {
                st.discipline = i == 1 ? core::Discipline::Delay : core::Discipline::Queue;
            });
        });
        addRow(QStringLiteral("discipline"), tr("Discipline"), discipline,
               tr("queue: identical servers and one waiting line; delay: infinite servers (latency, think time)."));
        auto *servers = intSpin(0, 1000000, tr("servers"));
        connect(servers, &QSpinBox::valueChanged, this, [this](int v) {
            editStation(QStringLiteral("servers"), [&](core::Station &st) { st.servers = v; });
        });
        addRow(QStringLiteral("servers"), tr("Servers"), servers,
               kind && kind->singleThreaded ? tr("This kind runs single-threaded: one server.") : tr("Identical servers working in parallel."));
        auto *zone = new QLineEdit;
        zone->setPlaceholderText(tr("none"));
        connect(zone, &QLineEdit::textEdited, this, [this](const QString &v) {
            editStation(QStringLiteral("zone"), [&](core::Station &st) { st.zone = v; });
        });
        addRow(QStringLiteral("zone"), tr("Zone"), zone, tr("Hosting zone: a cluster or a data centre."));
        auto *tenant = new QLineEdit;
        tenant->setPlaceholderText(tr("dedicated"));
        connect(tenant, &QLineEdit::textEdited, this, [this](const QString &v) {
            editStation(QStringLiteral("tenant"), [&](core::Station &st) { st.tenant = v; });
        });
        addRow(QStringLiteral("tenant"), tr("Tenant"), tenant,
               tr("Tenant owning the station in a shared zone; empty when dedicated."));
        if (kind) {
            for (const core::PropertySpec &spec : kind->properties) {
                QString tip = spec.key;
                if (!spec.source.isEmpty())
                    tip += QStringLiteral("\n") + tr("Default from: %1").arg(spec.source);
                addRow(QStringLiteral("properties.") + spec.key, models::propertyLabel(spec),
                       makePropertyEditor(spec), tip);
            }
        }
        for (auto it = s->properties.begin(); it != s->properties.end(); ++it) {
            if (m_rows.contains(QStringLiteral("properties.") + it.key()))
                continue;
            auto *other = new QLineEdit;
            other->setReadOnly(true);
            addRow(QStringLiteral("properties.") + it.key(), it.key(), other, tr("Not a property of this kind; kept as is."));
        }
        auto *notes = new QPlainTextEdit;
        notes->setFixedHeight(70);
        connect(notes, &QPlainTextEdit::textChanged, this, [this, notes] {
            const QString v = notes->toPlainText();
            editStation(QStringLiteral("notes"), [&](core::Station &st) { st.notes = v; });
        });
        addRow(QStringLiteral("notes"), tr("Notes"), notes);
        break;
    }
    case Subject::Link: {
        m_title->setText(tr("Link %1 → %2").arg(m_id, m_to));
        auto *help = new QLabel(tr("Mean requests one visit at %1 sends to %2, per class.").arg(m_id, m_to));
        help->setWordWrap(true);
        m_form->addRow(help);
        for (const core::WorkloadClass &c : review.classes) {
            auto *spin = doubleSpin(0, 1e6, 3, tr("calls"));
            const QString classId = c.id;
            const QString field = QStringLiteral("calls.") + classId;
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, classId, field](double v) {
                editLink(field, [&](core::Link &l) { l.calls.insert(classId, v); });
            });
            addRow(field, c.name.isEmpty() ? c.id : c.name, spin, tr("class %1").arg(c.id));
        }
        if (review.classes.empty())
            m_form->addRow(new QLabel(tr("No workload classes yet.")));
        break;
    }
    case Subject::Class: {
        m_title->setText(tr("Class %1").arg(m_id));
        auto *name = new QLineEdit;
        connect(name, &QLineEdit::textEdited, this, [this](const QString &v) {
            editClass(QStringLiteral("name"), [&](core::WorkloadClass &c) { c.name = v; });
        });
        addRow(QStringLiteral("name"), tr("Name"), name);
        auto *type = new QComboBox;
        type->addItem(tr("open (arrival rate)"));
        type->addItem(tr("closed (population, think time)"));
        connect(type, &QComboBox::currentIndexChanged, this, [this](int i) {
            editClass(QStringLiteral("type"), [&](core::WorkloadClass &c) {
                c.type = i == 1 ? core::ClassType::Closed : core::ClassType::Open;
                if (c.type == core::ClassType::Open && !c.arrivalRate)
                    c.arrivalRate = 1.0;
                if (c.type == core::ClassType::Closed && !c.population) {
                    c.population = 10;
                    c.thinkTime = c.thinkTime.value_or(10.0);
                }
            });
        });
        addRow(QStringLiteral("type"), tr("Type"), type);
        auto *rate = doubleSpin(0, 1e9, 4, tr("req/s"));
        connect(rate, &QDoubleSpinBox::valueChanged, this, [this](double v) {
            editClass(QStringLiteral("arrival_rate"), [&](core::WorkloadClass &c) { c.arrivalRate = v; });
        });
        addRow(QStringLiteral("arrival_rate"), tr("Arrival rate"), rate, tr("Open classes: requests per second."));
        auto *population = intSpin(0, 10000000, tr("users"));
        connect(population, &QSpinBox::valueChanged, this, [this](int v) {
            editClass(QStringLiteral("population"), [&](core::WorkloadClass &c) { c.population = v; });
        });
        addRow(QStringLiteral("population"), tr("Population"), population, tr("Closed classes: concurrent users."));
        auto *think = doubleSpin(0, 1e6, 3, tr("s"));
        connect(think, &QDoubleSpinBox::valueChanged, this, [this](double v) {
            editClass(QStringLiteral("think_time"), [&](core::WorkloadClass &c) { c.thinkTime = v; });
        });
        addRow(QStringLiteral("think_time"), tr("Think time"), think, tr("Closed classes: seconds between requests."));
        auto *entry = new QComboBox;
        entry->addItem(tr("(none)"), QString());
        for (const core::Station &s : review.stations)
            entry->addItem(s.name.isEmpty() ? s.id : QStringLiteral("%1 (%2)").arg(s.name, s.id), s.id);
        connect(entry, &QComboBox::currentIndexChanged, this, [this, entry](int i) {
            const QString id = entry->itemData(i).toString();
            editClass(QStringLiteral("entry"), [&](core::WorkloadClass &c) { c.entry = id; });
        });
        addRow(QStringLiteral("entry"), tr("Entry station"), entry,
               tr("Where requests enter; visits left out of demands follow the links from here."));
        auto *target = doubleSpin(0, 1e6, 3, tr("s"));
        target->setSpecialValueText(tr("none"));
        connect(target, &QDoubleSpinBox::valueChanged, this, [this](double v) {
            editClass(QStringLiteral("target_response_time"), [&](core::WorkloadClass &c) {
                c.targetResponseTime = v > 0 ? std::optional<double>(v) : std::nullopt;
            });
        });
        addRow(QStringLiteral("target_response_time"), tr("Target response"), target,
               tr("Findings flag the class when its response time is above this."));
        break;
    }
    }
    refreshValues();
    refreshProblems();
}

// --- values and problems -------------------------------------------------------------------------

void PropertyPanel::refreshValues()
{
    m_updating = true;
    const core::Review &review = m_document->review();
    auto setLine = [this](const QString &field, const QString &v) {
        if (auto *w = qobject_cast<QLineEdit *>(editor(field)); w && w->text() != v) {
            const QSignalBlocker block(w);
            w->setText(v);
        }
    };
    auto setInt = [this](const QString &field, int v) {
        if (auto *w = qobject_cast<QSpinBox *>(editor(field)); w && w->value() != v) {
            const QSignalBlocker block(w);
            w->setValue(v);
        }
    };
    auto setDouble = [this](const QString &field, double v) {
        if (auto *w = qobject_cast<QDoubleSpinBox *>(editor(field)); w && w->value() != v) {
            const QSignalBlocker block(w);
            w->setValue(v);
        }
    };
    auto setCombo = [this](const QString &field, int index) {
        if (auto *w = qobject_cast<QComboBox *>(editor(field)); w && w->currentIndex() != index) {
            const QSignalBlocker block(w);
            w->setCurrentIndex(index);
        }
    };
    switch (m_subject) {
    case Subject::Nothing: break;
    case Subject::Station: {
        const core::Station *s = review.station(m_id);
        setLine(QStringLiteral("name"), s->name);
        setCombo(QStringLiteral("discipline"), s->discipline == core::Discipline::Delay ? 1 : 0);
        setInt(QStringLiteral("servers"), s->servers);
        if (QWidget *w = editor(QStringLiteral("servers")))
            w->setEnabled(s->discipline == core::Discipline::Queue);
        setLine(QStringLiteral("zone"), s->zone);
        setLine(QStringLiteral("tenant"), s->tenant);
        for (auto it = s->properties.begin(); it != s->properties.end(); ++it) {
            const QString field = QStringLiteral("properties.") + it.key();
            QWidget *w = editor(field);
            const QSignalBlocker block(w);
            if (auto *spin = qobject_cast<QSpinBox *>(w))
                spin->setValue(int(it.value().toDouble()));
            else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w))
                dspin->setValue(it.value().toDouble());
            else if (auto *check = qobject_cast<QCheckBox *>(w))
                check->setChecked(it.value().toBool());
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                combo->setCurrentText(it.value().toString());
            else if (auto *line = qobject_cast<QLineEdit *>(w); line && line->text() != it.value().toVariant().toString())
                line->setText(it.value().toVariant().toString());
        }
        if (auto *notes = qobject_cast<QPlainTextEdit *>(editor(QStringLiteral("notes"))); notes && notes->toPlainText() != s->notes) {
            const QSignalBlocker block(notes);
            notes->setPlainText(s->notes);
        }
        break;
    }
    case Subject::Link: {
        const core::Link *l = review.link(m_id, m_to);
        for (const core::WorkloadClass &c : review.classes)
            setDouble(QStringLiteral("calls.") + c.id, l->calls.value(c.id, 0.0));
        break;
    }
    case Subject::Class: {
        const core::WorkloadClass *c = review.workloadClass(m_id);
        const bool open = c->type == core::ClassType::Open;
        setLine(QStringLiteral("name"), c->name);
        setCombo(QStringLiteral("type"), open ? 0 : 1);
        setDouble(QStringLiteral("arrival_rate"), c->arrivalRate.value_or(0.0));
        setInt(QStringLiteral("population"), c->population.value_or(0));
        setDouble(QStringLiteral("think_time"), c->thinkTime.value_or(0.0));
        editor(QStringLiteral("arrival_rate"))->setEnabled(open);
        editor(QStringLiteral("population"))->setEnabled(!open);
        editor(QStringLiteral("think_time"))->setEnabled(!open);
        if (auto *entry = qobject_cast<QComboBox *>(editor(QStringLiteral("entry"))))
            setCombo(QStringLiteral("entry"), std::max(0, entry->findData(c->entry)));
        setDouble(QStringLiteral("target_response_time"), c->targetResponseTime.value_or(0.0));
        break;
    }
    }
    m_updating = false;
}

void PropertyPanel::refreshProblems()
{
    for (Row &row : m_rows) {
        row.problem->hide();
        row.problem->clear();
        row.editor->setStyleSheet(QString());
    }
    m_objectProblems->hide();
    if (m_subject == Subject::Nothing)
        return;
    const core::Review &review = m_document->review();
    QStringList prefixes;
    switch (m_subject) {
    case Subject::Station: prefixes << QStringLiteral("stations[%1]").arg(m_id); break;
    case Subject::Class: prefixes << QStringLiteral("classes[%1]").arg(m_id); break;
    case Subject::Link: {
        int index = -1;
        for (int i = 0; i < int(review.links.size()); ++i)
            if (review.links[std::size_t(i)].from == m_id && review.links[std::size_t(i)].to == m_to)
                index = i;
        prefixes << QStringLiteral("links[%1→%2]").arg(m_id, m_to) << QStringLiteral("links[%1->%2]").arg(m_id, m_to)
                 << QStringLiteral("links[%1,%2]").arg(m_id, m_to) << QStringLiteral("links[%1]").arg(index);
        break;
    }
    case Subject::Nothing: break;
    }
    QStringList general;
    for (const core::Problem &p : core::validate(review)) {
        for (const QString &prefix : std::as_const(prefixes)) {
            if (!p.where.startsWith(prefix))
                continue;
            const QString rest = p.where.mid(prefix.size());
            if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('.')))
                continue;
            // "links[3].calls[api]" names the row "calls.api".
            QString field = rest.mid(1);
            field.replace(QLatin1Char('['), QLatin1Char('.'));
            field.remove(QLatin1Char(']'));
            const QString text = (p.severity == core::Severity::Error ? QString() : tr("warning: ")) + p.message;
            auto it = m_rows.find(field);
            if (it == m_rows.end() || field.isEmpty()) {
                general << (field.isEmpty() ? text : field + QStringLiteral(": ") + text);
            } else {
                it->problem->setText(it->problem->text().isEmpty() ? text : it->problem->text() + QLatin1Char('\n') + text);
                it->problem->show();
                if (p.severity == core::Severity::Error)
                    it->editor->setStyleSheet(QString::fromLatin1(ErrorStyle));
            }
            break;
        }
    }
    if (!general.isEmpty()) {
        m_objectProblems->setText(general.join(QLatin1Char('\n')));
        m_objectProblems->show();
    }
}

void PropertyPanel::onDocumentEdited()
{
    const core::Review &review = m_document->review();
    switch (m_subject) {
    case Subject::Nothing: return;
    case Subject::Station: {
        const core::Station *s = review.station(m_id);
        if (!s)
            return showNothing();
        if (s->kind != m_kind)
            return rebuild();
        break;
    }
    case Subject::Link:
        if (!review.link(m_id, m_to))
            return showNothing();
        for (const core::WorkloadClass &c : review.classes)
            if (!m_rows.contains(QStringLiteral("calls.") + c.id))
                return rebuild();
        if (m_rows.size() != qsizetype(review.classes.size()))
            return rebuild();
        break;
    case Subject::Class:
        if (!review.workloadClass(m_id))
            return showNothing();
        break;
    }
    refreshValues();
    refreshProblems();
}

// --- pushing edits ------------------------------------------------------------------------------------

void PropertyPanel::editStation(const QString &field, const std::function<void(core::Station &)> &change)
{
    if (m_updating || m_subject != Subject::Station)
        return;
    const core::Station *s = m_document->review().station(m_id);
    if (!s)
        return;
    core::Station after = *s;
    change(after);
    if (after == *s)
        return;
    m_undoStack->push(new commands::EditStationCommand(m_document, after, field));
}

void PropertyPanel::editLink(const QString &field, const std::function<void(core::Link &)> &change)
{
    if (m_updating || m_subject != Subject::Link)
        return;
    const core::Link *l = m_document->review().link(m_id, m_to);
    if (!l)
        return;
    core::Link after = *l;
    change(after);
    if (after == *l)
        return;
    m_undoStack->push(new commands::EditLinkCommand(m_document, after, field));
}

void PropertyPanel::editClass(const QString &field, const std::function<void(core::WorkloadClass &)> &change)
{
    if (m_updating || m_subject != Subject::Class)
        return;
    const core::WorkloadClass *c = m_document->review().workloadClass(m_id);
    if (!c)
        return;
    core::WorkloadClass after = *c;
    change(after);
    if (after == *c)
        return;
    m_undoStack->push(new commands::EditClassCommand(m_document, after, field));
}

} // namespace hostreview::widgets
