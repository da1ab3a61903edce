#pragma once

#include <QString>

namespace unblock::store {

class Database;

// Brings a session from `fromVersion` to kCurrentVersion, one step at a time,
// each step in its own transaction: a failed step leaves the file at the
// last version it completed.
void migrate(Database& db, int fromVersion);

// Where the copy of a session is kept before migrating it: beside it, named
// after the version it had, never over an existing file.
QString migrationBackupPath(const QString& sessionPath, int fromVersion);

} // namespace unblock::store
