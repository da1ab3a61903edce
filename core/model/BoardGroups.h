#pragma once

#include "model/SessionData.h"

#include <QString>

#include <optional>
#include <vector>

namespace unblock {

// How the board is grouped by table, decided once for every front that
// shows it: the window's board, the projector's board, the summary (each
// format) and the comparison. A blocker merged into another is shown with
// that one, never on its own.

// The bucket of blockers that have no table (or whose table has gone), as
// every screen and page names it.
QString noGroupName();

// The table a blocker is shown under: its group when that group is in the
// session, else none ("Not in a group").
std::optional<Id> shownGroupOf(const SessionData& session, const Blocker& blocker);

struct BoardGroup {
    std::optional<Id> groupId; // none: the "Not in a group" bucket
    QString name;
    std::vector<Id> blockers; // those not merged into another, in board order
};

// Every table in its order (empty ones too), then "Not in a group" when any
// blocker is in it.
std::vector<BoardGroup> boardGroups(const SessionData& session);

} // namespace unblock
