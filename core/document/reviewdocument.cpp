#include "reviewdocument.h"

#include "../merge/revisions.h"
#include "../model/validation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace hostreview::core {

namespace {


int clampIndex(int index, std::size_t size)
{
    return (index < 0 || index > int(size)) ? int(size) : index;
}

template<typename List, typename Pred>
int indexOf(const List &list, Pred pred)
{
    auto it = std::find_if(list.begin(), list.end(), pred);
    return it == list.end() ? -1 : int(it - list.begin());
}

template<typename List, typename Pred>
QString uniqueId(const List &list, const QString &base, Pred idOf)
{
    auto taken = [&](const QString &id) {
        return std::any_of(list.begin(), list.end(), [&](const auto &x) { return idOf(x) == id; });
    };
    const QString stem = base.isEmpty() ? QStringLiteral("item") : base;
    if (!taken(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString id = stem + QLatin1Char('-') + QString::number(n);
        if (!taken(id))
            return id;
    }
}

} // namespace

ReviewDocument::ReviewDocument(QObject *parent) : QObject(parent) {}

ReviewDocument::~ReviewDocument() = default;

void ReviewDocument::setReview(Review review, const QString &filePath)
{
    m_review = std::move(review);
    m_mergedRevision.clear();
    setFilePath(filePath);
    Q_EMIT reset();
    setModified(false);
}

void ReviewDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

QString ReviewDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void ReviewDocument::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void ReviewDocument::touch()
{
    setModified(true);
    Q_EMIT edited();
}

QString ReviewDocument::uniqueStationId(const QString &base) const
{
    return uniqueId(m_review.stations, base, [](const Station &s) { return s.id; });
}

QString ReviewDocument::uniqueClassId(const QString &base) const
{
    return uniqueId(m_review.classes, base, [](const WorkloadClass &c) { return c.id; });
}

QString ReviewDocument::uniqueScenarioId(const QString &base) const
{
    return uniqueId(m_review.scenarios, base, [](const Scenario &s) { return s.id; });
}

// --- stations -------------------------------------------------------------------------------------

Result<void> ReviewDocument::addStation(const Station &station, int index)
{
    const QString where = QStringLiteral("stations[%1].id").arg(station.id);
    if (!isValidId(station.id))
        return fail(where, tr("must match [A-Za-z0-9_.-]{1,64}, got \"%1\"").arg(station.id));
    if (m_review.station(station.id))
        return fail(where, tr("a station with this id already exists"));
    const int at = clampIndex(index, m_review.stations.size());
    m_review.stations.insert(m_review.stations.begin() + at, station);
    Q_EMIT stationAdded(station.id);
    touch();
    return {};
}

std::optional<RemovedStation> ReviewDocument::removeStation(const QString &id, StationRemoval scope)
{
    const int index = m_review.stationIndex(id);
    if (index < 0)
        return std::nullopt;
    RemovedStation removed;
    removed.station = m_review.stations[std::size_t(index)];
    removed.index = index;

    // Links first (in descending order so that positions stay valid), announcing each.
    for (int i = 0; i < int(m_review.links.size()); ++i) {
        const Link &l = m_review.links[std::size_t(i)];
        if (l.from == id || l.to == id)
            removed.links.emplace_back(i, l);
    }
    for (auto it = removed.links.rbegin(); it != removed.links.rend(); ++it) {
        m_review.links.erase(m_review.links.begin() + it->first);
        Q_EMIT linkRemoved(it->second.from, it->second.to);
    }

    bool classesTouched = false;
    for (WorkloadClass &c : m_review.classes) {
        if (scope == StationRemoval::StationOnly)
            break;
        for (int i = 0; i < int(c.demands.size()); ++i)
            if (c.demands[std::size_t(i)].station == id)
                removed.demands.emplace_back(c.id, i, c.demands[std::size_t(i)]);
        const auto before = c.demands.size();
        c.demands.erase(std::remove_if(c.demands.begin(), c.demands.end(),
                                       [&](const Demand &d) { return d.station == id; }),
                        c.demands.end());
        if (c.demands.size() != before)
            classesTouched = true;
        if (c.entry == id) {
            removed.entryOf << c.id;
            c.entry.clear();
            classesTouched = true;
        }
    }

    m_review.stations.erase(m_review.stations.begin() + index);
    Q_EMIT stationRemoved(id);
    if (classesTouched)
        Q_EMIT classesChanged();
    touch();
    return removed;
}

Result<void> ReviewDocument::restoreStation(const RemovedStation &removed)
{
    if (Result<void> r = addStation(removed.station, removed.index); !r)
        return r;
    for (const auto &[i, link] : removed.links) {
        const int at = clampIndex(i, m_review.links.size());
        m_review.links.insert(m_review.links.begin() + at, link);
        Q_EMIT linkAdded(link.from, link.to);
    }
    bool classesTouched = false;
    for (const auto &[classId, i, demand] : removed.demands) {
        if (WorkloadClass *c = m_review.workloadClass(classId)) {
            c->demands.insert(c->demands.begin() + clampIndex(i, c->demands.size()), demand);
            classesTouched = true;
        }
    }
    for (const QString &classId : removed.entryOf) {
        if (WorkloadClass *c = m_review.workloadClass(classId)) {
            c->entry = removed.station.id;
            classesTouched = true;
        }
    }
    if (classesTouched)
        Q_EMIT classesChanged();
    touch();
    return {};
}

Result<void> ReviewDocument::setStation(const QString &id, const Station &station)
{
    Station *s = m_review.station(id);
    if (!s)
        return fail(QStringLiteral("stations[%1]").arg(id), tr("no such station"));
    if (station.id != id)
        return fail(QStringLiteral("stations[%1].id").arg(id), tr("cannot be changed here, got \"%1\"").arg(station.id));
    if (*s == station)
        return {};
    const bool onlyMoved = [&] {
        Station moved = *s;
        moved.x = station.x;
        moved.y = station.y;
        return moved == station;
    }();
    *s = station;
    if (onlyMoved) {
        Q_EMIT stationMoved(id);
        setModified(true);
        return {};
    }
    Q_EMIT stationChanged(id);
    touch();
    return {};
}

Result<void> ReviewDocument::moveStation(const QString &id, double x, double y)
{
    Station *s = m_review.station(id);
    if (!s)
        return fail(QStringLiteral("stations[%1]").arg(id), tr("no such station"));
    if (!std::isfinite(x) || !std::isfinite(y))
        return fail(QStringLiteral("stations[%1].x").arg(id), tr("position must be finite"));
    if (s->x == x && s->y == y)
        return {};
    s->x = x;
    s->y = y;
    Q_EMIT stationMoved(id);
    setModified(true);
    return {};
}

// --- links --------------------------------------------------------------------------------------------

Result<void> ReviewDocument::addLink(const Link &link, int index)
{
    const QString where = QStringLiteral("links[%1→%2]").arg(link.from, link.to);
    if (!m_review.station(link.from))
        return fail(where + QStringLiteral(".from"), tr("no station \"%1\"").arg(link.from));
    if (!m_review.station(link.to))
        return fail(where + QStringLiteral(".to"), tr("no station \"%1\"").arg(link.to));
    if (link.from == link.to)
        return fail(where, tr("a station cannot link to itself"));
    if (m_review.link(link.from, link.to))
        return fail(where, tr("this link already exists"));
    for (auto it = link.calls.begin(); it != link.calls.end(); ++it)
        if (!std::isfinite(it.value()) || it.value() < 0)
            return fail(where + QStringLiteral(".calls.") + it.key(), tr("must be ≥ 0, got %1").arg(it.value()));
    m_review.links.insert(m_review.links.begin() + clampIndex(index, m_review.links.size()), link);
    Q_EMIT linkAdded(link.from, link.to);
    touch();
    return {};
}

std::optional<std::pair<int, Link>> ReviewDocument::removeLink(const QString &from, const QString &to)
{
    const int i = indexOf(m_review.links, [&](const Link &l) { return l.from == from && l.to == to; });
    if (i < 0)
        return std::nullopt;
    std::pair<int, Link> removed{i, m_review.links[std::size_t(i)]};
    m_review.links.erase(m_review.links.begin() + i);
    Q_EMIT linkRemoved(from, to);
    touch();
    return removed;
}

Result<void> ReviewDocument::setLink(const QString &from, const QString &to, const Link &link)
{
    const QString where = QStringLiteral("links[%1→%2]").arg(from, to);
    const int i = indexOf(m_review.links, [&](const Link &l) { return l.from == from && l.to == to; });
    if (i < 0)
        return fail(where, tr("no such link"));
    if (link.from != from || link.to != to)
        return fail(where, tr("the ends of a link cannot be changed here"));
    for (auto it = link.calls.begin(); it != link.calls.end(); ++it)
        if (!std::isfinite(it.value()) || it.value() < 0)
            return fail(where + QStringLiteral(".calls.") + it.key(), tr("must be ≥ 0, got %1").arg(it.value()));
    if (m_review.links[std::size_t(i)] == link)
        return {};
    m_review.links[std::size_t(i)] = link;
    Q_EMIT linkChanged(from, to);
    touch();
    return {};
}

// --- classes -----------------------------------------------------------------------------------------

Result<void> ReviewDocument::addClass(const WorkloadClass &workloadClass, int index)
{
    const QString where = QStringLiteral("classes[%1].id").arg(workloadClass.id);
    if (!isValidId(workloadClass.id))
        return fail(where, tr("must match [A-Za-z0-9_.-]{1,64}, got \"%1\"").arg(workloadClass.id));
    if (m_review.workloadClass(workloadClass.id))
        return fail(where, tr("a class with this id already exists"));
    m_review.classes.insert(m_review.classes.begin() + clampIndex(index, m_review.classes.size()), workloadClass);
    Q_EMIT classesChanged();
    touch();
    return {};
}

std::optional<RemovedClass> ReviewDocument::removeClass(const QString &id)
{
    const int index = m_review.classIndex(id);
    if (index < 0)
        return std::nullopt;
    RemovedClass removed;
    removed.workloadClass = m_review.classes[std::size_t(index)];
    removed.index = index;
    const int p = indexOf(m_review.profiles, [&](const Profile &pr) { return pr.classId == id; });
    if (p >= 0) {
        removed.profile = std::make_pair(p, m_review.profiles[std::size_t(p)]);
        m_review.profiles.erase(m_review.profiles.begin() + p);
    }
    m_review.classes.erase(m_review.classes.begin() + index);
    Q_EMIT classesChanged();
    if (p >= 0)
        Q_EMIT profilesChanged();
    touch();
    return removed;
}

Result<void> ReviewDocument::restoreClass(const RemovedClass &removed)
{
    if (Result<void> r = addClass(removed.workloadClass, removed.index); !r)
        return r;
    if (removed.profile) {
        const auto &[p, profile] = *removed.profile;
        m_review.profiles.insert(m_review.profiles.begin() + clampIndex(p, m_review.profiles.size()), profile);
        Q_EMIT profilesChanged();
        touch();
    }
    return {};
}

Result<void> ReviewDocument::setClass(const QString &id, const WorkloadClass &workloadClass)
{
    WorkloadClass *c = m_review.workloadClass(id);
    if (!c)
        return fail(QStringLiteral("classes[%1]").arg(id), tr("no such class"));
    if (workloadClass.id != id)
        return fail(QStringLiteral("classes[%1].id").arg(id), tr("cannot be changed here, got \"%1\"").arg(workloadClass.id));
    if (*c == workloadClass)
        return {};
    *c = workloadClass;
    Q_EMIT classesChanged();
    touch();
    return {};
}

Result<void> ReviewDocument::setProfile(const QString &classId, const std::optional<Profile> &profile)
{
    if (!m_review.workloadClass(classId))
        return fail(QStringLiteral("profiles[%1].class").arg(classId), tr("no such class"));
    if (profile && profile->classId != classId)
        return fail(QStringLiteral("profiles[%1].class").arg(classId), tr("does not match, got \"%1\"").arg(profile->classId));
    const int p = indexOf(m_review.profiles, [&](const Profile &pr) { return pr.classId == classId; });
    if (p < 0 && !profile)
        return {};
    if (p >= 0 && profile && m_review.profiles[std::size_t(p)] == *profile)
        return {};
    if (!profile)
        m_review.profiles.erase(m_review.profiles.begin() + p);
    else if (p >= 0)
        m_review.profiles[std::size_t(p)] = *profile;
    else
        m_review.profiles.push_back(*profile);
    Q_EMIT profilesChanged();
    touch();
    return {};
}

// --- scenarios --------------------------------------------------------------------------------------

Result<void> ReviewDocument::addScenario(const Scenario &scenario, int index)
{
    const QString where = QStringLiteral("scenarios[%1].id").arg(scenario.id);
    if (!isValidId(scenario.id))
        return fail(where, tr("must match [A-Za-z0-9_.-]{1,64}, got \"%1\"").arg(scenario.id));
    if (scenario.id == baselineScenarioId())
        return fail(where, tr("\"baseline\" is the implicit scenario and cannot be defined"));
    if (m_review.scenario(scenario.id))
        return fail(where, tr("a scenario with this id already exists"));
    m_review.scenarios.insert(m_review.scenarios.begin() + clampIndex(index, m_review.scenarios.size()), scenario);
    Q_EMIT scenariosChanged();
    touch();
    return {};
}

std::optional<std::pair<int, Scenario>> ReviewDocument::removeScenario(const QString &id)
{
    const int i = indexOf(m_review.scenarios, [&](const Scenario &s) { return s.id == id; });
    if (i < 0)
        return std::nullopt;
    std::pair<int, Scenario> removed{i, m_review.scenarios[std::size_t(i)]};
    m_review.scenarios.erase(m_review.scenarios.begin() + i);
    Q_EMIT scenariosChanged();
    touch();
    return removed;
}

Result<void> ReviewDocument::setScenario(const QString &id, const Scenario &scenario)
{
    const int i = indexOf(m_review.scenarios, [&](const Scenario &s) { return s.id == id; });
    if (i < 0)
        return fail(QStringLiteral("scenarios[%1]").arg(id), tr("no such scenario"));
    if (scenario.id != id)
        return fail(QStringLiteral("scenarios[%1].id").arg(id), tr("cannot be changed here, got \"%1\"").arg(scenario.id));
    if (m_review.scenarios[std::size_t(i)] == scenario)
        return {};
    m_review.scenarios[std::size_t(i)] = scenario;
    Q_EMIT scenariosChanged();
    touch();
    return {};
}

// --- the rest ------------------------------------------------------------------------------------------

void ReviewDocument::setName(const QString &name)
{
    if (name == m_review.name)
        return;
    m_review.name = name;
    Q_EMIT nameChanged(name);
    touch();
}

void ReviewDocument::setMeta(const ReviewMeta &meta)
{
    if (meta == m_review.meta)
        return;
    m_review.meta = meta;
    Q_EMIT metaChanged();
    touch();
}

void ReviewDocument::setChecklistId(const QString &checklistId)
{
    if (checklistId == m_review.checklistId)
        return;
    m_review.checklistId = checklistId;
    Q_EMIT metaChanged();
    touch();
}

Result<void> ReviewDocument::setAnswer(const QString &itemId, const std::optional<ChecklistAnswer> &answer)
{
    if (itemId.isEmpty())
        return fail(QStringLiteral("answers[].item"), tr("must not be empty"));
    if (answer && answer->itemId != itemId)
        return fail(QStringLiteral("answers[%1].item").arg(itemId), tr("does not match, got \"%1\"").arg(answer->itemId));
    auto &list = m_review.answers;
    const int i = indexOf(list, [&](const ChecklistAnswer &a) { return a.itemId == itemId; });
    if (i < 0 && !answer)
        return {};
    if (i >= 0 && answer && list[std::size_t(i)] == *answer)
        return {};
    if (!answer)
        list.erase(list.begin() + i);
    else if (i >= 0)
        list[std::size_t(i)] = *answer;
    else
        list.push_back(*answer);
    Q_EMIT answerChanged(itemId);
    touch();
    return {};
}

void ReviewDocument::setHostingAnswers(const QJsonObject &answers)
{
    if (answers == m_review.hostingAnswers)
        return;
    m_review.hostingAnswers = answers;
    Q_EMIT hostingAnswersChanged();
    touch();
}

Result<void> ReviewDocument::addEvidence(const EvidenceFile &file, int index)
{
    const QString where = QStringLiteral("evidence[%1].id").arg(file.id);
    if (!isValidId(file.id))
        return fail(where, tr("must match [A-Za-z0-9_.-]{1,64}, got \"%1\"").arg(file.id));
    auto &list = m_review.evidence;
    if (indexOf(list, [&](const EvidenceFile &e) { return e.id == file.id; }) >= 0)
        return fail(where, tr("is already used"));
    if (index < 0 || index > int(list.size()))
        index = int(list.size());
    list.insert(list.begin() + index, file);
    Q_EMIT evidenceChanged();
    touch();
    return {};
}

Result<std::pair<EvidenceFile, int>> ReviewDocument::removeEvidence(const QString &id)
{
    auto &list = m_review.evidence;
    const int i = indexOf(list, [&](const EvidenceFile &e) { return e.id == id; });
    if (i < 0)
        return fail(QStringLiteral("evidence[%1]").arg(id), tr("no such evidence"));
    std::pair<EvidenceFile, int> removed{list[std::size_t(i)], i};
    list.erase(list.begin() + i);
    Q_EMIT evidenceChanged();
    touch();
    return removed;
}

void ReviewDocument::setExtraValue(const QString &key, const QJsonValue &value)
{
    if (m_review.extra.value(key) == value)
        return;
    if (value.isUndefined())
        m_review.extra.remove(key);
    else
        m_review.extra.insert(key, value);
    Q_EMIT extraChanged(key);
    touch();
}

QString ReviewDocument::uniqueEvidenceId() const
{
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("ev-%1").arg(n);
        if (std::none_of(m_review.evidence.begin(), m_review.evidence.end(),
                         [&](const EvidenceFile &e) { return e.id == id; }))
            return id;
    }
}

