#pragma once

#include "model/Result.h"

#include <QString>

namespace unblock::store {

// What the first 100 bytes of a file say, read before SQLite touches it, so
// a file that is not a session gets a precise error and is never written.
struct FileHeader {
    int pageSize = 0;
    qint64 pageCount = 0;
    qint32 applicationId = 0;
    int userVersion = 0;
};

// Reads and checks the header of `path`: that it is SQLite, not truncated,
// and an Unblock session. Any other file is an error naming the file.
Result<FileHeader> readSessionHeader(const QString& path);

} // namespace unblock::store
