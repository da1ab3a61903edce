#pragma once

#include <QStringList>

namespace unblock::cli {

// unblock-cli actions FILE -o OUT.ics | -o OUT.csv --for jira|azure-devops
int runActions(const QStringList& arguments);

} // namespace unblock::cli
