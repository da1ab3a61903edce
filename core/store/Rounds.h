#pragma once

#include "model/Ids.h"
#include "model/Result.h"
#include "model/Round.h"
#include "model/SessionData.h"
#include "ranking/BallotRules.h"
#include "ranking/RoundInput.h"

#include <QString>

#include <optional>
#include <vector>

namespace unblock::store {

class SessionFile;

// Voting rounds and votes. Every vote goes through the round's rules
// (ranking/BallotRules): a ballot that breaks them is refused whole, with
// the reason, and nothing is recorded.

struct RoundSpec {
    QString title;
    RoundSubject subject = RoundSubject::Blockers;
    std::optional<Id> subjectBlockerId; // whose solutions, for a solutions round
    VoteMethod method = VoteMethod::Dots;
    std::optional<int> budget;
    std::optional<int> maxPerItem;
};

// Starts a round, open for votes.
Result<Id> startRound(SessionFile& file, const RoundSpec& spec);
// Open, close, reveal or re-open.
Status setRoundState(SessionFile& file, Id roundId, RoundState state);
Status deleteRound(SessionFile& file, Id roundId);

// Records `voter`'s whole ballot, replacing any earlier ballot of theirs.
Status castBallot(SessionFile& file, Id roundId, const QString& voter,
                  const std::vector<BallotEntry>& ballot);
Status clearBallot(SessionFile& file, Id roundId, const QString& voter);

// Many voters' ballots in one round, written in one transaction (phones'
// votes arrive together). Each ballot is checked on its own: one that breaks
// the rules is refused with its reason and the others are still recorded.
// The result holds one Status per ballot, in order; an error of the whole
// (the round gone, the disk full) records none.
struct VoterBallot {
    QString voter;
    std::vector<BallotEntry> ballot;
};
Result<std::vector<Status>> castBallots(SessionFile& file, Id roundId,
                                        const std::vector<VoterBallot>& ballots);

// Records the count of paper dots on one item (0 removes it).
Status setTally(SessionFile& file, Id roundId, Id itemId, int dots);
// How many people voted on paper, so results say how many took part.
Status setPaperVoters(SessionFile& file, Id roundId, int count);

// Every round's settings and state, without its votes, oldest first.
Result<std::vector<Round>> loadRoundList(const SessionFile& file);

// What ranking needs for one round, read straight from the file: the fast
// path for large rounds.
Result<RoundInput> loadRoundInput(const SessionFile& file, Id roundId);

} // namespace unblock::store
