// I/O errors at every operation (issue 17): a SQLite VFS that fails the Nth
// read, write, sync, truncate or lock, for every N over a representative run.
// Each failure is reported with a message; the file still opens afterwards;
// nothing committed before is lost; a Save As target is the old file or the
// complete new one.
#include "io/JsonFormat.h"
#include "store/Blockers.h"
#include "store/Details.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/FaultyVfs.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

using Fault = FaultyVfs::Fault;

// What a session holds, without the moments things were made (they differ
// from run to run): enough to tell every action of the runs below.
QString fingerprint(const SessionData& data) {
    QStringList lines;
    for (const Blocker& b : data.blockers)
        lines << u"blocker %1 %2 merged %3"_s.arg(b.id).arg(b.title).arg(b.mergedInto.value_or(0));
    for (const Solution& s : data.solutions)
        lines << u"solution %1 on %2: %3"_s.arg(s.id).arg(s.blockerId).arg(s.text);
    for (const Round& r : data.rounds) {
        lines << u"round %1 state %2 ballots %3"_s.arg(r.id)
                     .arg(static_cast<int>(r.state))
                     .arg(QStringList(r.ballots.begin(), r.ballots.end()).join(u','));
        for (const Vote& v : r.votes)
            lines << u"vote %1 %2 %3"_s.arg(v.voter).arg(v.itemId).arg(v.value);
    }
    lines << u"title %1"_s.arg(data.details.title);
    return lines.join(u'\n');
}

struct Action {
    const char* what;
    std::function<Status(store::SessionFile&)> run;
};

// A morning's board and a vote, as a facilitator does them.
std::vector<Action> boardAndVotes() {
    auto ok = [](auto result) {
        return result ? Status() : Status(result.error());
    };
    return {
        {"add a blocker",
         [ok](auto& f) {
             return ok(store::addBlocker(f, {u"Budgets"_s, {}, {}, {}, {}}));
         }},
        {"add a blocker",
         [ok](auto& f) {
             return ok(store::addBlocker(f, {u"Culture"_s, {}, {}, {}, {}}));
         }},
        {"add a blocker",
         [ok](auto& f) {
             return ok(store::addBlocker(f, {u"Old IT"_s, {}, {}, {}, {}}));
         }},
        {"add a solution",
         [ok](auto& f) {
             return ok(store::addSolution(f, 1, {u"Pool funds"_s, {}, {}, {}, {}}));
         }},
        {"edit a blocker",
         [](auto& f) {
             return store::editBlocker(f, 2, {u"Culture of fear"_s, {}, {}, {}, {}});
         }},
        {"merge",
         [](auto& f) {
             return store::mergeBlockers(f, 3, 1);
         }},
        {"open a round",
         [ok](auto& f) {
             return ok(store::startRound(
                 f, {u"Top"_s, RoundSubject::Blockers, {}, VoteMethod::Dots, 3, 2}));
         }},
        {"phones' ballots",
         [](auto& f) {
             auto cast = store::castBallots(
                 f, 1, {{u"phone-a"_s, {{1, 2}, {2, 1}}}, {u"phone-b"_s, {{2, 2}}}});
             return cast ? Status() : Status(cast.error());
         }},
        {"a kiosk ballot",
         [](auto& f) {
             return store::castBallot(f, 1, u"kiosk-1"_s, {{1, 1}});
         }},
        {"close the round",
         [](auto& f) {
             return store::setRoundState(f, 1, RoundState::Closed);
         }},
        {"delete a solution",
         [](auto& f) {
             return store::deleteSolution(f, 1);
         }},
    };
}

// The state after each number of actions done, from a run without faults.
std::vector<QString> statesAlongTheWay(const QString& path, const std::vector<Action>& actions) {
    auto file = createSession(path);
    std::vector<QString> states{fingerprint(expectOk(store::loadSession(*file)))};
    for (const Action& action : actions) {
        expectOk(action.run(*file));
        states.push_back(fingerprint(expectOk(store::loadSession(*file))));
    }
    return states;
}

// A failure is a message a person can read, saying it was the disk.
void checkReported(const Error& error) {
    INFO(error.message.toStdString());
    CHECK(error.message.size() > 20);
    CHECK((error.code == ErrorCode::IoError || error.code == ErrorCode::DiskFull));
}

