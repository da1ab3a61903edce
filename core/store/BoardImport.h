#pragma once

#include "model/Ids.h"
#include "model/Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace unblock::store {

class SessionFile;

// A board as a facilitator types it into a spreadsheet: blockers by group,
// each with a category, solutions and a count of paper dots.
struct SheetBlocker {
    int line = 0; // where it came from, for messages
    QString group;
    QString title;
    QString category;
    std::optional<int> dots;
    QStringList solutions;
};

struct BoardSheet {
    QString roundTitle; // names the round that holds the dots
    std::vector<SheetBlocker> blockers;
};

struct ImportReport {
    int groupsAdded = 0;
    int categoriesAdded = 0;
    int blockersAdded = 0;
    int solutionsAdded = 0;
    std::optional<Id> roundId; // the closed round holding the paper dots, if any
};

// Adds the sheet to the session in one transaction: groups and categories
// are matched by name (ignoring case) or created; dots become the tallies of
// one new, closed dot-voting round.
Result<ImportReport> appendBoard(SessionFile& file, const BoardSheet& sheet);

} // namespace unblock::store
