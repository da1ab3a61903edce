#include "ranking/BallotDraft.h"

#include "support/catch.h"

using namespace unblock;

TEST_CASE("A dot ballot in progress stops at the budget and the cap, saying why") {
    BallotDraft draft({VoteMethod::Dots, RoundState::Open, 3, 2}, {1, 2, 3});
    draft.add(1);
    draft.add(1);
    CHECK(draft.valueOf(1) == 2);
    CHECK(draft.whyNotAdd(1) ==
          QStringLiteral("This item has the most dots one voter may give it (2)."));
    draft.add(1); // refused: nothing changes
    CHECK(draft.valueOf(1) == 2);
    draft.add(2);
    CHECK(draft.remaining() == 0);
    CHECK(draft.whyNotAdd(3) == QStringLiteral("All your dots are placed (3 of 3)."));
    CHECK(checkBallot({VoteMethod::Dots, RoundState::Open, 3, 2}, {1, 2, 3}, draft.entries()).ok());
    draft.remove(1);
    CHECK(draft.canAdd(3));
    CHECK(draft.whyNotAdd(9) == QStringLiteral("This item is not in the round."));
}

TEST_CASE("Approval ticks and ranked preferences follow the clicks") {
    BallotDraft approval({VoteMethod::Approval, RoundState::Open, 2, std::nullopt}, {1, 2, 3});
    approval.add(3);
    CHECK_FALSE(approval.canAdd(3));
    approval.add(1);
    CHECK(approval.whyNotAdd(2).contains(QStringLiteral("the most you can (2)")));

    BallotDraft ranked({VoteMethod::Schulze, RoundState::Open, std::nullopt, std::nullopt},
                       {1, 2, 3});
    ranked.add(2);
    ranked.add(3);
    ranked.add(1);
    CHECK(ranked.valueOf(1) == 3);
    CHECK(ranked.remaining() == -1);
    ranked.remove(2); // 3 and 1 move up
    CHECK(ranked.valueOf(3) == 1);
    CHECK(ranked.valueOf(1) == 2);
    CHECK(checkBallot({VoteMethod::Schulze, RoundState::Open, std::nullopt, std::nullopt},
                      {1, 2, 3}, ranked.entries())
              .ok());
}

TEST_CASE("A closed round takes no marks") {
    BallotDraft draft({VoteMethod::Dots, RoundState::Closed, 3, std::nullopt}, {1});
    CHECK(draft.whyNotAdd(1) == QStringLiteral("Voting in this round is closed."));
}