QString freshSession(const TempDir& dir) {
    const QString path = dir.path(u"run.unblock"_s);
    QFile::remove(path);
    createSession(path).reset();
    return path;
}

// Opens `path` and does the actions until one fails (the count done is
// returned); then, with the disk healthy again, one more edit.
std::size_t actUntilFailure(const QString& path, const std::vector<Action>& actions,
                            FaultyVfs& vfs) {
    auto file = store::SessionFile::open(path);
    if (!file) {
        checkReported(file.error());
        return 0;
    }
    std::size_t done = 0;
    for (; done < actions.size(); ++done) {
        if (Status status = actions[done].run(*file.value()); !status) {
            INFO("while the action: " << actions[done].what);
            checkReported(status.error());
            break;
        }
    }
    vfs.disarm();
    // The facilitator reads the message and goes on: the next edit works.
    expectOk(store::setDetails(*file.value(), {u"Carried on"_s, {}, {}, {}, 0}));
    return done;
}

// Runs `once` with a fault at each operation in turn, of each kind, over
// the operations of a first run without faults. `once` prepares what it
// needs, then calls `arm` just before what is tested.
void forEveryFault(FaultyVfs& vfs,
                   const std::function<void(const std::function<void()>& arm)>& once) {
    once([&] { vfs.failAt(0); }); // counting, from the same moment
    const long operations = vfs.operations();
    REQUIRE(operations > 10);
    for (const Fault fault : {Fault::IoError, Fault::DiskFull}) {
        for (long n = 1; n <= operations; ++n) {
            INFO("fault at operation " << n << " of " << operations
                                       << (fault == Fault::DiskFull ? " (disk full)" : ""));
            vfs.disarm();
            once([&] { vfs.failAt(n, fault); });
            CHECK(vfs.failed());
            vfs.disarm();
        }
    }
}

QString folderOf(const TempDir& dir) {
    return QFileInfo(dir.path(u"any"_s)).absolutePath();
}

