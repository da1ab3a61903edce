#include "store/Rounds.h"

#include "ranking/Ranking.h"
#include "store/Blockers.h"
#include "store/Restore.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

struct Voting {
    TempDir dir;
    std::unique_ptr<store::SessionFile> file = createSession(dir.path(u"vote.unblock"_s));
    Id a = expectOk(store::addBlocker(*file, {u"A"_s, {}, {}, {}, {}}));
    Id b = expectOk(store::addBlocker(*file, {u"B"_s, {}, {}, {}, {}}));
    Id c = expectOk(store::addBlocker(*file, {u"C"_s, {}, {}, {}, {}}));
    Id round = expectOk(store::startRound(
        *file, {u"Top blockers"_s, RoundSubject::Blockers, {}, VoteMethod::Dots, 3, 2}));

    std::vector<Vote> votes() const {
        return expectOk(store::loadSession(*file)).round(round)->votes;
    }
    Error refused(const QString& voter, const std::vector<BallotEntry>& ballot) const {
        const auto before = votes();
        const Error error = expectError(store::castBallot(*file, round, voter, ballot));
        CHECK(votes() == before); // nothing recorded, nothing trimmed
        return error;
    }
};

} // namespace

TEST_CASE("A ballot is recorded whole and replaces the voter's earlier one") {
    Voting v;
    expectOk(store::castBallot(*v.file, v.round, u"phone-1"_s, {{v.a, 2}, {v.b, 1}}));
    CHECK(v.votes().size() == 2);
    expectOk(store::castBallot(*v.file, v.round, u"phone-1"_s, {{v.c, 1}}));
    CHECK(v.votes() == std::vector<Vote>{{u"phone-1"_s, v.c, 1}});
    expectOk(store::clearBallot(*v.file, v.round, u"phone-1"_s));
    CHECK(v.votes().empty());
}

TEST_CASE("Core refuses votes that break the round's rules, with the reason") {
    Voting v;
    expectOk(store::castBallot(*v.file, v.round, u"kiosk-1"_s, {{v.a, 1}}));
    CHECK(v.refused(u"kiosk-2"_s, {{v.a, 2}, {v.b, 2}}).message ==
          u"This ballot uses 4 dots; each voter has 3.");
    CHECK(v.refused(u"kiosk-2"_s, {{v.a, 3}}).message ==
          u"3 dots on item 1 is over the limit of 2 per item.");
    CHECK(v.refused(u"kiosk-2"_s, {{999, 1}}).message == u"Item 999 is not in this round.");
    CHECK(v.refused(u""_s, {{v.a, 1}}).code == ErrorCode::InvalidInput);

    expectOk(store::mergeBlockers(*v.file, v.b, v.a));
    CHECK(v.refused(u"kiosk-2"_s, {{v.b, 1}}).message ==
          u"Blocker 2 has been merged into blocker 1; vote for that one instead.");

    expectOk(store::setRoundState(*v.file, v.round, RoundState::Closed));
    CHECK(v.refused(u"kiosk-3"_s, {{v.a, 1}}).message == u"Voting in this round is closed.");
    CHECK(expectError(store::setTally(*v.file, v.round, v.a, 3)).code == ErrorCode::RuleViolation);
    CHECK(expectError(store::castBallot(*v.file, 404, u"x"_s, {})).code == ErrorCode::NotFound);

    expectOk(store::setRoundState(*v.file, v.round, RoundState::Open)); // re-opened
    expectOk(store::castBallot(*v.file, v.round, u"kiosk-3"_s, {{v.a, 1}}));
}

TEST_CASE("Phones' ballots are written together, and a bad one is refused alone, whole") {
    Voting v;
    expectOk(store::castBallot(*v.file, v.round, u"phone-2"_s, {{v.c, 1}}));
    const std::vector<Status> results =
        expectOk(store::castBallots(*v.file, v.round,
                                    {{u"phone-1"_s, {{v.a, 2}, {v.b, 1}}},
                                     {u"phone-2"_s, {{v.a, 2}, {v.b, 2}}}, // 4 dots: over budget
                                     {u"phone-3"_s, {{999, 1}}},           // not in the round
                                     {u"phone-4"_s, {{v.c, 2}}}}));
    REQUIRE(results.size() == 4);
    CHECK(results[0]);
    CHECK(results[1].error().message == u"This ballot uses 4 dots; each voter has 3.");
    CHECK(results[2].error().message == u"Item 999 is not in this round.");
    CHECK(results[3]);
    auto votes = v.votes();
    std::sort(votes.begin(), votes.end(), [](const Vote& x, const Vote& y) {
        return std::tie(x.voter, x.itemId) < std::tie(y.voter, y.itemId);
    });
    // phone-2's earlier ballot stands: a refused ballot takes nothing away.
    CHECK(votes == std::vector<Vote>{{u"phone-1"_s, v.a, 2},
                                     {u"phone-1"_s, v.b, 1},
                                     {u"phone-2"_s, v.c, 1},
                                     {u"phone-4"_s, v.c, 2}});
    CHECK(expectError(store::castBallots(*v.file, 404, {{u"phone-5"_s, {{v.a, 1}}}})).code ==
          ErrorCode::NotFound);
}

