#include "ranking/Ranking.h"
#include "report/ActionExport.h"
#include "store/Blockers.h"
#include "store/CarriedActions.h"
#include "store/Details.h"
#include "store/Incoming.h"
#include "store/Phones.h"
#include "store/Rounds.h"
#include "store/Schema.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// A file built from the script a build of an older format's file was dumped
// to (tests/data/session-vN.sql).
void buildFromDump(const QString& path, const QString& dump) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    const QByteArray script = readAll(testDataPath(dump));
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QString copyFixture(const TempDir& dir, const QString& name) {
    const QString path = dir.path(name);
    REQUIRE(QFile::copy(testDataPath(u"session-v0.unblock"_s), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

int userVersion(const QString& path) {
    return qFromBigEndian<qint32>(readAll(path).constData() + 60);
}

void checkMigratedContent(const SessionData& data) {
    CHECK(data.details.title == u"Pilot day: channel shift");
    CHECK(data.details.venue == u"Committee Room 2");
    CHECK(data.details.date == QDate(2025, 3, 14));
    REQUIRE(data.categories.size() == 2);
    CHECK(data.categories[0].name == u"Leadership");
    CHECK(data.categories[1].name == u"Legacy software");
    REQUIRE(data.groups.size() == 2);
    CHECK(data.groups[1].name == u"Blue table");
    REQUIRE(data.blockers.size() == 4);
    const Blocker* pdfs = data.blocker(2);
    REQUIRE(pdfs);
    CHECK(pdfs->title == u"Forms are PDFs");
    CHECK(pdfs->categoryId == data.categories[1].id);
    CHECK(pdfs->position == 1);
    CHECK(data.blocker(3)->created.isValid()); // the prototype left it empty
    CHECK_FALSE(data.blocker(5)->groupId.has_value());
    CHECK_FALSE(data.blocker(5)->categoryId.has_value());
    CHECK(data.blocker(5)->title == u"Café wifi is down");
    REQUIRE(data.solutions.size() == 4);
    CHECK(data.solutions[2].text == u"Ask the supplier for an API");
    CHECK(data.solutions[2].position == 1);
    CHECK(data.rounds.empty());
}

} // namespace

TEST_CASE("A format 0 session is migrated in place after a backup copy") {
    TempDir dir;
    const QString path = copyFixture(dir, u"pilot.unblock"_s);
    const QByteArray original = sha256Of(path);
    REQUIRE(userVersion(path) == 0);

    auto file = openSession(path);
    CHECK_FALSE(file->isReadOnly());
    const QString backup = dir.path(u"pilot (format 0 backup).unblock"_s);
    REQUIRE(QFile::exists(backup));
    CHECK(file->notices().join(u' ').contains(u"pilot (format 0 backup).unblock"));
    checkMigratedContent(expectOk(store::loadSession(*file)));
    file.reset();

    CHECK(userVersion(path) == store::kCurrentVersion);
    // The backup is the old session, as it was, and still format 0.
    CHECK(userVersion(backup) == 0);
    CHECK(expectOk(store::loadSession(*openSession(backup, store::OpenMode::ReadOnly)))
              .blockers.size() == 4);
    CHECK(sha256Of(path) != original);

    // Opening again migrates nothing and makes no second backup.
    checkMigratedContent(expectOk(store::loadSession(*openSession(path))));
    CHECK(QDir(dir.path(QString())).entryList({u"*backup*"_s}).size() == 1);
}

TEST_CASE("A format 0 session opened read-only is read as migrated and not changed") {
    TempDir dir;
    const QString path = copyFixture(dir, u"pilot.unblock"_s);
    const QByteArray original = sha256Of(path);
    auto file = openSession(path, store::OpenMode::ReadOnly);
    checkMigratedContent(expectOk(store::loadSession(*file)));
    file.reset();
    CHECK(sha256Of(path) == original);
    CHECK(QDir(dir.path(QString())).entryList({u"*backup*"_s}).isEmpty());
}

TEST_CASE("A migration that fails leaves the file as it was") {
    TempDir dir;
    const QString path = copyFixture(dir, u"broken.unblock"_s);
    // A prototype file with a blank title cannot become a valid format 1 session.
    QByteArray bytes = readAll(path);
    const qsizetype at = bytes.indexOf("Members prefer paper");
    REQUIRE(at > 0);
    bytes.replace(at, 20, QByteArray(20, ' '));
    writeAll(path, bytes);
    const QByteArray before = sha256Of(path);

    const Error error = expectError(store::SessionFile::open(path));
    CHECK(error.message.contains(u"broken.unblock"));
    CHECK(sha256Of(path) == before);
    CHECK(userVersion(path) == 0);
}

TEST_CASE("A format 1 session gains the channel table and journeys, after a backup copy") {
    TempDir dir;
    const QString path = dir.path(u"spring.unblock"_s);
    writeDemoSession(path);
    {
        // Format 1 is today's without what cost to serve, fixed rounds,
        // phones' items, actions' status, carried actions, where a
        // solution was learned, phones' settings and workshops' ids added (format 3 only
        // added columns, which format 1 files may have spare).
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db,
                             "DROP TABLE journey_steps; DROP TABLE journeys; DROP TABLE channels; "
                             "DROP TABLE round_items; DROP TABLE ballots; DROP TABLE incoming; "
                             "DROP TABLE carried_actions; DROP TABLE phone_call_blockers; "
                             "DROP TABLE phone_settings; "
                             "ALTER TABLE solutions DROP COLUMN status; "
                             "ALTER TABLE solutions DROP COLUMN status_changed; "
                             "ALTER TABLE solutions DROP COLUMN from_workshop; "
                             "ALTER TABLE solutions DROP COLUMN from_date; "
                             "ALTER TABLE session DROP COLUMN uid; "
                             "PRAGMA user_version = 1;",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    REQUIRE(userVersion(path) == 1);
    const QByteArray original = sha256Of(path);

    auto file = openSession(path);
    const SessionData data = expectOk(store::loadSession(*file));
    CHECK(data.blockers == demoData().blockers);
    CHECK(data.channels == defaultChannels());
    CHECK(data.journeys.empty());
    file.reset();
    CHECK(userVersion(path) == store::kCurrentVersion);
    // The backup is the format 1 session, with all it held.
    const QString backup = dir.path(u"spring (format 1 backup).unblock"_s);
    CHECK(userVersion(backup) == 1);
    CHECK(expectOk(store::loadSession(*openSession(backup, store::OpenMode::ReadOnly))).blockers ==
          demoData().blockers);
    CHECK(sha256Of(path) != original);
}

TEST_CASE("A format 2 session keeps its journeys and gains pain point links and photos") {
    TempDir dir;
    const QString path = dir.path(u"autumn.unblock"_s);
    buildFromDump(path, u"session-v2.sql"_s);
    REQUIRE(userVersion(path) == 2);

    auto file = openSession(path);
    const SessionData data = expectOk(store::loadSession(*file));
    REQUIRE(data.journeys.size() == 2);
    CHECK(data.journeys[0].title == u"Booking a holiday (the travel company)");
    REQUIRE(data.journeys[0].steps.size() == 5);
    CHECK(data.journeys[0].steps[1].painNote ==
          u"No confirmation arrives, so the customer is not sure the booking worked");
    CHECK(data.journeys[1].currentId == data.journeys[0].id);
    for (const Journey& j : data.journeys) {
        CHECK(j.photo.isEmpty());
        for (const JourneyStep& s : j.steps)
            CHECK_FALSE(s.blockerId);
    }
    CHECK(data.channels == defaultChannels());
    // The new columns work: a pain point becomes a blocker, linked.
    store::BlockerFields fields;
    fields.title = u"No confirmation"_s;
    const Id raised =
        expectOk(store::addPainPointBlocker(*file, data.journeys[0].steps[1].id, fields));
    CHECK(expectOk(store::loadSession(*file)).journeys[0].steps[1].blockerId == raised);
    file.reset();
    CHECK(userVersion(path) == store::kCurrentVersion);
    CHECK(userVersion(dir.path(u"autumn (format 2 backup).unblock"_s)) == 2);
}

TEST_CASE("A format 3 session's rounds keep the items they had when they opened, and every "
          "ballot") {
    TempDir dir;
    const QString path = dir.path(u"winter.unblock"_s);
    buildFromDump(path, u"session-v3.sql"_s);
    REQUIRE(userVersion(path) == 3);
    const QByteArray original = sha256Of(path);

    auto file = openSession(path);
    const SessionData data = expectOk(store::loadSession(*file));
    REQUIRE(data.rounds.size() == 2);
    // Blocker 5 was added after the dot round opened; 3 was merged into 1.
    const Round& dots = data.rounds[0];
    CHECK(dots.items == std::vector<Id>{1, 2, 3, 4});
    CHECK(dots.ballots == std::vector<QString>{u"kiosk-bb22"_s, u"phone-aa11"_s});
    const RankingResult ranked = rank(expectOk(roundInput(data, dots.id)));
    REQUIRE(ranked.rows.size() == 3);
    CHECK(ranked.rows[0].itemId == 2); // 1 dot and 5 on paper
    CHECK(ranked.rows[0].score == 6);
    CHECK(ranked.voters == 2);
    // The solutions round keeps its blocker's solutions and the merged one's.
    CHECK(data.rounds[1].items == std::vector<Id>{1, 2, 4});
    CHECK(data.rounds[1].ballots == std::vector<QString>{u"phone-aa11"_s});

    // The new tables work: a round opened now keeps its items.
    const Id round = expectOk(store::startRound(
        *file, {u"Again"_s, RoundSubject::Blockers, {}, VoteMethod::Dots, 3, {}}));
    expectOk(store::addBlocker(*file, {u"Later still"_s, {}, {}, {}, {}}));
    CHECK(expectOk(store::loadRoundInput(*file, round)).candidates.size() == 4);
    file.reset();
    CHECK(userVersion(path) == store::kCurrentVersion);
    const QString backup = dir.path(u"winter (format 3 backup).unblock"_s);
    CHECK(userVersion(backup) == 3);
    CHECK(sha256Of(path) != original);
}

TEST_CASE("A format 4 session keeps everything and gains what phones send, after a backup copy") {
    TempDir dir;
    const QString path = dir.path(u"spring.unblock"_s);
    buildFromDump(path, u"session-v4.sql"_s);
    REQUIRE(userVersion(path) == 4);
    const QByteArray original = sha256Of(path);
    const SessionData before = [&] {
        auto readOnly = openSession(path, store::OpenMode::ReadOnly);
        return expectOk(store::loadSession(*readOnly));
    }();
    CHECK(userVersion(path) == 4); // reading did not migrate it
    REQUIRE(before.blockers.size() == 5);
    REQUIRE(before.rounds.size() == 2);

    auto file = openSession(path);
    const SessionData after = expectOk(store::loadSession(*file));
    CHECK(after == before);
    CHECK(after.incoming.empty());

    // The new table works: a phone's blocker is kept and accepted.
    const std::vector<Result<Id>> received = expectOk(store::receiveIncoming(
        *file, {{IncomingKind::Blocker, u"Legacy systems"_s, {}, u"phone-aa11"_s, {}, {}}}));
    const Id accepted = expectOk(store::acceptIncoming(*file, expectOk(received.front())));
    CHECK(expectOk(store::loadSession(*file)).blocker(accepted));
    file.reset();
    CHECK(userVersion(path) == store::kCurrentVersion);
    const QString backup = dir.path(u"spring (format 4 backup).unblock"_s);
    CHECK(userVersion(backup) == 4);
    auto kept = openSession(backup, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*kept)) == before);
    CHECK(sha256Of(path) != original);
}

TEST_CASE("A format 5 session keeps everything, its actions open, after a backup copy") {
    TempDir dir;
    const QString path = dir.path(u"summer.unblock"_s);
    buildFromDump(path, u"session-v5.sql"_s);
    REQUIRE(userVersion(path) == 5);
    const SessionData before = [&] {
        auto readOnly = openSession(path, store::OpenMode::ReadOnly);
        return expectOk(store::loadSession(*readOnly));
    }();
    CHECK(userVersion(path) == 5); // reading did not migrate it
    REQUIRE(before.solutions.size() == 4);
    REQUIRE(before.incoming.size() == 3);
    CHECK(before.incoming[1].reason == u"Not a blocker");

    auto file = openSession(path);
    const SessionData after = expectOk(store::loadSession(*file));
    CHECK(after == before);
    std::vector<Id> actions;
    for (const Solution& s : after.solutions) {
        CHECK(s.status == ActionStatus::Open);
        CHECK_FALSE(s.statusChanged.isValid());
        if (s.isAction())
            actions.push_back(s.id);
    }
    CHECK(actions == std::vector<Id>{1, 4, 3}); // by blocker, then position
    const Solution* owned = after.solution(1);
    REQUIRE(owned);
    CHECK(owned->owner == u"Siân Jones");
    CHECK(owned->due == QDate(2027, 3, 31));

    // The new columns work: an action is marked done on a day.
    expectOk(store::setActionStatus(*file, 1, ActionStatus::Done, QDate(2027, 2, 1)));
    const SessionData marked = expectOk(store::loadSession(*file));
    const Solution* done = marked.solution(1);
    REQUIRE(done);
    CHECK(done->status == ActionStatus::Done);
    CHECK(done->statusChanged == QDate(2027, 2, 1));
    file.reset();
    CHECK(userVersion(path) == store::kCurrentVersion);
    const QString backup = dir.path(u"summer (format 5 backup).unblock"_s);
    CHECK(userVersion(backup) == 5);
    auto kept = openSession(backup, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*kept)) == before);
}

