#pragma once

#include "model/Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace unblock {

// What a phone sent in a call for items: a blocker for its table, or a
// solution to a blocker. Kept whatever the facilitator does with it, so that
// nothing a phone sent is lost: waiting, accepted onto the board, merged into
// a blocker already there, or not added (with the word the phone is shown).
enum class IncomingKind { Blocker, Solution };
enum class IncomingState { Waiting, Accepted, Merged, Rejected };

struct IncomingItem {
    Id id = 0;
    IncomingKind kind = IncomingKind::Blocker;
    QString text;
    QString name;                // the sender's, when the call asked for names and one was given
    QString phone;               // the phone's voter token, as its ballots are kept
    std::optional<Id> groupId;   // a blocker's table
    std::optional<Id> blockerId; // a solution's blocker
    QDateTime received;
    IncomingState state = IncomingState::Waiting;
    QString reason; // why it was not added, for the phone; may be empty
    // The blocker or solution it became on the board (a merged blocker is on
    // the board too, merged into the one it was like).
    std::optional<Id> itemId;
    bool operator==(const IncomingItem&) const = default;
};

// Stable names used in the session file and the JSON format.
QString toKey(IncomingKind kind);
QString toKey(IncomingState state);
std::optional<IncomingKind> incomingKindFromKey(const QString& key);
std::optional<IncomingState> incomingStateFromKey(const QString& key);

} // namespace unblock
