#include "ranking/BallotDraft.h"

#include <QCoreApplication>

#include <algorithm>

namespace unblock {
namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BallotDraft)
};
} // namespace

BallotDraft::BallotDraft(RoundRules rules, std::vector<Id> items)
    : m_rules(rules)
    , m_items(std::move(items)) {}

int BallotDraft::valueOf(Id item) const {
    auto it = m_values.find(item);
    return it == m_values.end() ? 0 : it->second;
}

int BallotDraft::used() const {
    if (m_rules.method != VoteMethod::Dots)
        return static_cast<int>(m_values.size());
    int total = 0;
    for (const auto& [item, value] : m_values)
        total += value;
    return total;
}

int BallotDraft::remaining() const {
    if (!m_rules.budget)
        return -1;
    return std::max(0, *m_rules.budget - used());
}

QString BallotDraft::whyNotAdd(Id item) const {
    if (m_rules.state != RoundState::Open)
        return Tr::tr("Voting in this round is closed.");
    if (std::find(m_items.begin(), m_items.end(), item) == m_items.end())
        return Tr::tr("This item is not in the round.");
    if (m_rules.method == VoteMethod::Dots && !m_rules.budget)
        return Tr::tr("This round counts paper dots only.");
    if (m_rules.method != VoteMethod::Dots && valueOf(item) > 0)
        return m_rules.method == VoteMethod::Approval ? Tr::tr("Already ticked.")
                                                      : Tr::tr("Already ranked.");
    if (remaining() == 0) {
        switch (m_rules.method) {
        case VoteMethod::Dots:
            return Tr::tr("All your dots are placed (%1 of %1).").arg(*m_rules.budget);
        case VoteMethod::Approval:
            return Tr::tr("You have ticked the most you can (%1).").arg(*m_rules.budget);
        case VoteMethod::Borda:
        case VoteMethod::Schulze:
            return Tr::tr("You have ranked the most you can (%1).").arg(*m_rules.budget);
        }
    }
    if (m_rules.method == VoteMethod::Dots && m_rules.maxPerItem &&
        valueOf(item) >= *m_rules.maxPerItem)
        return Tr::tr("This item has the most dots one voter may give it (%1).")
            .arg(*m_rules.maxPerItem);
    return {};
}

void BallotDraft::add(Id item) {
    if (!canAdd(item))
        return;
    m_values[item] = m_rules.method == VoteMethod::Dots ? valueOf(item) + 1
                     : isRanked(m_rules.method)         ? used() + 1
                                                        : 1;
}

void BallotDraft::remove(Id item) {
    const int value = valueOf(item);
    if (value == 0)
        return;
    if (m_rules.method == VoteMethod::Dots && value > 1) {
        m_values[item] = value - 1;
        return;
    }
    m_values.erase(item);
    if (isRanked(m_rules.method)) {
        // Close the gap: later preferences move up one.
        for (auto& [other, rank] : m_values) {
            if (rank > value)
                --rank;
        }
    }
}

std::vector<BallotEntry> BallotDraft::entries() const {
    std::vector<BallotEntry> ballot;
    for (const auto& [item, value] : m_values)
        ballot.push_back({item, value});
    return ballot;
}

} // namespace unblock
