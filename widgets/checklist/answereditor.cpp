#include "answereditor.h"

#include "core/commands/answercommands.h"
#include "models/checklistcolors.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextCursor>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hostreview::widgets {

using core::AnswerStatus;

namespace {
constexpr AnswerStatus StatusOrder[] = {AnswerStatus::Met, AnswerStatus::Partly, AnswerStatus::NotMet,
                                        AnswerStatus::NotApplicable, AnswerStatus::NotAssessed};
constexpr int EvidenceIdRole = Qt::UserRole + 1;
} // namespace

AnswerEditor::AnswerEditor(QWidget *parent)
    : QWidget(parent),
      m_question(new QLabel),
      m_details(new QLabel),
      m_statusGroup(new QButtonGroup(this)),
      m_answeredBy(new QLabel),
      m_notes(new QPlainTextEdit),
      m_good(new QLabel),
      m_sources(new QLabel),
      m_evidence(new QTreeWidget),
      m_attach(new QPushButton(tr("Attach…"))),
      m_remove(new QPushButton(tr("Remove")))
{
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    m_details->setWordWrap(true);

    auto *statusRow = new QHBoxLayout;
    for (AnswerStatus s : StatusOrder) {
        auto *b = new QRadioButton(models::answerStatusText(s));
        QPalette p = b->palette();
        p.setColor(QPalette::WindowText, models::answerStatusColor(s));
        b->setPalette(p);
        m_statusGroup->addButton(b, int(s));
        m_statusButtons[s] = b;
        statusRow->addWidget(b);
    }
    statusRow->addStretch(1);
    m_answeredBy->setWordWrap(true);

    m_notes->setPlaceholderText(tr("What you saw, who told you, which document or screen shows it"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);
    m_notes->setMaximumHeight(110);

    m_good->setWordWrap(true);
    m_good->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sources->setWordWrap(true);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_evidence->setColumnCount(4);
    m_evidence->setHeaderLabels({tr("File"), tr("Size"), tr("Added by"), tr("Date")});
    m_evidence->setRootIsDecorated(false);
    m_evidence->setSelectionMode(QAbstractItemView::SingleSelection);
    m_evidence->header()->setStretchLastSection(false);
    m_evidence->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_evidence->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_evidence->setMinimumHeight(60);
    m_evidence->setMaximumHeight(110);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_details);
    layout->addLayout(statusRow);
    layout->addWidget(m_answeredBy);
    layout->addWidget(new QLabel(tr("Evidence notes:")));
    layout->addWidget(m_notes);

    auto *goodBox = new QGroupBox(tr("What good looks like"));
    auto *goodLayout = new QVBoxLayout(goodBox);
    goodLayout->addWidget(m_good);
    goodLayout->addWidget(m_sources);
    layout->addWidget(goodBox);

    auto *evidenceBox = new QGroupBox(tr("Evidence files"));
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidence);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_remove);
    evidenceLayout->addLayout(buttons);
    layout->addWidget(evidenceBox);
    layout->addStretch(1);

    connect(m_statusGroup, &QButtonGroup::idClicked, this, &AnswerEditor::onStatusClicked);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &AnswerEditor::onNotesChanged);
    connect(m_evidence, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_stack && !m_evidence->selectedItems().isEmpty()); });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        if (!m_itemId.isEmpty())
            Q_EMIT attachEvidenceRequested(m_itemId);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QList<QTreeWidgetItem *> selected = m_evidence->selectedItems();
        if (!m_itemId.isEmpty() && !selected.isEmpty())
            Q_EMIT removeEvidenceRequested(m_itemId, selected.first()->data(0, EvidenceIdRole).toString());
    });
    refresh();
}

void AnswerEditor::setDocument(core::ReviewDocument *document, QUndoStack *stack)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_stack = stack;
    if (m_document) {
        connect(m_document, &core::ReviewDocument::answerChanged, this, &AnswerEditor::onAnswerChanged);
        connect(m_document, &core::ReviewDocument::reset, this, &AnswerEditor::refresh);
    }
    refresh();
}

void AnswerEditor::setChecklist(const core::checklist::Checklist &checklist)
{
    m_checklist = checklist;
    refresh();
}

void AnswerEditor::setItem(const QString &itemId)
{
    if (itemId == m_itemId)
        return;
    m_itemId = itemId;
    refresh();
}

void AnswerEditor::setReviewerName(const QString &name)
{
    m_reviewer = name.trimmed();
}

QAbstractButton *AnswerEditor::statusButton(AnswerStatus status) const
{
    const auto it = m_statusButtons.find(status);
    return it == m_statusButtons.end() ? nullptr : it->second;
}

void AnswerEditor::onAnswerChanged(const QString &itemId)
{
    if (itemId == m_itemId)
        refreshAnswer();
}

core::ChecklistAnswer AnswerEditor::editedAnswer() const
{
    core::ChecklistAnswer a;
    if (m_document)
        if (const core::ChecklistAnswer *current = m_document->review().answer(m_itemId))
            a = *current;
    a.itemId = m_itemId;
    if (!m_reviewer.isEmpty())
        a.reviewer = m_reviewer;
    a.answeredAt = QDateTime::currentDateTimeUtc();
    return a;
}

std::optional<core::ChecklistAnswer> AnswerEditor::keepIfMeaningful(const core::ChecklistAnswer &answer)
{
    if (answer.status == AnswerStatus::NotAssessed && answer.notes.isEmpty() && answer.evidenceIds.isEmpty()
        && answer.extra.isEmpty())
        return std::nullopt;
    return answer;
}

