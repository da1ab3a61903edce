#pragma once

#include "model/Result.h"

#include <QString>

namespace unblock::store {

class SessionFile;

// What a copy for sharing keeps that may name someone. Left out unless the
// organiser asks: nothing personal leaves by accident.
struct SharingOptions {
    // The owners of solutions and of actions carried from earlier workshops:
    // who does what is the action plan's point, but it is a person's name.
    bool keepOwners = false;
};

// Writes a copy of `file` to `target` to send beyond the room (another
// council, a programme's analysts), without people's names and without
// anything deleted before:
//
// - cleared: who wrote each blocker (blockers.author), the names phones sent
//   with their items (incoming.name), the facilitator (session.facilitator)
//   and, unless `options` keep them, owners (solutions.owner and
//   carried_actions.owner);
// - replaced: every voter's id (voters.token: a phone's digest, whose label
//   its owner saw, a kiosk turn, or whatever an imported session called its
//   voters, a name among them) by a new random one of the same kind, so
//   ballots, votes and phones' items still belong together and rank the same.
//
// The copy is made in memory (the names never reach the target's disk),
// cleared there with PRAGMA secure_delete set on that connection, vacuumed
// (so nothing deleted, then or before, is left in free pages), then written
// as Save a Copy writes (store/SafeCopy.h): beside the target, checked,
// renamed into place. The session itself is only read. Refused when `target`
// is the session, is open in another Unblock, or when the session holds a
// column this version has not decided about (a newer format).
Status saveSharingCopy(const SessionFile& file, const QString& target,
                       const SharingOptions& options = {});

} // namespace unblock::store
