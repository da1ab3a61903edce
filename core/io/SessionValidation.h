#pragma once

#include "model/Result.h"
#include "model/SessionData.h"

namespace unblock {

// Checks a whole session that came from outside (an imported file) against
// every rule the store keeps: unique ids, references that resolve, text
// limits, merges without loops, and votes that keep their round's rules.
// The error names the offending item: "blockers[3] (id 12): …".
Status validateSession(const SessionData& data);

} // namespace unblock
