#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Unblock needs. Idempotent: packages
# already present are skipped, and nothing runs apt when everything is
# installed. Works as root or through sudo.
#
#   installer/install-deps.sh --run    what building and running Unblock needs
#   installer/install-deps.sh --test   that, and what the tests need (the default)
#   installer/install-deps.sh --windows  what the Windows build needs: mingw-w64,
#                                        Wine, msitools (installer/windows/)
set -euo pipefail

usage() {
  echo "usage: $0 [--run | --test | --windows]" >&2
  exit 2
}

purpose=test
case "${1:-}" in
  --run) purpose=run ;;
  --test | '') purpose=test ;;
  --windows) purpose=windows ;;
  *) usage ;;
esac
[ $# -le 1 ] || usage

run_packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libsqlite3-dev
  qt6-httpserver-dev qt6-websockets-dev libqrencode-dev
  # Qt Linguist's tools make the translations; Qt's own cover its dialogs.
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  fonts-dejavu-core
)
test_packages=(
  catch2 libbenchmark-dev
  # Tests read the summary as a user's tools do: pdftotext, and unzip for ODT.
  sqlite3 poppler-utils unzip
  # The phone page is tested in Debian's Chromium (playwright-core from npm),
  # and the projected QR code read back by a scanner (zbarimg).
  chromium zbar-tools
  # The desktop files are checked with the desktop's own tools.
  desktop-file-utils appstream shared-mime-info libglib2.0-bin
  # The .deb is checked by lintian and installed into a clean debootstrap root.
  lintian debootstrap
  # The fuzz targets (clang's libFuzzer and sanitizers) and clang-tidy.
  clang libclang-rt-dev clang-tidy
  # lld links the test programs in a third of GNU ld's time (CMake uses it
  # when present; the run set's few programs link well enough without).
  lld
  # The screenshot tour and rehearsals run the window on a virtual display.
  xvfb
  # The actions' calendar file is read back by an independent parser, and the
  # session JSON checked against docs/session.schema.json by an independent validator.
  python3-icalendar python3-jsonschema
  # What a screen reader hears is read through AT-SPI, in a D-Bus session.
  python3-pyatspi at-spi2-core dbus-daemon
)

# Cross-building for Windows (installer/windows/cross-build-deps.sh) and
# testing that build: the compiler, Wine to run it, wixl for the MSI, and
# what makes Debian's sources into the libraries (dpkg-source, SQLite's tclsh).
windows_packages=(
  g++-mingw-w64-x86-64-posix wine wine64 msitools wixl dpkg-dev tcl xz-utils bzip2 catch2
  # The window under Wine: typed into on a virtual display, and photographed.
  xvfb xdotool imagemagick sqlite3
)

packages=("${run_packages[@]}")
if [ "$purpose" = windows ]; then
  packages+=("${windows_packages[@]}")
fi
if [ "$purpose" = test ]; then
  packages+=("${test_packages[@]}")
  # Node.js and npm from Debian, unless the machine already has them.
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

here="$(cd "$(dirname "$0")/.." && pwd)"
phone_tests="$here/tests/phone"

# True when node_modules holds exactly the versions the lock file pins.
npm_packages_current() {
  (cd "$phone_tests" && node -e '
    const lock = require("./package-lock.json");
    const installed = require("./node_modules/.package-lock.json").packages;
    const stale = Object.entries(lock.packages)
      .filter(([path, info]) => path && installed[path]?.version !== info.version);
    process.exit(stale.length ? 1 : 0);' 2>/dev/null)
}

# playwright-core, pinned by tests/phone/package-lock.json, from the npm registry.
install_npm_packages() {
  if [ "$purpose" != test ] || npm_packages_current; then
    return
  fi
  echo "install-deps: installing the phone page tests' npm packages"
  (cd "$phone_tests" && npm ci --no-audit --no-fund)
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages for --$purpose present"
  install_npm_packages
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
install_npm_packages
