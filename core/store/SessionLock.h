#pragma once

#include "model/Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace unblock::store {

// Claims `sessionPath` for this process with a lock file beside it. Locks left
// by a crashed process are detected and taken over. A session held by a
// running process is an error that names the file and the holder and offers
// read-only access.
Result<std::unique_ptr<QLockFile>> lockSession(const QString& sessionPath);

} // namespace unblock::store