TEST_CASE("A format 6 session keeps everything, its actions' status too, after a backup copy") {
    TempDir dir;
    const QString path = dir.path(u"autumn.unblock"_s);
    buildFromDump(path, u"session-v6.sql"_s);
    REQUIRE(userVersion(path) == 6);
    const SessionData before = [&] {
        auto readOnly = openSession(path, store::OpenMode::ReadOnly);
        return expectOk(store::loadSession(*readOnly));
    }();
    CHECK(userVersion(path) == 6); // reading did not migrate it
    REQUIRE(before.solutions.size() == 4);
    REQUIRE(before.incoming.size() == 3);
    const Solution* done = before.solution(1);
    REQUIRE(done);
    CHECK(done->status == ActionStatus::Done);
    CHECK(done->statusChanged == QDate(2027, 2, 1));

    auto file = openSession(path);
    const SessionData after = expectOk(store::loadSession(*file));
    CHECK(after == before);
    CHECK(after.details.title == u"Format 6 fixture");
    CHECK(after.solution(4)->status == ActionStatus::InProgress);
    CHECK(after.carried.empty());

    // The new table works: an action is carried in and marked done.
    CarriedAction carried{0,
                          u"Map the forms"_s,
                          u"Paper forms"_s,
                          u"Gwen"_s,
                          {},
                          ActionStatus::Open,
                          {},
                          u"Winter"_s,
                          {},
                          7,
                          {}};
    expectOk(store::addCarriedActions(*file, {carried}));
    const SessionData added = expectOk(store::loadSession(*file));
    REQUIRE(added.carried.size() == 1);
    expectOk(
        store::setCarriedStatus(*file, added.carried[0].id, ActionStatus::Done, QDate(2027, 2, 1)));
    file.reset();
    CHECK(userVersion(path) == store::kCurrentVersion);
    const QString backup = dir.path(u"autumn (format 6 backup).unblock"_s);
    CHECK(userVersion(backup) == 6);
    auto kept = openSession(backup, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*kept)) == before);
}

