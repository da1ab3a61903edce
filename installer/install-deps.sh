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
  fonts-dejavu-core
  catch2 libbenchmark-dev
  # Tests read the summary as a user's tools do: pdftotext, and unzip for ODT.
  sqlite3 poppler-utils unzip
)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
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
