// What phones send in a call for items: kept, put on the board, merged, not
// added, and taken back by undo, without ever losing what a phone sent.
#include "store/Incoming.h"

#include "store/Blockers.h"
#include "store/Details.h"
#include "store/Restore.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

struct Room {
    TempDir dir;
    std::unique_ptr<store::SessionFile> file = createSession(dir.path(u"room.unblock"_s));

    SessionData data() const { return expectOk(store::loadSession(*file)); }
    const IncomingItem& item(const SessionData& session, Id id) const {
        const IncomingItem* found = session.incomingItem(id);
        REQUIRE(found);
        return *found;
    }
    Id receive(store::NewIncoming item) {
        std::vector<Result<Id>> results = expectOk(store::receiveIncoming(*file, {item}));
        REQUIRE(results.size() == 1);
        return expectOk(results.front());
    }
};

store::NewIncoming blockerItem(const QString& text, std::optional<Id> group = {},
                               const QString& phone = u"phone-a"_s) {
    return {IncomingKind::Blocker, text, {}, phone, group, std::nullopt};
}

store::NewIncoming solutionItem(const QString& text, Id blocker,
                                const QString& phone = u"phone-a"_s) {
    return {IncomingKind::Solution, text, {}, phone, std::nullopt, blocker};
}

} // namespace

TEST_CASE("Phones' items are kept as sent, each checked on its own in one batch") {
    Room room;
    const Id table = expectOk(store::addGroup(*room.file, u"Table 3"_s));
    const Id blocker = expectOk(store::addBlocker(*room.file, {u"Broadband"_s, {}, {}, {}, {}}));
    store::NewIncoming named = blockerItem(u"  No money  "_s, table, u"phone-b"_s);
    named.name = u"Siân"_s;
    const std::vector<Result<Id>> results = expectOk(store::receiveIncoming(
        *room.file, {named, blockerItem(QString()), solutionItem(u"Rural masts"_s, blocker),
                     solutionItem(u"Orphan"_s, 999), blockerItem(u"Bad\u0001text"_s)}));
    REQUIRE(results.size() == 5);
    CHECK(results[0].ok());
    CHECK(expectError(results[1]).message.contains(u"blocker"));
    CHECK(results[2].ok());
    CHECK(expectError(results[3]).code == ErrorCode::NotFound);
    CHECK(expectError(results[4]).message.contains(u"control character"));

    const SessionData session = room.data();
    REQUIRE(session.incoming.size() == 2);
    const IncomingItem& first = room.item(session, results[0].value());
    CHECK(first.kind == IncomingKind::Blocker);
    CHECK(first.text == u"No money");
    CHECK(first.name == u"Siân");
    CHECK(first.phone == u"phone-b");
    CHECK(first.groupId == table);
    CHECK(first.state == IncomingState::Waiting);
    CHECK(first.received.isValid());
    const IncomingItem& second = room.item(session, results[2].value());
    CHECK(second.kind == IncomingKind::Solution);
    CHECK(second.blockerId == blocker);
    CHECK(session.blockers.size() == 1); // nothing reaches the board by itself
}

TEST_CASE("Accepting puts an item on the board, by the sender, as the facilitator edited it") {
    Room room;
    const Id table = expectOk(store::addGroup(*room.file, u"Table 1"_s));
    store::NewIncoming named = blockerItem(u"No mony"_s, table);
    named.name = u"Rhys"_s;
    const Id incoming = room.receive(named);
    const Id blocker = expectOk(store::acceptIncoming(*room.file, incoming, u"No money"_s));
    SessionData session = room.data();
    const Blocker* added = session.blocker(blocker);
    REQUIRE(added);
    CHECK(added->title == u"No money");
    CHECK(added->author == u"Rhys");
    CHECK(added->groupId == table);
    CHECK(room.item(session, incoming).state == IncomingState::Accepted);
    CHECK(room.item(session, incoming).itemId == blocker);
    CHECK(room.item(session, incoming).text == u"No mony"); // what the phone sent stays
    CHECK(expectError(store::acceptIncoming(*room.file, incoming)).message.contains(u"already"));

    const Id solution = room.receive(solutionItem(u"Invest to save"_s, blocker));
    const Id other = expectOk(store::addBlocker(*room.file, {u"Budgets"_s, {}, {}, {}, {}}));
    const Id placed = expectOk(store::acceptIncoming(*room.file, solution, {}, other));
    session = room.data();
    REQUIRE(session.solution(placed));
    CHECK(session.solution(placed)->blockerId == other);
    CHECK(session.solution(placed)->text == u"Invest to save");
}

