# Comments dock, audit log view, merge dialog and the command that applies a merge (issue 7).
list(APPEND HOSTREVIEW_WIDGETS_SOURCES collab/commentsdock.h collab/commentsdock.cpp collab/auditlogview.h collab/auditlogview.cpp collab/mergedialog.h collab/mergedialog.cpp collab/applymergecommand.h collab/applymergecommand.cpp)
# One line per widget file group. The workbench canvas, palette and property panel (part 1);
# part 2 adds its results, workload, scenario and chart widgets below, one line per group.
list(APPEND HOSTREVIEW_WIDGETS_SOURCES
  palette/kindglyph.h palette/kindglyph.cpp palette/stationpalette.h palette/stationpalette.cpp
  canvas/utilisationcolors.h canvas/utilisationcolors.cpp canvas/stationitem.h canvas/stationitem.cpp
  canvas/linkitem.h canvas/linkitem.cpp canvas/zoneitem.h canvas/zoneitem.cpp
  canvas/topologyscene.h canvas/topologyscene.cpp canvas/topologyview.h canvas/topologyview.cpp
  properties/propertypanel.h properties/propertypanel.cpp
  workload/validatingdelegate.h workload/validatingdelegate.cpp workload/workloadeditor.h workload/workloadeditor.cpp
  charts/timelinechart.h charts/timelinechart.cpp charts/profilechartview.h charts/profilechartview.cpp charts/profileeditor.h charts/profileeditor.cpp
  results/resultsdock.h results/resultsdock.cpp
  scenarios/scenariomanager.h scenarios/scenariomanager.cpp
  import/importdialog.h import/importdialog.cpp
  checklist/domainscorechart.h checklist/domainscorechart.cpp checklist/answereditor.h checklist/answereditor.cpp checklist/checklistpanel.h checklist/checklistpanel.cpp checklist/domainprogressdelegate.h checklist/domainprogressdelegate.cpp
)
# Classification-rule editor (issue 8).
list(APPEND HOSTREVIEW_WIDGETS_SOURCES import/ruleseditordialog.h import/ruleseditordialog.cpp)
# In-app user guide (issue 9).
list(APPEND HOSTREVIEW_WIDGETS_SOURCES help/helpwindow.h help/helpwindow.cpp)
