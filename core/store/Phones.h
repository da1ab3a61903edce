#pragma once

#include "model/PhoneSettings.h"
#include "model/Result.h"

namespace unblock::store {

class Database;
class SessionFile;

// How the room's phones are set up (model/PhoneSettings.h), one row of the
// session file with the blockers a call for solutions names.
PhoneSettings readPhoneSettings(Database& db);
// Writes them whole, inside the caller's transaction: refused when they do
// not hold together (phoneSettingsProblem) or name a blocker not on the file.
void writePhoneSettings(Database& db, const PhoneSettings& settings);
// One user action: one transaction, or refused with a reason and nothing changed.
Status setPhoneSettings(SessionFile& file, const PhoneSettings& settings);

} // namespace unblock::store
