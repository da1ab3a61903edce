# The tools the tests use beyond the compiler and Qt are found optionally: a
# missing one turns off the tests that need it, and configuring ends with one
# message naming each missing tool, its Debian package and what it turned off.
# UNBLOCK_REQUIRE_ALL_TESTS (CI sets it) makes a missing tool an error, so
# nothing is skipped silently there.

set_property(GLOBAL PROPERTY UNBLOCK_MISSING_TEST_TOOLS "")

# unblock_test_tool_missing(TOOL PACKAGE WHAT): records that TOOL, from
# PACKAGE, is missing, so the tests WHAT names are off.
function(unblock_test_tool_missing tool package what)
  if(UNBLOCK_REQUIRE_ALL_TESTS)
    message(FATAL_ERROR "${tool} is missing, and UNBLOCK_REQUIRE_ALL_TESTS is on: "
      "install ${package} (installer/install-deps.sh --test installs every test tool).")
  endif()
  set_property(GLOBAL APPEND PROPERTY UNBLOCK_MISSING_TEST_TOOLS
    "  ${tool} (from ${package}): ${what}")
endfunction()

# unblock_find_test_program(VAR PROGRAM PACKAGE WHAT): VAR is the program's
# path, or false when it is missing (recorded as above).
function(unblock_find_test_program var program package what)
  find_program(${var} ${program})
  if(NOT ${var})
    unblock_test_tool_missing(${program} ${package} "${what}")
  endif()
endfunction()

# unblock_find_python_module(VAR MODULE PACKAGE WHAT): VAR is a Python 3 that
# imports MODULE (Debian's own first: its packaged modules are for it), or
# false when there is none (recorded as above).
function(unblock_find_python_module var module package what)
  find_program(${var}_DEBIAN python3 PATHS /usr/bin NO_DEFAULT_PATH)
  find_program(${var}_ANY python3)
  foreach(python IN ITEMS ${${var}_DEBIAN} ${${var}_ANY})
    execute_process(COMMAND ${python} -c "import ${module}" RESULT_VARIABLE failed
      OUTPUT_QUIET ERROR_QUIET)
    if(NOT failed)
      set(${var} ${python} PARENT_SCOPE)
      return()
    endif()
  endforeach()
  set(${var} FALSE PARENT_SCOPE)
  unblock_test_tool_missing("python3 with ${module}" ${package} "${what}")
endfunction()

# The tag that marks Catch tests needing PROGRAM (say [pdftotext]), and the
# Catch test spec that leaves out every such test whose tool is missing.
function(unblock_catch_spec_without_missing_tools out)
  set(spec "")
  foreach(program IN LISTS ARGN)
    string(TOUPPER ${program} var)
    if(NOT ${var})
      string(APPEND spec "~[${program}]")
    endif()
  endforeach()
  set(${out} "${spec}" PARENT_SCOPE)
endfunction()

function(unblock_report_missing_test_tools)
  get_property(missing GLOBAL PROPERTY UNBLOCK_MISSING_TEST_TOOLS)
  if(NOT missing)
    return()
  endif()
  list(JOIN missing "\n" lines)
  message(WARNING "Some tests are off because their tools are missing:\n${lines}\n"
    "installer/install-deps.sh --test installs them all; then configure again.")
endfunction()
