# Interchange JSON (hostreview-model v1) and the file-type dispatch shared by the CLI and the GUI.
list(APPEND HOSTREVIEW_CORE_SOURCES
  interchange/jsoncodec.h interchange/jsoncodec.cpp
  interchange/reviewfile.h interchange/reviewfile.cpp
)
