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
    bool phones = false;   // the phones' settings: the call for items and its limits
    // A row of a table the capture has no kind for: the session is read whole.
    bool unclassified = false;

    bool empty() const;
    void add(const SessionChange& other);
};

// Which properties of a row changed in place, as bits, so that a view
// redraws only when something it shows changed (the projector's board does
// not care for a blocker's category; the action plan not for a solution's
// impact). A kind without names of its own reports every bit.
using Fields = quint32;
inline constexpr Fields kAllFields = ~Fields{0};
namespace BlockerField {
enum : Fields {
    Title = 1,
    Detail = 2,
    Category = 4,
    Group = 8,
    Author = 16,
    Place = 32,
    Merge = 64
};
}
namespace SolutionField {
enum : Fields {
    Text = 1,
    Impact = 2,
    Effort = 4,
    Owner = 8,
    Due = 16,
    Place = 32, // its place under its blocker, or another blocker
    Status = 64,
    Learned = 128
};
}

// A change as the session in memory saw it: which of the ids it touched are
// new, which changed in place (a blocker that moved between groups changed),
// and which are gone.
struct IdChanges {
    std::vector<Id> added;
    std::vector<Id> changed;
    std::vector<Fields> changedFields; // one for each of `changed`: what differs
    std::vector<Id> removed;
    bool empty() const { return added.empty() && changed.empty() && removed.empty(); }
    // Whether any row changed in one of the properties of `mask`.
    bool changedIn(Fields mask) const;
    // The rows changed in one of the properties of `mask`.
    std::vector<Id> changedOnly(Fields mask) const;
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
    bool phones = false; // the phones' settings changed

    bool empty() const;
    bool touchesBoard() const;  // groups, categories, blockers or solutions
    bool touchesVoting() const; // rounds, their ballots, or items already on a ballot
};

} // namespace unblock
