#include "store/SessionFile.h"

#include "store/Blockers.h"
#include "store/Details.h"
#include "store/Journeys.h"
#include "store/Rounds.h"
#include "store/Schema.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

quint32 headerWord(const QString& path, int offset) {
    const QByteArray bytes = readAll(path);
    REQUIRE(bytes.size() >= 100);
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

Id addBlocker(store::SessionFile& file, const QString& title) {
    return expectOk(store::addBlocker(file, {title, {}, {}, {}, {}}));
}

QStringList leftovers(const TempDir& dir) {
    return QDir(dir.path(u""_s))
        .entryList({u"*.tmp"_s, u"*-journal"_s}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("A new session is an Unblock file of the current format") {
    TempDir dir;
    const QString path = dir.path(u"new.unblock"_s);
    createSession(path).reset();
    CHECK(headerWord(path, 68) == 0x554E424B);             // application_id 'UNBK'
    CHECK(headerWord(path, 60) == store::kCurrentVersion); // user_version
    const QByteArray bytes = readAll(path);
    CHECK(bytes.at(18) == 1); // rollback journal, not WAL: the file is self-contained
    CHECK(bytes.at(19) == 1);
}

TEST_CASE("Creating a session never replaces an existing file") {
    TempDir dir;
    const QString path = dir.path(u"precious.unblock"_s);
    writeAll(path, "my notes");
    const Error error = expectError(store::SessionFile::create(path));
    CHECK(error.message.contains(u"already exists"));
    CHECK(readAll(path) == "my notes");
}

TEST_CASE("Every action is committed as it happens") {
    TempDir dir;
    const QString path = dir.path(u"live.unblock"_s);
    auto writer = createSession(path);
    addBlocker(*writer, u"Forms are PDFs"_s);
    // A second connection sees it while the first is still open: nothing waits for a save.
    auto reader = openSession(path, store::OpenMode::ReadOnly);
    const SessionData seen = expectOk(store::loadSession(*reader));
    REQUIRE(seen.blockers.size() == 1);
    CHECK(seen.blockers[0].title == u"Forms are PDFs");
    CHECK(leftovers(dir).isEmpty());
}

TEST_CASE("Reopening a session finds everything in it") {
    TempDir dir;
    const QString path = dir.path(u"demo.unblock"_s);
    writeDemoSession(path);
    auto file = openSession(path);
    CHECK(expectOk(store::loadSession(*file)) == demoData());
    CHECK_FALSE(file->isReadOnly());
}

TEST_CASE("Save a copy writes a complete copy and leaves the session as it was") {
    TempDir dir;
    const QString path = dir.path(u"demo.unblock"_s);
    const QString copy = dir.path(u"copy.unblock"_s);
    writeDemoSession(path);
    auto file = openSession(path);

    SECTION("to a new file") {
        expectOk(file->saveCopy(copy));
        CHECK(expectOk(store::loadSession(*openSession(copy))) == demoData());
        CHECK(file->path() == QFileInfo(path).absoluteFilePath());
        addBlocker(*file, u"After the copy"_s);
        CHECK(expectOk(store::loadSession(*openSession(copy, store::OpenMode::ReadOnly))) ==
              demoData());
    }
    SECTION("over an older file, which it replaces whole") {
        writeAll(copy, QByteArray(300000, 'x'));
        expectOk(file->saveCopy(copy));
        CHECK(expectOk(store::loadSession(*openSession(copy))) == demoData());
    }
    SECTION("refusing the session's own file") {
        CHECK(expectError(file->saveCopy(path)).code == ErrorCode::InvalidInput);
    }
    SECTION("where it cannot be written, leaving the old target untouched") {
        writeAll(copy, "old copy");
        const QString missingFolder = dir.path(u"no-such-folder/copy.unblock"_s);
        const Error error = expectError(file->saveCopy(missingFolder));
        CHECK(error.code == ErrorCode::NotFound);
        CHECK(error.message.contains(u"no-such-folder"));
        CHECK(readAll(copy) == "old copy");
    }
    SECTION("onto a session open elsewhere") {
        createSession(copy).reset();
        auto other = openSession(copy);
        const QByteArray before = sha256Of(copy);
        CHECK(expectError(file->saveCopy(copy)).code == ErrorCode::Locked);
        CHECK(sha256Of(copy) == before);
    }
    CHECK(leftovers(dir).isEmpty());
}

TEST_CASE("Save as goes on with the copy and leaves the original behind") {
    TempDir dir;
    const QString path = dir.path(u"day.unblock"_s);
    const QString target = dir.path(u"day-final.unblock"_s);
    writeDemoSession(path);
    auto file = openSession(path);
    const QByteArray original = sha256Of(path);

    expectOk(file->saveAs(target));
    CHECK(file->path() == QFileInfo(target).absoluteFilePath());
    addBlocker(*file, u"Only in the new file"_s);
    CHECK(sha256Of(path) == original);
    // The original is free again: another process could open it.
    CHECK(store::SessionFile::open(path).ok());
    CHECK(expectOk(store::loadSession(*file)).blockers.size() == demoData().blockers.size() + 1);
}

TEST_CASE("A full disk is reported and what was committed stays") {
    TempDir dir;
    const QString path = dir.path(u"full.unblock"_s);
    auto file = createSession(path);
    const Id first = addBlocker(*file, u"Committed before the disk filled"_s);
    file->setPageLimitForTesting(30);
    Error error{};
    for (int i = 0; i < 200; ++i) {
        const auto added =
            store::addBlocker(*file, {QString(490, u'x'), QString(19000, u'y'), {}, {}, {}});
        if (!added) {
            error = added.error();
            break;
        }
    }
    CHECK(error.code == ErrorCode::DiskFull);
    CHECK(error.message.contains(u"disk is full"));
    file.reset();
    const SessionData data = expectOk(store::loadSession(*openSession(path)));
    REQUIRE_FALSE(data.blockers.empty());
    CHECK(data.blockers.front().id == first);
}

TEST_CASE("A session opened read-only refuses changes and stays byte for byte") {
    TempDir dir;
    const QString path = dir.path(u"ro.unblock"_s);
    writeDemoSession(path);
    const QByteArray before = sha256Of(path);
    auto file = openSession(path, store::OpenMode::ReadOnly);
    CHECK(file->isReadOnly());
    const Error error = expectError(store::addBlocker(*file, {u"Nope"_s, {}, {}, {}, {}}));
    CHECK(error.code == ErrorCode::ReadOnly);
    CHECK(error.message.contains(u"ro.unblock"));
    CHECK(expectOk(store::loadSession(*file)) == demoData());
    file.reset();
    CHECK(sha256Of(path) == before);
}

TEST_CASE("A session in a cloud-synced folder opens with a warning") {
    TempDir dir;
    REQUIRE(QDir().mkpath(dir.path(u"OneDrive - Council/Workshops"_s)));
    const QString path = dir.path(u"OneDrive - Council/Workshops/day.unblock"_s);
    auto file = createSession(path);
    REQUIRE(file->notices().size() == 1);
    CHECK(file->notices().front().contains(u"cloud-synced folder"));
    file.reset();
    CHECK(openSession(path)->notices().size() == 1);
    CHECK(createSession(dir.path(u"local.unblock"_s))->notices().isEmpty());
}

TEST_CASE("Several store changes as one transaction: all committed, or none when one fails, and "
          "the changes reported once committed") {
    TempDir dir;
    auto file = createSession(dir.path(u"together.unblock"_s));
    file->takeChanges();
    std::optional<Id> first;
    const Status both = file->transaction([&]() -> Status {
        const Result<Id> a = store::addBlocker(*file, {u"Budgets"_s, {}, {}, {}, {}});
        if (!a)
            return a.error();
        first = a.value();
        const Result<Id> b = store::addBlocker(*file, {u"Culture"_s, {}, {}, {}, {}});
        return b ? Status{} : Status{b.error()};
    });
    REQUIRE(both);
    CHECK(expectOk(store::loadSession(*file)).blockers.size() == 2);
    CHECK(file->takeChanges().blockers.size() == 2);

    // The second part is refused (an empty title): neither part stays.
    const Status refused = file->transaction([&]() -> Status {
        const Result<Id> a = store::addBlocker(*file, {u"Silos"_s, {}, {}, {}, {}});
        if (!a)
            return a.error();
        return store::editBlocker(*file, *first, {u""_s, {}, {}, {}, {}});
    });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    const SessionData after = expectOk(store::loadSession(*file));
    CHECK(after.blockers.size() == 2);
    CHECK(after.blocker(*first)->title == u"Budgets");
    CHECK(file->takeChanges().empty());
    // And the next change is a transaction of its own again.
    CHECK(store::addBlocker(*file, {u"Silos"_s, {}, {}, {}, {}}));
    CHECK(expectOk(store::loadSession(*file)).blockers.size() == 3);
}

TEST_CASE("Every table a session file holds has its changes reported by kind and id: a table "
          "added without a kind for its rows fails here") {
    TempDir dir;
    auto file = createSession(dir.path(u"tables.unblock"_s));
    const QStringList tables = expectOk(file->read([](store::Database& db) {
        QStringList names;
        store::Statement st = db.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (st.next())
            names << st.text(0);
        return names;
    }));
    CHECK(tables.size() >= 17);
    for (const QString& table : tables) {
        INFO(table.toStdString());
        CHECK(store::SessionFile::capturesChangesOf(table));
    }
    CHECK_FALSE(store::SessionFile::capturesChangesOf(u"a_table_of_tomorrow"_s));
}

TEST_CASE("Rows of WITHOUT ROWID tables and a journey's steps are reported by what they belong "
          "to, without the store saying so") {
    TempDir dir;
    auto file = createSession(dir.path(u"capture.unblock"_s));
    const Id blocker = expectOk(store::addBlocker(*file, {u"Budgets"_s, {}, {}, {}, {}}));
    store::RoundSpec spec;
    spec.budget = 3;
    const Id round = expectOk(store::startRound(*file, spec));
    CHECK(file->takeChanges().ballots == std::set<Id>{round}); // its items, fixed as it opened
    REQUIRE(store::setTally(*file, round, blocker, 4));
    SessionChange tally = file->takeChanges();
    CHECK(tally.ballots == std::set<Id>{round});
    CHECK(tally.rounds.empty());
    REQUIRE(store::castBallot(*file, round, u"kiosk-1"_s, {{blocker, 2}}));
    CHECK(file->takeChanges().ballots == std::set<Id>{round});
    // Deleting the blocker takes its votes and its place on the ballot.
    REQUIRE(store::deleteBlocker(*file, blocker));
    const SessionChange gone = file->takeChanges();
    CHECK(gone.blockers == std::set<Id>{blocker});
    CHECK(gone.ballots == std::set<Id>{round});

    Journey journey;
    journey.title = u"Missed bin"_s;
    journey.steps.push_back({0, u"Reports online"_s, {}, {}, {}, {}, false, {}, 0, false, {}});
    const Id j = expectOk(store::putJourney(*file, journey));
    file->takeChanges();
    const Id step = expectOk(store::addJourneyStep(*file, j, 0, journey.steps[0]));
    CHECK(file->takeChanges().journeys == std::set<Id>{j});
    REQUIRE(store::deleteJourneyStep(*file, step));
    CHECK(file->takeChanges().journeys == std::set<Id>{j}); // the step is gone: its journey said

    // A pain point raised as a blocker: deleting the blocker unlinks the
    // step (a foreign key's action), which reports the journey too.
    const Id raised = expectOk(store::addBlocker(*file, {u"No confirmation"_s, {}, {}, {}, {}}));
    JourneyStep pain = journey.steps[0];
    pain.blockerId = raised;
    expectOk(store::addJourneyStep(*file, j, 0, pain));
    file->takeChanges();
    REQUIRE(store::deleteBlocker(*file, raised));
    const SessionChange unlinked = file->takeChanges();
    CHECK(unlinked.blockers == std::set<Id>{raised});
    CHECK(unlinked.journeys == std::set<Id>{j});
}

TEST_CASE("A session in a folder and file named with letters outside any code page is created, "
          "locked, written, copied, saved as and reopened") {
    // Welsh, Greek, Japanese and an emoji: no Windows code page holds them
    // all, so a path that went through one would lose some (SQLite is given
    // UTF-8 and the lock file a QString).
    TempDir dir;
    const QString folder = dir.path(u"Gweithdai Siân – Ελλάδα 会議 🗳"_s);
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + u"/Diwrnod ŵŷ – 日本語 🙂.unblock"_s;
    auto file = createSession(path);
    CHECK(QFileInfo::exists(path));

    const Error locked = expectError(store::SessionFile::open(path));
    CHECK(locked.code == ErrorCode::Locked);
    const Id blocker = addBlocker(*file, u"Ffurflenni papur – 紙の書類"_s);

    const QString copy = folder + u"/Copi ŷ 写し.unblock"_s;
    expectOk(file->saveCopy(copy));
    CHECK(expectOk(store::loadSession(*openSession(copy))).blocker(blocker)->title ==
          u"Ffurflenni papur – 紙の書類");

    const QString savedAs = folder + u"/Terfynol Ω 最終.unblock"_s;
    expectOk(file->saveAs(savedAs));
    CHECK(file->path() == QFileInfo(savedAs).absoluteFilePath());
    addBlocker(*file, u"Ar ôl cadw fel"_s);
    file.reset();

    CHECK(expectOk(store::loadSession(*openSession(path))).blockers.size() == 1);
    CHECK(expectOk(store::loadSession(*openSession(savedAs))).blockers.size() == 2);
    CHECK(QDir(folder).entryList(QDir::Files).size() == 3); // no lock or journal left
}
