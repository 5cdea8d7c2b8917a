#pragma once

// A small review shared by the merge and collaboration tests: two stations in a chain plus a spare
// one nobody routes to, one open class with a profile, one answer with one evidence file and one
// comment. Values are chosen so that every field the tests touch has a distinct, known base value.

#include "core/model/review.h"

#include <QDateTime>

#include <utility>

namespace hostreview::testing {

inline core::Station station(const QString &id, int servers)
{
    core::Station s;
    s.id = id;
    s.name = id.toUpper();
    s.kind = QStringLiteral("generic");
    s.servers = servers;
    return s;
}

inline QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, minute), Qt::UTC);
}

inline core::Comment comment(const QString &id, const QString &parent, const QString &kind, const QString &target,
                             const QString &author, const QDateTime &created, const QString &text)
{
    core::Comment c;
    c.id = id;
    c.parentId = parent;
    c.targetKind = kind;
    c.targetId = target;
    c.author = author;
    c.created = created;
    c.text = text;
    return c;
}

inline core::Review baseReview()
{
    core::Review r;
    r.name = QStringLiteral("Merge fixture");
    r.meta.client = QStringLiteral("ACME");
    r.meta.reviewers = {QStringLiteral("alice")};
    r.stations = {station(QStringLiteral("web"), 2), station(QStringLiteral("pg"), 4), station(QStringLiteral("cache"), 1)};
    core::Link link;
    link.from = QStringLiteral("web");
    link.to = QStringLiteral("pg");
    link.calls.insert(QStringLiteral("orders"), 2.0);
    r.links = {link};
    core::WorkloadClass orders;
    orders.id = QStringLiteral("orders");
    orders.name = QStringLiteral("Orders");
    orders.type = core::ClassType::Open;
    orders.arrivalRate = 1.5;
    orders.entry = QStringLiteral("web");
    orders.demands = {core::Demand{QStringLiteral("web"), 1.0, 0.1, {}}, core::Demand{QStringLiteral("pg"), std::nullopt, 0.01, {}}};
    r.classes = {orders};
    core::Profile profile;
    profile.classId = QStringLiteral("orders");
    profile.bucketMinutes = 60;
    profile.multipliers = std::vector<double>(24, 1.0);
    r.profiles = {profile};
    r.checklistId = QStringLiteral("odoo-hosting");
    core::ChecklistAnswer backups;
    backups.itemId = QStringLiteral("backups");
    backups.status = core::AnswerStatus::Met;
    backups.evidenceIds = {QStringLiteral("ev-1")};
    backups.reviewer = QStringLiteral("alice");
    r.answers = {backups};
    core::EvidenceFile ev;
    ev.id = QStringLiteral("ev-1");
    ev.fileName = QStringLiteral("backup-policy.txt");
    ev.mimeType = QStringLiteral("text/plain");
    ev.data = QByteArrayLiteral("nightly pg_dump, 30 days");
    r.evidence = {ev};
    r.hostingAnswers.insert(QStringLiteral("team_size"), 3);
    r.comments = {comment(QStringLiteral("c-1"), QString(), QStringLiteral("station"), QStringLiteral("pg"),
                          QStringLiteral("alice"), at(0), QStringLiteral("Is 4 enough?"))};
    r.audit = {core::AuditEntry{at(0), QStringLiteral("alice"), QStringLiteral("laptop"), QStringLiteral("Add station pg"),
                                QStringLiteral("stations[pg]")}};
    return r;
}

inline core::ChecklistAnswer answer(const QString &item, core::AnswerStatus status, const QString &reviewer)
{
    core::ChecklistAnswer a;
    a.itemId = item;
    a.status = status;
    a.reviewer = reviewer;
    return a;
}

/**
 * The acceptance edits on `base`: alice answers "monitoring" (met) and sets pg to 8 servers,
 * bob answers "ha-failover" (partly) and sets web to 3 servers. Returns {alice's, bob's}.
 */
inline std::pair<core::Review, core::Review> twoReviewersEdits(const core::Review &base)
{
    core::Review alice = base;
    alice.answers.push_back(answer(QStringLiteral("monitoring"), core::AnswerStatus::Met, QStringLiteral("alice")));
    alice.station(QStringLiteral("pg"))->servers = 8;
    core::Review bob = base;
    bob.answers.push_back(answer(QStringLiteral("ha-failover"), core::AnswerStatus::Partly, QStringLiteral("bob")));
    bob.station(QStringLiteral("web"))->servers = 3;
    return {alice, bob};
}

} // namespace hostreview::testing
