#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace hostreview::app {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("hostreview"));
    auto *canvas = new QLabel(tr("No review open"), this);
    canvas->setAlignment(Qt::AlignCenter);
    setCentralWidget(canvas);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

bool MainWindow::openFile(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1 is not available yet").arg(path));
    return false;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    menuBar()->addMenu(tr("&Edit"));
    menuBar()->addMenu(tr("&View"));
    menuBar()->addMenu(tr("&Help"));
}

} // namespace hostreview::app
