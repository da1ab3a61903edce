#!/bin/sh
# Runs a Windows program of the `windows` build under Wine: the build's
# CMAKE_CROSSCOMPILING_EMULATOR, so ctest, the demo session and the icons
# run through it.
#   wine-run.sh PROGRAM.exe ARGUMENTS…
#
# The Wine prefix is kept outside the clone (UNBLOCK_WINE_PREFIX, default
# ~/.cache/unblock/wine) and made once. Wine 8 hands a program none of the
# QT_* variables of its environment, so what Qt must know (the offscreen
# platform, its fonts and plugins, logging to stderr) is set in the prefix's
# HKCU\Environment instead. The DLLs are found through WINEPATH: the
# dependencies' cache (UNBLOCK_WINDOWS_DEPS) and mingw-w64's runtime.
set -eu
deps=${UNBLOCK_WINDOWS_DEPS:-$HOME/.cache/unblock/windows-deps/current}
export WINEPREFIX=${UNBLOCK_WINE_PREFIX:-$HOME/.cache/unblock/wine}
export WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

windows_path() { printf 'Z:%s' "$1" | tr / '\\'; }

if [ ! -e "$WINEPREFIX/.unblock-ready" ]; then
  mkdir -p "$WINEPREFIX"
  wineboot --init >/dev/null 2>&1
  fonts=$(windows_path /usr/share/fonts/truetype/dejavu)
  plugins=$(windows_path "$deps/plugins")
  for setting in QT_QPA_PLATFORM=offscreen "QT_QPA_FONTDIR=$fonts" "QT_PLUGIN_PATH=$plugins" \
    QT_FORCE_STDERR_LOGGING=1; do
    wine reg add 'HKCU\Environment' /f /v "${setting%%=*}" /d "${setting#*=}" >/dev/null 2>&1
  done
  wineserver --wait
  touch "$WINEPREFIX/.unblock-ready"
fi

runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libstdc++-6.dll)")
pthread=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libwinpthread-1.dll)")
WINEPATH="$(windows_path "$deps/bin");$(windows_path "$runtime");$(windows_path "$pthread")"
export WINEPATH
# Wine's server and its services (the desktop among them) start here, apart
# from the program's output: started by the program, they would hold its
# standard error open, and ctest would wait for them as for the program
# (minutes). The server stays a minute after the last program, across the
# gaps between tests; if one is running already, this one ends at once.
if wineserver -p60 </dev/null >/dev/null 2>&1; then
  wine wineboot </dev/null >/dev/null 2>&1
fi
exec wine "$@"
