// What a round's state allows: one answer for every front.
#include "ranking/RoundStates.h"

#include "RankingFixtures.h"
#include "store/Blockers.h"
#include "store/Rounds.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

Round roundIn(RoundState state, VoteMethod method = VoteMethod::Dots,
              std::optional<int> budget = 3) {
    Round round;
    round.id = 7;
    round.state = state;
    round.method = method;
    round.budget = budget;
    return round;
}

} // namespace

TEST_CASE("A round goes from open to closed or revealed, and back to open, and its results, once "
          "shown, are never hidden again") {
    const RoundState all[] = {RoundState::Open, RoundState::Closed, RoundState::Revealed};
    for (const RoundState from : all) {
        for (const RoundState to : all) {
            INFO(toKey(from).toStdString() << " -> " << toKey(to).toStdString());
            const Status change = checkStateChange(roundIn(from), to);
            const bool allowed =
                from != to && !(from == RoundState::Revealed && to == RoundState::Closed);
            CHECK(change.ok() == allowed);
            if (!change)
                CHECK_FALSE(change.error().message.isEmpty());
        }
    }
    CHECK(checkStateChange(roundIn(RoundState::Revealed), RoundState::Closed)
              .error()
              .message.contains(u"cannot be hidden again"));
}

TEST_CASE("Ballots, paper dots and results each have one rule, whatever screen asks") {
    CHECK(takesBallots(roundIn(RoundState::Open)));
    CHECK_FALSE(takesBallots(roundIn(RoundState::Closed)));
    CHECK_FALSE(takesBallots(roundIn(RoundState::Open, VoteMethod::Dots, std::nullopt)));
    CHECK(takesBallots(roundIn(RoundState::Open, VoteMethod::Approval, std::nullopt)));
    CHECK(takesPaperDots(roundIn(RoundState::Open, VoteMethod::Dots, std::nullopt)));
    CHECK_FALSE(takesPaperDots(roundIn(RoundState::Open, VoteMethod::Borda)));
    CHECK_FALSE(takesPaperDots(roundIn(RoundState::Revealed)));
    CHECK(resultsMayBeShown(roundIn(RoundState::Revealed)));
    CHECK_FALSE(resultsMayBeShown(roundIn(RoundState::Closed)));
    CHECK_FALSE(resultsMayBeShown(roundIn(RoundState::Open)));
    const RoundRules rules = rulesOf(roundIn(RoundState::Closed, VoteMethod::Approval, 4));
    CHECK(rules.method == VoteMethod::Approval);
    CHECK(rules.state == RoundState::Closed);
    CHECK(rules.budget == 4);
}

TEST_CASE("Phones vote in the session's latest round that takes ballots, whatever is looked at") {
    SessionData session;
    CHECK_FALSE(roundOpenToPhones(session));
    for (Id id = 1; id <= 4; ++id) {
        session.rounds.push_back(roundIn(RoundState::Open));
        session.rounds.back().id = id;
    }
    session.rounds[3].state = RoundState::Closed;
    session.rounds[2].budget.reset(); // paper dots only
    CHECK(roundOpenToPhones(session) == 2);
    session.rounds[1].state = RoundState::Revealed;
    CHECK(roundOpenToPhones(session) == 1);
}

TEST_CASE("The store keeps to the state rule: a revealed round is not closed again, and the "
          "file says so") {
    TempDir dir;
    auto file = createSession(dir.path(u"rounds.unblock"_s));
    expectOk(store::addBlocker(*file, {u"Budgets"_s, {}, {}, {}, {}}));
    store::RoundSpec spec;
    spec.budget = 3;
    const Id round = expectOk(store::startRound(*file, spec));
    expectOk(store::setRoundState(*file, round, RoundState::Revealed));
    const Status again = store::setRoundState(*file, round, RoundState::Revealed);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(u"shown already"));
    const Status hide = store::setRoundState(*file, round, RoundState::Closed);
    REQUIRE_FALSE(hide);
    CHECK(hide.error().code == ErrorCode::RuleViolation);
    CHECK(expectOk(store::loadSession(*file)).round(round)->state == RoundState::Revealed);
    CHECK(store::setRoundState(*file, round, RoundState::Open));
}

TEST_CASE("Every screen's top is widened to each item tied with the last it shows") {
    // Items 1-7 score 20 down to 14; items 8, 9 and 10 tie on 1 dot; 11 has none.
    RoundBuilder round(VoteMethod::Dots, 11);
    for (Id item = 1; item <= 7; ++item)
        round.paper(item, 21 - static_cast<int>(item));
    for (Id item = 8; item <= 10; ++item)
        round.paper(item, 1);
    const TopSelection shown = topOnScreen(rank(round.input()));
    CHECK(kTopOnScreen == 8);
    REQUIRE(shown.rows.size() == 10);
    CHECK(shown.widened);
    for (std::size_t i = 7; i < 10; ++i)
        CHECK(rankText(shown.rows[i]) == u"8=");
    CHECK(shown.note == u"The top 8 has 10 items because 3 are tied at rank 8.");
}
