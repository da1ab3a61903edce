#pragma once

#include "model/Result.h"

#include <QString>

struct sqlite3;

namespace unblock::store {

// Writes a complete copy of `source` to `target`: first into a temporary file
// beside it (SQLite's backup API), synced and checked with
// PRAGMA integrity_check, then renamed into place. At every moment `target`
// is either what it was before or the whole new copy.
Status copyDatabase(sqlite3* source, const QString& target);

} // namespace unblock::store
