#include "RankingFixtures.h"
#include "support/catch.h"

using namespace unblock;
using namespace unblock::test;

TEST_CASE("Dot voting adds each voter's dots and the paper tallies") {
    // Hand count: A = 2+1 = 3 (2 voters); B = 1+3 = 4 (2 voters);
    // C = 1 + 2 paper = 3 (1 voter); D = 1 (1 voter).
    RoundBuilder round(VoteMethod::Dots, 4);
    round.voter({{1, 2}, {2, 1}}).voter({{2, 3}}).voter({{1, 1}, {3, 1}, {4, 1}}).paper(3, 2);
    const RankingResult result = rank(round.input());

    CHECK(orderOf(result.rows) == std::vector<Id>{2, 1, 3, 4});
    CHECK(rowFor(result, 2).score == 4);
    CHECK(rowFor(result, 2).rank == 1);
    CHECK(rowFor(result, 1).score == 3);
    CHECK(rowFor(result, 1).voters == 2);
    CHECK(rowFor(result, 3).score == 3);
    CHECK(rowFor(result, 3).voters == 1);
    CHECK(rowFor(result, 3).paperDots == 2);
    CHECK(rowFor(result, 4).rank == 4);
    CHECK(result.voters == 3);
    CHECK(result.scoreName == u"dots");

    SECTION("equal scores share a rank, and the listing says why A comes first") {
        CHECK(rowFor(result, 1).rank == 2);
        CHECK(rowFor(result, 3).rank == 2);
        CHECK(rowFor(result, 1).tied);
        CHECK(rowFor(result, 3).tied);
        CHECK(rowFor(result, 1).rank == rowFor(result, 3).rank);
        // Item 3's dots came partly on paper, whose voters are not known.
        CHECK(rowFor(result, 1).orderNote.contains(
            u"more people voted for it on a ballot (2 against 1; dots on paper are not counted "
            "by voter)"));
        CHECK(rowFor(result, 2).orderNote.isEmpty());
    }
}

TEST_CASE("A tie at third place makes the top 3 four rows, and says so") {
    RoundBuilder round(VoteMethod::Dots, 5);
    round.paper(1, 10).paper(2, 8).paper(3, 5).paper(4, 5).paper(5, 2);
    const TopSelection top3 = top(rank(round.input()), 3);

    REQUIRE(top3.rows.size() == 4);
    CHECK(orderOf(top3.rows) == std::vector<Id>{1, 2, 3, 4});
    CHECK(top3.rows[2].rank == 3);
    CHECK(top3.rows[3].rank == 3);
    CHECK(top3.widened);
    CHECK(top3.note == u"The top 3 has 4 items because 2 are tied at rank 3.");
}

TEST_CASE("A tie at second place widens the top 3 from the second place on") {
    RoundBuilder round(VoteMethod::Dots, 5);
    round.paper(1, 9).paper(2, 6).paper(3, 6).paper(4, 6).paper(5, 1);
    const TopSelection top3 = top(rank(round.input()), 3);
    CHECK(orderOf(top3.rows) == std::vector<Id>{1, 2, 3, 4});
    CHECK(top3.note == u"The top 3 has 4 items because 3 are tied at rank 2.");
}

TEST_CASE("Items nobody voted for are never in the top") {
    RoundBuilder round(VoteMethod::Dots, 6);
    round.voter({{2, 3}});
    const TopSelection top3 = top(rank(round.input()), 3);
    CHECK(orderOf(top3.rows) == std::vector<Id>{2});
    CHECK_FALSE(top3.widened);
    CHECK(top3.note.contains(u"received votes"));
}

TEST_CASE("Equal scores and voters are listed by creation, earlier first") {
    RoundBuilder round(VoteMethod::Dots, 3);
    round.voter({{3, 2}}).voter({{2, 2}});
    const RankingResult result = rank(round.input());
    CHECK(orderOf(result.rows) == std::vector<Id>{2, 3, 1});
    CHECK(rowFor(result, 2).orderNote.contains(u"added to the board earlier"));
    CHECK(rowFor(result, 3).orderNote.contains(u"listed last"));
}

TEST_CASE("Merged blockers count together") {
    // B (2) was merged into A (1). Voter 1: 2 dots on A, 1 on B. Voter 2: 2 on B.
    // Voter 3: 2 on C.
    RoundBuilder round(VoteMethod::Dots, 3);
    round.voter({{1, 2}, {2, 1}}).voter({{2, 2}}).voter({{3, 2}}).merge(2, 1);

    SECTION("by default one voter's dots on both are added") {
        const RankingResult result = rank(round.input());
        REQUIRE(result.rows.size() == 2);
        CHECK(rowFor(result, 1).score == 5);
        CHECK(rowFor(result, 1).voters == 2);
        CHECK(rowFor(result, 1).mergedIds == std::vector<Id>{2});
        CHECK(rowFor(result, 1).rank == 1);
    }
    SECTION("optionally a voter counts once, with their largest allocation") {
        const RankingResult result = rank(round.input(), RankOptions{true});
        CHECK(rowFor(result, 1).score == 4); // max(2, 1) + 2
        CHECK(rowFor(result, 1).voters == 2);
    }
    SECTION("paper dots on the merged blocker count for the one it joined") {
        round.paper(2, 4);
        CHECK(rowFor(rank(round.input()), 1).score == 9);
    }
}

TEST_CASE("Approval voting counts one tick per voter and item") {
    RoundBuilder round(VoteMethod::Approval, 3);
    round.voter({{1, 1}, {2, 1}}).voter({{2, 1}}).voter({{3, 1}});
    const RankingResult result = rank(round.input());
    CHECK(orderOf(result.rows) == std::vector<Id>{2, 1, 3});
    CHECK(rowFor(result, 2).score == 2);
    CHECK(rowFor(result, 1).rank == 2);
    CHECK(rowFor(result, 3).rank == 2);
    CHECK(result.scoreName == u"approvals");
}

TEST_CASE("Votes need not arrive grouped by voter") {
    RoundInput input = RoundBuilder(VoteMethod::Dots, 2).input();
    input.votes = {{0, 1, 1}, {1, 1, 1}, {0, 2, 1}, {1, 2, 2}};
    const RankingResult result = rank(input);
    CHECK(rowFor(result, 1).voters == 2);
    CHECK(rowFor(result, 2).score == 3);
}
