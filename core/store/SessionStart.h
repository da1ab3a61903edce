#pragma once

#include "journey/Journey.h"
#include "model/Result.h"
#include "model/SessionData.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace unblock::store {

class SessionFile;

// What a new session starts with besides the empty schema.
struct SessionStart {
    SessionDetails details;
    bool defaultCategories = true; // the starting taxonomy
    QStringList groups;            // in order; none for a blank session
    // The council's own channel table, as Preferences keep it (by name, in
    // order); empty keeps the benchmarks every session is created with.
    std::vector<Channel> channels;
    QStringList categories;             // in order, after the defaults if those are wanted
    std::vector<CarriedAction> carried; // from an earlier workshop
};

// A Really Useful Day, as File ▸ New Really Useful Day and `unblock-cli new`
// both make it: the usual blocker categories and "Table 1" to "Table 4".
SessionStart reallyUsefulDay(const SessionDetails& details = {});
// Only the details: the facilitator sets up the tables and categories.
SessionStart blankSession(const SessionDetails& details = {});
// The next workshop after `previous` (File ▸ New Session from…, `unblock-cli
// new --from`): its tables, categories and channel costs, and the actions it
// left open (actionsToCarry). `previousName` names it if it has no title.
SessionStart nextWorkshop(const SessionData& previous, const QString& previousName,
                          const SessionDetails& details = {});
// The same, reading the earlier workshop from its file (read-only: it is
// never changed, and may be open elsewhere).
Result<SessionStart> nextWorkshopFrom(const QString& previousPath,
                                      const SessionDetails& details = {});

// `wanted`, a channel table kept by name, fitted to a session's `existing`
// one: a channel of the same name keeps its id (journeys refer to it by id),
// a new one takes the next free id.
std::vector<Channel> channelsByName(const std::vector<Channel>& existing,
                                    std::vector<Channel> wanted);

// Creates the session at `path` with all that `start` names. Either all of
// it is written, or the new file is removed again and the error says why.
Result<std::unique_ptr<SessionFile>> createSession(const QString& path, const SessionStart& start);

} // namespace unblock::store
