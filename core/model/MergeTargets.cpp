#include "model/MergeTargets.h"

#include "model/BoardGroups.h"

#include <QCoreApplication>

#include <unordered_set>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MergeTargets)
};

constexpr std::size_t kAlikeOffered = 3;

QString tableOf(const SessionData& session, const Blocker& blocker) {
    const std::optional<Id> group = shownGroupOf(session, blocker);
    return group ? session.group(*group)->name : noGroupName();
}

} // namespace

std::vector<MergeTarget> mergeTargets(const SessionData& session, const AlikeIndex& board,
                                      const QString& text, std::optional<Id> leaveOut) {
    std::vector<MergeTarget> targets;
    std::unordered_set<Id> offered;
    if (leaveOut)
        offered.insert(*leaveOut);
    // One more than shown: the blocker left out may be the most alike.
    for (const AlikeBlocker& alike : board.alike(text, kAlikeOffered + 1)) {
        const Blocker* b = session.blocker(alike.blockerId);
        if (!b || targets.size() == kAlikeOffered || !offered.insert(b->id).second)
            continue;
        targets.push_back({b->id, b->title, tableOf(session, *b), alike.likeness});
    }
    for (const BoardGroup& group : boardGroups(session)) {
        for (const Id id : group.blockers) {
            if (offered.insert(id).second)
                targets.push_back({id, session.blocker(id)->title, group.name, std::nullopt});
        }
    }
    return targets;
}

QString mergeTargetLabel(const MergeTarget& target) {
    const QString where = Tr::tr("%1 — %2").arg(target.title, target.table);
    return target.likeness ? Tr::tr("%1 (%2)").arg(where, describeLikeness(*target.likeness))
                           : where;
}

} // namespace unblock