// --- comments, audit log and revisions -------------------------------------------------------------

Result<void> ReviewDocument::addComment(const Comment &comment, int index)
{
    if (const auto e = checkComment(m_review, comment))
        return *e;
    auto &list = m_review.comments;
    if (indexOf(list, [&](const Comment &c) { return c.id == comment.id; }) >= 0)
        return fail(QStringLiteral("comments[%1].id").arg(comment.id), tr("is already used"));
    list.insert(list.begin() + clampIndex(index, list.size()), comment);
    Q_EMIT commentAdded(comment.id);
    touch();
    return {};
}

Result<void> ReviewDocument::setComment(const QString &id, const Comment &comment)
{
    const QString where = QStringLiteral("comments[%1]").arg(id);
    auto &list = m_review.comments;
    const int i = indexOf(list, [&](const Comment &c) { return c.id == id; });
    if (i < 0)
        return fail(where, tr("no such comment"));
    Comment &current = list[std::size_t(i)];
    if (comment.id != id || comment.parentId != current.parentId || comment.targetKind != current.targetKind
        || comment.targetId != current.targetId)
        return fail(where, tr("id, parent and target of a comment cannot change"));
    if (comment.text.size() > kMaxCommentChars)
        return fail(where + QStringLiteral(".text"),
                    tr("must be at most %1 characters, got %2").arg(kMaxCommentChars).arg(comment.text.size()));
    if (current == comment)
        return {};
    current = comment;
    Q_EMIT commentChanged(id);
    touch();
    return {};
}

