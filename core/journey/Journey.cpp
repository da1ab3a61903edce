#include "journey/Journey.h"

#include <QCoreApplication>

#include <algorithm>

namespace unblock {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Channels)
};

} // namespace

std::vector<Channel> defaultChannels() {
    const QString socitm = Tr::tr("Socitm 2008 benchmarking: median across 52–85 UK councils");
    std::vector<Channel> channels{
        {1, Tr::tr("Web / online"), 27, socitm, true},
        {2, Tr::tr("Telephone"), 376, socitm, false},
        {3, Tr::tr("Face to face"), 934, socitm, false},
    };
    const char* withoutFigure[] = {
        QT_TRANSLATE_NOOP("Channels", "Post"),         QT_TRANSLATE_NOOP("Channels", "Email"),
        QT_TRANSLATE_NOOP("Channels", "Webchat"),      QT_TRANSLATE_NOOP("Channels", "SMS"),
        QT_TRANSLATE_NOOP("Channels", "Kiosk"),        QT_TRANSLATE_NOOP("Channels", "Video link"),
        QT_TRANSLATE_NOOP("Channels", "Social media"), QT_TRANSLATE_NOOP("Channels", "Third party"),
    };
    for (const char* name : withoutFigure) {
        const Id id = static_cast<Id>(channels.size()) + 1;
        channels.push_back({id, Tr::tr(name), std::nullopt, QString(), false});
    }
    return channels;
}

const Journey* futureOf(const Journey& current, const std::vector<Journey>& journeys) {
    for (const Journey& other : journeys) {
        if (other.currentId == current.id)
            return &other;
    }
    return nullptr;
}

const Journey* currentOf(const Journey& future, const std::vector<Journey>& journeys) {
    if (!future.currentId)
        return nullptr;
    for (const Journey& other : journeys) {
        if (other.id == *future.currentId)
            return &other;
    }
    return nullptr;
}

const Journey* counterpartOf(const Journey& journey, const std::vector<Journey>& journeys) {
    return journey.currentId ? currentOf(journey, journeys) : futureOf(journey, journeys);
}

std::vector<JourneyLane> journeyLanes(const Journey& journey,
                                      const std::vector<Channel>& channels) {
    std::vector<JourneyLane> lanes;
    const auto uses = [&](std::optional<Id> channel) {
        return std::any_of(journey.steps.begin(), journey.steps.end(),
                           [&](const JourneyStep& s) { return s.channelId == channel; });
    };
    bool stray = false; // a step without a channel, or on one not in the table
    for (const JourneyStep& s : journey.steps) {
        stray = stray || !s.channelId ||
                std::none_of(channels.begin(), channels.end(),
                             [&](const Channel& c) { return c.id == *s.channelId; });
    }
    for (const Channel& c : channels) {
        if (c.costPerContact || uses(c.id))
            lanes.push_back({c.id, c.name});
    }
    if (stray)
        lanes.push_back({std::nullopt, Tr::tr("No channel")});
    return lanes;
}

int laneOf(const std::vector<JourneyLane>& lanes, std::optional<Id> channel) {
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
        if (lanes[lane].channelId == channel)
            return static_cast<int>(lane);
    }
    // A channel no longer in the table: the "No channel" lane, last.
    return lanes.empty() ? 0 : static_cast<int>(lanes.size()) - 1;
}

Journey futureVersionOf(const Journey& current) {
    Journey future = current;
    future.id = 0;
    future.variant = JourneyVariant::Future;
    future.currentId = current.id;
    future.title = Tr::tr("%1, improved").arg(current.title);
    for (JourneyStep& s : future.steps) {
        s.id = 0;
        s.blockerId.reset();
    }
    future.photo.clear();
    future.hasPhoto = false;
    return future;
}

} // namespace unblock