TEST_CASE("A format 7 session keeps everything, its carried actions too, after a backup copy") {
    TempDir dir;
    const QString path = dir.path(u"spring.unblock"_s);
    buildFromDump(path, u"session-v7.sql"_s);
    REQUIRE(userVersion(path) == 7);
    const SessionData before = [&] {
        auto readOnly = openSession(path, store::OpenMode::ReadOnly);
        return expectOk(store::loadSession(*readOnly));
    }();
    CHECK(userVersion(path) == 7); // reading did not migrate it
    REQUIRE(before.solutions.size() == 4);
    REQUIRE(before.carried.size() == 2);
    CHECK(before.carried[1].status == ActionStatus::Done);
    CHECK(before.carried[0].fromWorkshop == u"Format 6 fixture");

    auto file = openSession(path);
    const SessionData after = expectOk(store::loadSession(*file));
    CHECK(after == before);
    CHECK(after.details.title == u"Format 7 fixture");
    for (const Solution& s : after.solutions) {
        CHECK(s.fromWorkshop.isEmpty()); // the room's own
        CHECK_FALSE(s.fromDate.isValid());
    }

    // The new columns work: a solution is learned from another workshop.
    const Id learned = expectOk(store::addSolution(*file, after.solutions[0].blockerId,
                                                   {u"Share a finance officer"_s, {}, {}, {}, {}},
                                                   {u"Caerdydd"_s, QDate(2026, 3, 12)}));
    const SessionData added = expectOk(store::loadSession(*file));
    REQUIRE(added.solution(learned));
    CHECK(added.solution(learned)->fromWorkshop == u"Caerdydd");
    CHECK(added.solution(learned)->fromDate == QDate(2026, 3, 12));
    file.reset();
    CHECK(userVersion(path) == store::kCurrentVersion);
    const QString backup = dir.path(u"spring (format 7 backup).unblock"_s);
    CHECK(userVersion(backup) == 7);
    auto kept = openSession(backup, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*kept)) == before);
}

