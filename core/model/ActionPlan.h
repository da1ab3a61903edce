#pragma once

#include "model/SessionData.h"

#include <QDate>
#include <QHashFunctions>
#include <QStringList>

#include <optional>
#include <vector>

namespace unblock {

// Which actions a person wants to see: one owner's, those with one status,
// those overdue. Empty or unset means any.
struct ActionFilter {
    QString owner;
    std::optional<ActionStatus> status;
    bool overdueOnly = false;
    bool withCarried = false; // those carried from earlier workshops too
};

// Every action, this workshop's and those carried.
inline ActionFilter everyAction() {
    ActionFilter all;
    all.withCarried = true;
    return all;
}

// An action: a solution of this workshop, or one carried from an earlier.
struct ActionRef {
    Id id = 0;
    bool carried = false;
    auto operator<=>(const ActionRef&) const = default;
};
inline size_t qHash(ActionRef action, size_t seed = 0) {
    return qHashMulti(seed, action.id, action.carried);
}

// Due before `today` and neither done nor dropped.
bool isOverdue(const QDate& due, ActionStatus status, const QDate& today);
bool isOverdue(const Solution& action, const QDate& today);

// What became of an action carried from an earlier workshop, as the
// summary's Since last time counts it.
// An action under way is in progress, not "still open": the owner did start.
enum class CarriedOutcome { Done, InProgress, StillOpen, Overdue, Dropped };
inline constexpr CarriedOutcome kCarriedOutcomes[] = {
    CarriedOutcome::Done, CarriedOutcome::InProgress, CarriedOutcome::StillOpen,
    CarriedOutcome::Overdue, CarriedOutcome::Dropped};
CarriedOutcome outcomeOf(const CarriedAction& action, const QDate& today);
// "Still open", translated.
QString carriedOutcomeName(CarriedOutcome outcome);
// A workshop as the window, the summary and the exports name where something
// came from: "Workshop title, 2026-03-14" (the title alone if undated).
QString workshopAndDate(const QString& workshop, const QDate& date);
// Where a carried action came from, so named.
QString carriedFrom(const CarriedAction& action);
// Where a solution added from the library came from, named the same way as
// a carried action's; empty for the room's own.
QString learnedFrom(const Solution& solution);

// The actions (solutions with an owner or a due date, and those carried if
// asked) that pass `filter`: those with a date first, soonest first, then the
// rest, carried ones first, then in board order.
std::vector<ActionRef> actionPlan(const SessionData& session, const ActionFilter& filter,
                                  const QDate& today);

// What names a workshop that actions come from: its title, or for an
// untitled one its file's name (`fileName`, without folder or suffix).
QString workshopName(const SessionDetails& details, const QString& fileName);

// What the next workshop takes over from `previous` (File ▸ New Session
// from…): its actions still open or in progress, and those it carried itself
// and left open, each saying where it first came from. `previousName` names
// a workshop that has no title (its file's name).
std::vector<CarriedAction> actionsToCarry(const SessionData& previous, const QString& previousName);

// Everyone who owns an action (carried ones too), each once, in alphabetical order.
QStringList actionOwners(const SessionData& session);

} // namespace unblock
