#pragma once

#include <QString>

namespace unblock {

// Unblock's licence, named alike wherever it is (LICENSE, the Debian
// copyright, the AppStream metainfo, the About box, unblock-cli --version).
inline constexpr const char* kLicenceId = "GPL-3.0-or-later";

// Who holds the copyright, and that Unblock is free software without
// warranty, translated: the About box and unblock-cli --version say it.
QString licenceNotice();
// What Unblock is built with and their licences, translated: Qt (with the
// version it runs on), SQLite and libqrencode.
QString thirdPartyNotice();

} // namespace unblock
