# The `windows` preset: Unblock cross-built with mingw-w64 against the
# libraries installer/windows/cross-build-deps.sh built (UNBLOCK_WINDOWS_DEPS),
# with the host's Qt tools (moc, rcc, uic, lrelease) and Wine to run what the
# build runs (the demo session, the icons) and the tests.
set(UNBLOCK_WINDOWS_DEPS "$ENV{HOME}/.cache/unblock/windows-deps/current" CACHE PATH
  "The Windows dependencies (installer/windows/cross-build-deps.sh)")
if(NOT EXISTS ${UNBLOCK_WINDOWS_DEPS}/lib/cmake/Qt6/Qt6Config.cmake)
  message(FATAL_ERROR "No Qt for Windows in ${UNBLOCK_WINDOWS_DEPS}: run "
    "installer/windows/cross-build-deps.sh --modules DIR first (installer/windows/README.md).")
endif()
list(APPEND CMAKE_FIND_ROOT_PATH ${UNBLOCK_WINDOWS_DEPS})
list(APPEND CMAKE_PREFIX_PATH ${UNBLOCK_WINDOWS_DEPS})
set(QT_HOST_PATH /usr CACHE PATH "The host's Qt, for its tools")
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake CACHE PATH
  "Where Debian keeps the host Qt's CMake files")
set(ENV{PKG_CONFIG_LIBDIR} ${UNBLOCK_WINDOWS_DEPS}/lib/pkgconfig)
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
set(CMAKE_CROSSCOMPILING_EMULATOR
  env UNBLOCK_WINDOWS_DEPS=${UNBLOCK_WINDOWS_DEPS} ${PROJECT_SOURCE_DIR}/installer/windows/wine-run.sh)
