#include "applymergecommand.h"

#include "core/document/reviewdocument.h"

#include <algorithm>

namespace hostreview::widgets {

ApplyMergeCommand::ApplyMergeCommand(core::ReviewDocument *document, core::Review merged, const QString &otherName,
                                     const QString &theirsRevision, QUndoCommand *parent)
    : QUndoCommand(tr("Merge with %1").arg(otherName), parent), m_document(document), m_before(document->review()),
      m_merged(std::move(merged)), m_mergedRevisionBefore(document->mergedRevision()), m_theirsRevision(theirsRevision)
{
}

void ApplyMergeCommand::redo() { replace(m_merged, m_theirsRevision); }

void ApplyMergeCommand::undo() { replace(m_before, m_mergedRevisionBefore); }

void ApplyMergeCommand::replace(core::Review content, const QString &mergedRevision)
{
    // Entries of the log now that `content` lacks (written since the command was made) stay, in time order.
    const std::vector<core::AuditEntry> &now = m_document->review().audit;
    for (const core::AuditEntry &e : now)
        if (std::find(content.audit.cbegin(), content.audit.cend(), e) == content.audit.cend())
            content.audit.push_back(e);
    std::stable_sort(content.audit.begin(), content.audit.end(),
                     [](const core::AuditEntry &a, const core::AuditEntry &b) { return a.when < b.when; });
    // setReview() is the one mutator that swaps everything; it clears the modified flag, which the
    // undo stack's clean state sets right again after this returns (or here, when it does not change).
    m_document->setReview(std::move(content), m_document->filePath());
    m_document->setMergedRevision(mergedRevision);
    m_document->setModified(true);
}

} // namespace hostreview::widgets
