#include "support/HostileSessions.h"

#include "support/TestSupport.h"

#include <QFile>

#include <sqlite3.h>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace unblock::test {
namespace {

// A table made to look alike: its SQL changed in place, as a program that
// recreates a table without its rules would leave it.
QByteArray editSchema(const char* table, const char* from, const char* to) {
    return QByteArray("UPDATE sqlite_schema SET sql = replace(sql, '") + from + "', '" + to +
           "') WHERE name = '" + table + "';";
}

// A value of the wrong type into a STRICT table: STRICT dropped, the value
// written, STRICT put back, so only the value is wrong.
std::vector<QByteArray> wrongType(const char* table, const QByteArray& update) {
    const QByteArray where = QByteArray(" WHERE name = '") + table + "';";
    return {"UPDATE sqlite_schema SET sql = substr(sql, 1, length(sql) - 7)" + where, update,
            "UPDATE sqlite_schema SET sql = sql || ' STRICT'" + where};
}

void run(const QString& path, const QByteArray& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    const QByteArray all = "PRAGMA writable_schema = ON; PRAGMA ignore_check_constraints = ON; "
                           "PRAGMA foreign_keys = OFF; " +
                           sql;
    char* message = nullptr;
    const int rc = sqlite3_exec(db, all.constData(), nullptr, nullptr, &message);
    const std::string why = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        throw std::runtime_error("a hostile step failed: " + why + " in " + sql.toStdString());
}

QByteArray chainOfMerges(int length, bool loop) {
    QByteArray sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                     QByteArray::number(length) +
                     ") INSERT INTO blockers(id, title, created, position, merged_into) SELECT "
                     "1000 + i, 'Link ' || i, '2026-11-01T09:00:00.000Z', i, 1001 + i FROM n;";
    sql += "UPDATE blockers SET merged_into = " + QByteArray(loop ? "1001" : "1") +
           " WHERE id = " + QByteArray::number(1000 + length) + ";";
    return sql;
}

} // namespace

