#include "review.h"

#include <algorithm>

namespace hostreview::core {

QString disciplineName(Discipline d)
{
    return d == Discipline::Delay ? QStringLiteral("delay") : QStringLiteral("queue");
}

QString classTypeName(ClassType t)
{
    return t == ClassType::Closed ? QStringLiteral("closed") : QStringLiteral("open");
}

QString answerStatusName(AnswerStatus s)
{
    switch (s) {
    case AnswerStatus::Met: return QStringLiteral("met");
    case AnswerStatus::Partly: return QStringLiteral("partly");
    case AnswerStatus::NotMet: return QStringLiteral("not-met");
    case AnswerStatus::NotApplicable: return QStringLiteral("n/a");
    case AnswerStatus::NotAssessed: break;
    }
    return QStringLiteral("not-assessed");
}

std::optional<AnswerStatus> answerStatusFromName(const QString &name)
{
    for (AnswerStatus s : {AnswerStatus::NotAssessed, AnswerStatus::Met, AnswerStatus::Partly, AnswerStatus::NotMet,
                           AnswerStatus::NotApplicable})
        if (answerStatusName(s) == name)
            return s;
    return std::nullopt;
}

QString provenanceName(Provenance p)
{
    return p == Provenance::Measured ? QStringLiteral("measured") : QStringLiteral("estimated");
}

namespace {
template<typename List, typename Pred>
auto findIn(List &list, Pred pred) -> decltype(&*list.begin())
{
    auto it = std::find_if(list.begin(), list.end(), pred);
    return it == list.end() ? nullptr : &*it;
}
} // namespace

const Station *Review::station(const QString &id) const
{
    return findIn(stations, [&](const Station &s) { return s.id == id; });
}

Station *Review::station(const QString &id)
{
    return findIn(stations, [&](const Station &s) { return s.id == id; });
}

const WorkloadClass *Review::workloadClass(const QString &id) const
{
    return findIn(classes, [&](const WorkloadClass &c) { return c.id == id; });
}

WorkloadClass *Review::workloadClass(const QString &id)
{
    return findIn(classes, [&](const WorkloadClass &c) { return c.id == id; });
}

const Profile *Review::profile(const QString &classId) const
{
    return findIn(profiles, [&](const Profile &p) { return p.classId == classId; });
}

const Scenario *Review::scenario(const QString &id) const
{
    return findIn(scenarios, [&](const Scenario &s) { return s.id == id; });
}

const Link *Review::link(const QString &from, const QString &to) const
{
    return findIn(links, [&](const Link &l) { return l.from == from && l.to == to; });
}

int Review::stationIndex(const QString &id) const
{
    const auto it = std::find_if(stations.begin(), stations.end(), [&](const Station &s) { return s.id == id; });
    return it == stations.end() ? -1 : int(it - stations.begin());
}

const ChecklistAnswer *Review::answer(const QString &itemId) const
{
    return findIn(answers, [&](const ChecklistAnswer &a) { return a.itemId == itemId; });
}

const Comment *Review::comment(const QString &id) const
{
    return findIn(comments, [&](const Comment &c) { return c.id == id; });
}

int Review::classIndex(const QString &id) const
{
    const auto it = std::find_if(classes.begin(), classes.end(), [&](const WorkloadClass &c) { return c.id == id; });
    return it == classes.end() ? -1 : int(it - classes.begin());
}

} // namespace hostreview::core
