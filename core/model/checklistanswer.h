#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hostreview::core {

/** A reviewer's verdict on one checklist item. */
enum class AnswerStatus {
    NotAssessed,   ///< "not-assessed": not yet answered (never counted as met)
    Met,           ///< "met"
    Partly,        ///< "partly"
    NotMet,        ///< "not-met"
    NotApplicable, ///< "n/a": excluded from the score
};

QString answerStatusName(AnswerStatus s);
/** Parses "met", "partly", "not-met", "n/a", "not-assessed"; nullopt for anything else. */
std::optional<AnswerStatus> answerStatusFromName(const QString &name);

/** The answer to one checklist item (items live in templates/checklists/, addressed by id). */
struct ChecklistAnswer {
    QString itemId;
    AnswerStatus status = AnswerStatus::NotAssessed;
    QString notes;             ///< evidence notes
    QStringList evidenceIds;   ///< ids of EvidenceFile entries attached to this answer
    QString reviewer;
    QDateTime answeredAt;      ///< UTC
    QJsonObject extra;

    bool operator==(const ChecklistAnswer &) const = default;
};

/** The largest evidence attachment a review holds (validation, project file and GUI all use it). */
inline constexpr qint64 kMaxEvidenceBytes = 64LL * 1024 * 1024;

/** An evidence attachment stored inside the project file; never opened by the program itself. */
struct EvidenceFile {
    QString id;
    QString fileName;  ///< original name, for display and export only
    QString mimeType;
    QByteArray data;   ///< the bytes (base64 in JSON)
    QDateTime addedAt;
    QString addedBy;
    QJsonObject extra;

    bool operator==(const EvidenceFile &) const = default;
};

} // namespace hostreview::core
