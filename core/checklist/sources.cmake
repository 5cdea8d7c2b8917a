# core/checklist: review checklists (template parser), scoring and the hosting-model decision.
list(APPEND HOSTREVIEW_CORE_SOURCES
  checklist/checklist.h checklist/checklist.cpp
  checklist/scorecard.h checklist/scorecard.cpp
  checklist/hostingdecision.h checklist/hostingdecision.cpp
  checklist/jsonreading.h checklist/jsonreading.cpp
)
