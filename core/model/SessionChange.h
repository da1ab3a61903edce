#pragma once

#include "model/Ids.h"

#include <set>
#include <vector>

namespace unblock {

// What one change to a session touched, kind by kind: the ids of the rows a
// transaction wrote. Core's store collects it as it writes; the app's
// document reads just those rows again and tells its views.
struct SessionChange {
    bool details = false;
    std::set<Id> categories;
    std::set<Id> groups;
    std::set<Id> blockers;
    std::set<Id> solutions;
    std::set<Id> rounds;  // a round's settings or state
    std::set<Id> ballots; // rounds whose votes, paper dots, items or ballots changed
    std::set<Id> channels;
    std::set<Id> journeys; // a journey, its steps or its photo
    std::set<Id> incoming; // what phones sent in a call for items
    std::set<Id> carried;  // actions carried from an earlier workshop

    bool empty() const;
    void add(const SessionChange& other);
};

// A change as the session in memory saw it: which of the ids it touched are
// new, which changed in place (a blocker that moved between groups changed),
// and which are gone.
struct IdChanges {
    std::vector<Id> added;
    std::vector<Id> changed;
    std::vector<Id> removed;
    bool empty() const { return added.empty() && changed.empty() && removed.empty(); }
};

struct SessionUpdate {
    bool reloaded = false; // the whole session was read again (another file): start afresh
    bool details = false;
    IdChanges categories;
    IdChanges groups;
    IdChanges blockers;
    IdChanges solutions;
    IdChanges rounds;
    std::set<Id> ballots;
    IdChanges channels;
    IdChanges journeys;
    IdChanges incoming;
    IdChanges carried;

    bool empty() const;
    bool touchesBoard() const;  // groups, categories, blockers or solutions
    bool touchesVoting() const; // rounds, their ballots, or items already on a ballot
};

} // namespace unblock
