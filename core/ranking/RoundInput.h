#pragma once

#include "model/Ids.h"
#include "model/Result.h"
#include "model/Round.h"

#include <QDateTime>
#include <QString>

#include <unordered_map>
#include <vector>

namespace unblock {

struct SessionData;
struct Round;

// Something that can be ranked: a blocker (or solution) that has not been
// merged into another.
struct Candidate {
    Id id = 0;
    QString title;
    QDateTime created; // the stated tie-break uses it: earlier first
};

// A vote with the voter as a small number: ranking a million votes should not
// hash a million strings.
struct IndexedVote {
    int voter = 0;
    Id itemId = 0;
    int value = 0;
};

struct PaperCount {
    Id itemId = 0;
    int dots = 0;
};

// Everything ranking needs about one round, and nothing else.
struct RoundInput {
    VoteMethod method = VoteMethod::Dots;
    std::vector<Candidate> candidates;
    // Every votable item id, merged ones included, to the candidate that now
    // stands for it. Candidates map to themselves.
    std::unordered_map<Id, Id> rootOf;
    std::vector<IndexedVote> votes;
    std::vector<PaperCount> tallies;
    int ballots = 0; // cast on a kiosk or phone, empty ones too
    int paperVoters = 0;
};

// The input for `round` of `session`: the items it opened with (each standing
// for the blocker it was merged into since), merges, votes and tallies.
Result<RoundInput> roundInput(const SessionData& session, Id roundId);

} // namespace unblock
