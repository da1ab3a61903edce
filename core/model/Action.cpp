#include "model/Action.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace unblock {

QString toKey(ActionStatus status) {
    switch (status) {
    case ActionStatus::Open:
        return u"open"_s;
    case ActionStatus::InProgress:
        return u"in progress"_s;
    case ActionStatus::Done:
        return u"done"_s;
    case ActionStatus::Dropped:
        return u"dropped"_s;
    }
    return {};
}

std::optional<ActionStatus> actionStatusFromKey(const QString& key) {
    for (const ActionStatus status : kActionStatuses) {
        if (toKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString actionStatusName(ActionStatus status) {
    switch (status) {
    case ActionStatus::Open:
        return QCoreApplication::translate("Action", "Open");
    case ActionStatus::InProgress:
        return QCoreApplication::translate("Action", "In progress");
    case ActionStatus::Done:
        return QCoreApplication::translate("Action", "Done");
    case ActionStatus::Dropped:
        return QCoreApplication::translate("Action", "Dropped");
    }
    return {};
}

} // namespace unblock
