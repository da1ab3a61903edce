#pragma once

#include "journey/Journey.h"
#include "model/Result.h"

#include <QString>

namespace unblock {

// What a journey costs to serve. Every sum is in whole pence; a step whose
// cost is unknown (no figure for it or its channel) is reported as unknown,
// never counted as zero, so a total is either exact or absent.

struct StepCost {
    std::optional<Pence> pence;
    QString source; // where the figure comes from: the channel's source, or "set for this step"
};

StepCost stepCost(const JourneyStep& step, const std::vector<Channel>& channels);

struct JourneyCost {
    Pence known = 0;          // the steps with a cost
    Pence avoidableKnown = 0; // the avoidable ones among them
    int unknownSteps = 0;
    int unknownAvoidableSteps = 0;
    int contacts = 0;
    int avoidableContacts = 0;
    // The whole journey's cost, if every step's cost is known.
    std::optional<Pence> total() const;
    std::optional<Pence> avoidable() const;
};

JourneyCost journeyCost(const Journey& journey, const std::vector<Channel>& channels);

// cost × journeys a year; an error if it does not fit in 64 bits (it would
// take over £92 million million), never a wrapped number.
Result<Pence> annualCost(Pence perJourney, qint64 annualVolume);

// The future variant's saving over the current one, a year, at the current
// journey's volume. Unknown when either journey has a step of unknown cost.
struct Saving {
    std::optional<Pence> perJourney;
    std::optional<Pence> perYear;
};
Result<Saving> futureSaving(const Journey& current, const Journey& future,
                            const std::vector<Channel>& channels);

// "What if N% of this channel's contacts moved online": each moved contact
// costs the online channel's figure instead of its own. Per year, at the
// journey's volume, rounded to the nearest penny (halves away from zero) once,
// at the end. Unknown when either channel has no figure.
Result<std::optional<Pence>> movedOnlineSaving(const Journey& journey,
                                               const std::vector<Channel>& channels, Id fromChannel,
                                               int percent);

// "£1,234.56", for people to read.
QString formatPounds(Pence pence);

// What people type as a cost: "£3.76", "3.76", "1,200" → pence; empty →
// nothing (unknown); anything else → an error quoting it.
Result<std::optional<Pence>> parsePounds(const QString& text);

} // namespace unblock
