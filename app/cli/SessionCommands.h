#pragma once

#include <QStringList>

namespace unblock::cli {

// Each takes the command's arguments (its name first) and returns the exit code.
int runNew(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runSummary(const QStringList& arguments);
int runCompare(const QStringList& arguments);

} // namespace unblock::cli
