#include "store/Schema.h"

#include "journey/Journey.h"
#include "model/PhoneSettings.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <array>
#include <map>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace unblock::store {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL) STRICT;
CREATE TABLE session(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL DEFAULT '',
  date TEXT,
  venue TEXT NOT NULL DEFAULT '',
  facilitator TEXT NOT NULL DEFAULT '',
  attendees INTEGER NOT NULL DEFAULT 0 CHECK (attendees >= 0)) STRICT;
CREATE TABLE categories(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (name <> ''),
  position INTEGER NOT NULL) STRICT;
CREATE TABLE groups(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  position INTEGER NOT NULL) STRICT;
CREATE TABLE blockers(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (title <> ''),
  detail TEXT NOT NULL DEFAULT '',
  category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
  group_id INTEGER REFERENCES groups(id) ON DELETE SET NULL,
  author TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL,
  position INTEGER NOT NULL,
  merged_into INTEGER REFERENCES blockers(id) ON DELETE SET NULL
    CHECK (merged_into IS NULL OR merged_into <> id)) STRICT;
CREATE INDEX blockers_by_group ON blockers(group_id, position);
CREATE TABLE solutions(
  id INTEGER PRIMARY KEY,
  blocker_id INTEGER NOT NULL REFERENCES blockers(id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (text <> ''),
  impact INTEGER CHECK (impact BETWEEN 1 AND 5),
  effort INTEGER CHECK (effort BETWEEN 1 AND 5),
  owner TEXT NOT NULL DEFAULT '',
  due TEXT,
  position INTEGER NOT NULL) STRICT;
CREATE INDEX solutions_by_blocker ON solutions(blocker_id, position);
CREATE TABLE rounds(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL CHECK (subject IN ('blockers', 'solutions')),
  subject_blocker_id INTEGER REFERENCES blockers(id) ON DELETE CASCADE,
  method TEXT NOT NULL CHECK (method IN ('dots', 'approval', 'borda', 'schulze')),
  budget INTEGER CHECK (budget > 0),
  max_per_item INTEGER CHECK (max_per_item > 0),
  state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'revealed')),
  paper_voters INTEGER NOT NULL DEFAULT 0 CHECK (paper_voters >= 0),
  created TEXT NOT NULL,
  CHECK ((subject = 'solutions') = (subject_blocker_id IS NOT NULL))) STRICT;
CREATE TABLE voters(
  id INTEGER PRIMARY KEY,
  token TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE votes(
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  voter_id INTEGER NOT NULL REFERENCES voters(id),
  item_id INTEGER NOT NULL,
  value INTEGER NOT NULL CHECK (value > 0),
  PRIMARY KEY (round_id, voter_id, item_id)) STRICT, WITHOUT ROWID;
CREATE TABLE tallies(
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  dots INTEGER NOT NULL CHECK (dots >= 0),
  PRIMARY KEY (round_id, item_id)) STRICT, WITHOUT ROWID;
INSERT INTO session(id) VALUES (1);
)sql";

// Format 2: cost to serve. Channels with their figures, and journeys of steps.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE channels(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (name <> ''),
  cost_pence INTEGER CHECK (cost_pence BETWEEN 0 AND 100000000),
  source TEXT NOT NULL DEFAULT '',
  online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
  position INTEGER NOT NULL) STRICT;
CREATE TABLE journeys(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (title <> ''),
  persona TEXT NOT NULL DEFAULT '',
  preferred_channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
  second_channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
  annual_volume INTEGER NOT NULL DEFAULT 0 CHECK (annual_volume BETWEEN 0 AND 1000000000),
  variant TEXT NOT NULL CHECK (variant IN ('current', 'future')),
  current_id INTEGER REFERENCES journeys(id) ON DELETE SET NULL
    CHECK (current_id IS NULL OR current_id <> id),
  position INTEGER NOT NULL) STRICT;
