#include "remote/VoteBatcher.h"

#include "core/remote/PhoneRoom.h"
#include "store/Blockers.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("300 phones' ballots sent together are written in one transaction, each answered") {
    TempDir dir;
    auto file = createSession(dir.path(u"phones.unblock"_s));
    std::vector<Id> items;
    for (int i = 0; i < 6; ++i)
        items.push_back(
            expectOk(store::addBlocker(*file, {u"Blocker %1"_s.arg(i), {}, {}, {}, {}})));
    const Id round = expectOk(store::startRound(
        *file, {u"Top blockers"_s, RoundSubject::Blockers, {}, VoteMethod::Dots, 5, 3}));

    int transactions = 0;
    remote::VoteBatcher batcher(
        [&](Id roundId, const std::vector<store::VoterBallot>& ballots) {
            ++transactions;
            return store::castBallots(*file, roundId, ballots);
        },
        50);
    int recorded = 0;
    QStringList refusals;
    for (int phone = 0; phone < 300; ++phone) {
        std::vector<BallotEntry> ballot{{items[static_cast<std::size_t>(phone % 6)], 3},
                                        {items[static_cast<std::size_t>((phone + 1) % 6)], 2}};
        if (phone == 7)
            ballot.push_back({items[4], 1}); // 6 dots: over the budget of 5
        batcher.submit(round, {u"phone-%1"_s.arg(phone), ballot}, [&](const Status& s) {
            if (s)
                ++recorded;
            else
                refusals << s.error().message;
        });
    }
    CHECK(batcher.queued() == 300);
    CHECK(recorded == 0); // nothing is written before the interval
    REQUIRE(runUntil([&] { return recorded + refusals.size() == 300; }));
    CHECK(transactions == 1);
    CHECK(recorded == 299);
    CHECK(refusals == QStringList{u"This ballot uses 6 dots; each voter has 5."_s});
    const SessionData data = expectOk(store::loadSession(*file));
    CHECK(data.round(round)->votes.size() == 299 * 2);
    CHECK(ballotsCast(*data.round(round)) == 299);
}

TEST_CASE("When the file refuses a whole batch, every phone in it is told why") {
    remote::VoteBatcher batcher(
        [](Id, const std::vector<store::VoterBallot>&) -> Result<std::vector<Status>> {
            return Error{ErrorCode::IoError, u"The disk is full."_s};
        },
        10);
    QStringList answers;
    for (int phone = 0; phone < 3; ++phone) {
        batcher.submit(1, {u"phone-%1"_s.arg(phone), {{1, 1}}},
                       [&](const Status& s) { answers << s.error().message; });
    }
    REQUIRE(runUntil([&] { return answers.size() == 3; }));
    CHECK(answers == QStringList(3, u"The disk is full."_s));
    CHECK(batcher.queued() == 0);
}
