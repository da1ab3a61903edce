#pragma once

#include "model/Incoming.h"
#include "model/Result.h"
#include "store/Restore.h"

#include <vector>

namespace unblock::store {

class SessionFile;

// What phones send in a call for items, and what the facilitator does with
// it. Nothing a phone sent is ever deleted: an item not added stays, with
// the word the phone was shown, and can be accepted later. Each operation is
// one transaction.

// An item as a phone sent it (the server has checked the phone and the call).
struct NewIncoming {
    IncomingKind kind = IncomingKind::Blocker;
    QString text;
    QString name;
    QString phone; // the phone's voter token
    std::optional<Id> groupId;
    std::optional<Id> blockerId;
};

// Keeps a batch of phones' items in one transaction. Each item is checked
// (the text rules; its table or blocker still there) and kept, or refused
// with its reason; the batch fails as a whole only when the file cannot be
// written.
Result<std::vector<Result<Id>>> receiveIncoming(SessionFile& file,
                                                const std::vector<NewIncoming>& items);

// Puts a waiting item, or one not added before, on the board: a blocker at
// the end of its table, by the sender's name, or a solution under its
// blocker (`blockerId`, when given, chooses another). `text`, when not
// empty, is the facilitator's edit of the phone's words. Returns the id of
// the blocker or solution.
Result<Id> acceptIncoming(SessionFile& file, Id incomingId, const QString& text = {},
                          std::optional<Id> blockerId = std::nullopt);
// A blocker item that says what one on the board says: it goes on the board
// merged into `targetId`, where its votes count. Returns its blocker's id.
Result<Id> mergeIncoming(SessionFile& file, Id incomingId, Id targetId);
// Not added, with a word for the phone (may be empty).
Status rejectIncoming(SessionFile& file, Id incomingId, const QString& reason);

// Undo: the item is as it was before (waiting, or not added with `reason`),
// and the blocker or solution it became (if any) is deleted. Redo of an
// accept or a merge puts that row back as undo found it (read with
// loadBlockerRecord or loadSolutionRecord first), so it keeps its id.
Status returnIncoming(SessionFile& file, Id incomingId,
                      IncomingState before = IncomingState::Waiting, const QString& reason = {});
Status putBackIncomingBlocker(SessionFile& file, Id incomingId, IncomingState state,
                              const BlockerRecord& record);
Status putBackIncomingSolution(SessionFile& file, Id incomingId, const SolutionRecord& record);

} // namespace unblock::store
