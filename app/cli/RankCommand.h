#pragma once

#include <QStringList>

namespace unblock::cli {

int runRank(const QStringList& arguments);

} // namespace unblock::cli
