#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Unblock needs to build and test.
# Idempotent: packages already present are skipped, and nothing runs apt when
# everything is installed. Works as root or through sudo.
#
#   installer/install-deps.sh          build + test dependencies
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libsqlite3-dev
  qt6-httpserver-dev qt6-websockets-dev libqrencode-dev
  # Qt Linguist's tools make the translations; Qt's own cover its dialogs.
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  fonts-dejavu-core
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
)
# Node.js and npm from Debian, unless the machine already has them.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

here="$(cd "$(dirname "$0")/.." && pwd)"

# playwright-core, pinned by tests/phone/package-lock.json, from the npm registry.
install_npm_packages() {
  if [ -d "$here/tests/phone/node_modules/playwright-core" ]; then
    return
  fi
  echo "install-deps: installing the phone page tests' npm packages"
  (cd "$here/tests/phone" && npm ci --no-audit --no-fund)
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
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
