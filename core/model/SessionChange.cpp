#include "model/SessionChange.h"

namespace unblock {

bool SessionChange::empty() const {
    return !details && categories.empty() && groups.empty() && blockers.empty() &&
           solutions.empty() && rounds.empty() && ballots.empty() && channels.empty() &&
           journeys.empty() && incoming.empty() && carried.empty() && !phones && !unclassified;
}

void SessionChange::add(const SessionChange& other) {
    details = details || other.details;
    phones = phones || other.phones;
    unclassified = unclassified || other.unclassified;
    categories.insert(other.categories.begin(), other.categories.end());
    groups.insert(other.groups.begin(), other.groups.end());
    blockers.insert(other.blockers.begin(), other.blockers.end());
    solutions.insert(other.solutions.begin(), other.solutions.end());
    rounds.insert(other.rounds.begin(), other.rounds.end());
    ballots.insert(other.ballots.begin(), other.ballots.end());
    channels.insert(other.channels.begin(), other.channels.end());
    journeys.insert(other.journeys.begin(), other.journeys.end());
    incoming.insert(other.incoming.begin(), other.incoming.end());
    carried.insert(other.carried.begin(), other.carried.end());
}

bool IdChanges::changedIn(Fields mask) const {
    for (const Fields fields : changedFields) {
        if (fields & mask)
            return true;
    }
    return false;
}

std::vector<Id> IdChanges::changedOnly(Fields mask) const {
    std::vector<Id> ids;
    for (std::size_t i = 0; i < changed.size(); ++i) {
        if (changedFields[i] & mask)
            ids.push_back(changed[i]);
    }
    return ids;
}

bool SessionUpdate::empty() const {
    return !reloaded && !details && categories.empty() && groups.empty() && blockers.empty() &&
           solutions.empty() && rounds.empty() && ballots.empty() && channels.empty() &&
           journeys.empty() && incoming.empty() && carried.empty() && !phones;
}

bool SessionUpdate::touchesBoard() const {
    return reloaded || !groups.empty() || !categories.empty() || !blockers.empty() ||
           !solutions.empty();
}

bool SessionUpdate::touchesVoting() const {
    // A round's items are fixed when it opens: a blocker or solution added
    // since is on no ballot, but one renamed, merged or deleted is.
    const auto alters = [](const IdChanges& c) {
        return !c.changed.empty() || !c.removed.empty();
    };
    return reloaded || !rounds.empty() || !ballots.empty() || alters(blockers) || alters(solutions);
}

} // namespace unblock
