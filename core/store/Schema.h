#pragma once

#include <QtGlobal>

namespace unblock::store {

class Database;

// PRAGMA application_id of every Unblock session: 'UNBK'.
constexpr qint32 kApplicationId = 0x554E424B;
// PRAGMA user_version of files this build writes.
constexpr int kCurrentVersion = 10;

// Creates the current schema in an empty database (inside the caller's
// transaction), with the default channel table.
void createSchema(Database& db);

// The schema of each format, for migrations: format 1, then what format 2 adds
// (channels, with the default table, and journeys).
void createSchemaVersion1(Database& db);
void addSchemaVersion2(Database& db);
// Format 3: a pain point's blocker, and a journey's photo.
void addSchemaVersion3(Database& db);
// Format 4: the items each round opened with, and every ballot cast.
void addSchemaVersion4(Database& db);
// Format 5: what phones send in a call for items.
void addSchemaVersion5(Database& db);
// Format 6: an action's status, and the day it last changed.
void addSchemaVersion6(Database& db);
// Format 7: actions carried from an earlier workshop.
void addSchemaVersion7(Database& db);
// Format 8: where a solution was learned from (the library).
void addSchemaVersion8(Database& db);
// Format 9: how the room's phones are set up (the call for items, its limits).
void addSchemaVersion9(Database& db);
// Format 10: the workshop's own id (a new random one), and the id of the
// workshop each carried action came from.
void addSchemaVersion10(Database& db);

// Refuses a file whose schema holds anything Unblock does not create:
// triggers, views or unknown tables. Unblock never runs SQL found in a file.
void checkSchemaObjects(Database& db, int version);
// Refuses, besides, a look-alike: a file whose tables and indexes are not,
// to the letter, the ones this build writes for its format (a table of the
// right name without STRICT or its CHECKs would let any value in).
void checkSchema(Database& db, int version);
// Refuses a file (of this format) whose days are not days, or without its
// one session row or one row of phone settings.
void checkStoredValues(Database& db);
// Refuses a file whose rows name rows that are not there (its foreign keys).
void checkReferences(Database& db);

} // namespace unblock::store
