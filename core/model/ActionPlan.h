#pragma once

#include "model/SessionData.h"

#include <QDate>
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
};

// Due before `today` and neither done nor dropped.
bool isOverdue(const Solution& action, const QDate& today);

// The actions (solutions with an owner or a due date) that pass `filter`:
// those with a date first, soonest first, then the rest in board order.
std::vector<Id> actionPlan(const SessionData& session, const ActionFilter& filter,
                           const QDate& today);

// Everyone who owns an action, each once, in alphabetical order.
QStringList actionOwners(const SessionData& session);

} // namespace unblock
