# One INTERFACE target every Unblock target links: language level, warnings,
# Qt's strictness macros and, when asked, the sanitizers.
add_library(unblock-options INTERFACE)
target_compile_features(unblock-options INTERFACE cxx_std_20)
set_target_properties(unblock-options PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)

target_compile_definitions(unblock-options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_FORCE_ASSERTS
  $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>
  UNBLOCK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(unblock-options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
    -Wimplicit-fallthrough -Wformat=2)
  if(UNBLOCK_WERROR)
    target_compile_options(unblock-options INTERFACE -Werror)
  endif()
  if(MINGW) # a COFF object holds 32,767 sections: a test file's templates make more
    target_compile_options(unblock-options INTERFACE -Wa,-mbig-obj)
  endif()
  if(UNBLOCK_SANITIZE)
    target_compile_options(unblock-options INTERFACE
      -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(unblock-options INTERFACE -fsanitize=address,undefined)
  endif()
  if(UNBLOCK_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "UNBLOCK_FUZZ needs clang (libFuzzer): use the `debug` preset")
  endif()
elseif(MSVC)
  target_compile_options(unblock-options INTERFACE /W4 /permissive- /utf-8)
  if(UNBLOCK_WERROR)
    target_compile_options(unblock-options INTERFACE /WX)
  endif()
endif()

# GNU ld takes 7 CPU-seconds to link the GUI tests with their debug
# information, lld 2. It is used when installed (install-deps.sh installs it
# for the tests); otherwise the compiler's own linker, as before.
option(UNBLOCK_USE_LLD "Link with lld when it is installed" ON)
if(UNBLOCK_USE_LLD AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  include(CheckLinkerFlag)
  check_linker_flag(CXX "-fuse-ld=lld" UNBLOCK_HAVE_LLD)
  if(UNBLOCK_HAVE_LLD)
    add_link_options(-fuse-ld=lld)
  endif()
endif()

# Most of a file's compile time is reading Qt's and the standard library's
# headers (CaptureTest: 4.9 s of its 9.5). Each library and test program
# reads the ones most of its files include once, precompiled. A clangd or
# clang-tidy that cannot read gcc's precompiled headers: configure with
# CMAKE_DISABLE_PRECOMPILE_HEADERS=ON. CI's clang-tidy reads every file
# without them, so a file that forgets an include still fails there.
set(UNBLOCK_CORE_PCH
  <QByteArray> <QCoreApplication> <QDateTime> <QHash> <QString> <QStringList>
  <algorithm> <functional> <memory> <optional> <vector>)
set(UNBLOCK_WIDGETS_PCH ${UNBLOCK_CORE_PCH}
  <QAction> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout>
  <QLabel> <QLineEdit> <QPushButton> <QSpinBox> <QVBoxLayout> <QWidget>)

# unblock_fuzz_coverage(TARGET): libFuzzer's coverage in a library the fuzz
# targets drive (core and the phone server); the targets link the fuzzer
# itself. Only there: the tests and the window run without the overhead.
function(unblock_fuzz_coverage target)
  if(UNBLOCK_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
endfunction()
