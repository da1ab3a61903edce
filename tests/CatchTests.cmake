# The Catch2 tests: one executable per area, linked against the library (its
# sources are never compiled again here), each test case one ctest test.

# The tools some test cases run, as a user would open what Unblock writes.
# A case that needs one is tagged with its name ([pdftotext]) and left out
# when it is missing. The Windows build's tests run under Wine, which cannot
# start these Linux programs: those cases are left out there (the list is in
# installer/windows/README.md), and run in the Linux build.
set(test_tools pdftotext unzip zbarimg icalendar)
if(CMAKE_CROSSCOMPILING)
  foreach(tool IN LISTS test_tools)
    string(TOUPPER ${tool} var)
    set(${var} "")
  endforeach()
else()
  unblock_find_test_program(PDFTOTEXT pdftotext poppler-utils
    "the cases that read the PDF summary's text ([pdftotext])")
  unblock_find_test_program(UNZIP unzip unzip "the cases that open the ODT summary ([unzip])")
  unblock_find_test_program(ZBARIMG zbarimg zbar-tools
    "the case that scans the projected QR code ([zbarimg])")
  unblock_find_python_module(ICALENDAR icalendar python3-icalendar
    "the case that reads the actions' calendar with another parser ([icalendar])")
endif()
unblock_catch_spec_without_missing_tools(catch_spec ${test_tools})
if(CMAKE_CROSSCOMPILING)
  # Qt's lupdate is the host's (a Linux program); [windows-open] marks a
  # difference seen under Wine and not yet mended (installer/windows/README.md).
  string(APPEND catch_spec "~[lupdate]~[windows-open]")
endif()

