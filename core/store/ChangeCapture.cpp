#include "store/ChangeCapture.h"

#include "store/Sqlite.h"

#include <set>

namespace unblock::store {
namespace {

// How a change to a row of each table of the session file reaches the
// session in memory: the kind of row it is and the column that says which
// (its id, or for a journey's step its journey, for a vote its round).
enum class Kind {
    Details,
    Categories,
    Groups,
    Blockers,
    Solutions,
    Rounds,
    Ballots,
    Channels,
    Journeys,
    Incoming,
    Carried,
    Phones,
    Nothing
};
struct TableCapture {
    const char* table;
    Kind kind;
    const char* column; // nullptr: the row's own id (its rowid)
};
constexpr TableCapture kCaptures[] = {
    {"session", Kind::Details, nullptr},
    {"meta", Kind::Nothing, nullptr},   // the file's own facts (version, created)
    {"voters", Kind::Nothing, nullptr}, // a voter's token: their ballots say which round
    {"categories", Kind::Categories, nullptr},
    {"groups", Kind::Groups, nullptr},
    {"blockers", Kind::Blockers, nullptr},
    {"solutions", Kind::Solutions, nullptr},
    {"rounds", Kind::Rounds, nullptr},
    {"round_items", Kind::Ballots, "round_id"},
    {"ballots", Kind::Ballots, "round_id"},
    {"votes", Kind::Ballots, "round_id"},
    {"tallies", Kind::Ballots, "round_id"},
    {"channels", Kind::Channels, nullptr},
    {"journeys", Kind::Journeys, nullptr},
    {"journey_steps", Kind::Journeys, "journey_id"},
    {"incoming", Kind::Incoming, nullptr},
    {"carried_actions", Kind::Carried, nullptr},
    {"phone_settings", Kind::Phones, nullptr},
    {"phone_call_blockers", Kind::Phones, nullptr}, // a blocker deleted leaves the call
};

const TableCapture* captureOf(QByteArrayView table) {
    for (const TableCapture& capture : kCaptures) {
        if (table == capture.table)
            return &capture;
    }
    return nullptr;
}

std::set<Id>* idsOf(SessionChange& c, Kind kind) {
    switch (kind) {
    case Kind::Categories:
        return &c.categories;
    case Kind::Groups:
        return &c.groups;
    case Kind::Blockers:
        return &c.blockers;
    case Kind::Solutions:
        return &c.solutions;
    case Kind::Rounds:
        return &c.rounds;
    case Kind::Ballots:
        return &c.ballots;
    case Kind::Channels:
        return &c.channels;
    case Kind::Journeys:
        return &c.journeys;
    case Kind::Incoming:
        return &c.incoming;
    case Kind::Carried:
        return &c.carried;
    case Kind::Details:
    case Kind::Phones:
    case Kind::Nothing:
        return nullptr;
    }
    return nullptr;
}

// The value of column `column` of the row as it was (or will be).
std::optional<Id> preupdateValue(sqlite3* db, int column, bool old) {
    sqlite3_value* value = nullptr;
    const int rc =
        old ? sqlite3_preupdate_old(db, column, &value) : sqlite3_preupdate_new(db, column, &value);
    if (rc != SQLITE_OK || !value || sqlite3_value_type(value) != SQLITE_INTEGER)
        return std::nullopt;
    return sqlite3_value_int64(value);
}

} // namespace

void recordRow(void* context, sqlite3* db, int op, const char* database, const char* table,
               sqlite3_int64 oldRowid, sqlite3_int64 newRowid) {
    if (QByteArrayView(database) != "main")
        return;
    auto& touched = *static_cast<Touched*>(context);
    SessionChange& c = touched.change;
    const TableCapture* capture = captureOf(table);
    if (!capture) {
        c.unclassified = true; // read whole: nothing is missed
        return;
    }
    if (capture->kind == Kind::Details) {
        c.details = true;
        return;
    }
    if (capture->kind == Kind::Phones) {
        c.phones = true;
        return;
    }
    std::set<Id>* ids = idsOf(c, capture->kind);
    if (!ids)
        return;
    const bool hasOld = op != SQLITE_INSERT;
    const bool hasNew = op != SQLITE_DELETE;
    if (!capture->column) {
        if (hasOld)
            ids->insert(oldRowid);
        if (hasNew)
            ids->insert(newRowid);
        return;
    }
    const auto column = touched.columns->find(QByteArray(table));
    if (column == touched.columns->end()) {
        c.unclassified = true;
        return;
    }
    for (const bool old : {true, false}) {
        if (old ? hasOld : hasNew) {
            if (const std::optional<Id> key = preupdateValue(db, column->second, old))
                ids->insert(*key);
        }
    }
}

bool capturesChangesOfTable(QByteArrayView table) {
    return captureOf(table) != nullptr;
}

CaptureColumns captureColumnsOf(Database& db) {
    CaptureColumns found;
    for (const TableCapture& capture : kCaptures) {
        if (!capture.column)
            continue;
        Statement columns = db.prepare("SELECT cid FROM pragma_table_info(?) WHERE name = ?");
        columns.bind(1, QString::fromLatin1(capture.table))
            .bind(2, QString::fromLatin1(capture.column));
        if (columns.next())
            found.emplace(QByteArray(capture.table), columns.integer(0));
    }
    return found;
}

} // namespace unblock::store