TEST_CASE("A format 8 session keeps everything and gains phones' settings as a new session has "
          "them, after a backup copy") {
    TempDir dir;
    const QString path = dir.path(u"summer.unblock"_s);
    buildFromDump(path, u"session-v8.sql"_s);
    REQUIRE(userVersion(path) == 8);
    const SessionData before = [&] {
        auto readOnly = openSession(path, store::OpenMode::ReadOnly);
        return expectOk(store::loadSession(*readOnly));
    }();
    CHECK(userVersion(path) == 8); // reading did not migrate it
    CHECK(before.details.title == u"Format 8 fixture");
    REQUIRE(before.solutions.size() == 4);
    CHECK(before.solution(4)->fromWorkshop == u"Caerdydd");
    CHECK(before.carried.size() == 2);
    CHECK(before.phones == PhoneSettings{});

    auto file = openSession(path);
    const SessionData after = expectOk(store::loadSession(*file));
    CHECK(after == before);

    // The new tables work: a call for solutions to a blocker, kept.
    PhoneSettings call;
    call.call = PhoneCall::SolutionsToOne;
    call.blockers = {after.blockers.front().id};
    call.names = true;
    call.perPhone = 5;
    expectOk(store::setPhoneSettings(*file, call));
    CHECK(expectOk(store::loadSession(*file)).phones == call);
    file.reset();
    CHECK(userVersion(path) == store::kCurrentVersion);
    const QString backup = dir.path(u"summer (format 8 backup).unblock"_s);
    CHECK(userVersion(backup) == 8);
    auto kept = openSession(backup, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*kept)) == before);
}

