#include "journey/JourneyRules.h"

#include "journey/JourneyPhoto.h"
#include "model/TextRules.h"

#include <QCoreApplication>
#include <QSet>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JourneyRules)
};

Status invalid(const QString& message) {
    return Error{ErrorCode::InvalidInput, message};
}

Status checkCost(const std::optional<Pence>& cost) {
    if (cost && (*cost < 0 || *cost > JourneyLimits::costPerContact))
        return invalid(Tr::tr("A cost per contact is from £0 to £1,000,000."));
    return {};
}

} // namespace

Status checkChannel(const Channel& channel) {
    if (Status s = checkText(channel.name, TextKind::Line, Tr::tr("channel name"), true); !s)
        return s;
    if (Status s = checkText(channel.source, TextKind::Paragraph, Tr::tr("source"), false); !s)
        return s;
    return checkCost(channel.costPerContact);
}

Status checkChannelTable(const std::vector<Channel>& channels) {
    QSet<QString> names;
    for (const Channel& c : channels) {
        if (Status s = checkChannel(c); !s)
            return s;
        const QString name = tidyText(c.name).toCaseFolded();
        if (names.contains(name))
            return invalid(Tr::tr("Two channels are called “%1”: give each its own name.")
                               .arg(tidyText(c.name)));
        names.insert(name);
    }
    return {};
}

Status checkStep(const JourneyStep& step) {
    if (Status s = checkText(step.description, TextKind::Paragraph, Tr::tr("step"), true); !s)
        return s;
    if (Status s = checkText(step.actor, TextKind::Line, Tr::tr("actor"), false); !s)
        return s;
    if (Status s = checkText(step.painNote, TextKind::Paragraph, Tr::tr("pain point"), false); !s)
        return s;
    if (step.minutes && (*step.minutes < 0 || *step.minutes > JourneyLimits::minutes))
        return invalid(Tr::tr("A step takes from 0 to 100,000 minutes."));
    if (step.emotion < -2 || step.emotion > 2)
        return invalid(Tr::tr("A step's emotion is from −2 to +2."));
    return checkCost(step.cost);
}

Status checkJourney(const Journey& journey) {
    if (Status s = checkText(journey.title, TextKind::Line, Tr::tr("journey title"), true); !s)
        return s;
    if (Status s = checkText(journey.persona, TextKind::Line, Tr::tr("persona"), false); !s)
        return s;
    if (journey.annualVolume < 0 || journey.annualVolume > JourneyLimits::annualVolume)
        return invalid(Tr::tr("A journey's volume is from 0 to 1,000,000,000 a year."));
    if (Status s = checkJourneyPhoto(journey.photo); !s)
        return s;
    if (journey.steps.size() > JourneyLimits::steps)
        return invalid(Tr::tr("A journey has at most 1,000 steps."));
    for (std::size_t i = 0; i < journey.steps.size(); ++i) {
        if (Status s = checkStep(journey.steps[i]); !s)
            return invalid(Tr::tr("Step %1: %2").arg(i + 1).arg(s.error().message));
    }
    return {};
}

} // namespace unblock
