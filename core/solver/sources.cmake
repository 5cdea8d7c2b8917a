# The queueing solver (issue 3): visits from the links, Erlang C, open/closed/mixed product form,
# sweeps over scenarios × buckets, and the results JSON of interchange-v1.
list(APPEND HOSTREVIEW_CORE_SOURCES
  solver/solver.h solver/solver.cpp
  solver/visits.h solver/visits.cpp
  solver/erlang.h solver/erlang.cpp
  solver/mva.h solver/mva.cpp
  solver/compiledmodel.h solver/compiledmodel.cpp
  solver/sweep.h solver/sweep.cpp
  solver/resultsjson.h solver/resultsjson.cpp
  solver/syntheticmodel.h solver/syntheticmodel.cpp
)

# The convolution kernels are short loops over arrays of a few hundred doubles; GCC's -O2 keeps
# them scalar (its "very cheap" vectoriser cost model refuses loops that need a remainder).
# Vectorising them halves the full sweep of the largest sample (docs/solver.md, "Speed").
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  set_source_files_properties(solver/mva.cpp PROPERTIES COMPILE_OPTIONS "-fvect-cost-model=dynamic")
endif()
