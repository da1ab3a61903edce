#include "model/ActionPlan.h"

#include <QCoreApplication>

#include <algorithm>

namespace unblock {

bool isOverdue(const QDate& due, ActionStatus status, const QDate& today) {
    const bool settled = status == ActionStatus::Done || status == ActionStatus::Dropped;
    return due.isValid() && due < today && !settled;
}

bool isOverdue(const Solution& action, const QDate& today) {
    return isOverdue(action.due, action.status, today);
}

CarriedOutcome outcomeOf(const CarriedAction& action, const QDate& today) {
    if (action.status == ActionStatus::Done)
        return CarriedOutcome::Done;
    if (action.status == ActionStatus::Dropped)
        return CarriedOutcome::Dropped;
    if (isOverdue(action.due, action.status, today))
        return CarriedOutcome::Overdue;
    return action.status == ActionStatus::InProgress ? CarriedOutcome::InProgress
                                                     : CarriedOutcome::StillOpen;
}

QString carriedOutcomeName(CarriedOutcome outcome) {
    switch (outcome) {
    case CarriedOutcome::Done:
        return QCoreApplication::translate("ActionPlan", "Done");
    case CarriedOutcome::InProgress:
        return QCoreApplication::translate("ActionPlan", "In progress");
    case CarriedOutcome::StillOpen:
        return QCoreApplication::translate("ActionPlan", "Still open");
    case CarriedOutcome::Overdue:
        return QCoreApplication::translate("ActionPlan", "Overdue");
    case CarriedOutcome::Dropped:
        return QCoreApplication::translate("ActionPlan", "Dropped");
    }
    return {};
}

QString workshopAndDate(const QString& workshop, const QDate& date) {
    if (!date.isValid())
        return workshop;
    return QCoreApplication::translate("ActionPlan", "%1, %2")
        .arg(workshop, date.toString(Qt::ISODate));
}

QString carriedFrom(const CarriedAction& action) {
    return workshopAndDate(action.fromWorkshop, action.fromDate);
}

QString learnedFrom(const Solution& solution) {
    return workshopAndDate(solution.fromWorkshop, solution.fromDate);
}

namespace {

struct PlanEntry {
    ActionRef ref;
    QDate due;
};

bool passes(const ActionFilter& filter, const QString& owner, const QDate& due, ActionStatus status,
            const QDate& today) {
    return (filter.owner.isEmpty() || owner == filter.owner) &&
           (!filter.status || status == *filter.status) &&
           (!filter.overdueOnly || isOverdue(due, status, today));
}

} // namespace

std::vector<ActionRef> actionPlan(const SessionData& session, const ActionFilter& filter,
                                  const QDate& today) {
    std::vector<PlanEntry> shown;
    if (filter.withCarried) {
        for (const CarriedAction& a : session.carried) {
            if (passes(filter, a.owner, a.due, a.status, today))
                shown.push_back({{a.id, true}, a.due});
        }
    }
    for (const Solution& s : session.solutions) {
        if (s.isAction() && passes(filter, s.owner, s.due, s.status, today))
            shown.push_back({{s.id, false}, s.due});
    }
    std::stable_sort(shown.begin(), shown.end(), [](const PlanEntry& a, const PlanEntry& b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    std::vector<ActionRef> refs;
    refs.reserve(shown.size());
    for (const PlanEntry& e : shown)
        refs.push_back(e.ref);
    return refs;
}

namespace {

bool isUnsettled(ActionStatus status) {
    return status == ActionStatus::Open || status == ActionStatus::InProgress;
}

} // namespace

QString workshopName(const SessionDetails& details, const QString& fileName) {
    return details.title.isEmpty() ? fileName : details.title;
}

std::vector<CarriedAction> actionsToCarry(const SessionData& previous,
                                          const QString& previousName) {
    std::vector<CarriedAction> carried;
    for (const CarriedAction& a : previous.carried) {
        if (isUnsettled(a.status))
            carried.push_back(a);
    }
    const QString workshop = workshopName(previous.details, previousName);
    for (const Solution& s : previous.solutions) {
        if (!s.isAction() || !isUnsettled(s.status))
            continue;
        const Blocker* b = previous.blocker(s.blockerId);
        carried.push_back({0, s.text, b ? b->title : QString(), s.owner, s.due, s.status,
                           s.statusChanged, workshop, previous.details.date, s.id, previous.uid});
    }
    return carried;
}

QStringList actionOwners(const SessionData& session) {
    QStringList owners;
    const auto add = [&owners](const QString& owner) {
        if (!owner.isEmpty() && !owners.contains(owner))
            owners << owner;
    };
    for (const CarriedAction& a : session.carried)
        add(a.owner);
    for (const Solution& s : session.solutions)
        add(s.owner);
    owners.sort(Qt::CaseInsensitive);
    return owners;
}

} // namespace unblock
