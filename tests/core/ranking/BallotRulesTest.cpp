#include "ranking/BallotRules.h"

#include "ranking/Turnout.h"
#include "support/catch.h"

using namespace unblock;

namespace {
const std::unordered_set<Id> items{1, 2, 3, 4};

QString refusal(const RoundRules& rules, const std::vector<BallotEntry>& ballot) {
    const Status status = checkBallot(rules, items, ballot);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::RuleViolation);
    return status.error().message;
}
} // namespace

TEST_CASE("A dot ballot within budget and cap is accepted") {
    const RoundRules rules{VoteMethod::Dots, RoundState::Open, 5, 2};
    CHECK(checkBallot(rules, items, {{1, 2}, {2, 2}, {3, 1}}).ok());
    CHECK(checkBallot(rules, items, {}).ok());
}

TEST_CASE("Ballots that break the round's rules are refused with the reason") {
    const RoundRules dots{VoteMethod::Dots, RoundState::Open, 5, 2};
    CHECK(refusal(dots, {{1, 2}, {2, 2}, {3, 2}}) == u"This ballot uses 6 dots; each voter has 5.");
    CHECK(refusal(dots, {{1, 3}}) == u"3 dots on item 1 is over the limit of 2 per item.");
    CHECK(refusal(dots, {{9, 1}}) == u"Item 9 is not in this round.");
    CHECK(refusal(dots, {{1, 1}, {1, 1}}) == u"Item 1 appears twice on one ballot.");
    CHECK(refusal(dots, {{1, 0}}).contains(u"at least one dot"));
    CHECK(refusal(dots, {{1, -4}}).contains(u"at least one dot"));

    RoundRules closed = dots;
    closed.state = RoundState::Closed;
    CHECK(refusal(closed, {{1, 1}}) == u"Voting in this round is closed.");
    closed.state = RoundState::Revealed;
    CHECK(refusal(closed, {{1, 1}}) == u"Voting in this round is closed.");
}

TEST_CASE("Approval ballots are single ticks within the number allowed") {
    const RoundRules rules{VoteMethod::Approval, RoundState::Open, 2, std::nullopt};
    CHECK(checkBallot(rules, items, {{1, 1}, {2, 1}}).ok());
    CHECK(refusal(rules, {{1, 2}}).contains(u"single tick"));
    CHECK(refusal(rules, {{1, 1}, {2, 1}, {3, 1}}) ==
          u"This ballot approves 3 items; each voter may approve 2.");
}

TEST_CASE("Ranked ballots number their preferences 1, 2, 3 without gaps") {
    const RoundRules rules{VoteMethod::Schulze, RoundState::Open, 3, std::nullopt};
    CHECK(checkBallot(rules, items, {{2, 1}, {1, 2}}).ok());
    CHECK(refusal(rules, {{2, 1}, {1, 3}}).contains(u"expected 2 but found 3"));
    CHECK(refusal(rules, {{2, 1}, {1, 1}}).contains(u"expected 2 but found 1"));
    CHECK(refusal(rules, {{1, 1}, {2, 2}, {3, 3}, {4, 4}}) ==
          u"This ballot ranks 4 items; each voter may rank 3.");
}

TEST_CASE("A paper-only dot round takes tallies but no individual ballots") {
    const RoundRules paperOnly{VoteMethod::Dots, RoundState::Open, std::nullopt, std::nullopt};
    CHECK(checkRoundRules(paperOnly).ok());
    CHECK(refusal(paperOnly, {{1, 1}}).contains(u"paper dots only"));
    CHECK(checkTally(paperOnly, items, 1, 12).ok());
}

TEST_CASE("Tallies are counts of paper dots on items of an open round") {
    const RoundRules dots{VoteMethod::Dots, RoundState::Open, 3, std::nullopt};
    CHECK(checkTally(dots, items, 2, 0).ok());
    CHECK_FALSE(checkTally(dots, items, 2, -1).ok());
    CHECK_FALSE(checkTally(dots, items, 7, 3).ok());
    const RoundRules ranked{VoteMethod::Borda, RoundState::Open, std::nullopt, std::nullopt};
    CHECK_FALSE(checkTally(ranked, items, 2, 3).ok());
    const RoundRules closed{VoteMethod::Dots, RoundState::Closed, 3, std::nullopt};
    CHECK(checkTally(closed, items, 2, 3).error().message == u"Voting in this round is closed.");
    CHECK(checkTally(closed, items, 2, 3, StateCheck::Ignore).ok());
}

TEST_CASE("Round settings are checked before any vote") {
    CHECK(checkRoundRules({VoteMethod::Dots, RoundState::Open, 5, 5}).ok());
    CHECK_FALSE(checkRoundRules({VoteMethod::Dots, RoundState::Open, 0, std::nullopt}).ok());
    CHECK_FALSE(checkRoundRules({VoteMethod::Dots, RoundState::Open, 3, 4}).ok());
    CHECK_FALSE(checkRoundRules({VoteMethod::Dots, RoundState::Open, std::nullopt, 2}).ok());
    CHECK_FALSE(checkRoundRules({VoteMethod::Approval, RoundState::Open, 3, 1}).ok());
}

TEST_CASE("The paper count says how far it has got, and when it cannot be right") {
    Round round;
    round.budget = 3;
    round.paperVoters = 24;
    round.tallies = {{1, 7}, {2, 5}};
    PaperProgress progress = paperProgress(round);
    CHECK(progress.counted == 12);
    CHECK(progress.possible == 72);
    CHECK(progress.text == QStringLiteral("12 of 72 paper dots counted"));
    CHECK(progress.warning.isEmpty());

    round.tallies = {{1, 50}, {2, 30}};
    CHECK(paperProgress(round).warning.contains(QStringLiteral("more than 24 people")));

    round.paperVoters = 0; // the rehearsal: 50 dots and no paper voters, accepted silently
    round.tallies = {{1, 50}};
    progress = paperProgress(round);
    CHECK_FALSE(progress.possible);
    CHECK(progress.text == QStringLiteral("50 paper dots counted"));
    CHECK(progress.warning.contains(QStringLiteral("Nobody is down as voting on paper")));
}

TEST_CASE("Turnout counts kiosk, phone and paper voters alike") {
    Round round;
    round.ballots = {QStringLiteral("kiosk-1"), QStringLiteral("phone-2"),
                     QStringLiteral("kiosk-3")};
    CHECK(turnoutText(round) == QStringLiteral("People who have voted: 3"));
    round.paperVoters = 24;
    CHECK(turnoutText(round) == QStringLiteral("People who have voted: 27 (24 on paper)"));
}
