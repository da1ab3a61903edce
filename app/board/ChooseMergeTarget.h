#pragma once

#include "model/MergeTargets.h"

#include <optional>
#include <vector>

class QWidget;

namespace unblock::app {

class Prompts;

// Asks which blocker to merge into, offered as core orders them
// (mergeTargets): the likely duplicates first, each with its table. Enter
// takes the most alike; when nothing reads alike, nothing is chosen until
// the facilitator chooses, so Enter never merges two unrelated blockers.
// Nothing to merge into is said, not silently skipped.
std::optional<Id> chooseMergeTarget(Prompts& prompts, QWidget* parent, const QString& title,
                                    const std::vector<MergeTarget>& targets);

} // namespace unblock::app
