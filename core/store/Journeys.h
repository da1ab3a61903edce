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

// Replaces the channel table: figures, names, sources and order change in
// place (steps keep their channel); a channel no longer listed is removed,
// unless a step or journey still uses it. One transaction.
Status putChannels(SessionFile& file, const std::vector<Channel>& channels);
void writeChannels(Database& db, const std::vector<Channel>& channels);

// Writes a journey's row and steps (inside the caller's transaction), for the
// above and for importing a whole session.
void writeJourney(Database& db, const Journey& journey);

} // namespace unblock::store
