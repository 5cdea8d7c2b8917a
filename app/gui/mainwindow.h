#pragma once

#include <QMainWindow>

namespace hostreview::app {

/** The workbench window: menus, the canvas area in the centre, docks around it, a status bar. */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /** Opens a project file or interchange JSON; shows an error dialog and keeps the current document on failure. */
    bool openFile(const QString &path);

private:
    void createMenus();
};

} // namespace hostreview::app
