#pragma once

#include "../result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hostreview::core::checklist {

/** How much harm an unmet item can do; with the item's weight it gives the risk level. */
enum class Criticality {
    Low,    ///< "low": hygiene, improves efficiency or comfort
    Medium, ///< "medium": enabling practice, its absence degrades the platform
    High,   ///< "high": foundational practice, its absence can stop fulfilment or lose data
};

QString criticalityName(Criticality c);
/** Parses "low", "medium", "high"; nullopt for anything else. */
std::optional<Criticality> criticalityFromName(const QString &name);

/** A group of items that is scored on its own (Security & IAM, Observability, …). */
struct ChecklistDomain {
    QString id;          ///< "security-iam"
    QString name;        ///< "Security & IAM"
    QString description;

    bool operator==(const ChecklistDomain &) const = default;
};

/** One reviewable control. */
struct ChecklistItem {
    QString id;          ///< unique in the checklist, what answers refer to
    QString domainId;
    QString question;    ///< what the reviewer asks
    QString good;        ///< what good looks like (the evidence a "met" needs)
    int weight = 1;      ///< 1 … 5, share of the domain score
    Criticality criticality = Criticality::Medium;
    QStringList sources; ///< "file:line" references into the seed documents

    bool operator==(const ChecklistItem &) const = default;
};

/** A checklist template (templates/checklists/<id>.json, format "hostreview-checklist" v1). */
struct Checklist {
    QString id;
    QString name;
    int revision = 1;  ///< the template's own revision, raised whenever items change
    QString description;
    std::vector<ChecklistDomain> domains; ///< document order
    std::vector<ChecklistItem> items;     ///< document order

    const ChecklistItem *item(const QString &id) const;
    const ChecklistDomain *domain(const QString &id) const;

    bool operator==(const Checklist &) const = default;
};

/** Highest version of the checklist format this program reads. */
inline constexpr int ChecklistFormatVersion = 1;

/**
 * Parses a checklist template. Every problem is reported, each naming the item and field
 * ("items[sec-secrets].weight: must be a whole number from 1 to 5, got 0"); with a single
 * problem the Error's `where` is that field, with several the message lists them one per line.
 */
Result<Checklist> checklistFromJson(const QByteArray &json);

/** Reads and parses a checklist template file; a missing or unreadable file is an error naming it. */
Result<Checklist> loadChecklist(const QString &path);

/** The checklist a review's answers refer to: its `checklist` id, or "odoo-hosting" when it names none. */
QString reviewChecklistId(const QString &checklistId);

/**
 * Path of the shipped template `templates/checklists/<id>.json`; an error naming "checklist" when
 * `id` is not an identifier (so a hostile id never becomes a path outside the templates).
 */
Result<QString> shippedChecklistPath(const QString &id);

/** Loads the shipped checklist template for a review's `checklistId` (see reviewChecklistId). */
Result<Checklist> loadShippedChecklist(const QString &checklistId);

/**
 * Splits a source reference "002_a220ec9aadd018d6.txt:23" into file and 1-based line.
 * Returns nullopt when it is not of the form `<file>:<line>` with line ≥ 1.
 */
std::optional<std::pair<QString, int>> parseSourceRef(const QString &ref);

} // namespace hostreview::core::checklist
