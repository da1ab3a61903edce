#pragma once

#include "model/Ids.h"

#include <QString>

#include <optional>
#include <vector>

namespace unblock {

// What phones may send besides their votes: nothing, blockers (each phone
// for its table), or solutions to one blocker or to the top blockers of the
// round revealed.
enum class PhoneCall { Nothing, Blockers, SolutionsToOne, SolutionsToTop };

// The limits a call is held to, each phone on its own.
inline constexpr int kMostSecondsBetweenItems = 600;
inline constexpr int kMostItemsPerPhone = 1000;

// How the room's phones are set up, kept in the session so that a session
// reopened mid-workshop (after a restart, on another laptop) goes on with
// the call it had: a fact of the session, like its open round. Which network
// phones join by belongs to the laptop, not here.
struct PhoneSettings {
    PhoneCall call = PhoneCall::Nothing;
    std::vector<Id> blockers; // a call for solutions: the blockers they may answer
    bool names = false;       // phones may give a name with each item
    bool paused = false;      // phones keep their words but cannot send them
    int secondsBetween = 3;   // a phone waits this long after an item
    int perPhone = 50;        // the most items one phone sends in a call
    bool operator==(const PhoneSettings&) const = default;
};

// Whether the settings hold together, as the session file and an import
// both check: limits within range, and a call for solutions naming the
// blockers it answers (each once), any other call none. Says what is wrong.
std::optional<QString> phoneSettingsProblem(const PhoneSettings& settings);

// Stable names used in the session file and the JSON format.
QString toKey(PhoneCall call);
std::optional<PhoneCall> phoneCallFromKey(const QString& key);

} // namespace unblock
