#!/bin/sh
# Lists every file of the MSI's staging folder as WiX components (wixl-heat),
# installed under INSTALLDIR as they are laid out there.
#   list-msi-files.sh STAGE OUTPUT.wxs
set -eu
stage=$1
(cd "$stage" && find . -type f ! -name unblock.ico | sed 's#^\./##' | sort) |
  sed "s#^#$stage/#" |
  wixl-heat --prefix "$stage/" --directory-ref INSTALLDIR --component-group UnblockFiles \
    --var var.SourceDir --win64 >"$2"
