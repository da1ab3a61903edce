#include "RankingFixtures.h"
#include "ranking/Schulze.h"
#include "support/catch.h"

using namespace unblock;
using namespace unblock::test;

namespace {
constexpr Id A = 1, B = 2, C = 3, D = 4, E = 5;
}

TEST_CASE("Borda: first of n earns n-1 points, unranked earn none") {
    // Three candidates. A>B>C gives A 2, B 1, C 0; B>C>A gives B 2, C 1, A 0;
    // A>C (B unranked) gives A 2, C 1. Totals: A 4, B 3, C 2.
    RoundBuilder round(VoteMethod::Borda, 3);
    round.ranked(1, {A, B, C}).ranked(1, {B, C, A}).ranked(1, {A, C});
    const RankingResult result = rank(round.input());
    CHECK(orderOf(result.rows) == std::vector<Id>{A, B, C});
    CHECK(rowFor(result, A).score == 4);
    CHECK(rowFor(result, B).score == 3);
    CHECK(rowFor(result, C).score == 2);
    CHECK(rowFor(result, B).voters == 2);
    CHECK(result.voters == 3);
}

TEST_CASE("Schulze: the published 45-voter example ranks E, A, C, B, D") {
    // The worked example of the Schulze method (Wikipedia, "Schulze method"):
    // its strongest paths give E > A > C > B > D.
    RoundBuilder round(VoteMethod::Schulze, 5);
    round.ranked(5, {A, C, B, E, D})
        .ranked(5, {A, D, E, C, B})
        .ranked(8, {B, E, D, A, C})
        .ranked(3, {C, A, B, E, D})
        .ranked(7, {C, A, E, B, D})
        .ranked(2, {C, B, A, D, E})
        .ranked(7, {D, C, E, B, A})
        .ranked(8, {E, B, A, D, C});
    const RankingResult result = rank(round.input());
    CHECK(orderOf(result.rows) == std::vector<Id>{E, A, C, B, D});
    CHECK(rowFor(result, E).score == 4);
    CHECK(rowFor(result, D).score == 0);
    CHECK(result.voters == 45);
    for (const RankedRow& row : result.rows)
        CHECK_FALSE(row.tied);
}

TEST_CASE("Schulze: a Condorcet cycle is a three-way tie") {
    RoundBuilder round(VoteMethod::Schulze, 3);
    round.ranked(1, {A, B, C}).ranked(1, {B, C, A}).ranked(1, {C, A, B});
    const RankingResult result = rank(round.input());
    for (const RankedRow& row : result.rows) {
        CHECK(row.rank == 1);
        CHECK(row.tied);
    }
}

TEST_CASE("Schulze: candidates nobody ranked tie at the bottom") {
    RoundBuilder round(VoteMethod::Schulze, 4);
    round.ranked(2, {B, A}).ranked(1, {A});
    const RankingResult result = rank(round.input());
    // Two voters put B above A; one ranked A alone, above the unranked B:
    // B beats A 2 to 1, and both beat C and D, which nobody ranked.
    CHECK(orderOf(result.rows) == std::vector<Id>{B, A, C, D});
    CHECK(rowFor(result, C).rank == 3);
    CHECK(rowFor(result, D).rank == 3);
    CHECK(rowFor(result, C).voters == 0);
}

TEST_CASE("schulzeWins works on candidate positions directly") {
    const std::vector<int> wins = schulzeWins(3, {{0, 1}, {0, 1}, {1, 0}});
    CHECK(wins == std::vector<int>{2, 1, 0});
}

TEST_CASE("Ranked ballots on merged items keep the voter's best preference") {
    // B merged into A. One voter: C first, B second, A third: A gets the
    // second preference. n = 2 candidates (A, C): C 1 point, A 0.
    RoundBuilder round(VoteMethod::Borda, 3);
    round.ranked(1, {C, B, A}).ranked(1, {B, C}).merge(B, A);
    const RankingResult result = rank(round.input());
    CHECK(rowFor(result, C).score == 1);
    CHECK(rowFor(result, A).score == 1);
    CHECK(rowFor(result, A).voters == 2);
}
