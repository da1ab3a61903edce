// Session files travel: organisers email them, the library reads a shared
// folder of other councils' workshops. A file from anywhere is checked like an
// import on open: refused with what is wrong and where, never half-read.
#include "ranking/Ranking.h"
#include "report/Summary.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/HostileSessions.h"
#include "support/TestSupport.h"

#include <sqlite3.h>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("Every hostile session file is refused on open, saying what is wrong, and left as it "
          "was") {
    TempDir dir;
    int n = 0;
    for (const HostileSession& hostile : hostileSessions()) {
        INFO(hostile.name.toStdString());
        const QString path = dir.path(u"hostile-%1.unblock"_s.arg(++n));
        writeHostileSession(path, hostile);
        const QByteArray before = sha256Of(path);
        const Error error = expectError(store::SessionFile::open(path));
        INFO(error.message.toStdString());
        CHECK(error.message.startsWith(u"“hostile-%1.unblock” could not be opened. "_s.arg(n)));
        CHECK(error.message.contains(hostile.refusal));
        CHECK(error.code == ErrorCode::Tampered);
        CHECK(sha256Of(path) == before);
    }
    CHECK(n >= 34);
}

TEST_CASE("A chain of 20,000 merges opens, and every link counts with the blocker at its end") {
    TempDir dir;
    const QString path = dir.path(u"chain.unblock"_s);
    writeDemoSession(path);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                         "20000) INSERT INTO blockers(id, title, created, position, merged_into) "
                         "SELECT 1000 + i, 'Link ' || i, '2026-11-01T09:00:00.000Z', i, "
                         "CASE WHEN i = 20000 THEN 1 ELSE 1001 + i END FROM n; "
                         "INSERT INTO round_items(round_id, item_id) VALUES (1, 1001)",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto file = openSession(path);
    const SessionData data = expectOk(store::loadSession(*file));
    CHECK(data.rootOf(1001) == 1);
    const RoundInput input = expectOk(store::loadRoundInput(*file, 1));
    CHECK(input.rootOf.at(1001) == 1);
    CHECK(input.rootOf.at(21000) == 1);
    CHECK(input.candidates.size() == 14); // the links stand for blocker 1
}
