#pragma once

#include "../model/review.h"
#include "../result.h"

#include <QObject>
#include <QString>

#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace hostreview::core {

/** What removeStation() took out of the review, enough to put it back exactly (undo). */
struct RemovedStation {
    Station station;
    int index = -1;                                ///< position in Review::stations
    std::vector<std::pair<int, Link>> links;       ///< attached links with their positions, ascending
    /** Demands of classes on the station: (class id, position in demands, demand), ascending per class. */
    std::vector<std::tuple<QString, int, Demand>> demands;
    QStringList entryOf;                           ///< ids of classes whose `entry` was this station
};

/** How much removeStation() takes out with the station. */
enum class StationRemoval {
    WithReferences, ///< also its links, the class demands on it and `entry` references (a user's delete)
    StationOnly,    ///< the station and its links only (undoing a placement restores the review exactly)
};

/** What removeClass() took out of the review. */
struct RemovedClass {
    WorkloadClass workloadClass;
    int index = -1;
    std::optional<std::pair<int, Profile>> profile; ///< the class's profile and its position
};

/**
 * The editable review of one open document: owns a Review, its file path and modified flag, and
 * tells everyone what changed through signals that state facts. Objects are addressed by id only
 * (stations and classes by id, links by their (from, to) pair). Mutators check their arguments and
 * return an Error naming the object and field instead of changing anything; they never touch an
 * undo stack (the app keeps one QUndoStack per document and pushes commands that call these).
 *
 * Every successful mutation marks the document modified and emits `edited()` after its specific
 * signal; moves emit `stationMoved()` only (positions do not change solver results).
 */
class ReviewDocument : public QObject {
    Q_OBJECT
public:
    explicit ReviewDocument(QObject *parent = nullptr);
    ~ReviewDocument() override;

    /** Returns the review as it is now. */
    const Review &review() const { return m_review; }

    /** Replaces the whole review (new, open, revert); clears the modified flag; emits reset(). */
    void setReview(Review review, const QString &filePath = {});

    /** Returns the file the review was read from or last saved to; empty for a new document. */
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    /** Returns the file's base name, or "Untitled" for a new document (for the window title). */
    QString displayName() const;

    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    /** Returns `base` if no station has that id, else base-2, base-3, … (for placing and pasting). */
    QString uniqueStationId(const QString &base) const;
    /** Same for classes and scenarios. */
    QString uniqueClassId(const QString &base) const;
    QString uniqueScenarioId(const QString &base) const;

    // --- stations ---------------------------------------------------------------------------
    /** Inserts a station at `index` (-1 or past the end: appended). Fails on an invalid or taken id. */
    Result<void> addStation(const Station &station, int index = -1);
    /**
     * Removes a station together with its links and, by default, the class demands on it and the
     * classes' `entry` references to it; returns all of it (nullopt when there is no such station).
     */
    std::optional<RemovedStation> removeStation(const QString &id,
                                                StationRemoval scope = StationRemoval::WithReferences);
    /** Puts back exactly what removeStation() returned. */
    Result<void> restoreStation(const RemovedStation &removed);
    /** Replaces every field of station `id`; `station.id` must equal `id` (ids are not renamed here). */
    Result<void> setStation(const QString &id, const Station &station);
    /** Moves the station on the canvas; emits stationMoved() only. */
    Result<void> moveStation(const QString &id, double x, double y);

    // --- links ------------------------------------------------------------------------------
    /** Adds a link; fails when either station is missing, from == to, or the link exists. */
    Result<void> addLink(const Link &link, int index = -1);
    /** Removes the link and returns it with its position; nullopt when absent. */
    std::optional<std::pair<int, Link>> removeLink(const QString &from, const QString &to);
    /** Replaces the link's calls and extra keys (from/to must stay the same). */
    Result<void> setLink(const QString &from, const QString &to, const Link &link);

    // --- classes and profiles -----------------------------------------------------------------
    Result<void> addClass(const WorkloadClass &workloadClass, int index = -1);
    /** Removes the class and its profile; nullopt when absent. */
    std::optional<RemovedClass> removeClass(const QString &id);
    Result<void> restoreClass(const RemovedClass &removed);
    /** Replaces every field of class `id`; `workloadClass.id` must equal `id`. */
    Result<void> setClass(const QString &id, const WorkloadClass &workloadClass);
    /** Sets (or, with nullopt, removes) the profile of class `classId`. */
    Result<void> setProfile(const QString &classId, const std::optional<Profile> &profile);