void AnswerEditor::onStatusClicked(int status)
{
    if (m_updating || !m_document || !m_stack || !m_checklist.item(m_itemId))
        return;
    const core::ChecklistAnswer *current = m_document->review().answer(m_itemId);
    const AnswerStatus before = current ? current->status : AnswerStatus::NotAssessed;
    if (AnswerStatus(status) == before)
        return;
    core::ChecklistAnswer after = editedAnswer();
    after.status = AnswerStatus(status);
    m_stack->push(new commands::EditAnswerCommand(m_document, m_itemId, keepIfMeaningful(after)));
}

void AnswerEditor::onNotesChanged()
{
    if (m_updating || !m_document || !m_stack || !m_checklist.item(m_itemId))
        return;
    const QString text = m_notes->toPlainText();
    const core::ChecklistAnswer *current = m_document->review().answer(m_itemId);
    if (text == (current ? current->notes : QString()))
        return;
    core::ChecklistAnswer after = editedAnswer();
    after.notes = text;
    m_stack->push(new commands::EditAnswerNotesCommand(m_document, m_itemId, keepIfMeaningful(after)));
}

void AnswerEditor::refresh()
{
    const core::checklist::ChecklistItem *item = m_checklist.item(m_itemId);
    const bool editable = item && m_document && m_stack;
    for (const auto &[status, button] : m_statusButtons)
        button->setEnabled(editable);
    m_notes->setReadOnly(!editable);
    m_notes->setEnabled(item != nullptr);
    m_attach->setEnabled(editable);
    m_remove->setEnabled(false);

    if (!item) {
        m_question->setText(m_itemId.isEmpty() ? tr("Choose an item in the checklist to answer it.")
                                               : tr("Item %1 is not in checklist %2.").arg(m_itemId, m_checklist.id));
        m_details->clear();
        m_good->setText(tr("—"));
        m_sources->clear();
    } else {
        const core::checklist::ChecklistDomain *domain = m_checklist.domain(item->domainId);
        m_question->setText(tr("%1 — %2").arg(item->id, item->question));
        m_details->setText(tr("%1 · weight %2 · %3 criticality")
                               .arg(domain ? domain->name : item->domainId)
                               .arg(item->weight)
                               .arg(models::criticalityText(item->criticality).toLower()));
        m_good->setText(item->good);
        m_sources->setText(item->sources.isEmpty() ? tr("Sources: none listed")
                                                   : tr("Sources: %1").arg(item->sources.join(QStringLiteral(", "))));
    }
    refreshAnswer();
}

void AnswerEditor::refreshAnswer()
{
    const bool known = m_checklist.item(m_itemId) != nullptr;
    const core::ChecklistAnswer *a = m_document && known ? m_document->review().answer(m_itemId) : nullptr;
    const AnswerStatus status = a ? a->status : AnswerStatus::NotAssessed;

    m_updating = true;
    // QButtonGroup is exclusive: checking one button unchecks the others; with no item none is checked.
    m_statusGroup->setExclusive(false);
    for (const auto &[s, button] : m_statusButtons)
        button->setChecked(known && s == status);
    m_statusGroup->setExclusive(true);

    const QString notes = a ? a->notes : QString();
    if (m_notes->toPlainText() != notes) {
        // Undo/redo or another view changed the text: replace it, keep the caret near where it was.
        const int position = m_notes->textCursor().position();
        m_notes->setPlainText(notes);
        QTextCursor cursor = m_notes->textCursor();
        cursor.setPosition(std::min(position, int(notes.size())));
        m_notes->setTextCursor(cursor);
    }
    m_updating = false;

    if (a && (!a->reviewer.isEmpty() || a->answeredAt.isValid())) {
        const QString when = a->answeredAt.isValid()
                                 ? QLocale().toString(a->answeredAt.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) + tr(" UTC")
                                 : tr("an unknown date");
        m_answeredBy->setText(tr("Answered by %1 on %2")
                                  .arg(a->reviewer.isEmpty() ? tr("an unnamed reviewer") : a->reviewer, when));
    } else {
        m_answeredBy->setText(known ? tr("Not answered yet") : QString());
    }
    refreshEvidence();
}

void AnswerEditor::refreshEvidence()
{
    m_evidence->clear();
    const core::ChecklistAnswer *a =
        m_document && m_checklist.item(m_itemId) ? m_document->review().answer(m_itemId) : nullptr;
    if (!a)
        return;
    const QLocale locale;
    for (const QString &id : a->evidenceIds) {
        const core::EvidenceFile *file = nullptr;
        for (const core::EvidenceFile &e : m_document->review().evidence)
            if (e.id == id)
                file = &e;
        auto *row = new QTreeWidgetItem(m_evidence);
        row->setData(0, EvidenceIdRole, id);
        if (!file) {
            // An id without its file: show it rather than hide the broken reference.
            row->setText(0, tr("%1 (missing)").arg(id));
            row->setForeground(0, models::answerStatusColor(AnswerStatus::NotMet));
            continue;
        }
        row->setText(0, file->fileName.isEmpty() ? file->id : file->fileName);
        row->setToolTip(0, file->mimeType);
        row->setText(1, locale.formattedDataSize(file->data.size(), 1, QLocale::DataSizeTraditionalFormat));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(2, file->addedBy);
        row->setText(3, file->addedAt.isValid() ? file->addedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString());
    }
}

} // namespace hostreview::widgets
