# The workbench window lives in a library so that the GUI tests drive the very same window;
# the executable keeps only main.cpp.
list(REMOVE_ITEM HOSTREVIEW_GUI_SOURCES gui/mainwindow.h gui/mainwindow.cpp)
add_library(hostreview_workbench STATIC
  gui/mainwindow.h gui/mainwindow.cpp
  gui/solverrunner.h gui/solverrunner.cpp
  gui/appsettings.h gui/appsettings.cpp
  gui/language.h gui/language.cpp
  gui/settingsdialog.h gui/settingsdialog.cpp
  gui/importcontroller.h gui/importcontroller.cpp
  gui/reportexportdialog.h gui/reportexportdialog.cpp
  gui/autosavecontroller.h gui/autosavecontroller.cpp gui/autosaverecoverydialog.h gui/autosaverecoverydialog.cpp
  gui/lockcontroller.h gui/lockcontroller.cpp
)
add_library(hostreview::workbench ALIAS hostreview_workbench)
target_include_directories(hostreview_workbench PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/..")
target_link_libraries(hostreview_workbench PUBLIC hostreview::core hostreview::commands hostreview::models
  hostreview::widgets Qt6::Widgets Qt6::Svg spdlog::spdlog Boost::headers)
# File → Export report: the dialog writes the PDF with the report room's writer.
target_link_libraries(hostreview_workbench PUBLIC hostreview::reports)
# Help → User Guide (F1): the guide embedded as resources (issue 9).
include("${CMAKE_CURRENT_SOURCE_DIR}/gui/help.cmake")
