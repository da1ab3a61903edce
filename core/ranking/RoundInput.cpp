#include "ranking/RoundInput.h"

#include "model/SessionData.h"

#include <QCoreApplication>
#include <QHash>

namespace unblock {
namespace {

void addBlockers(const SessionData& session, RoundInput& input) {
    for (const Blocker& b : session.blockers) {
        const Id root = session.rootOf(b.id);
        input.rootOf.emplace(b.id, root);
        if (root == b.id)
            input.candidates.push_back({b.id, b.title, b.created});
    }
}

void addSolutions(const SessionData& session, Id subjectBlocker, RoundInput& input) {
    const Id subjectRoot = session.rootOf(subjectBlocker);
    for (const Solution& s : session.solutions) {
        if (session.rootOf(s.blockerId) != subjectRoot)
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
    if (round->subject == RoundSubject::Blockers)
        addBlockers(session, input);
    else
        addSolutions(session, round->subjectBlockerId.value_or(0), input);

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
