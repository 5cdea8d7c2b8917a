# Sanitizer and fuzzing builds (docs/robustness.md).
#
# HOSTREVIEW_SANITIZE=ON  builds the whole tree with AddressSanitizer and UndefinedBehaviorSanitizer
#                         (gcc or clang); `bash .ci/bootstrap sanitize` uses it in build-asan/.
# HOSTREVIEW_FUZZ=ON      (clang only) instruments the whole tree for libFuzzer coverage, with ASan and
#                         UBSan, and makes tests/fuzz/ build real libFuzzer targets; without it the same
#                         targets are linked against a replay main() and run as ordinary CTest tests.
option(HOSTREVIEW_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(HOSTREVIEW_FUZZ "Build libFuzzer targets (clang only; implies ASan and UBSan)" OFF)

set(HOSTREVIEW_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)

if(HOSTREVIEW_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "HOSTREVIEW_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # Qt calls slots and functors through casted function pointers, which clang's -fsanitize=function
  # reports although the call is well-defined for the ABI; everything else of UBSan stays on.
  add_compile_options(${HOSTREVIEW_SANITIZER_FLAGS} -fsanitize=fuzzer-no-link -fno-sanitize=function)
  add_link_options(-fsanitize=address,undefined)
elseif(HOSTREVIEW_SANITIZE)
  # -O1 and line tables are what ASan's own documentation recommends: stack traces keep file and
  # line, and the instrumented tree compiles in about half the time -O2 -g takes (CI budget). Coming
  # after CMAKE_CXX_FLAGS_<CONFIG>, these win over the build type's -O2 -g.
  add_compile_options(${HOSTREVIEW_SANITIZER_FLAGS} -O1 -g1)
  add_link_options(-fsanitize=address,undefined)
endif()
