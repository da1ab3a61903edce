#pragma once

#include <QString>

namespace unblock::platform {

// The one place where Unblock calls the operating system directly rather than
// through Qt: every such call has its POSIX and its Windows path here, side by
// side, and a test (tests/check-portability.cmake) refuses them elsewhere.

// Puts the file `from` in place as `to`, replacing any file there, in one
// step: `to` is at every moment either the old file or the new one. Returns
// once the change is on disk (it survives a power cut), or the system's
// reason it could not be made, in the system's words (empty on success).
QString replaceFile(const QString& from, const QString& to);

// Makes standard output and error write bytes as given: Windows' C runtime
// would write each line break as CR LF, so `unblock-cli export > x.json`
// gave other bytes than `-o x.json`. Nothing to do on POSIX.
void writeStandardStreamsAsGiven();

} // namespace unblock::platform