TEST_CASE("Paper tallies and paper voters are recorded, updated and cleared") {
    Voting v;
    expectOk(store::setTally(*v.file, v.round, v.a, 7));
    expectOk(store::setTally(*v.file, v.round, v.a, 9));
    expectOk(store::setTally(*v.file, v.round, v.b, 4));
    expectOk(store::setTally(*v.file, v.round, v.b, 0));
    expectOk(store::setPaperVoters(*v.file, v.round, 12));
    CHECK_FALSE(store::setPaperVoters(*v.file, v.round, -1).ok());
    const Round round = *expectOk(store::loadSession(*v.file)).round(v.round);
    CHECK(round.tallies == std::vector<Tally>{{v.a, 9}});
    CHECK(round.paperVoters == 12);
}

TEST_CASE("A round on one blocker's solutions takes only those solutions") {
    Voting v;
    const Id s1 = expectOk(store::addSolution(*v.file, v.a, {u"Train members"_s, {}, {}, {}, {}}));
    const Id s2 = expectOk(store::addSolution(*v.file, v.a, {u"League tables"_s, {}, {}, {}, {}}));
    const Id other = expectOk(store::addSolution(*v.file, v.b, {u"Elsewhere"_s, {}, {}, {}, {}}));
    CHECK_FALSE(
        store::startRound(*v.file, {{}, RoundSubject::Solutions, {}, VoteMethod::Borda, {}, {}})
            .ok());
    const Id round = expectOk(
        store::startRound(*v.file, {{}, RoundSubject::Solutions, v.a, VoteMethod::Borda, {}, {}}));
    expectOk(store::castBallot(*v.file, round, u"v1"_s, {{s2, 1}, {s1, 2}}));
    CHECK(expectError(store::castBallot(*v.file, round, u"v2"_s, {{other, 1}})).code ==
          ErrorCode::RuleViolation);

    const RankingResult result = rank(expectOk(store::loadRoundInput(*v.file, round)));
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].itemId == s2);
    CHECK(result.rows[0].title == u"League tables");

    // Deleting the blocker takes its solutions' round and votes with it.
    expectOk(store::deleteBlocker(*v.file, v.a));
    CHECK(expectOk(store::loadSession(*v.file)).round(round) == nullptr);
}

TEST_CASE("Deleting a blocker deletes the votes and tallies cast for it") {
    Voting v;
    expectOk(store::castBallot(*v.file, v.round, u"v1"_s, {{v.a, 1}, {v.b, 2}}));
    expectOk(store::setTally(*v.file, v.round, v.b, 5));
    expectOk(store::deleteBlocker(*v.file, v.b));
    const Round round = *expectOk(store::loadSession(*v.file)).round(v.round);
    CHECK(round.votes == std::vector<Vote>{{u"v1"_s, v.a, 1}});
    CHECK(round.tallies.empty());
}

TEST_CASE("Ranking from the file equals ranking from the loaded session") {
    Voting v;
    expectOk(store::castBallot(*v.file, v.round, u"v1"_s, {{v.a, 1}, {v.b, 2}}));
    expectOk(store::castBallot(*v.file, v.round, u"v2"_s, {{v.c, 2}, {v.b, 1}}));
    expectOk(store::castBallot(*v.file, v.round, u"v3"_s, {{v.c, 1}}));
    expectOk(store::setTally(*v.file, v.round, v.a, 4));
    expectOk(store::mergeBlockers(*v.file, v.c, v.b));

    const RankingResult fromFile = rank(expectOk(store::loadRoundInput(*v.file, v.round)));
    const RankingResult fromData =
        rank(expectOk(roundInput(expectOk(store::loadSession(*v.file)), v.round)));
    REQUIRE(fromFile.rows.size() == 2);
    CHECK(fromFile.rows[0].itemId == v.b);
    CHECK(fromFile.rows[0].score == 6);
    CHECK(fromFile.rows[0].voters == 3);
    CHECK(fromFile.rows[1].score == 5);
    REQUIRE(fromData.rows.size() == fromFile.rows.size());
    for (std::size_t i = 0; i < fromFile.rows.size(); ++i) {
        CHECK(fromFile.rows[i].itemId == fromData.rows[i].itemId);
        CHECK(fromFile.rows[i].score == fromData.rows[i].score);
        CHECK(fromFile.rows[i].voters == fromData.rows[i].voters);
    }
}

