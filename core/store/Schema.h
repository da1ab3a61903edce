#pragma once

#include <QtGlobal>

namespace unblock::store {

class Database;

// PRAGMA application_id of every Unblock session: 'UNBK'.
constexpr qint32 kApplicationId = 0x554E424B;
// PRAGMA user_version of files this build writes.
constexpr int kCurrentVersion = 1;

// Creates the current schema in an empty database (inside the caller's transaction).
void createSchema(Database& db);

// Refuses a file whose schema holds anything Unblock does not create:
// triggers, views or unknown tables. Unblock never runs SQL found in a file.
void checkSchemaObjects(Database& db, int version);

} // namespace unblock::store
