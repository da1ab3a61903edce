#!/usr/bin/env bash
# Builds what the Windows build of Unblock links, with Debian's mingw-w64,
# from Debian's source packages: Qt 6 (base, then SVG, Charts, HTTP Server
# and WebSockets), SQLite and libqrencode. The same versions as the host's
# Debian packages, so the host's Qt tools (moc, rcc, uic) fit.
#
#   installer/windows/cross-build-deps.sh [--modules DIR] [--cache DIR]
#
# --modules DIR  a folder holding qt{svg,charts,httpserver,websockets}-
#                everywhere-src-VERSION.tar.xz and their SHA256SUMS, for
#                registries whose `apt-get source` of those modules fails
# --cache DIR    where the builds are kept (default ~/.cache/unblock/windows-deps)
#
# Everything goes into DIR/KEY, KEY naming every source version and the
# compiler, and DIR/current points at it (the `windows` preset's default).
# Idempotent: what is built is not built again, so a second run does
# nothing. The host packages it needs come from install-deps.sh --windows.
set -euo pipefail

usage() {
  echo "usage: $0 [--modules DIR] [--cache DIR]" >&2
  exit 2
}

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
modules_dir=
cache_root=$HOME/.cache/unblock/windows-deps
while [ $# -gt 0 ]; do
  case "$1" in
    --modules) [ $# -ge 2 ] || usage; modules_dir=$(cd "$2" && pwd); shift 2 ;;
    --cache) [ $# -ge 2 ] || usage; mkdir -p "$2"; cache_root=$(cd "$2" && pwd); shift 2 ;;
    *) usage ;;
  esac
done

"$source_dir/installer/install-deps.sh" --windows

jobs=$(nproc)
toolchain=$source_dir/cmake/mingw-w64.cmake
source_version() { dpkg-query -W -f='${source:Version}' "$1"; }
qt_version=$(source_version libqt6core6)
sqlite_version=$(source_version libsqlite3-0)
qrencode_version=$(source_version libqrencode4)
gcc_version=$(x86_64-w64-mingw32-gcc-posix -dumpversion)
qt_release=${qt_version%%+*}
key="qt-${qt_version}_sqlite-${sqlite_version}_qrencode-${qrencode_version}_mingw-gcc-${gcc_version}"
key=${key//[:~]/-}
prefix=$cache_root/$key
work=$cache_root/work-$key
mkdir -p "$prefix" "$work"
ln -sfn "$key" "$cache_root/current"

built=()
started_all=$SECONDS
# Runs a step with its output in $work/NAME.log, shown only when it fails.
logged() {
  local name=$1
  shift
  if ! "$@" >"$work/$name.log" 2>&1; then
    tail -n 40 "$work/$name.log" >&2
    echo "cross-build-deps: $name failed; the whole log is $work/$name.log" >&2
    exit 1
  fi
}
done_mark() { echo "$prefix/.built-$1"; }
is_built() { [ -e "$(done_mark "$1")" ]; }
mark_built() {
  touch "$(done_mark "$1")"
  built+=("$1 ($(($SECONDS - $2)) s)")
}

# Debian's source packages through a private apt configuration (deb-src
# entries for the host's own Debian mirror), so the host's apt is untouched.
apt_source() {
  local apt=$work/apt
  if [ ! -e "$apt/updated" ]; then
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial"
    : >"$apt/sources.list"
    local uris suites
    uris=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | sort -u)
    suites=$(. /etc/os-release && echo "$VERSION_CODENAME")
    for uri in $uris; do
      case "$uri" in *security*) continue ;; esac
      echo "deb-src $uri $suites main" >>"$apt/sources.list"
      echo "deb-src $uri $suites-updates main" >>"$apt/sources.list"
    done
    grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | grep -v security |
      sed 's/^deb /deb-src /' >>"$apt/sources.list" || true
    logged apt-update apt_get update
    touch "$apt/updated"
  fi
  (cd "$work" && logged "source-${1%%=*}" apt_get source "$@")
}
apt_get() {
  local apt=$work/apt
  apt-get -q -o APT::Sandbox::User="$(id -un)" -o Dir::Etc::SourceList="$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null \
    -o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache" -o Debug::NoLocking=1 "$@"
}