namespace {

// The calendar UIDs of an export, in the export's order.
QStringList calendarUids(const SessionData& data) {
    QStringList uids;
    for (const QByteArray& line :
         actionsCalendar(data, QDateTime::currentDateTimeUtc()).split('\n'))
        if (line.startsWith("UID:"))
            uids << QString::fromLatin1(line.mid(4).trimmed());
    return uids;
}

} // namespace

TEST_CASE("A format 9 session keeps everything and the calendar UIDs its actions had, after a "
          "backup copy, and from then on keeps them when it is renamed") {
    TempDir dir;
    const QString path = dir.path(u"autumn.unblock"_s);
    buildFromDump(path, u"session-v9.sql"_s);
    REQUIRE(userVersion(path) == 9);
    // What the format 9 build (29c4a5e) wrote for this file's calendar: the
    // carried action's UID, then the room's own.
    const QStringList written{u"20118a53f7b09b3c23ff77c882eba876@unblock"_s,
                              u"2bda9f152263851b62906635499e5484@unblock"_s};
    const SessionData before = [&] {
        auto readOnly = openSession(path, store::OpenMode::ReadOnly);
        return expectOk(store::loadSession(*readOnly));
    }();
    CHECK(userVersion(path) == 9); // reading did not migrate it
    CHECK(before.uid == workshopIdBeforeIds(u"Format 9 fixture"_s, QDate(2027, 1, 14)));
    CHECK(before.phones.call == PhoneCall::SolutionsToOne);
    REQUIRE(before.carried.size() == 2);
    CHECK(before.carried[0].fromSession.isEmpty()); // carried before workshops had ids
    CHECK(calendarUids(before) == written);

    auto file = openSession(path);
    const SessionData after = expectOk(store::loadSession(*file));
    CHECK(after == before);
    CHECK(after.uid == before.uid);
    SessionDetails renamed = after.details;
    renamed.title = u"Autumn, renamed"_s;
    renamed.date = QDate(2027, 10, 1);
    expectOk(store::setDetails(*file, renamed));
    const SessionData again = expectOk(store::loadSession(*file));
    CHECK(again.uid == before.uid);
    CHECK(calendarUids(again) == written);
    file.reset();
    CHECK(userVersion(path) == store::kCurrentVersion);
    const QString backup = dir.path(u"autumn (format 9 backup).unblock"_s);
    CHECK(userVersion(backup) == 9);
    auto kept = openSession(backup, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*kept)) == before);
}

TEST_CASE("An untitled format 9 session, named by its file, gets a new workshop id of its own") {
    TempDir dir;
    const QString path = dir.path(u"untitled.unblock"_s);
    buildFromDump(path, u"session-v9.sql"_s);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "UPDATE session SET title = ''", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    sqlite3_close(db);
    const SessionData data = expectOk(store::loadSession(*openSession(path)));
    CHECK(QUuid::fromString(data.uid).version() == QUuid::Random);
}

TEST_CASE("Each new session has its own random workshop id, kept when the file is reopened") {
    TempDir dir;
    const QString first =
        expectOk(store::loadSession(*createSession(dir.path(u"a.unblock"_s)))).uid;
    const QString second =
        expectOk(store::loadSession(*createSession(dir.path(u"b.unblock"_s)))).uid;
    CHECK(QUuid::fromString(first).version() == QUuid::Random);
    CHECK(first != second);
    CHECK(expectOk(store::loadSession(*openSession(dir.path(u"a.unblock"_s)))).uid == first);
}
