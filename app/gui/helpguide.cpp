#include "helpguide.h"

#include "widgets/help/helpwindow.h"

#include <QAction>
#include <QMenu>

namespace hostreview::app {

QUrl userGuideUrl() { return QUrl(QStringLiteral("qrc:/help/docs/user-guide.md")); }

widgets::HelpWindow *showUserGuide(QWidget *window)
{
    auto *help = window ? window->findChild<widgets::HelpWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!help) {
        help = new widgets::HelpWindow(userGuideUrl(), window);
        help->setAttribute(Qt::WA_DeleteOnClose);
    }
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

QAction *addUserGuideAction(QMenu *menu, QWidget *window)
{
    QAction *action = menu->addAction(QObject::tr("&User Guide"), window, [window] { showUserGuide(window); });
    action->setObjectName(QStringLiteral("userGuideAction"));
    action->setShortcut(QKeySequence::HelpContents);
    action->setStatusTip(QObject::tr("Read the user guide"));
    return action;
}

} // namespace hostreview::app
