#pragma once

#include "ranking/BallotRules.h"

#include <QString>

#include <map>
#include <vector>

namespace unblock {

// A ballot as one voter fills it in on a kiosk or phone: marks go on and off
// one at a time, and the draft says what is left and why a mark cannot be
// added, before core's rules would refuse the whole ballot.
//   dots:     each add places one dot (up to the cap and the budget)
//   approval: add ticks an item, remove unticks it
//   ranked:   add gives the item the next preference; remove renumbers
class BallotDraft {
public:
    BallotDraft(RoundRules rules, std::vector<Id> items);

    int valueOf(Id item) const;
    // Marks left to place; -1 when the round sets no limit.
    int remaining() const;
    // Why another mark on `item` is not allowed now; empty when it is.
    QString whyNotAdd(Id item) const;
    bool canAdd(Id item) const { return whyNotAdd(item).isEmpty(); }
    bool canRemove(Id item) const { return valueOf(item) > 0; }

    void add(Id item);
    void remove(Id item);
    void clear() { m_values.clear(); }

    std::vector<BallotEntry> entries() const;

private:
    int used() const;

    RoundRules m_rules;
    std::vector<Id> m_items;
    std::map<Id, int> m_values;
};

} // namespace unblock
