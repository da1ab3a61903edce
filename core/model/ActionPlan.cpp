#include "model/ActionPlan.h"

#include <algorithm>

namespace unblock {

bool isOverdue(const Solution& action, const QDate& today) {
    const bool settled =
        action.status == ActionStatus::Done || action.status == ActionStatus::Dropped;
    return action.due.isValid() && action.due < today && !settled;
}

std::vector<Id> actionPlan(const SessionData& session, const ActionFilter& filter,
                           const QDate& today) {
    std::vector<const Solution*> shown;
    for (const Solution& s : session.solutions) {
        if (!s.isAction() || (!filter.owner.isEmpty() && s.owner != filter.owner) ||
            (filter.status && s.status != *filter.status) ||
            (filter.overdueOnly && !isOverdue(s, today)))
            continue;
        shown.push_back(&s);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const Solution* a, const Solution* b) {
        if (a->due.isValid() != b->due.isValid())
            return a->due.isValid();
        return a->due < b->due;
    });
    std::vector<Id> ids;
    ids.reserve(shown.size());
    for (const Solution* s : shown)
        ids.push_back(s->id);
    return ids;
}

QStringList actionOwners(const SessionData& session) {
    QStringList owners;
    for (const Solution& s : session.solutions) {
        if (!s.owner.isEmpty() && !owners.contains(s.owner))
            owners << s.owner;
    }
    owners.sort(Qt::CaseInsensitive);
    return owners;
}

} // namespace unblock
