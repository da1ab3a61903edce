#include "model/Licence.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Licence)
};

} // namespace

QString licenceNotice() {
    return Tr::tr("Copyright 2026 The Unblock developers.\nUnblock is free software under the GNU "
                  "General Public License, version 3 or (at your option) any later version (%1): "
                  "you may share and change it. It comes with no warranty, as far as the law "
                  "allows.")
        .arg(QLatin1String(kLicenceId));
}

QString thirdPartyNotice() {
    return Tr::tr("Built with Qt %1 (LGPL-3.0; Qt Charts and Qt HTTP Server GPL-3.0), SQLite %2 "
                  "(public domain) and libqrencode (LGPL-2.1-or-later).")
        .arg(QLatin1String(qVersion()), QLatin1String(sqlite3_libversion()));
}

} // namespace unblock
