#pragma once

#include "checklistanswer.h"
#include "collab.h"
#include "link.h"
#include "profile.h"
#include "reviewmeta.h"
#include "scenario.h"
#include "station.h"
#include "workloadclass.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace hostreview::core {

/**
 * The whole review as plain values: the aggregate that storage loads and saves, the interchange
 * reads and writes, validation checks and the solver reads. Lists keep document order.
 * The editable, signalling wrapper the GUI uses is ReviewDocument (document/).
 */
struct Review {
    QString name;
    ReviewMeta meta;
    std::vector<Station> stations;
    std::vector<Link> links;
    std::vector<WorkloadClass> classes;
    std::vector<Profile> profiles;
    std::vector<Scenario> scenarios;
    QString checklistId;                 ///< checklist template the answers refer to ("odoo-hosting")
    std::vector<ChecklistAnswer> answers; ///< document order; at most one per item id
    std::vector<EvidenceFile> evidence;
    QJsonObject hostingAnswers;          ///< hosting-model questionnaire: question id → answer
    QJsonObject extra; ///< top-level keys this version does not know (later sections add typed members)
    std::vector<Comment> comments;       ///< threaded comments (collab.h), document order
    std::vector<AuditEntry> audit;       ///< who changed what, oldest first
    std::vector<Revision> history;       ///< saved revisions, oldest first
    QString revisionId;                  ///< the revision this content is (empty: never recorded)

    const Station *station(const QString &id) const;
    Station *station(const QString &id);
    const WorkloadClass *workloadClass(const QString &id) const;
    WorkloadClass *workloadClass(const QString &id);
    const Profile *profile(const QString &classId) const;
    const Scenario *scenario(const QString &id) const;
    const Link *link(const QString &from, const QString &to) const;
    int stationIndex(const QString &id) const; ///< -1 when absent
    int classIndex(const QString &id) const;   ///< -1 when absent
    const ChecklistAnswer *answer(const QString &itemId) const;
    const Comment *comment(const QString &id) const;

    bool operator==(const Review &) const = default;
};

} // namespace hostreview::core
