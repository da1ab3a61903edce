#pragma once

#include "journey/Journey.h"
#include "model/Result.h"

namespace unblock {

// The limits that keep every sum exact in 64 bits and every figure sensible.
struct JourneyLimits {
    static constexpr Pence costPerContact = 100'000'000; // £1 million
    static constexpr qint64 annualVolume = 1'000'000'000;
    static constexpr int steps = 1000;
    static constexpr int minutes = 100'000;
};

// Checks a channel, a step and a whole journey; the error names the field.
Status checkChannel(const Channel& channel);
// A whole channel table: each channel, and no two of the same name (journeys
// and a council's own figures find channels by name).
Status checkChannelTable(const std::vector<Channel>& channels);
Status checkStep(const JourneyStep& step);
Status checkJourney(const Journey& journey);

} // namespace unblock
