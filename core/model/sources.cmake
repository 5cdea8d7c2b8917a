# The model room's compiled sources beyond the headers listed in core/CMakeLists.txt.
list(APPEND HOSTREVIEW_CORE_SOURCES
  model/validation.cpp
  model/collab.h model/collab.cpp
)
