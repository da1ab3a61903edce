#pragma once

#include "model/Result.h"
#include "model/SessionData.h"

namespace unblock::store {

class SessionFile;

// The whole session as plain values, read in one consistent transaction.
Result<SessionData> loadSession(const SessionFile& file);

// Writes `data` into a session that has no content yet, keeping every id, in
// one transaction. The data must already be valid (io::validateSession).
Status writeSession(SessionFile& file, const SessionData& data);

} // namespace unblock::store
