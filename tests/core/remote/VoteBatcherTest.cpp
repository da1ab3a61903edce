#include "remote/VoteBatcher.h"

#include "core/remote/PhoneRoom.h"
#include "store/Blockers.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("300 phones' ballots that arrive together are written in one transaction, each answered") {
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
        [](Id, const std::vector<store::VoterBallot>&) -> Result<std::vector<Status>> {
            return Error{ErrorCode::IoError, u"The disk is full."_s};
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
    remote::VoteBatcher batcher(
        [&](Id, const std::vector<store::VoterBallot>& ballots) -> Result<std::vector<Status>> {
            ++transactions;
            return std::vector<Status>(ballots.size());
        });
    bool answered = false;
    batcher.submit(1, {u"phone-1"_s, {{1, 1}}}, [&](const Status& s) { answered = bool(s); });
    QCoreApplication::processEvents(); // no timer to wait out
    CHECK(answered);
    CHECK(transactions == 1);
}

TEST_CASE("Ballots that arrive during a write go together into the next one, each answered "
          "after its own commit") {
    remote::VoteBatcher* batcherSeen = nullptr;
    std::vector<std::vector<QString>> commits; // the voters each transaction held
    QStringList events;                         // commits and answers, in order
    std::function<void(const QString&)> submit;
    remote::VoteBatcher batcher(
        [&](Id, const std::vector<store::VoterBallot>& ballots) -> Result<std::vector<Status>> {
            if (commits.empty()) {
                // The first write is slow: while it runs (say, a prompt's event
                // loop), four more phones vote.
                for (int phone = 2; phone <= 5; ++phone)
                    submit(u"phone-%1"_s.arg(phone));
                batcherSeen->flush(); // re-entered: must not write inside this write
            }
            std::vector<QString> voters;
            for (const store::VoterBallot& b : ballots)
                voters.push_back(b.voter);
            commits.push_back(voters);
            events << u"commit %1"_s.arg(commits.size());
            return std::vector<Status>(ballots.size());
        });
    batcherSeen = &batcher;
    submit = [&](const QString& voter) {
        batcher.submit(1, {voter, {{1, 1}}}, [&events, voter](const Status&) {
            events << u"answer "_s + voter;
        });
    };
    submit(u"phone-1"_s);
    REQUIRE(runUntil([&] { return events.size() == 7; }));
    REQUIRE(commits.size() == 2);
    CHECK(commits[0] == std::vector<QString>{u"phone-1"_s});
    CHECK(commits[1] ==
          std::vector<QString>{u"phone-2"_s, u"phone-3"_s, u"phone-4"_s, u"phone-5"_s});
    CHECK(events == QStringList{u"commit 1"_s, u"answer phone-1"_s, u"commit 2"_s,
                               u"answer phone-2"_s, u"answer phone-3"_s, u"answer phone-4"_s,
                               u"answer phone-5"_s});
    CHECK(batcher.queued() == 0);
}
