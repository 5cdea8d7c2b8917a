# The .hostreview project file (SQLite): schema, migrations, defensive load, atomic save.
list(APPEND HOSTREVIEW_CORE_SOURCES
  storage/projectfile.h storage/projectfile.cpp storage/projectsave.cpp
  storage/projectschema.h storage/projectschema.cpp
  storage/projectvalues.h storage/projectvalues.cpp
  storage/sqliteconnection.h storage/sqliteconnection.cpp
  storage/projectcollab.h storage/projectcollab.cpp
  storage/untrusted.h storage/untrusted.cpp
  storage/lockrecord.h storage/lockrecord.cpp storage/recovery.h storage/recovery.cpp
)
