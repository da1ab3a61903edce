#pragma once

#include "model/Ids.h"
#include "model/Result.h"
#include "model/Round.h"

#include <optional>
#include <unordered_set>
#include <vector>

namespace unblock {

// One line of a ballot: dots on an item (dot voting), 1 (approval), or a
// preference position with 1 = first choice (ranked methods).
struct BallotEntry {
    Id itemId = 0;
    int value = 0;
};

struct RoundRules {
    VoteMethod method = VoteMethod::Dots;
    RoundState state = RoundState::Open;
    // Dots, ticks or ranks per voter. A dot round without one counts paper
    // dots only (as when dots are imported from a spreadsheet).
    std::optional<int> budget;
    std::optional<int> maxPerItem; // dots on one item (dot voting only)
};

// The round's rule as a voter reads it on a ballot: "You have 3 dots. Put up
// to 2 on one item." (the phone page says the same in its own words file).
QString ballotRuleText(const RoundRules& rules);

// Whether a round's settings make sense, before any vote is cast.
Status checkRoundRules(const RoundRules& rules);

enum class StateCheck { RequireOpen, Ignore };

// Whether one voter's whole ballot keeps the round's rules. A ballot that
// breaks them is refused with the reason; core never trims or drops votes.
// `eligible` holds the items that may be voted for in this round.
// StateCheck::Ignore is for importing rounds that were closed after voting.
Status checkBallot(const RoundRules& rules, const std::unordered_set<Id>& eligible,
                   const std::vector<BallotEntry>& ballot,
                   StateCheck stateCheck = StateCheck::RequireOpen);

// The most paper dots one item can be counted to have, and the most people
// who can have voted on paper: beyond any room, and far from overflowing a
// total (a file or an import with 2^63 dots is refused, not wrapped round).
inline constexpr int kMostPaperDots = 100000;
inline constexpr int kMostPaperVoters = 10000;

// Whether a facilitator's count of paper dots on one item can be recorded.
Status checkTally(const RoundRules& rules, const std::unordered_set<Id>& eligible, Id itemId,
                  int dots, StateCheck stateCheck = StateCheck::RequireOpen);

} // namespace unblock
