#pragma once

#include "model/Action.h"
#include "model/Result.h"
#include "model/SessionData.h"

#include <QDate>

#include <vector>

namespace unblock::store {

class SessionFile;

// Adds actions carried from an earlier workshop, numbered by the file (their
// ids are not used), in one transaction.
Status addCarriedActions(SessionFile& file, const std::vector<CarriedAction>& actions);

// What became of a carried action, and the day it changed; undo gives back
// the status and day it had.
Status setCarriedStatus(SessionFile& file, Id carriedId, ActionStatus status, const QDate& changed);

} // namespace unblock::store
