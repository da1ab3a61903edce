#pragma once

#include "model/Ids.h"

#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace unblock {

struct Blocker;

// Where each blocker's merges end: the blocker that now stands for it. Built
// once, walking each chain of merges once, so a session whose blockers were
// merged one into the next 20,000 times costs no more to rank or summarise
// than one with short chains. Ask it about many blockers; for one, so is
// SessionData::rootOf.
class MergeRoots {
public:
    explicit MergeRoots(const std::vector<Blocker>& blockers);
    // From the merges alone (blocker, the blocker it was merged into), in
    // the order a loop should be found in.
    explicit MergeRoots(const std::vector<std::pair<Id, Id>>& merges);

    // The blocker it counts with: itself when it is not merged (or not a
    // blocker), else the first blocker along its merges that is not merged.
    Id rootOf(Id blockerId) const;
    bool isMerged(Id blockerId) const { return m_mergedInto.contains(blockerId); }
    const std::unordered_map<Id, Id>& mergedInto() const { return m_mergedInto; }
    // A blocker whose merges come back round to it, when there is one (only
    // a damaged or hand-made file has one: validation refuses it).
    std::optional<Id> inLoop() const { return m_inLoop; }

private:
    void resolve(const std::vector<std::pair<Id, Id>>& merges);

    std::unordered_map<Id, Id> m_mergedInto;
    std::unordered_map<Id, Id> m_root; // merged blockers only
    std::optional<Id> m_inLoop;
};

} // namespace unblock
