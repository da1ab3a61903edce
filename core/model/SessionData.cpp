#include "model/SessionData.h"

#include <algorithm>

namespace unblock {

int ballotsCast(const Round& round) {
    return static_cast<int>(round.ballots.size());
}

int peopleWhoVoted(const Round& round) {
    return ballotsCast(round) + round.paperVoters;
}

const Blocker* SessionData::blocker(Id id) const {
    auto it = std::find_if(blockers.begin(), blockers.end(),
                           [id](const Blocker& b) { return b.id == id; });
    return it == blockers.end() ? nullptr : &*it;
}

const Round* SessionData::round(Id id) const {
    auto it =
        std::find_if(rounds.begin(), rounds.end(), [id](const Round& r) { return r.id == id; });
    return it == rounds.end() ? nullptr : &*it;
}

Id SessionData::rootOf(Id blockerId) const {
    // Bounded by the number of blockers so a cycle in bad data cannot hang us.
    Id current = blockerId;
    for (std::size_t hops = 0; hops <= blockers.size(); ++hops) {
        const Blocker* b = blocker(current);
        if (!b || !b->mergedInto)
            return current;
        current = *b->mergedInto;
    }
    return current;
}

} // namespace unblock
