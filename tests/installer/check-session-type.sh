#!/bin/sh
# Session files are known to the desktop (shared-mime-info, read by GIO as
# file managers do) by their name and by the application id in their header.
#   check-session-type.sh STAGE SESSION-FILE
set -eu
stage=$1
session=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

type_of() {
  XDG_DATA_DIRS="$stage/share:/usr/share" XDG_DATA_HOME="$work/none" \
    gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}

expect() {
  got=$(type_of "$1")
  if [ "$got" != "$2" ]; then
    echo "FAIL: $3: $1 is '$got', expected '$2'" >&2
    exit 1
  fi
  echo "ok: $3"
}

cp "$session" "$work/workshop.unblock"
head -c 4096 /dev/urandom > "$work/damaged.unblock"
cp "$session" "$work/attachment.dat"
# Another program's SQLite file: the same header with another application id.
head -c 68 "$session" > "$work/other.db"
printf 'ABCD' >> "$work/other.db"
tail -c +73 "$session" >> "$work/other.db"

expect "$work/workshop.unblock" application/x-unblock-session "a session, by its name and header"
expect "$work/damaged.unblock" application/x-unblock-session "a damaged session, by its name"
expect "$work/attachment.dat" application/x-unblock-session "a renamed session, by its header"
expect "$work/other.db" application/vnd.sqlite3 "another program's SQLite file is not a session"
