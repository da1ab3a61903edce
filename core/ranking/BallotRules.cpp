#include "ranking/BallotRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BallotRules)
};

Error violation(const QString& message) {
    return Error{ErrorCode::RuleViolation, message};
}

Status checkOpen(const RoundRules& rules, StateCheck stateCheck) {
    if (stateCheck == StateCheck::RequireOpen && rules.state != RoundState::Open)
        return violation(Tr::tr("Voting in this round is closed."));
    return {};
}

Status checkItems(const std::unordered_set<Id>& eligible, const std::vector<BallotEntry>& ballot) {
    std::unordered_set<Id> seen;
    for (const BallotEntry& entry : ballot) {
        if (!eligible.contains(entry.itemId))
            return violation(Tr::tr("Item %1 is not in this round.").arg(entry.itemId));
        if (!seen.insert(entry.itemId).second)
            return violation(Tr::tr("Item %1 appears twice on one ballot.").arg(entry.itemId));
    }
    return {};
}

Status checkDots(const RoundRules& rules, const std::vector<BallotEntry>& ballot) {
    if (!rules.budget) {
        return violation(Tr::tr("This round counts paper dots only: it has no number of dots per "
                                "voter, so it takes no individual ballots."));
    }
    qint64 total = 0;
    for (const BallotEntry& entry : ballot) {
        if (entry.value < 1) {
            return violation(Tr::tr("A vote must place at least one dot (item %1 has %2).")
                                 .arg(entry.itemId)
                                 .arg(entry.value));
        }
        if (rules.maxPerItem && entry.value > *rules.maxPerItem) {
            return violation(Tr::tr("%1 dots on item %2 is over the limit of %3 per item.")
                                 .arg(entry.value)
                                 .arg(entry.itemId)
                                 .arg(*rules.maxPerItem));
        }
        total += entry.value;
    }
    if (rules.budget && total > *rules.budget) {
        return violation(
            Tr::tr("This ballot uses %1 dots; each voter has %2.").arg(total).arg(*rules.budget));
    }
    return {};
}

Status checkApproval(const RoundRules& rules, const std::vector<BallotEntry>& ballot) {
    for (const BallotEntry& entry : ballot) {
        if (entry.value != 1) {
            return violation(Tr::tr("An approval vote is a single tick (item %1 has %2).")
                                 .arg(entry.itemId)
                                 .arg(entry.value));
        }
    }
    const auto count = static_cast<qint64>(ballot.size());
    if (rules.budget && count > *rules.budget) {
        return violation(Tr::tr("This ballot approves %1 items; each voter may approve %2.")
                             .arg(count)
                             .arg(*rules.budget));
    }
    return {};
}

Status checkRanks(const RoundRules& rules, const std::vector<BallotEntry>& ballot) {
    std::vector<int> ranks;
    ranks.reserve(ballot.size());
    for (const BallotEntry& entry : ballot)
        ranks.push_back(entry.value);
    std::sort(ranks.begin(), ranks.end());
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        const int expected = static_cast<int>(i) + 1;
        if (ranks[i] != expected) {
            return violation(
                Tr::tr("Preferences must be numbered 1, 2, 3… without gaps or repeats; "
                       "expected %1 but found %2.")
                    .arg(expected)
                    .arg(ranks[i]));
        }
    }
    const auto count = static_cast<qint64>(ballot.size());
    if (rules.budget && count > *rules.budget) {
        return violation(Tr::tr("This ballot ranks %1 items; each voter may rank %2.")
                             .arg(count)
                             .arg(*rules.budget));
    }
    return {};
}

} // namespace

Status checkRoundRules(const RoundRules& rules) {
    if (rules.budget && *rules.budget < 1)
        return Error{ErrorCode::InvalidInput, Tr::tr("Each voter needs at least one vote.")};
    if (rules.method == VoteMethod::Dots) {
        if (rules.maxPerItem && !rules.budget)
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("A limit per item needs a number of dots per voter.")};
        if (rules.maxPerItem && (*rules.maxPerItem < 1 || *rules.maxPerItem > *rules.budget)) {
            return Error{
                ErrorCode::InvalidInput,
                Tr::tr("The limit per item must be between 1 and the %1 dots each voter has.")
                    .arg(*rules.budget)};
        }
    } else if (rules.maxPerItem) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("A limit of dots per item applies only to dot voting.")};
    }
    return {};
}

Status checkBallot(const RoundRules& rules, const std::unordered_set<Id>& eligible,
                   const std::vector<BallotEntry>& ballot, StateCheck stateCheck) {
    if (Status open = checkOpen(rules, stateCheck); !open)
        return open;
    if (Status items = checkItems(eligible, ballot); !items)
        return items;
    switch (rules.method) {
    case VoteMethod::Dots:
        return checkDots(rules, ballot);
    case VoteMethod::Approval:
        return checkApproval(rules, ballot);
    case VoteMethod::Borda:
    case VoteMethod::Schulze:
        return checkRanks(rules, ballot);
    }
    Q_UNREACHABLE();
}

Status checkTally(const RoundRules& rules, const std::unordered_set<Id>& eligible, Id itemId,
                  int dots, StateCheck stateCheck) {
    if (Status open = checkOpen(rules, stateCheck); !open)
        return open;
    if (isRanked(rules.method))
        return violation(Tr::tr("Paper dots can be counted only in dot or approval voting."));
    if (!eligible.contains(itemId))
        return violation(Tr::tr("Item %1 is not in this round.").arg(itemId));
    if (dots < 0)
        return violation(Tr::tr("A count of paper dots cannot be negative (%1).").arg(dots));
    if (dots > kMostPaperDots)
        return violation(
            Tr::tr("A count of paper dots is at most %L1, not %L2.").arg(kMostPaperDots).arg(dots));
    return {};
}

QString ballotRuleText(const RoundRules& rules) {
    const std::optional<int> n = rules.budget;
    switch (rules.method) {
    case VoteMethod::Dots:
        if (!n)
            return Tr::tr("Put as many dots as you like on the items you support.");
        if (rules.maxPerItem)
            return Tr::tr("You have %1 dots. Put up to %2 on one item.")
                .arg(*n)
                .arg(*rules.maxPerItem);
        return Tr::tr("You have %1 dots. Put as many as you like on one item.").arg(*n);
    case VoteMethod::Approval:
        return n ? Tr::tr("Tick up to %1 items you support.").arg(*n)
                 : Tr::tr("Tick every item you support.");
    case VoteMethod::Borda:
    case VoteMethod::Schulze:
        return n ? Tr::tr("Put up to %1 items in order of preference.").arg(*n)
                 : Tr::tr("Put the items in order of preference.");
    }
    return {};
}

} // namespace unblock
