#!/bin/sh
# unblock.exe under Wine opens the demo session in a real window (Windows'
# own platform plugin, on Xvfb), a blocker typed into it is in the session
# file after it quits, and a screenshot of the window is kept for a person
# to look at (build/windows/window.png).
#   check-window.sh WINE-RUN UNBLOCK.exe DEMO.unblock SCREENSHOT.png
set -eu
run=$1
unblock=$2
demo=$3
shot=$4
fail() { printf 'check-window: %s\n' "$*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$demo" "$work/Siân's day.unblock"
session="$work/Siân's day.unblock"
blocker="Typed under Wine $(date +%s)"

# Wine's server, left running by earlier programs without a display, would
# refuse the window one: it is ended (the test runs alone), so this one
# starts on Xvfb's.
WINEPREFIX=${UNBLOCK_WINE_PREFIX:-$HOME/.cache/unblock/wine} wineserver -k 2>/dev/null || true

export blocker session unblock run shot
xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
  "$run" "$unblock" -platform windows "$session" &
  app=$!
  for i in $(seq 1 60); do
    window=$(xdotool search --name "Unblock" 2>/dev/null | head -1) && [ -n "$window" ] && break
    sleep 1
  done
  [ -n "$window" ] || { echo "no window appeared" >&2; exit 1; }
  sleep 3
  xdotool windowactivate --sync "$window" 2>/dev/null || true
  xdotool type --delay 20 "$blocker"
  xdotool key Return
  sleep 2
  import -window root "$shot"
  # File, then Quit, by their mnemonics (Windows has no Ctrl+Q to quit).
  xdotool key alt+f
  sleep 1
  xdotool key q
  wait $app
' || fail "the window did not run its course"
sqlite3 "$session" "SELECT count(*) FROM blockers WHERE title = '$blocker'" | grep -qx 1 ||
  fail "the blocker typed in the window is not in the session file"
echo "check-window: the blocker typed in the window was in the file after it quit; see $shot"
