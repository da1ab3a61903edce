#pragma once

#include "model/SessionData.h"
#include "store/Sqlite.h"

namespace unblock::store {

// Each kind of row as a value: the columns to select (from the table named
// as its alias) and the reader of a statement stepped onto such a row. The
// whole-session load and the refresh of single rows share them.

inline constexpr const char* kCategoryColumns = "c.id, c.name, c.position";
Category categoryFrom(const Statement& st);

inline constexpr const char* kGroupColumns = "g.id, g.name, g.position";
Group groupFrom(const Statement& st);

inline constexpr const char* kBlockerColumns =
    "b.id, b.title, b.detail, b.category_id, b.group_id, b.author, b.created, b.position, "
    "b.merged_into";
Blocker blockerFrom(const Statement& st);

inline constexpr const char* kSolutionColumns =
    "s.id, s.blocker_id, s.text, s.impact, s.effort, s.owner, s.due, s.position, s.status, "
    "s.status_changed, s.from_workshop, s.from_date";
Solution solutionFrom(const Statement& st);
// A whole row written back as it was read (undo, a snapshot): `insert` is
// prepared from kInsertSolutionRow.
inline constexpr const char* kInsertSolutionRow =
    "INSERT INTO solutions(id, blocker_id, text, impact, effort, owner, due, position, status, "
    "status_changed, from_workshop, from_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
void writeSolutionRow(Statement& insert, const Solution& s);

inline constexpr const char* kCarriedColumns =
    "a.id, a.text, a.blocker, a.owner, a.due, a.status, a.status_changed, a.from_workshop, "
    "a.from_date, a.from_solution, a.from_session";
CarriedAction carriedFrom(const Statement& st);
inline constexpr const char* kInsertCarriedRow =
    "INSERT INTO carried_actions(id, text, blocker, owner, due, status, status_changed, "
    "from_workshop, from_date, from_solution, from_session) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
// With no id (0), the file gives the row the next one.
void writeCarriedRow(Statement& insert, const CarriedAction& a);

inline constexpr const char* kChannelColumns = "h.id, h.name, h.cost_pence, h.source, h.online";
Channel channelFrom(const Statement& st);

// From `incoming i JOIN voters v ON v.id = i.voter_id`.
inline constexpr const char* kIncomingColumns =
    "i.id, i.kind, i.text, i.name, v.token, i.group_id, i.blocker_id, i.received, i.state, "
    "i.reason, i.item_id";
inline constexpr const char* kIncomingTable = "incoming i JOIN voters v ON v.id = i.voter_id";
IncomingItem incomingFrom(const Statement& st);

enum class Photos { Load, Leave };
// A journey with its steps; `photos` says whether its photo is read too.
Journey readJourney(Database& db, Id journeyId, Photos photos);

// A round's votes and paper dots (readRounds gives its settings, items and ballots).
void readVotes(Database& db, Round& round);

} // namespace unblock::store