build_qtbase() {
  is_built qtbase && return
  local started=$SECONDS
  [ -d "$work/qt6-base-$qt_release+dfsg" ] || apt_source "qt6-base=$qt_version"
  rm -rf "$work/qtbase-build" && mkdir -p "$work/qtbase-build"
  # -xplatform alone configures a native build in 6.4: the toolchain file
  # makes it a cross one. The DFSG tarball has no wintab (tablet events).
  (cd "$work/qtbase-build" && logged qtbase-configure "$work/qt6-base-$qt_release+dfsg/configure" \
    -prefix "$prefix" -release -xplatform win32-g++ -qt-host-path /usr \
    -no-opengl -no-dbus -no-feature-sql -no-feature-tabletevent \
    -qt-zlib -qt-pcre -qt-libpng -qt-libjpeg -qt-freetype -qt-harfbuzz -schannel \
    -nomake examples -nomake tests -- \
    -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain")
  logged qtbase-build cmake --build "$work/qtbase-build" --parallel "$jobs"
  logged qtbase-install cmake --install "$work/qtbase-build"
  mark_built qtbase $started
}

# A module from Debian's source package, else from --modules' tarball.
module_source() {
  local module=$1 package=$2
  local dir=$work/$module-everywhere-src-$qt_release
  [ -d "$dir" ] && { echo "$dir"; return; }
  if [ -n "$modules_dir" ]; then
    (cd "$modules_dir" && grep " $module-everywhere-src-$qt_release.tar.xz\$" SHA256SUMS |
      sha256sum --check --quiet) >&2
    tar -C "$work" -xJf "$modules_dir/$module-everywhere-src-$qt_release.tar.xz"
  else
    apt_source "$package=$qt_version" >&2
    mv "$work/$package-$qt_release" "$dir"
  fi
  echo "$dir"
}

build_module() {
  local module=$1 package=$2
  is_built "$module" && return
  local started=$SECONDS src
  src=$(module_source "$module" "$package")
  rm -rf "$work/$module-build" && mkdir -p "$work/$module-build"
  (cd "$work/$module-build" && logged "$module-configure" "$prefix/bin/qt-configure-module" "$src")
  logged "$module-build" cmake --build "$work/$module-build" --parallel "$jobs"
  logged "$module-install" cmake --install "$work/$module-build"
  mark_built "$module" $started
}

# SQLite's amalgamation made from Debian's source (the host's tclsh does
# it), built as a DLL with the options Debian builds it with.
build_sqlite() {
  is_built sqlite && return
  local started=$SECONDS
  local upstream=${sqlite_version%%-*}
  [ -d "$work/sqlite3-$upstream" ] || apt_source "sqlite3=$sqlite_version"
  local src=$work/sqlite3-$upstream
  [ -e "$src/sqlite3.c" ] || (cd "$src" && logged sqlite-configure ./configure &&
    logged sqlite-amalgamation make sqlite3.c)
  mkdir -p "$prefix/bin" "$prefix/lib" "$prefix/include"
  # Debian's own options (the preupdate hook the store's change capture
  # uses among them), but the one that needs the parser made again.
  local options
  options=$(grep -o -- '-DSQLITE_[A-Z0-9_]*\(=[0-9]*\)\?' "$src/debian/rules" |
    grep -v UPDATE_DELETE_LIMIT | sort -u)
  # shellcheck disable=SC2086 # one word per option
  logged sqlite-build x86_64-w64-mingw32-gcc-posix -O2 -shared -DSQLITE_API='__declspec(dllexport)' \
    $options "$src/sqlite3.c" -o "$prefix/bin/sqlite3.dll" -Wl,--out-implib,"$prefix/lib/libsqlite3.dll.a"
  cp "$src/sqlite3.h" "$src/sqlite3ext.h" "$prefix/include/"
  mkdir -p "$prefix/share/licenses/sqlite"
  cp "$src/LICENSE.md" "$prefix/share/licenses/sqlite/" 2>/dev/null ||
    echo "SQLite is in the public domain: https://sqlite.org/copyright.html" \
      >"$prefix/share/licenses/sqlite/COPYRIGHT"
  mark_built sqlite $started
}

build_qrencode() {
  is_built qrencode && return
  local started=$SECONDS
  local upstream=${qrencode_version%%-*}
  local src=$work/qrencode-$upstream
  if [ ! -d "$src" ]; then
    # The Debian part of the package may not be served: the upstream tarball is.
    (cd "$work" && apt_get source --download-only "qrencode=$qrencode_version" >"$work/source-qrencode.log" 2>&1 || true)
    tar -C "$work" -xjf "$work/qrencode_$upstream.orig.tar.bz2"
  fi
  rm -rf "$work/qrencode-build"
  logged qrencode-configure cmake -S "$src" -B "$work/qrencode-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DBUILD_SHARED_LIBS=ON -DWITH_TOOLS=OFF -DWITHOUT_PNG=ON
  logged qrencode-build cmake --build "$work/qrencode-build"
  logged qrencode-install cmake --install "$work/qrencode-build"
  # Its install rules put the DLL with the import library: Windows finds it beside the programs.
  mv "$prefix/lib/libqrencode.dll" "$prefix/bin/"
  mkdir -p "$prefix/share/licenses/qrencode"
  cp "$src/COPYING" "$prefix/share/licenses/qrencode/"
  mark_built qrencode $started
}

# The tests' Catch2 is Debian's header, copied into the prefix so the cross
# build finds it there and not in the host's /usr/include, with CMake's
# test discovery from the same package. Its library of a main() is a Linux
# one (the tests have their own), so the package is a header's alone.
install_catch2() {
  local mark=catch2-$(dpkg-query -W -f='${Version}' catch2)
  is_built "$mark" && return
  local started=$SECONDS
  local cmake_dir=$prefix/lib/cmake/Catch2
  rm -rf "$prefix/include/catch2" "$cmake_dir"
  mkdir -p "$prefix/include" "$cmake_dir"
  cp -r /usr/include/catch2 "$prefix/include/"
  cp /usr/lib/cmake/Catch2/Catch.cmake /usr/lib/cmake/Catch2/CatchAddTests.cmake \
    /usr/lib/cmake/Catch2/Catch2ConfigVersion.cmake "$cmake_dir/"
  cat >"$cmake_dir/Catch2Config.cmake" <<'CONFIG'
# Catch2's single header, from Debian's catch2 (installer/windows/cross-build-deps.sh).
get_filename_component(_catch2_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
if(NOT TARGET Catch2::Catch2)
  add_library(Catch2::Catch2 INTERFACE IMPORTED)
  set_target_properties(Catch2::Catch2 PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_catch2_prefix}/include")
endif()
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")
CONFIG
  mark_built "$mark" $started
}

# The licence texts of Qt and of what it bundles (zlib, PCRE2, libpng,
# libjpeg, FreeType, HarfBuzz), carried beside the Windows build.
install_qt_licences() {
  is_built qt-licences && return
  local started=$SECONDS
  mkdir -p "$prefix/share/licenses/qt"
  find "$work/qt6-base-$qt_release+dfsg/LICENSES" -name '*.txt' ! -name 'LicenseRef-Qt-Commercial.txt' \
    -exec cp {} "$prefix/share/licenses/qt/" \;
  mark_built qt-licences $started
}

build_qtbase
install_qt_licences
build_module qtsvg qt6-svg
build_module qtwebsockets qt6-websockets
build_module qthttpserver qt6-httpserver
build_module qtcharts qt6-charts
build_sqlite
build_qrencode
install_catch2

if [ ${#built[@]} -eq 0 ]; then
  echo "The Windows dependencies are built already: $prefix"
else
  echo "Built for Windows in $(($SECONDS - $started_all)) s, into $prefix:"
  printf '  %s\n' "${built[@]}"
fi
