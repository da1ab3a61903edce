#include "remote/VoteBatcher.h"

#include "core/remote/PhoneRoom.h"
#include "store/Blockers.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE(
    "300 phones' ballots that arrive together are written in one transaction, each answered") {
    TempDir dir;
    auto file = createSession(dir.path(u"phones.unblock"_s));
    std::vector<Id> items;
    for (int i = 0; i < 6; ++i)
        items.push_back(
            expectOk(store::addBlocker(*file, {u"Blocker %1"_s.arg(i), {}, {}, {}, {}})));
    const Id round = expectOk(store::startRound(
        *file, {u"Top blockers"_s, RoundSubject::Blockers, {}, VoteMethod::Dots, 5, 3}));

    int transactions = 0;
    remote::VoteBatcher batcher([&](Id roundId, std::vector<store::VoterBallot> ballots,
                                    const remote::VoteBatcher::Written& written) {
        ++transactions;
        written(store::castBallots(*file, roundId, ballots));
    });
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
    CHECK(recorded == 0); // written when the event loop comes round, all together
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
        [](Id, std::vector<store::VoterBallot>, const remote::VoteBatcher::Written& written) {
            written(Error{ErrorCode::IoError, u"The disk is full."_s});
        });
    QStringList answers;
    for (int phone = 0; phone < 3; ++phone) {
        batcher.submit(1, {u"phone-%1"_s.arg(phone), {{1, 1}}},
                       [&](const Status& s) { answers << s.error().message; });
    }
    REQUIRE(runUntil([&] { return answers.size() == 3; }));
    CHECK(answers == QStringList(3, u"The disk is full."_s));
    CHECK(batcher.queued() == 0);
}

TEST_CASE("A ballot in a quiet room is written on the next turn of the event loop") {
    int transactions = 0;
    remote::VoteBatcher batcher([&](Id, std::vector<store::VoterBallot> ballots,
                                    const remote::VoteBatcher::Written& written) {
        ++transactions;
        written(std::vector<Status>(ballots.size()));
    });
    bool answered = false;
    batcher.submit(1, {u"phone-1"_s, {{1, 1}}}, [&](const Status& s) { answered = bool(s); });
    QCoreApplication::processEvents(); // no timer to wait out
    CHECK(answered);
    CHECK(transactions == 1);
}

TEST_CASE("Ballots that arrive during a write go together into the next one, each answered "
          "after its own commit") {
    // The writer holds each batch until the test commits it, as a write on
    // another thread would.
    std::vector<std::vector<QString>> batches;
    std::vector<remote::VoteBatcher::Written> uncommitted;
    remote::VoteBatcher batcher(
        [&](Id, std::vector<store::VoterBallot> ballots, remote::VoteBatcher::Written written) {
            std::vector<QString> voters;
            for (const store::VoterBallot& b : ballots)
                voters.push_back(b.voter);
            batches.push_back(voters);
            uncommitted.push_back(std::move(written));
        });
    QStringList answers;
    const auto submit = [&](const QString& voter) {
        batcher.submit(1, {voter, {{1, 1}}},
                       [&answers, voter](const Status&) { answers << voter; });
    };
    submit(u"phone-1"_s);
    QCoreApplication::processEvents();
    REQUIRE(batches.size() == 1); // written at once: nothing else was under way
    CHECK(batcher.isWriting());

    // Four more phones vote while that write is under way: they wait.
    for (int phone = 2; phone <= 5; ++phone)
        submit(u"phone-%1"_s.arg(phone));
    QCoreApplication::processEvents();
    CHECK(batches.size() == 1);
    CHECK(answers.isEmpty()); // nobody is answered before their commit

    // The first write commits: its phone is answered, and the four go together.
    uncommitted[0](std::vector<Status>(1));
    CHECK(answers == QStringList{u"phone-1"_s});
    REQUIRE(batches.size() == 2);
    CHECK(batches[1] ==
          std::vector<QString>{u"phone-2"_s, u"phone-3"_s, u"phone-4"_s, u"phone-5"_s});
    uncommitted[1](std::vector<Status>(4));
    CHECK(answers.size() == 5);
    CHECK_FALSE(batcher.isWriting());
    CHECK(batcher.queued() == 0);
}
