#include "model/BoardGroups.h"

#include <QCoreApplication>

#include <unordered_map>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BoardGroups)
};

} // namespace

QString noGroupName() {
    return Tr::tr("Not in a group");
}

std::optional<Id> shownGroupOf(const SessionData& session, const Blocker& blocker) {
    return blocker.groupId && session.group(*blocker.groupId) ? blocker.groupId : std::nullopt;
}

std::vector<BoardGroup> boardGroups(const SessionData& session) {
    std::vector<BoardGroup> groups;
    std::unordered_map<Id, std::size_t> at;
    for (const Group& g : session.groups) {
        at.emplace(g.id, groups.size());
        groups.push_back({g.id, g.name, {}});
    }
    BoardGroup none{std::nullopt, noGroupName(), {}};
    // The session keeps blockers in board order: by their table's place,
    // then their own.
    for (const Blocker& b : session.blockers) {
        if (b.mergedInto)
            continue;
        const std::optional<Id> group = shownGroupOf(session, b);
        (group ? groups[at.at(*group)] : none).blockers.push_back(b.id);
    }
    if (!none.blockers.empty())
        groups.push_back(std::move(none));
    return groups;
}

} // namespace unblock
