# Comments, audit log, differences and merge conflicts (issue 7).
list(APPEND HOSTREVIEW_MODELS_SOURCES collab/commenttreemodel.h collab/commenttreemodel.cpp collab/audittablemodel.h collab/audittablemodel.cpp collab/mergemodels.h collab/mergemodels.cpp)
# Item models of the workbench (results, workload, profiles, scenarios, timeline).
list(APPEND HOSTREVIEW_MODELS_SOURCES
  reviewaccess.h
  scenariodetailmodel.h scenariodetailmodel.cpp
  timeofday.h timeofday.cpp
  problemmap.h problemmap.cpp
  celleditor.h celleditor.cpp
  stationresultsmodel.h stationresultsmodel.cpp
  classtablemodel.h classtablemodel.cpp
  demandtablemodel.h demandtablemodel.cpp
  profiletablemodel.h profiletablemodel.cpp
  scenariolistmodel.h scenariolistmodel.cpp
  scenarioscalemodel.h scenarioscalemodel.cpp
  scenarioserversmodel.h scenarioserversmodel.cpp
  timeline.h timeline.cpp
  timelinemodel.h timelinemodel.cpp
  kindtext.h kindtext.cpp
  checklistcolors.h checklistcolors.cpp checklisttreemodel.h checklisttreemodel.cpp checklistfilterproxy.h checklistfilterproxy.cpp
)
# Classification-rule editor (issue 8).
list(APPEND HOSTREVIEW_MODELS_SOURCES import/classificationrulesmodel.h import/classificationrulesmodel.cpp)
