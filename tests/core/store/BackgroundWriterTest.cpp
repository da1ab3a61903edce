// Changes written on the writer's thread, through a second connection, while
// the first goes on: in order, reported back here with what they touched,
// and never lost when the writer goes or the session is saved elsewhere.
#include "store/BackgroundWriter.h"

#include "store/Blockers.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

template <typename Done> bool waitFor(Done done) {
    const QDeadlineTimer deadline(5000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    return done();
}

store::BackgroundWriter::Change addBlocker(const QString& title) {
    return [title](store::SessionFile& file) -> Status {
        const Result<Id> added = store::addBlocker(file, {title, {}, {}, {}, {}});
        return added ? Status{} : Status(added.error());
    };
}

} // namespace

TEST_CASE("Changes given to the writer are written in order on its thread, and reported here") {
    TempDir dir;
    auto file = createSession(dir.path(u"writer.unblock"_s));
    store::BackgroundWriter writer(*file);
    QStringList reported;
    std::set<Id> touched;
    QThread* writerThread = nullptr;
    for (int i = 1; i <= 20; ++i) {
        const QString title = u"Blocker %1"_s.arg(i);
        writer.run(
            [&writerThread, title](store::SessionFile& second) {
                writerThread = QThread::currentThread();
                return addBlocker(title)(second);
            },
            [&, title](const Status& status, const SessionChange& change) {
                CHECK(status);
                CHECK(QThread::currentThread() == QCoreApplication::instance()->thread());
                reported << title;
                touched.insert(change.blockers.begin(), change.blockers.end());
            });
    }
    CHECK(writer.inFlight() == 20);
    // Meanwhile this connection goes on writing: SQLite's locks keep them apart.
    for (int i = 1; i <= 20; ++i)
        expectOk(store::addBlocker(*file, {u"From the window %1"_s.arg(i), {}, {}, {}, {}}));
    REQUIRE(waitFor([&] { return reported.size() == 20; }));
    CHECK(writerThread != QThread::currentThread());
    CHECK(reported.front() == u"Blocker 1");
    CHECK(reported.back() == u"Blocker 20");
    CHECK(touched.size() == 20);
    CHECK(writer.inFlight() == 0);

    const SessionData data = expectOk(store::loadSession(*file));
    CHECK(data.blockers.size() == 40);
    // The first connection sees each row the writer reported.
    for (const Id id : touched)
        CHECK(data.blocker(id) != nullptr);
}

TEST_CASE("The writer reports a refused change with its reason, and writes nothing of it") {
    TempDir dir;
    auto file = createSession(dir.path(u"writer.unblock"_s));
    store::BackgroundWriter writer(*file);
    std::optional<Status> outcome;
    writer.run(addBlocker(QString()), [&](const Status& status, const SessionChange& change) {
        outcome = status;
        CHECK(change.empty());
    });
    REQUIRE(waitFor([&] { return outcome.has_value(); }));
    REQUIRE_FALSE(*outcome);
    CHECK(outcome->error().message.contains(u"title"));
    CHECK(expectOk(store::loadSession(*file)).blockers.empty());
}

TEST_CASE("A read-only session has no writer connection, and says why") {
    TempDir dir;
    const QString path = dir.path(u"writer.unblock"_s);
    createSession(path).reset();
    auto readOnly = openSession(path, store::OpenMode::ReadOnly);
    store::BackgroundWriter writer(*readOnly);
    std::optional<Status> outcome;
    writer.run(addBlocker(u"Never"_s),
               [&](const Status& status, const SessionChange&) { outcome = status; });
    REQUIRE(waitFor([&] { return outcome.has_value(); }));
    REQUIRE_FALSE(*outcome);
    CHECK(outcome->error().code == ErrorCode::ReadOnly);
}

TEST_CASE("What the writer was given is written before it goes, and before Save As copies") {
    TempDir dir;
    const QString path = dir.path(u"writer.unblock"_s);
    auto file = createSession(path);
    {
        store::BackgroundWriter writer(*file);
        for (int i = 0; i < 10; ++i)
            writer.run(addBlocker(u"Before closing %1"_s.arg(i)),
                       [](const Status&, const SessionChange&) {});
    } // no event loop ran: nothing was reported, but all of it is in the file
    CHECK(expectOk(store::loadSession(*file)).blockers.size() == 10);

    store::BackgroundWriter writer(*file);
    for (int i = 0; i < 10; ++i)
        writer.run(addBlocker(u"Before the copy %1"_s.arg(i)),
                   [](const Status&, const SessionChange&) {});
    writer.waitForWrites();
    const QString copy = dir.path(u"copy.unblock"_s);
    expectOk(file->saveAs(copy));
    CHECK(expectOk(store::loadSession(*file)).blockers.size() == 20);

    // After Save As the writer writes into the copy, where the window now is.
    bool done = false;
    writer.run(addBlocker(u"After the copy"_s), [&](const Status& status, const SessionChange&) {
        CHECK(status);
        done = true;
    });
    REQUIRE(waitFor([&] { return done; }));
    CHECK(expectOk(store::loadSession(*file)).blockers.size() == 21);
    CHECK(expectOk(store::loadSession(*openSession(path, store::OpenMode::ReadOnly)))
              .blockers.size() == 20);
}
