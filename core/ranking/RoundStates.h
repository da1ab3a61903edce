#pragma once

#include "model/Result.h"
#include "model/SessionData.h"
#include "ranking/BallotRules.h"

#include <optional>

namespace unblock {

// What a round's state allows, decided here once for every front: the
// Voting tab's buttons, the kiosk, the paper tally, the phones, the
// presenter, the summary and `unblock-cli`.

// The rules a ballot in `round` is checked against.
RoundRules rulesOf(const Round& round);

// Whether `round` may go from its state to `to`: open → closed or revealed,
// closed → revealed or open again, revealed → open again. Results once
// shown are not hidden again, and a round is never moved to the state it
// is in. The reason, in words, when it may not.
Status checkStateChange(const Round& round, RoundState to);

// Whether the round takes kiosk and phone ballots now: open, and (dot
// voting) with a number of dots per voter; a dot round without one counts
// paper dots only.
bool takesBallots(const Round& round);
// Whether paper dots may be counted into it now: open, and not ranked.
bool takesPaperDots(const Round& round);

// Whether a round's result may be shown to anyone: once it is revealed.
// Before then the room sees turnout only, on every screen, and the summary
// leaves the ranking out unless the organiser asks for it after the day.
bool resultsMayBeShown(const Round& round);

// The round phones vote in: the session's latest round that takes ballots.
// A fact of the session, never of what the facilitator is looking at.
std::optional<Id> roundOpenToPhones(const SessionData& session);

} // namespace unblock