CREATE TABLE journey_steps(
  id INTEGER PRIMARY KEY,
  journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  description TEXT NOT NULL CHECK (description <> ''),
  channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
  actor TEXT NOT NULL DEFAULT '',
  minutes INTEGER CHECK (minutes BETWEEN 0 AND 100000),
  cost_pence INTEGER CHECK (cost_pence BETWEEN 0 AND 100000000),
  pain_point INTEGER NOT NULL DEFAULT 0 CHECK (pain_point IN (0, 1)),
  pain_note TEXT NOT NULL DEFAULT '',
  emotion INTEGER NOT NULL DEFAULT 0 CHECK (emotion BETWEEN -2 AND 2),
  avoidable INTEGER NOT NULL DEFAULT 0 CHECK (avoidable IN (0, 1))) STRICT;
CREATE INDEX steps_by_journey ON journey_steps(journey_id, position);
)sql";

// Format 3: a pain point links to the blocker it became (so the summary can
// say which journeys a blocker affects), and a journey keeps its paper
// sketch's photo inside the file.
constexpr const char* kSchemaV3 = R"sql(
ALTER TABLE journeys ADD COLUMN photo BLOB
  CHECK (photo IS NULL OR length(photo) BETWEEN 1 AND 8388608);
ALTER TABLE journey_steps ADD COLUMN blocker_id INTEGER REFERENCES blockers(id) ON DELETE SET NULL;
)sql";

// Format 4: a round's items are fixed when it opens (they are what people
// voted on), and every ballot is kept, an empty one too, so a count of
// ballots is one count everywhere.
constexpr const char* kSchemaV4 = R"sql(
CREATE TABLE round_items(
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  PRIMARY KEY (round_id, item_id)) STRICT, WITHOUT ROWID;
CREATE TABLE ballots(
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  voter_id INTEGER NOT NULL REFERENCES voters(id),
  PRIMARY KEY (round_id, voter_id)) STRICT, WITHOUT ROWID;
)sql";

// Format 5: what phones send in a call for items, kept whatever the
// facilitator does with it. A phone is known by its voter row, as its
// ballots are. `item_id` is the blocker or solution it became, by `kind`
// (no foreign key: it names either, as votes do; the store clears it when
// that item is deleted).
constexpr const char* kSchemaV5 = R"sql(
CREATE TABLE incoming(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('blocker', 'solution')),
  text TEXT NOT NULL CHECK (text <> ''),
  name TEXT NOT NULL DEFAULT '',
  voter_id INTEGER NOT NULL REFERENCES voters(id),
  group_id INTEGER REFERENCES groups(id) ON DELETE SET NULL,
  blocker_id INTEGER REFERENCES blockers(id) ON DELETE SET NULL,
  received TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('waiting', 'accepted', 'merged', 'rejected')),
  reason TEXT NOT NULL DEFAULT '',
  item_id INTEGER,
  CHECK ((state IN ('accepted', 'merged')) = (item_id IS NOT NULL))) STRICT;
CREATE INDEX incoming_by_voter ON incoming(voter_id);
)sql";

// An action's status: open (the default: every solution so far), in
// progress, done or dropped, and the day it last changed.
constexpr const char* kSchemaV6 = R"sql(
ALTER TABLE solutions ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
  CHECK (status IN ('open', 'in progress', 'done', 'dropped'));
ALTER TABLE solutions ADD COLUMN status_changed TEXT;
)sql";

// Actions an earlier workshop left open, carried into this one (File ▸ New
// Session from…): their words as they were, their status here, and where
// each came from.
constexpr const char* kSchemaV7 = R"sql(
CREATE TABLE carried_actions(
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL CHECK (text <> ''),
  blocker TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  due TEXT,
  status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'in progress', 'done', 'dropped')),
  status_changed TEXT,
  from_workshop TEXT NOT NULL DEFAULT '',
  from_date TEXT,
  from_solution INTEGER NOT NULL) STRICT;
)sql";

