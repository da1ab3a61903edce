#pragma once

#include "model/SessionData.h"

#include <optional>

namespace unblock {

// Suggests a category for a blocker from its words: each category of the
// starting taxonomy has words that signal it ("supplier", "tender" for
// procurement), and any category signals itself by the words of its name.
// Returns nothing when no category shares a word with the blocker.
std::optional<Id> suggestCategory(const QString& blockerTitle,
                                  const std::vector<Category>& categories);

} // namespace unblock
