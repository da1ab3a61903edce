#!/bin/sh
# The Debian package as a user meets it: lintian finds no errors; on a clean
# Debian 12 root (debootstrap, minbase) `apt-get install ./unblock_*.deb`
# brings in what it needs, both programs run, and purging it leaves the root
# as it was. Needs root for the chroot; without it this test is skipped (77).
#   check-deb.sh DEB
set -eu
deb=$(readlink -f "$1")

# The Debian 12 mirror this machine's apt already uses, as apt itself would
# choose it; UNBLOCK_DEBIAN_MIRROR overrides it (a machine without one, such
# as Ubuntu, must set it).
debian_mirror() {
  apt-get indextargets --format '$(SITE)' 'Release: bookworm' 'Target-Of: deb' 2>/dev/null |
    head -n 1
}
mirror=${UNBLOCK_DEBIAN_MIRROR:-$(debian_mirror)}

lintian --fail-on error --suppress-tags no-manual-page "$deb"
echo "ok: lintian reports no errors"

if [ "$(id -u)" -ne 0 ]; then
  echo "skipped: installing into a clean root needs root (chroot)"
  exit 77
fi

if [ -z "$mirror" ]; then
  echo "skipped: no Debian 12 (bookworm) source in this machine's apt sources;" \
    "set UNBLOCK_DEBIAN_MIRROR to a Debian mirror to run this test"
  exit 77
fi

work=$(mktemp -d)
root=$work/root
# Never into a mounted /proc: unmount it first, and stay on this file system.
trap 'if mountpoint -q "$root/proc"; then umount "$root/proc"; fi; rm -rf --one-file-system "$work"' EXIT
debootstrap --variant=minbase bookworm "$root" "$mirror" > "$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log"; exit 1; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }

# Everything but apt's and dpkg's own records, caches and logs.
snapshot() {
  (cd "$root" && find usr etc opt var -xdev \
    -path var/lib/apt -prune -o -path var/lib/dpkg -prune -o -path var/cache -prune -o \
    -path var/log -prune -o -path etc/resolv.conf -prune -o -path etc/ld.so.cache -prune -o \
    -print | sort)
}

in_root apt-get update -q > "$work/update.log" 2>&1 || { cat "$work/update.log"; exit 1; }
snapshot > "$work/before"
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" > "$work/install.log" 2>&1 ||
  { tail -30 "$work/install.log"; exit 1; }
echo "ok: apt-get install ./$(basename "$deb") on a clean Debian 12 root"

# Programs expect /proc (Qt reads it, and a build with sanitizers reads its
# options and checks for leaks through it).
mount -t proc proc "$root/proc"
in_root unblock-cli --version
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp unblock --version
umount "$root/proc"
echo "ok: both programs run from the package"

in_root apt-get purge -y -q --autoremove unblock > "$work/purge.log" 2>&1 ||
  { tail -30 "$work/purge.log"; exit 1; }
snapshot > "$work/after"
if ! diff "$work/before" "$work/after"; then
  echo "FAIL: removing the package left the root changed (above)" >&2
  exit 1
fi
echo "ok: purging it leaves nothing behind"
