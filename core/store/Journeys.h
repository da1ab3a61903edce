#pragma once

#include "journey/Journey.h"
#include "model/Result.h"

namespace unblock::store {

class Database;
class SessionFile;

// Journeys, each written whole: its fields and all its steps in one
// transaction. A journey with id 0 is new and gets the next id; steps with
// id 0 get theirs from the file. Undo writes the old journey back the same way.
Result<Id> putJourney(SessionFile& file, const Journey& journey);
// Its steps go with it; a future journey that improved it keeps its steps.
Status deleteJourney(SessionFile& file, Id journeyId);

// One step of a journey changed on its own, as the canvas changes it: added
// at a place, its words and facts edited, moved in time or to another
// channel, deleted. Each is one transaction that touches that step (and the
// places of the steps after it), never the rest of the journey.
Result<Id> addJourneyStep(SessionFile& file, Id journeyId, int index, const JourneyStep& step);
Status editJourneyStep(SessionFile& file, Id stepId, const JourneyStep& step);
Status moveJourneyStep(SessionFile& file, Id stepId, int index, std::optional<Id> channelId);
Status deleteJourneyStep(SessionFile& file, Id stepId);
// A deleted step back at its place, with its id (for undo).
Status restoreJourneyStep(SessionFile& file, Id journeyId, int index, const JourneyStep& step);
// Where a step is: its journey and its place in it.
struct StepPlace {
    Id journeyId = 0;
    int index = 0;
};
Result<StepPlace> journeyStepPlace(const SessionFile& file, Id stepId);

// Replaces the channel table: figures, names, sources and order change in
// place (steps keep their channel); a channel no longer listed is removed,
// unless a step or journey still uses it. One transaction.
Status putChannels(SessionFile& file, const std::vector<Channel>& channels);
void writeChannels(Database& db, const std::vector<Channel>& channels);

// Writes a journey's row and steps (inside the caller's transaction), for the
// above and for importing a whole session.
void writeJourney(Database& db, const Journey& journey);

} // namespace unblock::store
