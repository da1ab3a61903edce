#pragma once

#include "model/Result.h"
#include "model/SessionChange.h"
#include "model/SessionData.h"
#include "store/RowReaders.h"

namespace unblock::store {

class SessionFile;

// The whole session as plain values, read in one consistent transaction;
// with Photos::Leave, journeys' photos stay in the file (hasPhoto says which
// have one) and are read when shown.
Result<SessionData> loadSession(const SessionFile& file, Photos photos = Photos::Load);
Result<QByteArray> loadJourneyPhoto(const SessionFile& file, Id journeyId);

// Brings `data`, a snapshot of `file` (without photos), up to date with what
// `change` touched, reading just those rows; says what was added, changed and
// removed, and keeps every list in the order loadSession gives it.
Result<SessionUpdate> refreshSession(const SessionFile& file, const SessionChange& change,
                                     SessionData& data);

// Writes `data` into a session that has no content yet, keeping every id, in
// one transaction. The data must already be valid (io::validateSession).
Status writeSession(SessionFile& file, const SessionData& data);

} // namespace unblock::store