// Where a solution was learned from, when it came from another workshop in
// the library: that workshop's title and date. The room's own have none.
constexpr const char* kSchemaV8 = R"sql(
ALTER TABLE solutions ADD COLUMN from_workshop TEXT NOT NULL DEFAULT '';
ALTER TABLE solutions ADD COLUMN from_date TEXT;
)sql";

// How the room's phones are set up (model/PhoneSettings.h): one row, there
// from the start, and the blockers a call for solutions names (a blocker
// deleted leaves the call).
constexpr const char* kSchemaV9 = R"sql(
CREATE TABLE phone_settings(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  call TEXT NOT NULL DEFAULT 'nothing' CHECK (call IN ('nothing', 'blockers',
    'solutions to one', 'solutions to the top')),
  names INTEGER NOT NULL DEFAULT 0 CHECK (names IN (0, 1)),
  paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
  seconds_between INTEGER NOT NULL DEFAULT 3 CHECK (seconds_between BETWEEN 0 AND 600),
  per_phone INTEGER NOT NULL DEFAULT 50 CHECK (per_phone BETWEEN 1 AND 1000)) STRICT;
INSERT INTO phone_settings(id) VALUES (1);
CREATE TABLE phone_call_blockers(
  blocker_id INTEGER PRIMARY KEY REFERENCES blockers(id) ON DELETE CASCADE,
  position INTEGER NOT NULL) STRICT;
)sql";
// Format 10: who a workshop is, whatever it is called, so that its actions
// keep their calendar UIDs when it is renamed: its own id (a random UUID when
// it is made), and for each carried action the id of the workshop it came
// from (empty when it was carried before format 10).
constexpr const char* kSchemaV10 = R"sql(
ALTER TABLE session ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE carried_actions ADD COLUMN from_session TEXT NOT NULL DEFAULT '';
)sql";

static_assert(kMostSecondsBetweenItems == 600 && kMostItemsPerPhone == 1000,
              "phone_settings' CHECKs say the same limits");

QSet<QString> expectedObjects(int version) {
    if (version == 0)
        return {u"table:session"_s, u"table:groups"_s, u"table:blockers"_s, u"table:solutions"_s};
    QSet<QString> objects{u"table:meta"_s,
                          u"table:session"_s,
                          u"table:categories"_s,
                          u"table:groups"_s,
                          u"table:blockers"_s,
                          u"table:solutions"_s,
                          u"table:rounds"_s,
                          u"table:voters"_s,
                          u"table:votes"_s,
                          u"table:tallies"_s,
                          u"index:blockers_by_group"_s,
                          u"index:solutions_by_blocker"_s};
    if (version >= 2) {
        objects += {u"table:channels"_s, u"table:journeys"_s, u"table:journey_steps"_s,
                    u"index:steps_by_journey"_s};
    }
    if (version >= 4)
        objects += {u"table:round_items"_s, u"table:ballots"_s};
    if (version >= 5)
        objects += {u"table:incoming"_s, u"index:incoming_by_voter"_s};
    if (version >= 7)
        objects += {u"table:carried_actions"_s};
    if (version >= 9)
        objects += {u"table:phone_settings"_s, u"table:phone_call_blockers"_s};
    return objects;
}

} // namespace

void createSchema(Database& db) {
    createSchemaVersion1(db);
    addSchemaVersion2(db);
    addSchemaVersion3(db);
    addSchemaVersion4(db);
    addSchemaVersion5(db);
    addSchemaVersion6(db);
    addSchemaVersion7(db);
    addSchemaVersion8(db);
    addSchemaVersion9(db);
    addSchemaVersion10(db);
}

void createSchemaVersion1(Database& db) {
    db.exec(kSchemaV1);
}

