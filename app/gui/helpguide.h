#pragma once

#include <QUrl>

class QAction;
class QMenu;
class QWidget;

namespace hostreview::widgets {
class HelpWindow;
}

namespace hostreview::app {

/**
 * Returns the address of the user guide's first page. The guide (the Markdown pages of docs/, the
 * images they show, and the README it links to) is embedded in the program as Qt resources under ":/help", so
 * an installed program shows the very pages of its source tree (app/gui/help.cmake).
 */
QUrl userGuideUrl();

/** Shows the user guide window of `window`, creating it the first time; raises it when it is open. */
widgets::HelpWindow *showUserGuide(QWidget *window);

/** Adds Help → User Guide (F1) to `menu`; it shows the guide of `window`. Returns the action. */
QAction *addUserGuideAction(QMenu *menu, QWidget *window);

} // namespace hostreview::app
