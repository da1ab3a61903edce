// Save a Copy for Sharing: the copy holds no one's name and nothing deleted,
// byte for byte, and is otherwise the same workshop.
#include "store/SharingCopy.h"

#include "ranking/Ranking.h"
#include "ranking/RoundInput.h"
#include "store/Rounds.h"
#include "store/Schema.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/NamedSession.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

std::vector<std::tuple<Id, qint64, int, qint64, int>> ranked(const SessionData& data, Id round) {
    const RankingResult result = rank(expectOk(roundInput(data, round)));
    std::vector<std::tuple<Id, qint64, int, qint64, int>> rows;
    for (const RankedRow& row : result.rows)
        rows.emplace_back(row.itemId, row.score, row.voters, row.paperDots, row.rank);
    return rows;
}

int pragmaOf(const QString& path, const char* pragma) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, pragma, -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const int value = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

QString encodingOf(const QString& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA encoding", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const QString encoding =
        QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return encoding;
}

// A temporary file or a journal left in the folder.
QStringList leftBeside(const TempDir& dir) {
    QStringList left;
    for (const QString& name : QDir(dir.path(u"."_s)).entryList(QDir::Files | QDir::Hidden)) {
        if (name.endsWith(u".tmp") || name.endsWith(u"-journal"))
            left << name;
    }
    return left;
}

// The copy is the same workshop but for the names.
void requireSameWorkshop(const SessionData& original, const SessionData& copy, bool ownersKept,
                         Id round) {
    REQUIRE(copy.blockers.size() == original.blockers.size());
    for (std::size_t i = 0; i < copy.blockers.size(); ++i) {
        Blocker expected = original.blockers[i];
        expected.author.clear();
        CHECK(copy.blockers[i] == expected);
    }
    REQUIRE(copy.solutions.size() == original.solutions.size());
    for (std::size_t i = 0; i < copy.solutions.size(); ++i) {
        Solution expected = original.solutions[i];
        if (!ownersKept)
            expected.owner.clear();
        CHECK(copy.solutions[i] == expected);
    }
    REQUIRE(copy.carried.size() == original.carried.size());
    CHECK(copy.carried.front().owner == (ownersKept ? original.carried.front().owner : QString()));
    CHECK(copy.carried.front().text == original.carried.front().text);
    CHECK(copy.details.title == original.details.title);
    CHECK(copy.details.venue == original.details.venue);
    CHECK(copy.details.date == original.details.date);
    CHECK(copy.details.facilitator.isEmpty());
    REQUIRE(copy.incoming.size() == original.incoming.size());
    for (std::size_t i = 0; i < copy.incoming.size(); ++i) {
        CHECK(copy.incoming[i].text == original.incoming[i].text);
        CHECK(copy.incoming[i].state == original.incoming[i].state);
        CHECK(copy.incoming[i].reason == original.incoming[i].reason);
        CHECK(copy.incoming[i].itemId == original.incoming[i].itemId);
        CHECK(copy.incoming[i].name.isEmpty());
        // A phone is still a phone, under another id.
        CHECK(copy.incoming[i].phone.startsWith(u"phone-"));
        CHECK(copy.incoming[i].phone != original.incoming[i].phone);
    }

    const Round& before = original.rounds.front();
    const Round& after = copy.rounds.front();
    // A phone's items and its ballot are still one phone's.
    for (const IncomingItem& item : copy.incoming) {
        CHECK(std::find(after.ballots.begin(), after.ballots.end(), item.phone) !=
              after.ballots.end());
    }
    CHECK(copy.incoming[0].phone != copy.incoming[1].phone);

    CHECK(ranked(copy, round) == ranked(original, round));
    CHECK(after.ballots.size() == before.ballots.size());
    CHECK(after.votes.size() == before.votes.size());
    CHECK(after.paperVoters == before.paperVoters);
    CHECK(after.tallies == before.tallies);
    QStringList kinds;
    for (const QString& voter : after.ballots) {
        CHECK(std::find(before.ballots.begin(), before.ballots.end(), voter) ==
              before.ballots.end());
        kinds << voter.section(u'-', 0, 0);
    }
    kinds.sort();
    CHECK(kinds == QStringList{u"kiosk"_s, u"phone"_s, u"phone"_s, u"phone"_s, u"voter"_s,
                               u"voter"_s, u"voter"_s});
}

} // namespace

