#include "model/SessionData.h"

#include <algorithm>

namespace unblock {

int ballotsCast(const Round& round) {
    return static_cast<int>(round.ballots.size());
}

std::optional<Id> latestRoundOnBlockers(const std::vector<Round>& rounds) {
    for (auto r = rounds.rbegin(); r != rounds.rend(); ++r) {
        if (r->subject == RoundSubject::Blockers)
            return r->id;
    }
    return std::nullopt;
}

int peopleWhoVoted(const Round& round) {
    return ballotsCast(round) + round.paperVoters;
}

bool SessionData::operator==(const SessionData& other) const {
    return details == other.details && categories == other.categories && groups == other.groups &&
           blockers == other.blockers && solutions == other.solutions && rounds == other.rounds &&
           channels == other.channels && journeys == other.journeys && incoming == other.incoming &&
           carried == other.carried && phones == other.phones;
}

QString workshopIdBeforeIds(const QString& title, const QDate& date) {
    return title + u'\x1f' + date.toString(Qt::ISODate);
}

Id SessionData::rootOf(Id blockerId) const {
    // Bounded by the number of blockers so a cycle in bad data cannot hang us.
    Id current = blockerId;
    for (std::size_t hops = 0; hops <= blockers.size(); ++hops) {
        const Blocker* b = blocker(current);
        if (!b || !b->mergedInto)
            return current;
        current = *b->mergedInto;
    }
    return current;
}

} // namespace unblock
