#include "model/Round.h"

#include "model/SessionData.h"
#include "support/catch.h"

using namespace unblock;

TEST_CASE("Round keys round-trip and unknown keys are refused") {
    for (VoteMethod m :
         {VoteMethod::Dots, VoteMethod::Approval, VoteMethod::Borda, VoteMethod::Schulze})
        CHECK(voteMethodFromKey(toKey(m)) == m);
    for (RoundState s : {RoundState::Open, RoundState::Closed, RoundState::Revealed})
        CHECK(roundStateFromKey(toKey(s)) == s);
    for (RoundSubject s : {RoundSubject::Blockers, RoundSubject::Solutions})
        CHECK(roundSubjectFromKey(toKey(s)) == s);
    CHECK_FALSE(voteMethodFromKey(QStringLiteral("Dots")).has_value());
    CHECK_FALSE(roundStateFromKey(QString()).has_value());
    CHECK(isRanked(VoteMethod::Schulze));
    CHECK_FALSE(isRanked(VoteMethod::Approval));
}

TEST_CASE("A round counts every ballot, an empty one too, and paper voters with them") {
    Round round;
    CHECK(ballotsCast(round) == 0);
    round.ballots = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("empty")};
    round.votes = {
        {QStringLiteral("b"), 1, 2}, {QStringLiteral("a"), 1, 1}, {QStringLiteral("b"), 2, 1}};
    CHECK(ballotsCast(round) == 3);
    round.paperVoters = 20;
    CHECK(peopleWhoVoted(round) == 23);
}

TEST_CASE("The round that ranks the blockers is the latest round on blockers") {
    std::vector<Round> rounds(4);
    for (std::size_t i = 0; i < rounds.size(); ++i)
        rounds[i].id = static_cast<Id>(i + 1);
    CHECK(latestRoundOnBlockers({}) == std::nullopt);
    rounds[3].subject = RoundSubject::Solutions; // a later round on one blocker's solutions
    CHECK(latestRoundOnBlockers(rounds) == 3);
    for (Round& r : rounds)
        r.subject = RoundSubject::Solutions;
    CHECK(latestRoundOnBlockers(rounds) == std::nullopt);
}