TEST_CASE("A copy for sharing holds none of the names in its bytes, nor a deleted blocker, and "
          "ranks the same") {
    NamedWorkshop workshop;
    workshop.requireInOriginal();
    const QByteArray originalSum = sha256Of(workshop.path);
    const QString copyPath = workshop.dir.path(u"for sharing.unblock"_s);
    {
        auto file = openSession(workshop.path);
        expectOk(store::saveSharingCopy(*file, copyPath));
    }
    CHECK(sha256Of(workshop.path) == originalSum); // only read

    const QByteArray copy = readAll(copyPath);
    REQUIRE(copy.startsWith("SQLite format 3"));
    CHECK(encodingOf(copyPath) == u"UTF-8");
    CHECK(pragmaOf(copyPath, "PRAGMA freelist_count") == 0);
    const QStringList found = workshop.foundIn(copy, false);
    INFO(workshop.mustBeGone(false).size() << " strings searched for");
    INFO(found.join(u"\n").toStdString());
    CHECK(found.isEmpty());
    // What the workshop said is all there.
    const QStringList missing = workshop.missingFrom(copy);
    INFO(missing.join(u"\n").toStdString());
    CHECK(missing.isEmpty());

    auto opened = openSession(copyPath, store::OpenMode::ReadOnly);
    const SessionData shared = expectOk(store::loadSession(*opened));
    requireSameWorkshop(workshop.data, shared, false, workshop.round);
}

TEST_CASE("A copy for sharing keeps the owners of actions when the organiser asks, and no other "
          "name") {
    NamedWorkshop workshop;
    workshop.requireInOriginal();
    const QString copyPath = workshop.dir.path(u"with owners.unblock"_s);
    {
        auto file = openSession(workshop.path, store::OpenMode::ReadOnly);
        expectOk(store::saveSharingCopy(*file, copyPath, {.keepOwners = true}));
    }
    const QByteArray copy = readAll(copyPath);
    for (const QString& owner : workshop.owners) {
        INFO(owner.toStdString());
        CHECK(copy.contains(owner.toUtf8()));
    }
    const QStringList found = workshop.foundIn(copy, true);
    INFO(found.join(u"\n").toStdString());
    CHECK(found.isEmpty());
    auto opened = openSession(copyPath, store::OpenMode::ReadOnly);
    requireSameWorkshop(workshop.data, expectOk(store::loadSession(*opened)), true, workshop.round);
}

TEST_CASE("A copy for sharing is never the session itself, and replaces another file whole") {
    TempDir dir;
    const QString path = dir.path(u"workshop.unblock"_s);
    auto file = createSession(path);
    SessionDetails details;
    details.facilitator = u"Siân ap Rhŷs"_s;
    expectOk(store::setDetails(*file, details));
    const QByteArray before = sha256Of(path);
    const Error itself = expectError(store::saveSharingCopy(*file, path));
    CHECK(itself.code == ErrorCode::InvalidInput);
    CHECK(itself.message.contains(u"the session itself"));
    // Nor by another name for the same file. (On Windows QFile::link makes a
    // shortcut, a file of its own, which the copy replaces like any other.)
    const QString link = dir.path(u"link.unblock"_s);
    REQUIRE(QFile::link(path, link));
#ifdef Q_OS_WIN
    expectOk(store::saveSharingCopy(*file, link));
#else
    CHECK(expectError(store::saveSharingCopy(*file, link)).code == ErrorCode::InvalidInput);
#endif
    CHECK(sha256Of(path) == before);

    // As Save a Copy does, a file already there is replaced, whole.
    const QString target = dir.path(u"shared.unblock"_s);
    writeAll(target, "an older copy");
    expectOk(store::saveSharingCopy(*file, target));
    auto copy = openSession(target, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadDetails(*copy)).facilitator.isEmpty());
    CHECK(leftBeside(dir).isEmpty());
}

TEST_CASE("A session from a newer Unblock gets no copy for sharing, and the target stays as it "
          "was") {
    TempDir dir;
    const QString path = dir.path(u"newer.unblock"_s);
    createSession(path).reset();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const QByteArray newer =
        "PRAGMA user_version = " + QByteArray::number(store::kCurrentVersion + 1);
    REQUIRE(sqlite3_exec(db, newer.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto file = openSession(path, store::OpenMode::ReadOnly);
    REQUIRE(file->isReadOnly());
    const QString target = dir.path(u"shared.unblock"_s);
    writeAll(target, "an older copy");
    const Error refused = expectError(store::saveSharingCopy(*file, target));
    CHECK(refused.code == ErrorCode::UnsupportedVersion);
    CHECK(refused.message.contains(u"newer version"));
    CHECK(readAll(target) == "an older copy");
    CHECK(leftBeside(dir).isEmpty());
}
