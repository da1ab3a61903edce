#pragma once

#include "model/Likeness.h"
#include "model/SessionData.h"

#include <optional>
#include <vector>

namespace unblock {

// What a blocker (or a blocker a phone sent) could be merged into, in the
// order every front offers it (Merge Into…, the Incoming list's Merge): the
// blockers it reads like, most alike first, then the rest of the board in
// board order, each with its table, so that the first offered is a likely
// duplicate and two alike titles can be told apart.
struct MergeTarget {
    Id blockerId = 0;
    QString title;
    QString table;                    // its table's name, or "Not in a group"
    std::optional<Likeness> likeness; // for those that read alike
};

// `board` is the board's likeness index (SessionDocument::boardLikeness);
// `leaveOut` the blocker being merged, which is no target of its own.
std::vector<MergeTarget> mergeTargets(const SessionData& session, const AlikeIndex& board,
                                      const QString& text, std::optional<Id> leaveOut = {});

// "Budgets / finite resources — Table 2 (shares: budget)", as offered.
QString mergeTargetLabel(const MergeTarget& target);

} // namespace unblock
