#!/bin/sh
# Unblock is GPL-3.0-or-later: every place that names its licence says so
# (LICENSE, the Debian copyright, the AppStream metainfo, and core's
# kLicenceId, which the About box and unblock-cli --version print). Fails
# naming each place that says otherwise.
#   check-licence.sh REPOSITORY
cd "$1" || exit 2
status=0
id=GPL-3.0-or-later

expect() { # FILE PATTERN WHAT
  if ! grep -qE -e "$2" "$1"; then
    echo "$1 does not say $3" >&2
    status=1
  fi
}

expect LICENSE '^ +GNU GENERAL PUBLIC LICENSE$' "the GNU GPL's text"
expect LICENSE '^ +Version 3, 29 June 2007$' "version 3 of it"
expect installer/debian/copyright "^License: $id\$" "$id for every file"
expect resources/desktop/org.unblockapp.Unblock.metainfo.xml.in \
  "<project_license>$id</project_license>" "$id as the project licence"
expect core/model/Licence.h "kLicenceId = \"$id\"" "$id (kLicenceId)"
if grep -rniE 'proprietary|all rights reserved' installer resources/desktop README.md >&2; then
  echo "an old licence is still named above" >&2
  status=1
fi
exit $status
