#pragma once

#include "model/Ids.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace unblock {

// Money is whole pence, always: no floating point anywhere a cost is added up.
using Pence = qint64;

// A way residents reach the council, with what one contact costs and where
// that figure comes from. Most channels start without a figure: published
// costs differ too widely for Unblock to guess one.
struct Channel {
    Id id = 0;
    QString name;
    std::optional<Pence> costPerContact;
    QString source;      // "Socitm 2008 benchmarking, median of 52–85 UK councils"
    bool online = false; // the channel "what if it moved online" moves contacts to
    bool operator==(const Channel&) const = default;
};

// The channel table a new session starts with (docs/ARCHITECTURE.md, "Cost to
// serve"): web £0.27, telephone £3.76 and face to face £9.34 from Socitm's
// 2008 benchmarking; the rest without a figure until the council sets its own.
std::vector<Channel> defaultChannels();

enum class JourneyVariant { Current, Future };

struct JourneyStep {
    Id id = 0;
    QString description;
    std::optional<Id> channelId;
    QString actor; // resident, contact centre, service team…
    std::optional<int> minutes;
    std::optional<Pence> cost; // for this contact; otherwise the channel's figure
    bool painPoint = false;
    QString painNote;
    int emotion = 0; // −2 (angry) … +2 (delighted)
    bool avoidable = false;
    std::optional<Id> blockerId; // the blocker on the board this pain point became
    bool operator==(const JourneyStep&) const = default;
};

struct Journey {
    Id id = 0;
    QString title;
    QString persona; // or segment
    std::optional<Id> preferredChannelId;
    std::optional<Id> secondChoiceChannelId;
    qint64 annualVolume = 0; // journeys a year
    JourneyVariant variant = JourneyVariant::Current;
    std::optional<Id> currentId;    // a future variant: the current journey it improves
    std::vector<JourneyStep> steps; // in order
    // A JPEG of the group's paper sketch (JourneyPhoto.h). A session in memory
    // leaves photos in the file (they are large) and says only whether there
    // is one: writing a journey whose photo is not loaded keeps the stored one.
    QByteArray photo;
    bool hasPhoto = false;
    bool operator==(const Journey&) const = default;
};

// The future version of a current journey, to redesign: a copy of it, linked
// to it, titled as improved; its pain points are not yet blockers and the
// group's photo stays with the current one.
Journey futureVersionOf(const Journey& current);

// A current journey and its future version are a pair: a current journey
// has at most one future version (the store refuses a second), and what the
// future one saves is said of both. Each of these finds the other half.
const Journey* futureOf(const Journey& current, const std::vector<Journey>& journeys);
const Journey* currentOf(const Journey& future, const std::vector<Journey>& journeys);
// The other half of a journey's pair, whichever half it is; none alone.
const Journey* counterpartOf(const Journey& journey, const std::vector<Journey>& journeys);

// The lanes a journey is drawn in, the same on the canvas, on the
// projector and in the printed diagram: one for every channel with a figure
// and for any other a step uses, in the channel table's order, then "No
// channel" when a step has none (or one no longer in the table).
struct JourneyLane {
    std::optional<Id> channelId; // none: the "No channel" lane
    QString name;
    bool operator==(const JourneyLane&) const = default;
};
std::vector<JourneyLane> journeyLanes(const Journey& journey, const std::vector<Channel>& channels);
// The lane a step on `channel` is drawn in.
int laneOf(const std::vector<JourneyLane>& lanes, std::optional<Id> channel);

} // namespace unblock
