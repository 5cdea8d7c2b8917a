# The project-file loader secures each QSQLITE connection through the native sqlite3 handle
# (storage/untrusted.cpp), so hostreview_core links the same system libsqlite3 the Qt plugin uses.
find_package(SQLite3 REQUIRED)
target_link_libraries(hostreview_core PRIVATE SQLite::SQLite3)
