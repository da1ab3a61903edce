#pragma once

#include <QStringList>

namespace unblock {

// The starting blocker categories of a new session (editable per session),
// from the Really Useful Day's own headings and the channel-shift research.
QStringList defaultCategories();

} // namespace unblock