void addSchemaVersion2(Database& db) {
    db.exec(kSchemaV2);
    Statement insert = db.prepare("INSERT INTO channels(id, name, cost_pence, source, online, "
                                  "position) VALUES (?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const Channel& c : defaultChannels()) {
        insert.bind(1, c.id).bind(2, c.name).bind(3, c.costPerContact).bind(4, c.source);
        insert.bind(5, c.online ? 1 : 0).bind(6, position++).run();
    }
}

void addSchemaVersion3(Database& db) {
    db.exec(kSchemaV3);
}

void addSchemaVersion4(Database& db) {
    db.exec(kSchemaV4);
}

void addSchemaVersion5(Database& db) {
    db.exec(kSchemaV5);
}

void addSchemaVersion6(Database& db) {
    db.exec(kSchemaV6);
}

void addSchemaVersion7(Database& db) {
    db.exec(kSchemaV7);
}

void addSchemaVersion8(Database& db) {
    db.exec(kSchemaV8);
}

void addSchemaVersion9(Database& db) {
    db.exec(kSchemaV9);
}

void addSchemaVersion10(Database& db) {
    db.exec(kSchemaV10);
    db.prepare("UPDATE session SET uid = ?")
        .bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .run();
}

namespace {

// Each object of a schema ("table:blockers") with its SQL, runs of white
// space made one (SQLite keeps a CREATE as it was typed).
std::map<QString, QString> schemaOf(Database& db) {
    static const QRegularExpression space(u"\\s+"_s);
    std::map<QString, QString> objects;
    Statement st = db.prepare("SELECT type, name, sql FROM sqlite_schema");
    while (st.next())
        objects.emplace(st.text(0) + u':' + st.text(1),
                        st.text(2).replace(space, u" "_s).trimmed());
    return objects;
}

// The schema this build writes for each format from 1, made once in memory
// by the same steps that create and migrate files.
std::map<QString, QString> writtenSchema(int version) {
    static const std::vector<std::map<QString, QString>> schemas = [] {
        std::vector<std::map<QString, QString>> all(kCurrentVersion + 1);
        const std::array<void (*)(Database&), kCurrentVersion> steps{
            createSchemaVersion1, addSchemaVersion2, addSchemaVersion3, addSchemaVersion4,
            addSchemaVersion5,    addSchemaVersion6, addSchemaVersion7, addSchemaVersion8,
            addSchemaVersion9,    addSchemaVersion10};
        ::sqlite3* memory = nullptr;
        sqlite3_open(":memory:", &memory);
        Database db(memory);
        for (int v = 1; v <= kCurrentVersion; ++v) {
            steps[static_cast<std::size_t>(v - 1)](db);
            all[static_cast<std::size_t>(v)] = schemaOf(db);
        }
        sqlite3_close(memory);
        return all;
    }();
    return schemas.at(static_cast<std::size_t>(version));
}

QString shownName(const QString& object) {
    return object.section(u':', 1);
}

} // namespace

void checkSchema(Database& db, int version) {
    checkSchemaObjects(db, version);
    if (version < 1 || version > kCurrentVersion)
        return; // format 0 is read by name only: this Unblock never writes it
    const std::map<QString, QString> expected = writtenSchema(version);
    const std::map<QString, QString> found = schemaOf(db);
    for (const auto& [object, sql] : expected) {
        const auto there = found.find(object);
        if (there == found.end()) {
            fail(ErrorCode::Tampered,
                 QCoreApplication::translate("Store",
                                             "Its “%1” is missing (an Unblock session of format "
                                             "%2 always has it), so it was not opened.")
                     .arg(shownName(object))
                     .arg(version));
        }
        if (there->second != sql) {
            fail(ErrorCode::Tampered,
                 QCoreApplication::translate("Store",
                                             "Its “%1” is not the one Unblock writes for format "
                                             "%2 (its columns or rules differ), so it was not "
                                             "opened.")
                     .arg(shownName(object))
                     .arg(version));
        }
    }
}