TEST_CASE("A round keeps the items it opened with: a blocker added later is not in it") {
    Voting v;
    const Id later = expectOk(store::addBlocker(*v.file, {u"Added later"_s, {}, {}, {}, {}}));
    expectOk(store::castBallot(*v.file, v.round, u"kiosk-1"_s, {{v.a, 2}, {v.b, 1}}));
    CHECK(expectError(store::castBallot(*v.file, v.round, u"kiosk-2"_s, {{later, 1}})).message ==
          u"Item %1 is not in this round."_s.arg(later));
    CHECK(expectError(store::setTally(*v.file, v.round, later, 3)).code ==
          ErrorCode::RuleViolation);
    expectOk(store::setRoundState(*v.file, v.round, RoundState::Revealed));

    const SessionData data = expectOk(store::loadSession(*v.file));
    const RankingResult fromSnapshot = rank(expectOk(roundInput(data, v.round)));
    const RankingResult fromFile = rank(expectOk(store::loadRoundInput(*v.file, v.round)));
    for (const RankingResult& result : {fromSnapshot, fromFile}) {
        REQUIRE(result.rows.size() == 3);
        for (const RankedRow& row : result.rows)
            CHECK(row.itemId != later);
    }

    // Merged into the late blocker, an item's votes still count, under it.
    expectOk(store::mergeBlockers(*v.file, v.a, later));
    const RankingResult merged = rank(expectOk(store::loadRoundInput(*v.file, v.round)));
    REQUIRE(merged.rows.size() == 3);
    CHECK(merged.rows[0].itemId == later);
    CHECK(merged.rows[0].score == 2);
}

TEST_CASE("A deleted blocker leaves the round, a new one taking its id does not join it, and "
          "undo puts the old one back with its votes") {
    Voting v;
    expectOk(store::castBallot(*v.file, v.round, u"kiosk-1"_s, {{v.c, 2}}));
    const store::BlockerRecord record = expectOk(store::loadBlockerRecord(*v.file, v.c));
    expectOk(store::deleteBlocker(*v.file, v.c));
    const Id reused = expectOk(store::addBlocker(*v.file, {u"New, same id"_s, {}, {}, {}, {}}));
    REQUIRE(reused == v.c); // SQLite gives the highest id again
    CHECK(expectOk(store::loadRoundInput(*v.file, v.round)).candidates.size() == 2);

    expectOk(store::deleteBlocker(*v.file, reused));
    expectOk(store::restoreBlocker(*v.file, record));
    const RankingResult restored = rank(expectOk(store::loadRoundInput(*v.file, v.round)));
    REQUIRE(restored.rows.size() == 3);
    CHECK(restored.rows[0].itemId == v.c);
    CHECK(restored.rows[0].score == 2);
}

TEST_CASE("An empty ballot is a ballot cast, counted the same in the file, the snapshot and "
          "the ranking") {
    Voting v;
    expectOk(store::castBallot(*v.file, v.round, u"kiosk-1"_s, {{v.a, 1}}));
    expectOk(store::castBallot(*v.file, v.round, u"kiosk-2"_s, {}));
    const Round round = *expectOk(store::loadSession(*v.file)).round(v.round);
    CHECK(ballotsCast(round) == 2);
    CHECK(round.ballots == std::vector<QString>{u"kiosk-1"_s, u"kiosk-2"_s});
    CHECK(rank(expectOk(store::loadRoundInput(*v.file, v.round))).voters == 2);
    expectOk(store::clearBallot(*v.file, v.round, u"kiosk-2"_s));
    CHECK(ballotsCast(*expectOk(store::loadSession(*v.file)).round(v.round)) == 1);
}

TEST_CASE("A round on solutions opens with its blocker's solutions, merged blockers' included") {
    Voting v;
    const Id s1 = expectOk(store::addSolution(*v.file, v.a, {u"One"_s, {}, {}, {}, {}}));
    const Id s2 = expectOk(store::addSolution(*v.file, v.b, {u"Two"_s, {}, {}, {}, {}}));
    expectOk(store::addSolution(*v.file, v.c, {u"Elsewhere"_s, {}, {}, {}, {}}));
    expectOk(store::mergeBlockers(*v.file, v.b, v.a));
    const Id round = expectOk(store::startRound(
        *v.file, {u"Solutions"_s, RoundSubject::Solutions, v.a, VoteMethod::Approval, 2, {}}));
    const Id s3 = expectOk(store::addSolution(*v.file, v.a, {u"Three, later"_s, {}, {}, {}, {}}));
    const RoundInput input = expectOk(store::loadRoundInput(*v.file, round));
    std::vector<Id> ids;
    for (const Candidate& c : input.candidates)
        ids.push_back(c.id);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<Id>{s1, s2});
    CHECK(expectError(store::castBallot(*v.file, round, u"p"_s, {{s3, 1}})).code ==
          ErrorCode::RuleViolation);
}