QStringList leftovers(const TempDir& dir) {
    return QDir(folderOf(dir)).entryList({u"*.tmp"_s, u"*-journal"_s}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("An I/O error or a full disk at any operation of a session's edits and votes loses "
          "nothing committed, is reported, and the file opens") {
    TempDir dir;
    const std::vector<Action> actions = boardAndVotes();
    const std::vector<QString> states = statesAlongTheWay(dir.path(u"clean.unblock"_s), actions);
    FaultyVfs vfs;

    // How many operations the whole run takes, from opening the file.
    const long operations = [&] {
        const QString path = freshSession(dir);
        vfs.failAt(0);
        auto file = openSession(path);
        for (const Action& action : actions)
            expectOk(action.run(*file));
        return vfs.operations();
    }();
    REQUIRE(operations > 100);

    int failedActions = 0;
    for (const Fault fault : {Fault::IoError, Fault::DiskFull}) {
        for (long n = 1; n <= operations; ++n) {
            INFO("fault at operation " << n << (fault == Fault::DiskFull ? " (disk full)" : ""));
            const QString path = freshSession(dir);
            vfs.failAt(n, fault);
            const std::size_t done = actUntilFailure(path, actions, vfs);
            REQUIRE(vfs.failed());
            vfs.disarm();
            failedActions += done < actions.size() ? 1 : 0;

            // The file opens and holds every action acknowledged; the one
            // that failed is there whole or not at all.
            auto reopened = store::SessionFile::open(path);
            REQUIRE(reopened);
            SessionData data = expectOk(store::loadSession(*reopened.value()));
            data.details.title.clear(); // "Carried on", when the file opened
            const QString now = fingerprint(data);
            CHECK((now == states[done] || (done < actions.size() && now == states[done + 1])));
        }
    }
    CHECK(failedActions > operations / 2);
}

TEST_CASE("Save a Copy and Save As with an I/O error at any operation leave the target the old "
          "file or the complete new one, and the session open") {
    TempDir dir;
    const QString source = dir.path(u"day.unblock"_s);
    writeDemoSession(source);
    const QString pristine = dir.path(u"pristine.unblock"_s);
    REQUIRE(QFile::copy(source, pristine));
    const QString copied = [&] {
        auto file = openSession(source, store::OpenMode::ReadOnly);
        return fingerprint(expectOk(store::loadSession(*file)));
    }();
    const QString target = dir.path(u"copy.unblock"_s);
    const auto oldTarget = [&] {
        QFile::remove(target);
        auto old = createSession(target);
        expectOk(store::setDetails(*old, {u"Last year's"_s, {}, {}, {}, 0}));
        old.reset();
        return sha256Of(target);
    };
    FaultyVfs vfs;

    // The target is the old file, untouched, or opens as the whole copy
    // (which Save As may have put in place before failing to open it).
    const auto checkTarget = [&](const Status& saved, const QByteArray& before) {
        vfs.disarm();
        if (!saved)
            checkReported(saved.error());
        if (saved || sha256Of(target) != before) {
            auto file = openSession(target, store::OpenMode::ReadOnly);
            CHECK(fingerprint(expectOk(store::loadSession(*file))) == copied);
        }
        CHECK(leftovers(dir).isEmpty());
    };

    SECTION("Save a Copy") {
        auto file = openSession(source);
        forEveryFault(vfs, [&](const auto& arm) {
            const QByteArray before = oldTarget();
            arm();
            checkTarget(file->saveCopy(target), before);
        });
        // The session itself went on as it was.
        expectOk(store::addBlocker(*file, {u"After the copies"_s, {}, {}, {}, {}}));
    }
    SECTION("Save As") {
        forEveryFault(vfs, [&](const auto& arm) {
            const QByteArray before = oldTarget();
            // Each run from the same session: the last one went on in it.
            QFile::remove(source);
            REQUIRE(QFile::copy(pristine, source));
            auto file = openSession(source);
            arm();
            const Status saved = file->saveAs(target);
            checkTarget(saved, before);
            // The session goes on where it now is: the copy, or the
            // original when the copy failed.
            CHECK(file->path() == QFileInfo(saved ? target : source).absoluteFilePath());
            expectOk(store::addBlocker(*file, {u"Carried on"_s, {}, {}, {}, {}}));
        });
    }
}

TEST_CASE("A migration of a format 0 session with an I/O error at any operation is reported, and "
          "the session opens migrated afterwards") {
    TempDir dir;
    const QString path = dir.path(u"pilot.unblock"_s);
    const auto fixture = [&] {
        QFile::remove(path);
        for (const QString& name : QDir(folderOf(dir)).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(dir.path(name));
        REQUIRE(QFile::copy(testDataPath(u"session-v0.unblock"_s), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    };
    const QString migrated = [&] {
        fixture();
        auto file = openSession(path);
        return fingerprint(expectOk(store::loadSession(*file)));
    }();
    FaultyVfs vfs;
    forEveryFault(vfs, [&](const auto& arm) {
        fixture();
        arm();
        if (auto file = store::SessionFile::open(path); !file)
            checkReported(file.error());
        vfs.disarm();
        auto file = openSession(path);
        CHECK(fingerprint(expectOk(store::loadSession(*file))) == migrated);
    });
}

TEST_CASE("Importing a session's JSON into a new file with an I/O error at any operation is "
          "reported, and leaves no file or one that opens") {
    TempDir dir;
    const SessionData demo = demoData();
    const QString imported = fingerprint(demo);
    const QString path = dir.path(u"imported.unblock"_s);
    const auto import = [&]() -> Status {
        QFile::remove(path);
        auto file = store::SessionFile::create(path);
        return file ? store::writeSession(*file.value(), demo) : Status(file.error());
    };
    FaultyVfs vfs;
    forEveryFault(vfs, [&](const auto& arm) {
        arm();
        const Status done = import();
        vfs.disarm();
        if (!done)
            checkReported(done.error());
        if (!QFile::exists(path))
            return;
        // What is there opens: the whole session, or (the import failed
        // after the file was made) an empty one.
        auto file = openSession(path);
        const QString now = fingerprint(expectOk(store::loadSession(*file)));
        CHECK((now == imported || (!done && now == fingerprint(SessionData{}))));
    });
}