    // --- scenarios ------------------------------------------------------------------------------
    Result<void> addScenario(const Scenario &scenario, int index = -1);
    std::optional<std::pair<int, Scenario>> removeScenario(const QString &id);
    Result<void> setScenario(const QString &id, const Scenario &scenario);

    // --- the rest of the review -------------------------------------------------------------------
    void setName(const QString &name);
    void setMeta(const ReviewMeta &meta);
    void setChecklistId(const QString &checklistId);
    /** Sets (or, with nullopt, removes) the answer to checklist item `itemId`. */
    Result<void> setAnswer(const QString &itemId, const std::optional<ChecklistAnswer> &answer);
    void setHostingAnswers(const QJsonObject &answers);
    /** Inserts an evidence attachment at `index` (-1 appends); its id must be new and valid. */
    Result<void> addEvidence(const EvidenceFile &file, int index = -1);
    /** Removes the evidence attachment `id`; returns it with its index so undo can put it back. */
    Result<std::pair<EvidenceFile, int>> removeEvidence(const QString &id);
    /**
     * Sets a document-level key this version keeps untyped in Review::extra (for example the log
     * import's "classification_rules"); an undefined value removes the key.
     */
    void setExtraValue(const QString &key, const QJsonValue &value);
    /** Returns an evidence id not used yet ("ev-1", "ev-2", …). */
    QString uniqueEvidenceId() const;

    // --- comments, audit log and revisions (collab.h) -------------------------------------------
    /**
     * Inserts a comment at `index` (-1 appends). Fails, naming the field, on an invalid or taken id,
     * a parent that does not exist, an unknown target kind, a station or class target that does not
     * exist, or a text longer than kMaxCommentChars.
     */
    Result<void> addComment(const Comment &comment, int index = -1);
    /** Replaces comment `id` (text, resolved flag…); id, parent and target must stay the same. */
    Result<void> setComment(const QString &id, const Comment &comment);
    /**
     * Removes comment `id` and every reply below it; returns them with their positions, ascending,
     * so that restoreComments() puts them back exactly. Fails when there is no such comment.
     */
    Result<std::vector<std::pair<int, Comment>>> removeComment(const QString &id);
    /** Puts back what removeComment() returned. */
    Result<void> restoreComments(const std::vector<std::pair<int, Comment>> &removed);
    /** Returns a comment id not used yet ("c-1", "c-2", …). */
    QString uniqueCommentId() const;
    /**
     * Appends an audit entry. The log is a record, not content: this neither marks the document
     * modified nor emits edited(), only auditAppended().
     */
    void appendAudit(const AuditEntry &entry);
    /**
     * Records a new revision before a save (recordRevision(), merge/revisions.h): the next save's
     * parent is this one. When another review was merged in since the last one, the new revision
     * names that review's revision as its second parent (and forgets it). Emits historyChanged();
     * does not mark the document modified.
     */
    void recordRevision(const QString &who);
    /**
     * Sets the revision of the other review merged into this one (File ▸ Merge with…), which the
     * next recorded revision names as its second parent; empty when nothing was merged. Undoing the
     * merge sets it back. Replacing the whole review (setReview()) forgets it.
     */
    void setMergedRevision(const QString &revisionId) { m_mergedRevision = revisionId; }
    QString mergedRevision() const { return m_mergedRevision; }

Q_SIGNALS:
    void stationAdded(const QString &id);
    void stationChanged(const QString &id);
    void stationMoved(const QString &id);
    void stationRemoved(const QString &id);
    void linkAdded(const QString &from, const QString &to);
    void linkChanged(const QString &from, const QString &to);
    void linkRemoved(const QString &from, const QString &to);
    void classesChanged();
    void profilesChanged();
    void scenariosChanged();
    void nameChanged(const QString &name);
    void metaChanged();
    void answerChanged(const QString &itemId);
    void hostingAnswersChanged();
    void evidenceChanged();
    void extraChanged(const QString &key);
    void commentAdded(const QString &id);
    void commentChanged(const QString &id);
    void commentRemoved(const QString &id);
    /** An entry was appended to the audit log (the last one of review().audit). */
    void auditAppended();
    /** A revision was recorded (review().history and revisionId changed). */
    void historyChanged();
    /** The whole review was replaced: rebuild every view. */
    void reset();
    /** Anything that may change solver results or the report changed (not emitted for moves). */
    void edited();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void touch(); // marks modified and emits edited()

    Review m_review;
    QString m_filePath;
    QString m_mergedRevision;
    bool m_modified = false;
};

} // namespace hostreview::core
