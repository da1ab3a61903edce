#include "store/Schema.h"

#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

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

QSet<QString> expectedObjects(int version) {
    if (version == 0)
        return {u"table:session"_s, u"table:groups"_s, u"table:blockers"_s, u"table:solutions"_s};
    return {u"table:meta"_s,
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
}

} // namespace

void createSchema(Database& db) {
    db.exec(kSchemaV1);
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
