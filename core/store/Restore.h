#pragma once

#include "model/Result.h"
#include "model/SessionData.h"

#include <optional>
#include <vector>

namespace unblock::store {

class SessionFile;

// What a deletion takes away, read before it happens, so that undo can put
// it all back as it was: same ids, same places, same votes.

// The votes and paper dots one item had in one round, and whether it was on
// the round's ballot.
struct ItemVotes {
    Id roundId = 0;
    Id itemId = 0;
    std::vector<Vote> votes;
    std::optional<int> paperDots;
    bool onBallot = false;
};

struct SolutionRecord {
    Solution solution;
    std::vector<ItemVotes> votes;
};

struct BlockerRecord {
    Blocker blocker;
    std::vector<Solution> solutions;
    std::vector<Id> mergedHere;   // blockers that had been merged into it
    std::vector<ItemVotes> votes; // for the blocker and for its solutions
    std::vector<Round> rounds;    // rounds on its solutions, with their votes
    std::vector<Id> painPoints;   // journey steps whose pain point it is
};

struct GroupRecord {
    Group group;
    std::vector<Id> blockerIds; // in board order
};

Result<BlockerRecord> loadBlockerRecord(const SessionFile& file, Id blockerId);
Status restoreBlocker(SessionFile& file, const BlockerRecord& record);

Result<SolutionRecord> loadSolutionRecord(const SessionFile& file, Id solutionId);
Status restoreSolution(SessionFile& file, const SolutionRecord& record);

Result<GroupRecord> loadGroupRecord(const SessionFile& file, Id groupId);
Status restoreGroup(SessionFile& file, const GroupRecord& record);

} // namespace unblock::store
