#pragma once

#include "model/Ids.h"
#include "model/SessionData.h"
#include "model/TextRules.h"

#include <QString>

#include <optional>
#include <vector>

namespace unblock::store {

class Database;
struct BlockerFields;
struct BlockerRecord;
struct SolutionFields;
struct LearnedFrom;
struct SolutionRecord;

// Small shared steps of the store's operations. They throw Failure, which
// SessionFile::write turns into the operation's error.

// The text as stored, or a Failure saying what is wrong with it.
QString checkedText(const QString& text, TextKind kind, const QString& field, bool required);

// Fails with "There is no <what> <id>." unless `table` has the row.
void requireRow(Database& db, const char* table, Id id, const QString& what);

// A 1..5 score, or a Failure naming the field.
void requireScore(const std::optional<int>& score, const QString& field);

// Ids of `table` whose `scope` column equals `scopeValue` (NULL matches NULL),
// in position order, leaving out `except`.
std::vector<Id> orderedIds(Database& db, const char* table, const char* scope,
                           std::optional<Id> scopeValue, Id except = 0);

// Writes positions 0, 1, 2… in the order given.
void renumber(Database& db, const char* table, const std::vector<Id>& ids);

// The session's details (defined with the other details operations).
SessionDetails readDetails(Database& db);
// The workshop's own id (SessionData::uid).
QString readSessionUid(Database& db);

// Every round's settings, items and ballots, without votes (defined with the
// round operations).
std::vector<Round> readRounds(Database& db);

// Inserts a round with its id, items, ballots, votes and tallies (defined
// with the snapshot).
void insertRound(Database& db, const Round& round);

// One blocker or solution added or deleted, with what hangs on it (defined
// with the board operations), or put back as undo found it (with restore).
// Operations that do more in the same transaction build on them.
Id insertBlocker(Database& db, const BlockerFields& fields);
Id insertSolution(Database& db, Id blockerId, const SolutionFields& fields,
                  const LearnedFrom& from);
void removeBlocker(Database& db, Id blockerId);
void removeSolution(Database& db, Id solutionId);
void putBackBlocker(Database& db, const BlockerRecord& record);
void putBackSolution(Database& db, const SolutionRecord& record);

// Inserts `id` at `index` (clamped) into `ids`.
void insertAt(std::vector<Id>& ids, Id id, int index);

} // namespace unblock::store
