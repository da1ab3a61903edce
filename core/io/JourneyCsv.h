#pragma once

#include "journey/Journey.h"
#include "model/Result.h"

#include <QByteArray>

#include <vector>

namespace unblock {

// Reads a journey's steps from a spreadsheet (the way groups often write a
// journey up after the day): a heading row, then one row per step, with the
// columns
//   step, channel, who, minutes, cost, pain point, emotion, avoidable
// in any order (only "step" is required). Channels are named as in the
// session's channel table; a cost is in pounds ("3.76", "£3.76") and left
// empty for the channel's figure; a pain point is its note, or "yes"; an
// emotion is −2 to +2; avoidable is yes or no. The steps table of the CSV
// summary reads back the same way. Errors name the line and column.
Result<std::vector<JourneyStep>> parseJourneyStepsCsv(const QByteArray& bytes,
                                                      const std::vector<Channel>& channels);

} // namespace unblock
