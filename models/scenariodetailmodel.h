#pragma once

#include "celleditor.h"

#include "core/document/reviewdocument.h"
#include "core/model/review.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace hostreview::models {

/**
 * Base of the models that edit one part of one scenario, a row per class or per station: follows
 * the document, keeps the chosen scenario, and asks for edits with scenarioEditRequested().
 */
class ScenarioDetailModel : public QAbstractTableModel, public CandidateChecker {
    Q_OBJECT
public:
    void setDocument(core::ReviewDocument *document);
    QString scenarioId() const { return m_scenarioId; }

Q_SIGNALS:
    /** The user committed a cell: scenario `scenarioId` should become `after`; `field` names what changed. */
    void scenarioEditRequested(const QString &scenarioId, const hostreview::core::Scenario &after,
                               const QString &field);
    void editRejected(const QString &message);

public Q_SLOTS:
    void setScenarioId(const QString &scenarioId);
    void refresh();

protected:
    explicit ScenarioDetailModel(QObject *parent = nullptr);
    /** Returns the ids of the rows (classes or stations) in document order. */
    virtual QStringList rowIds(const core::Review &review) const = 0;
    const core::Review *review() const;
    const core::Scenario *scenario() const;

private:
    QPointer<core::ReviewDocument> m_document;
    QString m_scenarioId;
    QStringList m_ids;
};

} // namespace hostreview::models