namespace {

// Where a session keeps a day as text (ISO 8601, 2026-12-07), with the
// words that name it in a refusal.
struct DateColumn {
    const char* table;
    const char* column;
    const char* what; // %1 the row's id
};

constexpr DateColumn kDateColumns[] = {
    {"session", "date", QT_TRANSLATE_NOOP("Store", "the workshop's date")},
    {"solutions", "due", QT_TRANSLATE_NOOP("Store", "solution %1's due date")},
    {"solutions", "status_changed", QT_TRANSLATE_NOOP("Store", "solution %1's status date")},
    {"solutions", "from_date", QT_TRANSLATE_NOOP("Store", "solution %1's workshop date")},
    {"carried_actions", "due", QT_TRANSLATE_NOOP("Store", "carried action %1's due date")},
    {"carried_actions", "status_changed",
     QT_TRANSLATE_NOOP("Store", "carried action %1's status date")},
    {"carried_actions", "from_date",
     QT_TRANSLATE_NOOP("Store", "carried action %1's workshop date")},
};

// SQLite's date() takes 2026-02-30 for a day (it is 2 March to it).
bool isDay(const QString& text) {
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() && day.toString(Qt::ISODate) == text;
}

// Rows a session has exactly one of from its first format that has them.
void requireOneRow(Database& db, const char* table) {
    Statement count =
        db.prepare(QByteArray(QByteArray("SELECT count(*) FROM ") + table).constData());
    if (count.next() && count.int64(0) != 1) {
        fail(ErrorCode::Tampered,
             QCoreApplication::translate("Store", "It has %1 rows of %2 where a session has one.")
                 .arg(count.int64(0))
                 .arg(QLatin1String(table)));
    }
}

} // namespace

// A day that is not a day would be read as no day at all: refused instead.
void checkStoredValues(Database& db) {
    requireOneRow(db, "session");
    requireOneRow(db, "phone_settings");
    if (db.prepare("SELECT 1 FROM session WHERE uid = ''").next()) {
        fail(ErrorCode::Tampered,
             QCoreApplication::translate("Store", "Its workshop has no id (Unblock gives every "
                                                  "session one when it is made)."));
    }
    for (const DateColumn& date : kDateColumns) {
        const QByteArray sql = QByteArray("SELECT id, ") + date.column + " FROM " + date.table +
                               " WHERE " + date.column + " IS NOT NULL";
        Statement st = db.prepare(sql.constData());
        while (st.next()) {
            if (isDay(st.text(1)))
                continue;
            QString what = QCoreApplication::translate("Store", date.what);
            if (what.contains(u"%1"))
                what = what.arg(st.int64(0));
            fail(ErrorCode::Tampered,
                 QCoreApplication::translate(
                     "Store", "It holds %1 “%2”, which is not a day such as 2026-12-07.")
                     .arg(what, st.text(1).left(40)));
        }
    }
}

void checkReferences(Database& db) {
    Statement st = db.prepare("PRAGMA foreign_key_check");
    if (!st.next())
        return;
    const QString row = st.isNull(1) ? QString() : u" (row %1)"_s.arg(st.int64(1));
    fail(ErrorCode::Tampered,
         QCoreApplication::translate("Store", "Its %1%2 refer to %3 that are not there.")
             .arg(st.text(0), row, st.text(2)));
}

void checkSchemaObjects(Database& db, int version) {
    const QSet<QString> expected = expectedObjects(version);
    QStringList unexpected;
    Statement st = db.prepare("SELECT type, name FROM sqlite_schema");
    while (st.next()) {
        const QString name = st.text(1);
        if (name.startsWith(u"sqlite_autoindex_"))
            continue;
        const QString object = st.text(0) + u':' + name;
        if (!expected.contains(object))
            unexpected << object;
    }
    if (!unexpected.isEmpty()) {
        fail(ErrorCode::Tampered,
             QCoreApplication::translate("Store",
                                         "It contains database objects an Unblock session never "
                                         "has (%1), so it was not opened.")
                 .arg(unexpected.join(u", ")));
    }
}

} // namespace unblock::store
