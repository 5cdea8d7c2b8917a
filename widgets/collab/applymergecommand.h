#pragma once

#include "core/model/review.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hostreview::core {
class ReviewDocument;
}

namespace hostreview::widgets {

/**
 * Replaces the document's content with a merged review as one undoable step (File ▸ Merge with…).
 * The audit log is a record, not content: undo keeps every entry written meanwhile, and redo keeps
 * the merged log plus those entries, so undoing a merge never erases who did what.
 */
class ApplyMergeCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ApplyMergeCommand)
public:
    /**
     * `theirsRevision` is the revision of the review merged in: the next save records it as the
     * second parent of its revision, so a later merge of the two finds this one as their base.
     */
    ApplyMergeCommand(core::ReviewDocument *document, core::Review merged, const QString &otherName,
                      const QString &theirsRevision = {}, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void replace(core::Review content, const QString &mergedRevision);

    core::ReviewDocument *m_document;
    core::Review m_before;
    core::Review m_merged;
    QString m_mergedRevisionBefore;
    QString m_theirsRevision;
};

} // namespace hostreview::widgets
