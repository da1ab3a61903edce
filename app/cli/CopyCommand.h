#pragma once

#include <QStringList>

namespace unblock::cli {

// unblock-cli copy [--for-sharing [--keep-owners]] FILE TARGET
int runCopy(const QStringList& arguments);

} // namespace unblock::cli
