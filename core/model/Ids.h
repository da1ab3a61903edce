#pragma once

#include <QtGlobal>

namespace unblock {

// Row ids of the session file. They are stable: export and import keep them.
using Id = qint64;

} // namespace unblock
