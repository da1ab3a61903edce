#include "store/Migrations.h"

#include "model/SessionData.h"
#include "store/Rows.h"
#include "store/Schema.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <functional>
#include <vector>

namespace unblock::store {
namespace {

// Format 0 was the pilot's prototype: groups, blockers with a free-text
// category, and solutions. Format 1 adds the category list, positions, the
// session's details, voting rounds and votes.
void migrate0to1(Database& db) {
    db.exec(R"sql(
ALTER TABLE session RENAME TO v0_session;
ALTER TABLE groups RENAME TO v0_groups;
ALTER TABLE blockers RENAME TO v0_blockers;
ALTER TABLE solutions RENAME TO v0_solutions;
)sql");
    createSchemaVersion1(db);
    db.exec(R"sql(
UPDATE session SET
  title = coalesce((SELECT trim(title) FROM v0_session LIMIT 1), ''),
  venue = coalesce((SELECT trim(venue) FROM v0_session LIMIT 1), ''),
  date = (SELECT held_on FROM v0_session LIMIT 1);
INSERT INTO categories(name, position)
  SELECT name, row_number() OVER (ORDER BY first_id) - 1
  FROM (SELECT trim(category) AS name, min(id) AS first_id FROM v0_blockers
        WHERE trim(coalesce(category, '')) <> '' GROUP BY trim(category));
INSERT INTO groups(id, name, position)
  SELECT id, trim(name), row_number() OVER (ORDER BY id) - 1 FROM v0_groups;
INSERT INTO blockers(id, title, category_id, group_id, created, position)
  SELECT b.id, trim(b.title), c.id, b.group_id,
         coalesce(b.created, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
         row_number() OVER (PARTITION BY b.group_id ORDER BY b.id) - 1
  FROM v0_blockers b LEFT JOIN categories c ON c.name = trim(b.category);
INSERT INTO solutions(id, blocker_id, text, position)
  SELECT id, blocker_id, trim(text), row_number() OVER (PARTITION BY blocker_id ORDER BY id) - 1
  FROM v0_solutions;
DROP TABLE v0_solutions;
DROP TABLE v0_blockers;
DROP TABLE v0_groups;
DROP TABLE v0_session;
)sql");
}

// Format 2 adds cost to serve: the channel table and journeys.
void migrate1to2(Database& db) {
    addSchemaVersion2(db);
}

// Format 3 links pain points to blockers and keeps journeys' photos.
void migrate2to3(Database& db) {
    addSchemaVersion3(db);
}

// Format 4 fixes each round's items when it opens and keeps every ballot.
// For rounds opened before, the items are what the file can still tell: the
// blockers added before the round opened (times are stored in one ISO form,
// so they compare as text), every item with votes or paper dots in it, and
// for a round on solutions, the solutions of its blocker (merges followed).
void migrate3to4(Database& db) {
    addSchemaVersion4(db);
    db.exec(R"sql(
INSERT OR IGNORE INTO round_items(round_id, item_id)
  SELECT r.id, b.id FROM rounds r JOIN blockers b
  WHERE r.subject = 'blockers' AND b.created <= r.created;
WITH RECURSIVE root(id, root) AS (
  SELECT id, id FROM blockers WHERE merged_into IS NULL
  UNION ALL SELECT b.id, root.root FROM blockers b JOIN root ON b.merged_into = root.id)
INSERT OR IGNORE INTO round_items(round_id, item_id)
  SELECT r.id, s.id FROM rounds r
  JOIN root subject ON subject.id = r.subject_blocker_id
  JOIN solutions s JOIN root owner ON owner.id = s.blocker_id
  WHERE r.subject = 'solutions' AND owner.root = subject.root;
INSERT OR IGNORE INTO round_items(round_id, item_id) SELECT round_id, item_id FROM votes;
INSERT OR IGNORE INTO round_items(round_id, item_id) SELECT round_id, item_id FROM tallies;
INSERT INTO ballots(round_id, voter_id) SELECT DISTINCT round_id, voter_id FROM votes;
)sql");
}

// Format 5 keeps what phones send in a call for items: a new table, empty.
void migrate4to5(Database& db) {
    addSchemaVersion5(db);
}

// Format 6 gives actions a status: every solution so far is open.
void migrate5to6(Database& db) {
    addSchemaVersion6(db);
}

// Format 7 holds actions carried from an earlier workshop: none so far.
void migrate6to7(Database& db) {
    addSchemaVersion7(db);
}

// Format 8 notes where a solution was learned from: none so far.
void migrate7to8(Database& db) {
    addSchemaVersion8(db);
}

// Format 9 keeps how the room's phones are set up: as a new session has them.
void migrate8to9(Database& db) {
    addSchemaVersion9(db);
}

// Format 10 gives the workshop an id its actions' calendar UIDs are made
// from. Until now they were made from its title and date: a titled
// workshop's id is those, so a calendar that took its actions before still
// updates them; an untitled one (named by its file, which the file cannot
// know) gets a new one.
void migrate9to10(Database& db) {
    addSchemaVersion10(db);
    const SessionDetails details = readDetails(db);
    if (!details.title.isEmpty()) {
        db.prepare("UPDATE session SET uid = ?")
            .bind(1, workshopIdBeforeIds(details.title, details.date))
            .run();
    }
}

const std::vector<std::function<void(Database&)>>& steps() {
    static const std::vector<std::function<void(Database&)>> all{
        migrate0to1, migrate1to2, migrate2to3, migrate3to4, migrate4to5,
        migrate5to6, migrate6to7, migrate7to8, migrate8to9, migrate9to10};
    return all;
}

void stampVersion(Database& db, int version) {
    db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
    Statement stamp =
        db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('app_version', ?)");
    stamp.bind(1, QStringLiteral(UNBLOCK_VERSION)).run();
}

} // namespace

void migrate(Database& db, int fromVersion) {
    Q_ASSERT(static_cast<int>(steps().size()) == kCurrentVersion);
    for (int version = fromVersion; version < kCurrentVersion; ++version) {
        // Table rebuilds need foreign keys off; they are checked before commit.
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec("BEGIN IMMEDIATE");
        try {
            steps()[static_cast<std::size_t>(version)](db);
            checkReferences(db);
            stampVersion(db, version + 1);
            db.exec("COMMIT");
        } catch (const Failure&) {
            db.rollback();
            db.exec("PRAGMA foreign_keys = ON");
            throw;
        }
        db.exec("PRAGMA foreign_keys = ON");
    }
}

QString migrationBackupPath(const QString& sessionPath, int fromVersion) {
    const QFileInfo info(sessionPath);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    QString candidate;
    for (int n = 1;; ++n) {
        const QString label =
            n == 1 ? QCoreApplication::translate("Store", "format %1 backup").arg(fromVersion)
                   : QCoreApplication::translate("Store", "format %1 backup %2")
                         .arg(fromVersion)
                         .arg(n);
        candidate = info.dir().filePath(base + u" (" + label + u')' + suffix);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace unblock::store
