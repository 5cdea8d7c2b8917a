# The editable document the GUI works on, and the automatic layout of the topology.
list(APPEND HOSTREVIEW_CORE_SOURCES
  document/reviewdocument.h document/reviewdocument.cpp
  document/autolayout.h document/autolayout.cpp
  document/linkflow.h document/linkflow.cpp
)