# Shared test helpers, linked by every test executable, and Catch2's runner,
# compiled here once and called by each program's main (support/CatchRunner.h).
add_library(unblock-test-support STATIC
  support/catch.h
  support/CatchRunner.h support/CatchRunner.cpp
  support/TestSupport.h support/TestSupport.cpp
  support/HostileSessions.h support/HostileSessions.cpp
  support/GeneratedText.h support/GeneratedText.cpp
  support/FaultyVfs.h support/FaultyVfs.cpp
)
target_include_directories(unblock-test-support PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(unblock-test-support PUBLIC
  unblock-core unblock-options SQLite::SQLite3 Catch2::Catch2)
target_compile_definitions(unblock-test-support PUBLIC
  UNBLOCK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  UNBLOCK_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
set_target_properties(unblock-test-support PROPERTIES AUTOMOC OFF)
# The runner is all of Catch2's own code: it needs to be correct, not fast.
# Unoptimised and without debug information it compiles in 12 s, not 38, on
# the path every test program waits for.
if(NOT MSVC)
  set_source_files_properties(support/CatchRunner.cpp PROPERTIES COMPILE_OPTIONS "-O0;-g0")
endif()

# A separate process that writes to or holds a session, for the lock and
# kill tests.
add_executable(session-writer core/store/SessionWriter.cpp)
target_link_libraries(session-writer PRIVATE unblock-core unblock-options)
set_target_properties(session-writer PROPERTIES AUTOMOC OFF)

# The mains of the test programs: with Qt Core, and with Qt Gui for those
# that lay out text; each compiled once, not once per test program.
add_library(unblock-test-main OBJECT support/TestMain.cpp)
add_library(unblock-test-main-gui OBJECT support/TestMain.cpp)
target_compile_definitions(unblock-test-main-gui PRIVATE UNBLOCK_TEST_GUI_APPLICATION)
foreach(main unblock-test-main unblock-test-main-gui)
  target_link_libraries(${main} PRIVATE unblock-test-support)
  set_target_properties(${main} PROPERTIES AUTOMOC OFF)
endforeach()

# unblock_discover_tests(TARGET PREFIX): each of its cases a ctest test,
# headless, named PREFIX and the case's name, but for those whose tool is
# missing. Under Wine each program runs whole, as one ctest test: Wine takes
# a second or more to start a process, which once per case (some 450) cost
# more than the cases themselves.
function(unblock_discover_tests target prefix)
  if(CMAKE_CROSSCOMPILING)
    add_test(NAME "${target}: every case, under Wine" COMMAND ${target} ${catch_spec}
      WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
    set_tests_properties("${target}: every case, under Wine" PROPERTIES TIMEOUT 1800)
    return()
  endif()
  set(spec)
  if(catch_spec)
    set(spec TEST_SPEC "${catch_spec}")
  endif()
  catch_discover_tests(${target} ${spec}
    PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
    TEST_PREFIX "${prefix}")
endfunction()

# unblock_precompile_test_headers(TARGET HEADERS…): each test program reads
# Catch2's and Qt's headers once, precompiled (cmake/UnblockOptions.cmake).
function(unblock_precompile_test_headers target)
  list(TRANSFORM ARGN PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/" REGEX "^[^<]")
  target_precompile_headers(${target} PRIVATE ${UNBLOCK_CORE_PCH} ${ARGN})
endfunction()

# unblock_add_test(NAME [GUI] SOURCES…): GUI gives the tests a QGuiApplication.
function(unblock_add_test name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "GUI" "" "")
  add_executable(${name} ${arg_UNPARSED_ARGUMENTS})
  if(arg_GUI)
    target_link_libraries(${name} PRIVATE unblock-test-main-gui)
  else()
    target_link_libraries(${name} PRIVATE unblock-test-main)
  endif()
  target_link_libraries(${name} PRIVATE unblock-test-support)
  set_target_properties(${name} PROPERTIES AUTOMOC OFF)
  # One precompiled header for them all: the first program makes it, the
  # rest reuse it (each made its own, some 11 s apiece).
  get_property(pch_owner GLOBAL PROPERTY UNBLOCK_TEST_PCH_OWNER)
  if(pch_owner)
    target_precompile_headers(${name} REUSE_FROM ${pch_owner})
  else()
    unblock_precompile_test_headers(${name} support/TestSupport.h)
    set_property(GLOBAL PROPERTY UNBLOCK_TEST_PCH_OWNER ${name})
  endif()
  unblock_discover_tests(${name} "${name}: ")
endfunction()

unblock_add_test(test-model
  core/model/TextRulesTest.cpp
  core/model/RoundTest.cpp
  core/model/BoardGroupsTest.cpp
  core/model/CategorySuggesterTest.cpp
  core/model/LikenessTest.cpp
  core/model/CountdownTimerTest.cpp)
unblock_add_test(test-ranking
  core/ranking/DotVotingTest.cpp
  core/ranking/RoundStatesTest.cpp
  core/ranking/RankedMethodsTest.cpp
  core/ranking/BallotRulesTest.cpp
  core/ranking/BallotDraftTest.cpp)
unblock_add_test(test-store
  core/store/SessionFileTest.cpp
  core/store/BadFilesTest.cpp
  core/store/HostileFilesTest.cpp
  core/store/ProcessesTest.cpp
  core/store/MigrationTest.cpp
  core/store/BoardTest.cpp
  core/store/RoundsTest.cpp
  core/store/RestoreTest.cpp
  core/store/JourneysTest.cpp
  core/store/SessionStartTest.cpp
  core/store/CarryForwardTest.cpp
  core/store/RefreshTest.cpp
  core/store/BackgroundWriterTest.cpp
  core/store/IoFaultTest.cpp
  core/store/IncomingTest.cpp
  core/store/PhoneSettingsTest.cpp
  core/store/SharingCopyTest.cpp)
target_compile_definitions(test-store PRIVATE
  SESSION_WRITER="$<TARGET_FILE:session-writer>")
add_dependencies(test-store session-writer)
unblock_add_test(test-journey GUI
  core/journey/CostToServeTest.cpp
  core/journey/JourneyPhotoTest.cpp)
unblock_add_test(test-remote GUI
  core/remote/RemoteAccessTest.cpp
  core/remote/VoteBatcherTest.cpp
  core/remote/PhoneVotingTest.cpp
  core/remote/PhoneServerTest.cpp
  core/remote/PhoneHostTest.cpp
  core/remote/PhoneItemsTest.cpp)
target_link_libraries(test-remote PRIVATE unblock-remote)
unblock_add_test(test-io
  core/io/JsonFormatTest.cpp
  core/io/CsvImportTest.cpp
  core/io/JourneyCsvTest.cpp
  core/io/InputFileTest.cpp)
unblock_add_test(test-report GUI
  core/report/SummaryTest.cpp
  core/report/WritersTest.cpp
  core/report/PrintedSummaryTest.cpp
  core/report/ComparisonTest.cpp
  core/report/HostileTextTest.cpp
  core/report/JourneyDiagramTest.cpp
  core/report/MarkdownTextTest.cpp
  core/report/ChartScaleTest.cpp
  core/report/ActionExportTest.cpp
  core/report/ImpactEffortTest.cpp
  core/report/SharedLearningTest.cpp)
target_compile_definitions(test-report PRIVATE
  PDFTOTEXT="${PDFTOTEXT}" UNZIP="${UNZIP}"
  ICALENDAR_PYTHON="${ICALENDAR}"
  CHECK_ACTION_EXPORTS="${CMAKE_CURRENT_SOURCE_DIR}/core/report/check_action_exports.py")
unblock_add_test(test-i18n
  core/i18n/LanguagesTest.cpp
  core/i18n/TranslationFilesTest.cpp)
target_link_libraries(test-i18n PRIVATE unblock-remote)
target_compile_definitions(test-i18n PRIVATE LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
unblock_add_test(test-cli app/cli/CliTest.cpp)
target_compile_definitions(test-cli PRIVATE UNBLOCK_CLI="$<TARGET_FILE:unblock-cli>"
  ICALENDAR_PYTHON="${ICALENDAR}"
  READ_CALENDAR="${CMAKE_CURRENT_SOURCE_DIR}/app/cli/read_calendar.py")
add_dependencies(test-cli unblock-cli)

# Widget tests drive the real windows, headless.
add_executable(test-gui
  support/GuiTestMain.cpp
  app/FakePrompts.h
  app/PhoneClient.h
  app/EveryDialog.h app/EveryDialog.cpp
  app/DarkPalette.h
  app/window/CaptureTest.cpp
  app/window/VotingTest.cpp
  app/window/SessionFilesTest.cpp
  app/window/SharingCopyTest.cpp
  app/window/KeyboardTest.cpp
  app/window/PreferencesTest.cpp
  app/window/AccessibilityTest.cpp
  app/window/WelshTest.cpp
  app/window/SystemLookTest.cpp
  app/window/AboutTest.cpp
  app/report/SummaryDialogTest.cpp
  app/report/CompareDialogTest.cpp
  app/journeys/JourneyCanvasTest.cpp
  app/journeys/JourneysPageTest.cpp
  app/voting/PhonesPanelTest.cpp
  app/voting/DialogsWhileVotingTest.cpp
  app/board/BoardModelTest.cpp
  app/board/IncomingPanelTest.cpp
  app/board/LearningPanelTest.cpp
  app/actions/ActionsPageTest.cpp
  app/matrix/MatrixPageTest.cpp
  app/document/IncomingEditsTest.cpp
  app/document/CompositeEditsTest.cpp
  app/document/KeyedRowsTest.cpp
  app/document/BoardIndexesTest.cpp
  app/rehearsal/RehearsalSessionTest.cpp
  app/rehearsal/RehearsalVotingTest.cpp
  app/rehearsal/RehearsalBoardTest.cpp
  app/rehearsal/RehearsalJourneysTest.cpp
  app/rehearsal/RehearsalRoundTwoTest.cpp
  app/rehearsal/WholeWorkshopTest.cpp)
target_link_libraries(test-gui PRIVATE unblock-test-support unblock-gui Qt6::Test)
target_compile_definitions(test-gui PRIVATE ZBARIMG="${ZBARIMG}"
  UNBLOCK_CLI="$<TARGET_FILE:unblock-cli>")
add_dependencies(test-gui unblock-cli)
set_target_properties(test-gui PROPERTIES AUTOMOC OFF)
unblock_precompile_test_headers(test-gui app/window/GuiFixture.h
  ${UNBLOCK_WIDGETS_PCH} <QTableWidget> <QTreeView>)
unblock_discover_tests(test-gui "test-gui: ")

# One truth: every front says the same of generated workshops (the window,
# the projector, the summary in each format, unblock-cli). Their ctest names
# start "agreement:", as their Catch names do.
add_executable(test-agreement support/GuiTestMain.cpp app/agreement/AgreementTest.cpp
  support/AgreementSessions.h)
target_link_libraries(test-agreement PRIVATE unblock-test-support unblock-gui Qt6::Test)
target_compile_definitions(test-agreement PRIVATE UNBLOCK_CLI="$<TARGET_FILE:unblock-cli>"
  PDFTOTEXT="${PDFTOTEXT}" UNZIP="${UNZIP}")
add_dependencies(test-agreement unblock-cli)
set_target_properties(test-agreement PROPERTIES AUTOMOC OFF)
unblock_precompile_test_headers(test-agreement ${UNBLOCK_WIDGETS_PCH} <QTableView>)
unblock_discover_tests(test-agreement "")
