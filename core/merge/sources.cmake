# Compare and three-way merge of reviews by stable ids, and the revisions a two-file merge needs.
list(APPEND HOSTREVIEW_CORE_SOURCES
  merge/merge.h merge/merge.cpp merge/jsonmerge.h merge/jsonmerge.cpp
  merge/revisions.h merge/revisions.cpp
)