Result<std::vector<std::pair<int, Comment>>> ReviewDocument::removeComment(const QString &id)
{
    auto &list = m_review.comments;
    if (indexOf(list, [&](const Comment &c) { return c.id == id; }) < 0)
        return fail(QStringLiteral("comments[%1]").arg(id), tr("no such comment"));
    // The comment and every reply below it, found by following parents downwards.
    QSet<QString> doomed{id};
    for (bool grew = true; grew;) {
        grew = false;
        for (const Comment &c : list)
            if (!doomed.contains(c.id) && doomed.contains(c.parentId)) {
                doomed.insert(c.id);
                grew = true;
            }
    }
    std::vector<std::pair<int, Comment>> removed;
    for (std::size_t i = 0; i < list.size(); ++i)
        if (doomed.contains(list[i].id))
            removed.emplace_back(int(i), list[i]);
    list.erase(std::remove_if(list.begin(), list.end(), [&](const Comment &c) { return doomed.contains(c.id); }),
               list.end());
    for (auto it = removed.rbegin(); it != removed.rend(); ++it)
        Q_EMIT commentRemoved(it->second.id);
    touch();
    return removed;
}

Result<void> ReviewDocument::restoreComments(const std::vector<std::pair<int, Comment>> &removed)
{
    auto &list = m_review.comments;
    for (const auto &[index, comment] : removed)
        // An init-capture: clang 14 (the fuzzing build) cannot capture a structured binding.
        if (indexOf(list, [&id = comment.id](const Comment &c) { return c.id == id; }) >= 0)
            return fail(QStringLiteral("comments[%1].id").arg(comment.id), tr("is already used"));
    // Ascending positions: each lands where it was once the ones before it are back.
    for (const auto &[index, comment] : removed)
        list.insert(list.begin() + clampIndex(index, list.size()), comment);
    for (const auto &[index, comment] : removed)
        Q_EMIT commentAdded(comment.id);
    touch();
    return {};
}

QString ReviewDocument::uniqueCommentId() const
{
    for (int n = int(m_review.comments.size()) + 1;; ++n) {
        const QString id = QStringLiteral("c-%1").arg(n);
        if (!m_review.comment(id))
            return id;
    }
}

void ReviewDocument::appendAudit(const AuditEntry &entry)
{
    m_review.audit.push_back(entry);
    Q_EMIT auditAppended();
}

void ReviewDocument::recordRevision(const QString &who)
{
    core::recordRevision(m_review, who, QDateTime::currentDateTimeUtc(), m_mergedRevision);
    m_mergedRevision.clear();
    Q_EMIT historyChanged();
}

} // namespace hostreview::core
