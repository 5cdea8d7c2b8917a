#pragma once

#include "audittarget.h"

#include "core/document/reviewdocument.h"

#include <QCoreApplication>
#include <QPointF>
#include <QUndoCommand>

#include <vector>

namespace hostreview::commands {

/**
 * Pastes copied stations and the links among them as one undo step (a macro of AddStationCommand
 * and AddLinkCommand children). Ids that are taken get a suffix (pg → pg-2) and the links follow
 * the renaming; every pasted station is shifted by `offset`.
 */
class PasteCommand : public QUndoCommand, public AuditTarget {
    Q_DECLARE_TR_FUNCTIONS(PasteCommand)
public:
    PasteCommand(core::ReviewDocument *document, const std::vector<core::Station> &stations,
                 const std::vector<core::Link> &links, QPointF offset, QUndoCommand *parent = nullptr);

    /** Returns the ids the pasted stations got, in the order given. */
    QStringList pastedIds() const { return m_ids; }
    QString auditTarget() const override;

private:
    QStringList m_ids;
};

} // namespace hostreview::commands
