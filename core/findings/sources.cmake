# core/findings: rules as data, the findings engine, configuration checks, roadmap, before/after, export.
list(APPEND HOSTREVIEW_CORE_SOURCES
  findings/findings.h
  findings/rulesdetail.h findings/rules.cpp
  findings/enginedetail.h findings/engine.cpp findings/configchecks.cpp
  findings/roadmap.cpp findings/comparison.cpp findings/export.cpp findings/shipped.cpp
)
