# The report: template, data, layout, diagram, charts and the PDF writer.
list(APPEND HOSTREVIEW_REPORTS_SOURCES
  reporttemplate.h reporttemplate.cpp
  reportdata.h reportdata.cpp
  pagecomposer.h pagecomposer.cpp
  diagramrenderer.h diagramrenderer.cpp
  reportcharts.h reportcharts.cpp
  reportwriter.h reportwriter.cpp
)
