#pragma once

#include "model/ActionPlan.h"
#include "model/SessionData.h"
#include "store/Blockers.h"
#include "store/Incoming.h"
#include "store/Rounds.h"

#include <optional>

namespace unblock::app {

class SessionDocument;

// Every edit a facilitator makes, as one undoable step on the document's
// undo stack. Widgets call these; they never build undo commands or touch the
// store themselves. Each returns whether the edit was made (a refusal has
// been reported through SessionDocument::failed).
namespace edits {

std::optional<Id> addBlocker(SessionDocument& doc, const store::BlockerFields& fields);
// The blocker typed, added merged into one it reads like: one step.
std::optional<Id> addBlockerMergedInto(SessionDocument& doc, const store::BlockerFields& fields,
                                       Id targetId);
// A journey step's pain point becomes a blocker, linked from the step.
std::optional<Id> addPainPointBlocker(SessionDocument& doc, Id stepId,
                                      const store::BlockerFields& fields);
bool editBlocker(SessionDocument& doc, Id blockerId, const store::BlockerFields& fields);
bool moveBlocker(SessionDocument& doc, Id blockerId, std::optional<Id> groupId, int index);
bool deleteBlocker(SessionDocument& doc, Id blockerId);
bool mergeBlockers(SessionDocument& doc, Id sourceId, Id targetId);
bool unmergeBlocker(SessionDocument& doc, Id blockerId);

// `from` names the workshop a solution was learned from (the library).
std::optional<Id> addSolution(SessionDocument& doc, Id blockerId,
                              const store::SolutionFields& fields,
                              const store::LearnedFrom& from = {});
bool editSolution(SessionDocument& doc, Id solutionId, const store::SolutionFields& fields);
// An action's status, changed today; undo gives back the status and day it had.
bool setActionStatus(SessionDocument& doc, Id solutionId, ActionStatus status);
bool setCarriedStatus(SessionDocument& doc, Id carriedId, ActionStatus status);
// Several actions (this workshop's and carried ones) marked as one step.
bool setActionStatuses(SessionDocument& doc, const std::vector<ActionRef>& actions,
                       ActionStatus status);
bool moveSolution(SessionDocument& doc, Id solutionId, Id blockerId, int index);
bool deleteSolution(SessionDocument& doc, Id solutionId);

std::optional<Id> addGroup(SessionDocument& doc, const QString& name);
bool renameGroup(SessionDocument& doc, Id groupId, const QString& name);
bool deleteGroup(SessionDocument& doc, Id groupId);

// A journey's own fields (and its photo) are edited whole; undo writes the
// old journey back. Its steps change one at a time, below.
std::optional<Id> addJourney(SessionDocument& doc, const Journey& journey);
bool editJourney(SessionDocument& doc, const Journey& journey, const QString& what);
bool deleteJourney(SessionDocument& doc, Id journeyId);

// A journey's steps as the canvas changes them, each one step that touches
// that step alone: added at a place (its id kept when undone and redone),
// edited, moved in time or to another channel, deleted; and several added at
// the end (a spreadsheet imported) as one.
std::optional<Id> addJourneyStep(SessionDocument& doc, Id journeyId, int index,
                                 const JourneyStep& step);
bool editJourneyStep(SessionDocument& doc, Id stepId, const JourneyStep& step);
bool moveJourneyStep(SessionDocument& doc, Id stepId, int index, std::optional<Id> channelId);
bool deleteJourneyStep(SessionDocument& doc, Id stepId);
bool appendJourneySteps(SessionDocument& doc, Id journeyId, const std::vector<JourneyStep>& steps);

// The channel table, whole; undo puts the old one back.
bool setChannels(SessionDocument& doc, const std::vector<Channel>& channels);

bool setDetails(SessionDocument& doc, const SessionDetails& details);
// How the room's phones are set up (the call for items, its limits). Kept as
// it changes, with no undo step: Ctrl+Z is for the board, and taking a call
// back would surprise every phone in the room.
bool setPhoneSettings(SessionDocument& doc, const PhoneSettings& settings);
bool setTally(SessionDocument& doc, Id roundId, Id itemId, int dots);
// Takes one voter's ballot out of a round; undo casts it again.
bool clearBallot(SessionDocument& doc, Id roundId, const QString& voter);

// What the room does, which Ctrl+Z never takes back: opening, closing and
// revealing a round, counting who voted on paper, and ballots cast on the
// kiosk or from phones. Each is one change through the document, like the
// edits above, but leaves the undo stack as it is.
std::optional<Id> startRound(SessionDocument& doc, const store::RoundSpec& spec);
bool setRoundState(SessionDocument& doc, Id roundId, RoundState state);
bool setPaperVoters(SessionDocument& doc, Id roundId, int count);
bool castKioskBallot(SessionDocument& doc, Id roundId, const QString& voter,
                     const std::vector<BallotEntry>& ballot);
// Phones' ballots, many at once, written on the document's writer thread;
// `written` gets one outcome per ballot, or the error of the whole, once
// they are in the file and the session in memory has them.
void castPhoneBallots(SessionDocument& doc, Id roundId, std::vector<store::VoterBallot> ballots,
                      std::function<void(const Result<std::vector<Status>>&)> written);

// What phones send in a call for items (IncomingEdits.cpp). Phones' items
// are kept on the document's writer thread, as ballots are, with no undo
// step; `written` gets one outcome per item once they are in the file. What
// the facilitator does with an item is an undoable step like any edit:
// accepting puts it on the board (as edited, when `text` is given; a
// solution under `blockerId` when given), merging puts a blocker item on the
// board merged into `targetId`, and rejecting keeps it off with a word for
// the phone. Undo makes the item wait again.
void receivePhoneItems(SessionDocument& doc, std::vector<store::NewIncoming> items,
                       std::function<void(const Result<std::vector<Result<Id>>>&)> written);
std::optional<Id> acceptIncoming(SessionDocument& doc, Id incomingId, const QString& text = {},
                                 std::optional<Id> blockerId = std::nullopt);
std::optional<Id> mergeIncoming(SessionDocument& doc, Id incomingId, Id targetId);
bool rejectIncoming(SessionDocument& doc, Id incomingId, const QString& reason);
// Several items at once, as one step: all accepted (or kept off) or none.
bool acceptIncomingItems(SessionDocument& doc, const std::vector<Id>& incomingIds);
bool rejectIncomingItems(SessionDocument& doc, const std::vector<Id>& incomingIds,
                         const QString& reason);

// The fields of a stored blocker or solution, to edit one of them.
store::BlockerFields fieldsOf(const Blocker& blocker);
store::SolutionFields fieldsOf(const Solution& solution);

} // namespace edits
} // namespace unblock::app
