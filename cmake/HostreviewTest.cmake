# hostreview_add_test(NAME <name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>])
# Builds tst_<name> with Qt Test and registers it with CTest. Tests run on the offscreen
# platform and learn where the source tree is (for templates/ and, when present, ../shared).
function(hostreview_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  set(target tst_${T_NAME})
  add_executable(${target} ${T_SOURCES})
  target_link_libraries(${target} PRIVATE Qt6::Test ${T_LIBS})
  add_test(NAME ${T_NAME} COMMAND ${target})
  set_tests_properties(${T_NAME} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOSTREVIEW_SOURCE_DIR=${HOSTREVIEW_SOURCE_DIR};DBUS_SESSION_BUS_ADDRESS=disabled:"
    TIMEOUT 300)
  if(T_LABELS)
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
  endif()
endfunction()
