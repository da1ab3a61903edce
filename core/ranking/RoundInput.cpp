#include "ranking/RoundInput.h"

#include "model/MergeRoots.h"
#include "model/SessionData.h"

#include <QCoreApplication>
#include <QHash>

#include <unordered_set>

namespace unblock {
namespace {

// Every blocker maps to the one it now counts with; the candidates are those
// that the round's items count with, in board order.
void addBlockers(const SessionData& session, const Round& round, RoundInput& input) {
    const MergeRoots roots(session.blockers);
    std::unordered_set<Id> standing;
    for (const Id item : round.items)
        standing.insert(roots.rootOf(item));
    for (const Blocker& b : session.blockers) {
        const Id root = roots.rootOf(b.id);
        input.rootOf.emplace(b.id, root);
        if (root == b.id && standing.contains(b.id))
            input.candidates.push_back({b.id, b.title, b.created});
    }
}

void addSolutions(const SessionData& session, const Round& round, RoundInput& input) {
    const std::unordered_set<Id> onBallot(round.items.begin(), round.items.end());
    for (const Solution& s : session.solutions) {
        if (!onBallot.contains(s.id))
            continue;
        const Blocker* owner = session.blocker(s.blockerId);
        input.rootOf.emplace(s.id, s.id);
        input.candidates.push_back({s.id, s.text, owner ? owner->created : QDateTime()});
    }
}

} // namespace

Result<RoundInput> roundInput(const SessionData& session, Id roundId) {
    const Round* round = session.round(roundId);
    if (!round) {
        return Error{
            ErrorCode::NotFound,
            QCoreApplication::translate("Ranking", "There is no voting round %1.").arg(roundId)};
    }
    RoundInput input;
    input.method = round->method;
    input.paperVoters = round->paperVoters;
    input.ballots = ballotsCast(*round);
    if (round->subject == RoundSubject::Blockers)
        addBlockers(session, *round, input);
    else
        addSolutions(session, *round, input);

    QHash<QString, int> voterIndex;
    input.votes.reserve(round->votes.size());
    for (const Vote& v : round->votes) {
        auto it = voterIndex.constFind(v.voter);
        if (it == voterIndex.constEnd())
            it = voterIndex.insert(v.voter, static_cast<int>(voterIndex.size()));
        input.votes.push_back({it.value(), v.itemId, v.value});
    }
    for (const Tally& t : round->tallies)
        input.tallies.push_back({t.itemId, t.dots});
    return input;
}

} // namespace unblock
