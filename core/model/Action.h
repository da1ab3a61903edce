#pragma once

#include <QString>

#include <optional>

namespace unblock {

// A solution with an owner or a due date is an action: something someone
// said they would do. What became of it is followed after the day.
enum class ActionStatus { Open, InProgress, Done, Dropped };

inline constexpr ActionStatus kActionStatuses[] = {ActionStatus::Open, ActionStatus::InProgress,
                                                   ActionStatus::Done, ActionStatus::Dropped};

// Stable names used in the session file and the JSON format.
QString toKey(ActionStatus status);
std::optional<ActionStatus> actionStatusFromKey(const QString& key);
// The status as a person reads it ("In progress"), translated.
QString actionStatusName(ActionStatus status);

} // namespace unblock
