#!/bin/sh
# The MSI installs into the current user's profile without an administrator,
# the installed unblock-cli.exe runs, and uninstalling leaves nothing behind:
# no folder, no Start menu entry, no file type or value of its own in
# HKEY_CURRENT_USER.
#   check-msi.sh WINE-RUN UNBLOCK.msi
set -eu
run=$1
msi=$2
fail() { printf 'check-msi: %s\n' "$*" >&2; exit 1; }

local_app_data=$("$run" cmd /c echo %LOCALAPPDATA% | tr -d '\r')
installed=$(printf '%s' "$local_app_data\\Programs\\Unblock")
# From a clean profile: what a run stopped halfway may have left goes first.
"$run" msiexec /x "$msi" /qn >/dev/null 2>&1 || true
"$run" cmd /c if exist "$installed" rmdir /s /q "$installed"

"$run" msiexec /i "$msi" /qn || fail "msiexec /i failed"
"$run" cmd /c if exist "$installed\\bin\\unblock-cli.exe" echo yes | grep -q yes ||
  fail "unblock-cli.exe is not in $installed\\bin"
version=$("$run" "$installed\\bin\\unblock-cli.exe" --version | tr -d '\r' | head -1)
echo "installed: $version"
case "$version" in "unblock-cli "*) ;; *) fail "the installed unblock-cli said: $version" ;; esac
"$run" reg query 'HKCU\Software\Classes\.unblock' >/dev/null 2>&1 ||
  fail "*.unblock was not registered for this user"
app_data=$("$run" cmd /c echo %APPDATA% | tr -d '\r')
shortcut="$app_data\Microsoft\Windows\Start Menu\Programs\Unblock.lnk"
"$run" cmd /c if exist "$shortcut" echo yes | grep -q yes || fail "no Start menu entry at $shortcut"

"$run" msiexec /x "$msi" /qn || fail "msiexec /x failed"
if "$run" cmd /c if exist "$installed" echo left | grep -q left; then
  fail "uninstalling left $installed"
fi
if "$run" cmd /c if exist "$shortcut" echo left | grep -q left; then
  fail "uninstalling left the Start menu entry"
fi
if "$run" reg query 'HKCU\Software\Classes\.unblock' >/dev/null 2>&1; then
  fail "uninstalling left the *.unblock file type"
fi
# Its Start menu entry's mark; Unblock's own settings, beside it under
# HKCU\Software\Unblock, are the user's and stay.
if "$run" reg query 'HKCU\Software\Unblock' /v StartMenu >/dev/null 2>&1; then
  fail "uninstalling left HKCU\\Software\\Unblock\\StartMenu"
fi
echo "check-msi: installed per user, ran and uninstalled without a trace"
