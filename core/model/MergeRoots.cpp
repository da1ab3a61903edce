#include "model/MergeRoots.h"

#include "model/SessionData.h"

#include <unordered_set>

namespace unblock {
namespace {

std::vector<std::pair<Id, Id>> mergesOf(const std::vector<Blocker>& blockers) {
    std::vector<std::pair<Id, Id>> merges;
    for (const Blocker& b : blockers) {
        if (b.mergedInto)
            merges.emplace_back(b.id, *b.mergedInto);
    }
    return merges;
}

} // namespace

MergeRoots::MergeRoots(const std::vector<Blocker>& blockers) {
    resolve(mergesOf(blockers));
}

MergeRoots::MergeRoots(const std::vector<std::pair<Id, Id>>& merges) {
    resolve(merges);
}

void MergeRoots::resolve(const std::vector<std::pair<Id, Id>>& merges) {
    m_mergedInto.reserve(merges.size());
    for (const auto& [blocker, into] : merges)
        m_mergedInto.emplace(blocker, into);
    m_root.reserve(merges.size());
    std::unordered_set<Id> onPath; // the walk under way
    std::vector<Id> path;
    for (const auto& [start, into] : merges) {
        if (m_root.contains(start))
            continue;
        path.clear();
        onPath.clear();
        Id step = start;
        Id root = 0;
        while (true) {
            if (const auto known = m_root.find(step); known != m_root.end()) {
                root = known->second;
                break;
            }
            const auto next = m_mergedInto.find(step);
            if (next == m_mergedInto.end()) {
                root = step; // not merged: the chain ends here
                break;
            }
            if (!onPath.insert(step).second) {
                // Round in a loop: all on it count with the blocker met
                // twice, so nothing walks for ever.
                m_inLoop = m_inLoop.value_or(step);
                root = step;
                break;
            }
            path.push_back(step);
            step = next->second;
        }
        for (const Id on : path)
            m_root.emplace(on, root);
    }
}

Id MergeRoots::rootOf(Id blockerId) const {
    const auto found = m_root.find(blockerId);
    return found == m_root.end() ? blockerId : found->second;
}

} // namespace unblock
