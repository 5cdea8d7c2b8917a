#include "pastecommand.h"

#include "linkcommands.h"
#include "stationcommands.h"

#include <QHash>
#include <QSet>

namespace hostreview::commands {

PasteCommand::PasteCommand(core::ReviewDocument *document, const std::vector<core::Station> &stations,
                           const std::vector<core::Link> &links, QPointF offset, QUndoCommand *parent)
    : QUndoCommand(tr("Paste %n stations", nullptr, int(stations.size())), parent)
{
    // Choose the new ids up front: the children are created before any of them runs.
    QHash<QString, QString> renamed;
    QSet<QString> taken;
    for (const core::Station &s : document->review().stations)
        taken.insert(s.id);
    for (const core::Station &s : stations) {
        QString id = s.id;
        for (int n = 2; taken.contains(id); ++n)
            id = s.id + QLatin1Char('-') + QString::number(n);
        taken.insert(id);
        renamed.insert(s.id, id);
        m_ids << id;
        core::Station copy = s;
        copy.id = id;
        copy.x += offset.x();
        copy.y += offset.y();
        new AddStationCommand(document, copy, -1, this);
    }
    for (const core::Link &l : links) {
        if (!renamed.contains(l.from) || !renamed.contains(l.to))
            continue;
        core::Link copy = l;
        copy.from = renamed.value(l.from);
        copy.to = renamed.value(l.to);
        new AddLinkCommand(document, copy, -1, this);
    }
}

QString PasteCommand::auditTarget() const
{
    return m_ids.size() == 1 ? targetPath(QStringLiteral("stations"), m_ids.front()) : QStringLiteral("stations");
}

} // namespace hostreview::commands
