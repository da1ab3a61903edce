#include "journey/JourneyRules.h"

#include "journey/JourneyPhoto.h"
#include "model/TextRules.h"

#include <QCoreApplication>

namespace unblock {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("JourneyRules", text);
}

Status invalid(const QString& message) {
    return Error{ErrorCode::InvalidInput, message};
}

Status checkCost(const std::optional<Pence>& cost) {
    if (cost && (*cost < 0 || *cost > JourneyLimits::costPerContact))
        return invalid(tr("A cost per contact is from £0 to £1,000,000."));
    return {};
}

} // namespace

Status checkChannel(const Channel& channel) {
    if (Status s = checkText(channel.name, TextKind::Line, tr("channel name"), true); !s)
        return s;
    if (Status s = checkText(channel.source, TextKind::Paragraph, tr("source"), false); !s)
        return s;
    return checkCost(channel.costPerContact);
}

Status checkStep(const JourneyStep& step) {
    if (Status s = checkText(step.description, TextKind::Paragraph, tr("step"), true); !s)
        return s;
    if (Status s = checkText(step.actor, TextKind::Line, tr("actor"), false); !s)
        return s;
    if (Status s = checkText(step.painNote, TextKind::Paragraph, tr("pain point"), false); !s)
        return s;
    if (step.minutes && (*step.minutes < 0 || *step.minutes > JourneyLimits::minutes))
        return invalid(tr("A step takes from 0 to 100,000 minutes."));
    if (step.emotion < -2 || step.emotion > 2)
        return invalid(tr("A step's emotion is from −2 to +2."));
    return checkCost(step.cost);
}

Status checkJourney(const Journey& journey) {
    if (Status s = checkText(journey.title, TextKind::Line, tr("journey title"), true); !s)
        return s;
    if (Status s = checkText(journey.persona, TextKind::Line, tr("persona"), false); !s)
        return s;
    if (journey.annualVolume < 0 || journey.annualVolume > JourneyLimits::annualVolume)
        return invalid(tr("A journey's volume is from 0 to 1,000,000,000 a year."));
    if (Status s = checkJourneyPhoto(journey.photo); !s)
        return s;
    if (journey.steps.size() > JourneyLimits::steps)
        return invalid(tr("A journey has at most 1,000 steps."));
    for (std::size_t i = 0; i < journey.steps.size(); ++i) {
        if (Status s = checkStep(journey.steps[i]); !s)
            return invalid(tr("Step %1: %2").arg(i + 1).arg(s.error().message));
    }
    return {};
}

} // namespace unblock