TEST_CASE("A blocker item alike to one on the board is merged into it, a solution cannot be") {
    Room room;
    const Id target = expectOk(store::addBlocker(*room.file, {u"Budgets"_s, {}, {}, {}, {}}));
    const Id incoming = room.receive(blockerItem(u"Not enough budget"_s));
    const Id merged = expectOk(store::mergeIncoming(*room.file, incoming, target));
    const SessionData session = room.data();
    REQUIRE(session.blocker(merged));
    CHECK(session.blocker(merged)->mergedInto == target);
    CHECK(session.blocker(merged)->title == u"Not enough budget");
    CHECK(room.item(session, incoming).state == IncomingState::Merged);

    const Id solution = room.receive(solutionItem(u"Invest to save"_s, target));
    CHECK(expectError(store::mergeIncoming(*room.file, solution, target))
              .message.contains(u"Only a blocker"));
    CHECK(expectError(store::mergeIncoming(*room.file, 999, target)).code == ErrorCode::NotFound);
}

TEST_CASE("An item not added keeps its word for the phone, and can be accepted later") {
    Room room;
    const Id incoming = room.receive(blockerItem(u"Lunch was late"_s));
    expectOk(store::rejectIncoming(*room.file, incoming, u"Not a blocker to digital"_s));
    SessionData session = room.data();
    CHECK(room.item(session, incoming).state == IncomingState::Rejected);
    CHECK(room.item(session, incoming).reason == u"Not a blocker to digital");
    CHECK(expectError(store::rejectIncoming(*room.file, incoming, u"x\u0007"_s))
              .message.contains(u"control character"));

    const Id blocker = expectOk(store::acceptIncoming(*room.file, incoming));
    session = room.data();
    CHECK(room.item(session, incoming).state == IncomingState::Accepted);
    CHECK(room.item(session, incoming).reason.isEmpty());
    CHECK(session.blocker(blocker));
}

TEST_CASE("Undo takes an accepted item off the board and redo puts the same row back") {
    Room room;
    const Id incoming = room.receive(blockerItem(u"Legacy systems"_s));
    const Id blocker = expectOk(store::acceptIncoming(*room.file, incoming));
    expectOk(store::addSolution(*room.file, blocker, {u"Replace them"_s, {}, {}, {}, {}}));
    const store::BlockerRecord record = expectOk(store::loadBlockerRecord(*room.file, blocker));

    expectOk(store::returnIncoming(*room.file, incoming));
    SessionData session = room.data();
    CHECK_FALSE(session.blocker(blocker));
    CHECK(room.item(session, incoming).state == IncomingState::Waiting);
    CHECK_FALSE(room.item(session, incoming).itemId);

    expectOk(store::putBackIncomingBlocker(*room.file, incoming, IncomingState::Accepted, record));
    session = room.data();
    REQUIRE(session.blocker(blocker));
    CHECK(session.solutions.size() == 1);
    CHECK(room.item(session, incoming).itemId == blocker);

    const Id solutionItemId = room.receive(solutionItem(u"Cloud"_s, blocker));
    const Id solution = expectOk(store::acceptIncoming(*room.file, solutionItemId));
    const store::SolutionRecord solutionRecord =
        expectOk(store::loadSolutionRecord(*room.file, solution));
    expectOk(store::returnIncoming(*room.file, solutionItemId));
    CHECK_FALSE(room.data().solution(solution));
    expectOk(store::putBackIncomingSolution(*room.file, solutionItemId, solutionRecord));
    CHECK(room.data().solution(solution));
}

TEST_CASE("Items outlive the table, blocker or board row they name") {
    Room room;
    const Id table = expectOk(store::addGroup(*room.file, u"Table 2"_s));
    const Id blocker = expectOk(store::addBlocker(*room.file, {u"Culture"_s, {}, {}, {}, {}}));
    const Id forTable = room.receive(blockerItem(u"Fear of change"_s, table));
    const Id forBlocker = room.receive(solutionItem(u"Shared learning"_s, blocker));
    const Id accepted = expectOk(store::acceptIncoming(*room.file, forTable));
    expectOk(store::deleteGroup(*room.file, table));
    expectOk(store::deleteBlocker(*room.file, blocker));
    expectOk(store::deleteBlocker(*room.file, accepted));
    const SessionData session = room.data();
    REQUIRE(session.incoming.size() == 2);
    CHECK_FALSE(room.item(session, forTable).groupId);
    CHECK(room.item(session, forTable).itemId == accepted); // gone from the board since
    CHECK_FALSE(room.item(session, forBlocker).blockerId);
    CHECK(expectError(store::acceptIncoming(*room.file, forBlocker))
              .message.contains(u"Choose the blocker"));
}

TEST_CASE("The session in memory follows phones' items row by row") {
    Room room;
    SessionData session = room.data();
    (void)room.file->takeChanges();
    const Id incoming = room.receive(blockerItem(u"Broadband"_s));
    SessionUpdate update =
        expectOk(store::refreshSession(*room.file, room.file->takeChanges(), session));
    CHECK(update.incoming.added == std::vector<Id>{incoming});
    expectOk(store::acceptIncoming(*room.file, incoming));
    update = expectOk(store::refreshSession(*room.file, room.file->takeChanges(), session));
    CHECK(update.incoming.changed == std::vector<Id>{incoming});
    CHECK(update.blockers.added.size() == 1);
    CHECK(session == room.data());
}
