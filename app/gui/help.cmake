# Help → User Guide: the window opener and the embedded guide pages.
target_sources(hostreview_workbench PRIVATE "${CMAKE_CURRENT_LIST_DIR}/helpguide.h" "${CMAKE_CURRENT_LIST_DIR}/helpguide.cpp")
# The in-app user guide: the Markdown pages of docs/, their images and the README they link to,
# embedded as Qt resources under ":/help/" with their source-tree paths, so relative links and images
# work and the installed program needs no docs folder. A page or image added later is picked up by
# the next build (CONFIGURE_DEPENDS re-runs the glob).
file(GLOB _help_files CONFIGURE_DEPENDS
  "${PROJECT_SOURCE_DIR}/docs/*.md"
  "${PROJECT_SOURCE_DIR}/docs/images/*.png" "${PROJECT_SOURCE_DIR}/docs/images/*.svg"
  "${PROJECT_SOURCE_DIR}/docs/images/*.jpg")
qt_add_resources(hostreview_workbench hostreview_userguide PREFIX "/help" BASE "${PROJECT_SOURCE_DIR}"
  FILES "${PROJECT_SOURCE_DIR}/README.md" ${_help_files})