std::vector<HostileSession> hostileSessions() {
    const QByteArray longText = QByteArray(200000, 'a');
    return {
        {u"a blocker merged into itself, its table recreated without the CHECK"_s,
         {editSchema("blockers", "CHECK (merged_into IS NULL OR merged_into <> id)", ""),
          "UPDATE blockers SET merged_into = id WHERE id = 3"},
         u"Its “blockers” is not the one Unblock writes for format 10"_s},
        {u"a blocker merged into itself, the CHECK ignored"_s,
         {"UPDATE blockers SET merged_into = id WHERE id = 3"},
         u"blocker 3: it is merged into itself"_s},
        {u"merges in a loop of two"_s,
         {"UPDATE blockers SET merged_into = 5 WHERE id = 4; "
          "UPDATE blockers SET merged_into = 4 WHERE id = 5"},
         u": its merges go round in a loop"_s},
        {u"a chain of 20,000 merges that ends in a loop"_s,
         {chainOfMerges(20000, true)},
         u"its merges go round in a loop"_s},
        {u"an impact of 77"_s,
         {"UPDATE solutions SET impact = 77 WHERE id = 2"},
         u"solution 2: the impact must be from 1 to 5, not 77"_s},
        {u"an effort of -3"_s,
         {"UPDATE solutions SET effort = -3 WHERE id = 2"},
         u"solution 2: the effort must be from 1 to 5, not -3"_s},
        {u"an action status no session has"_s,
         {"UPDATE solutions SET status = 'hacked' WHERE id = 2"},
         u"(CHECK constraint failed in solutions)"_s},
        {u"a due date that is not a date"_s,
         {"UPDATE solutions SET due = 'not a date' WHERE id = 2"},
         u"solution 2's due date “not a date”, which is not a day"_s},
        {u"the 30th of February"_s,
         {"UPDATE session SET date = '2026-02-30'"},
         u"the workshop's date “2026-02-30”"_s},
        {u"a look-alike solutions table without STRICT"_s,
         {"UPDATE sqlite_schema SET sql = substr(sql, 1, length(sql) - 7) "
          "WHERE name = 'solutions'"},
         u"Its “solutions” is not the one Unblock writes"_s},
        {u"text in a whole-number column"_s,
         wrongType("blockers", "UPDATE blockers SET category_id = 'abc' WHERE id = 2"),
         u"non-INTEGER value in blockers.category_id"_s},
        {u"a blob for a title"_s,
         wrongType("blockers", "UPDATE blockers SET title = x'00ff10' WHERE id = 2"),
         u"non-TEXT value in blockers.title"_s},
        {u"a title of NULL"_s,
         {editSchema("blockers", "title TEXT NOT NULL", "title TEXT"),
          "UPDATE blockers SET title = NULL WHERE id = 2",
          editSchema("blockers", "title TEXT CHECK", "title TEXT NOT NULL CHECK")},
         u"blocker 2: "_s},
        {u"a solution of a blocker that is not there"_s,
         {"UPDATE solutions SET blocker_id = 999 WHERE id = 2"},
         u"solution 2: it refers to blocker 999, which does not exist"_s},
        {u"a tally of 2^63 - 1 dots"_s,
         {"UPDATE tallies SET dots = 9223372036854775807 WHERE item_id = 1"},
         u"9223372036854775807"_s},
        {u"a tally of 100,001 dots"_s,
         {"UPDATE tallies SET dots = 100001 WHERE item_id = 1"},
         u"at most 100,000, not 100,001"_s},
        {u"a round by plurality"_s,
         {"UPDATE rounds SET method = 'plurality'"},
         u"(CHECK constraint failed in rounds)"_s},
        {u"a round whose state is maybe"_s,
         {"UPDATE rounds SET state = 'maybe'"},
         u"(CHECK constraint failed in rounds)"_s},
        {u"a ballot that lists an item not in the session"_s,
         {"INSERT INTO round_items(round_id, item_id) VALUES (1, 999)"},
         u"round 1: its ballot lists item 999, which is not in the session"_s},
        {u"a vote without a ballot"_s,
         {"INSERT INTO voters(id, token) VALUES (7, 'phone-7'); "
          "INSERT INTO votes(round_id, voter_id, item_id, value) VALUES (1, 7, 2, 1)"},
         u"round 1: voter “phone-7” has votes but no ballot"_s},
        {u"a ballot over its budget"_s,
         {"INSERT INTO voters(id, token) VALUES (7, 'phone-7'); "
          "INSERT INTO ballots(round_id, voter_id) VALUES (1, 7); "
          "INSERT INTO votes(round_id, voter_id, item_id, value) VALUES (1, 7, 2, 9)"},
         u"round 1: the ballot of voter “phone-7”"_s},
        {u"a vote by a voter that is not there"_s,
         {"INSERT INTO ballots(round_id, voter_id) VALUES (1, 77)"},
         u"Its ballots refer to voters that are not there"_s},
        {u"a blocker created yesterday"_s,
         {"UPDATE blockers SET created = 'yesterday' WHERE id = 2"},
         u"blocker 2: it has no valid creation time"_s},
        {u"two categories of one name"_s,
         {"UPDATE categories SET name = upper((SELECT name FROM categories WHERE id = 1)) "
          "WHERE id = 2"},
         u"category 2: there is already a category called"_s},
        {u"two channels of one name"_s,
         {"UPDATE channels SET name = upper((SELECT name FROM channels WHERE id = 1)) "
          "WHERE id = 2"},
         u"channels: Two channels are called"_s},
        {u"a title of 200,000 characters"_s,
         {"UPDATE blockers SET title = '" + longText + "' WHERE id = 2"},
         u"blocker 2: "_s},
        {u"a bell in a title"_s,
         {"UPDATE blockers SET title = 'Ring ' || char(7) WHERE id = 2"},
         u"blocker 2: "_s},
        {u"an extra table"_s,
         {"CREATE TABLE notes(x)"},
         u"database objects an Unblock session never has (table:notes)"_s},
        {u"a trigger"_s,
         {"CREATE TRIGGER t AFTER INSERT ON blockers BEGIN DELETE FROM blockers; END"},
         u"(trigger:t)"_s},
        {u"a view"_s, {"CREATE VIEW v AS SELECT 1"}, u"(view:v)"_s},
        {u"an index gone"_s,
         {"DROP INDEX blockers_by_group"},
         u"Its “blockers_by_group” is missing"_s},
        {u"no session row"_s,
         {"DELETE FROM session"},
         u"It has 0 rows of session where a session has one"_s},
        {u"no phone settings"_s,
         {"DELETE FROM phone_settings"},
         u"It has 0 rows of phone_settings where a session has one"_s},
        {u"a workshop without an id"_s,
         {"UPDATE session SET uid = ''"},
         u"Its workshop has no id"_s},
        {u"a carried action from a workshop id of two lines"_s,
         {"INSERT INTO carried_actions(id, text, from_solution, from_session) VALUES "
          "(1, 'Call IT', 4, 'one' || char(10) || 'two')"},
         u"carried action 1: its workshop id is not one"_s},
        {u"phones allowed 5,000 items each"_s,
         {"UPDATE phone_settings SET per_phone = 5000"},
         u"phones: The items per phone are 5000"_s},
        {u"a journey step's feeling of 9"_s,
         {"UPDATE journey_steps SET emotion = 9 WHERE id = (SELECT min(id) FROM journey_steps)"},
         u"journey 1: Step 1: A step's emotion is from −2 to +2"_s},
        {u"two journeys each the other's current one"_s,
         {"UPDATE journeys SET current_id = 2, variant = 'future' WHERE id = 1; "
          "UPDATE journeys SET current_id = 1, variant = 'future' WHERE id = 2"},
         u"journey 1: its current journey (2) is a future version itself"_s},
        {u"a current journey that names a current journey"_s,
         {"UPDATE journeys SET current_id = 2, variant = 'current' WHERE id = 1; "
          "UPDATE journeys SET current_id = NULL, variant = 'current' WHERE id = 2"},
         u"journey 1: only a future version names a current journey"_s},
        {u"a phone's item on the board that names nothing"_s,
         {"INSERT INTO voters(id, token) VALUES (7, 'phone-7'); "
          "INSERT INTO incoming(id, kind, text, voter_id, received, state) VALUES "
          "(1, 'blocker', 'Paper forms', 7, '2026-11-01T09:00:00.000Z', 'accepted')"},
         u"item from a phone 1: an item on the board names the blocker or solution it became"_s},
        {u"a carried action from no solution"_s,
         {"INSERT INTO carried_actions(id, text, from_solution) VALUES (1, 'Call IT', 0)"},
         u"carried action 1: it does not say which solution it came from"_s},
        {u"a newer format whose blocker is merged into itself"_s,
         {"UPDATE blockers SET merged_into = id WHERE id = 3; PRAGMA user_version = 11"},
         u"blocker 3: it is merged into itself"_s},
    };
}

void writeHostileSession(const QString& path, const HostileSession& hostile) {
    writeDemoSession(path);
    for (const QByteArray& step : hostile.steps)
        run(path, step);
}

} // namespace unblock::test
