#pragma once

#include "model/Result.h"
#include "store/BoardImport.h"

#include <QByteArray>

namespace unblock {

// Reads the spreadsheet a facilitator types on the day: a heading row, then
// one row per blocker or solution, with the columns
//   group, blocker, category, solution, dots
// in any order (only "blocker" is required). A row with an empty blocker
// cell adds its solution to the blocker above. Errors name the line and
// column: "Line 7, column 5 (dots): “lots” is not a whole number."
Result<store::BoardSheet> parseBoardCsv(const QByteArray& bytes);

} // namespace unblock
