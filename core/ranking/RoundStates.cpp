#include "ranking/RoundStates.h"

#include <QCoreApplication>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RoundStates)
};

QString roundName(const Round& round) {
    return round.title.isEmpty() ? Tr::tr("Round %1").arg(round.id)
                                 : Tr::tr("“%1”").arg(round.title);
}

} // namespace

RoundRules rulesOf(const Round& round) {
    return {round.method, round.state, round.budget, round.maxPerItem};
}

Status checkStateChange(const Round& round, RoundState to) {
    const auto refused = [](const QString& why) {
        return Error{ErrorCode::RuleViolation, why};
    };
    if (round.state == to) {
        switch (to) {
        case RoundState::Open:
            return refused(Tr::tr("%1 is open already.").arg(roundName(round)));
        case RoundState::Closed:
            return refused(Tr::tr("%1 is closed already.").arg(roundName(round)));
        case RoundState::Revealed:
            return refused(Tr::tr("The results of %1 are shown already.").arg(roundName(round)));
        }
    }
    if (round.state == RoundState::Revealed && to == RoundState::Closed) {
        return refused(Tr::tr("The results of %1 have been shown; they cannot be hidden again. "
                              "Re-open the round to take more votes.")
                           .arg(roundName(round)));
    }
    return {};
}

bool takesBallots(const Round& round) {
    return round.state == RoundState::Open &&
           !(round.method == VoteMethod::Dots && !round.budget.has_value());
}

bool takesPaperDots(const Round& round) {
    return round.state == RoundState::Open && !isRanked(round.method);
}

bool resultsMayBeShown(const Round& round) {
    return round.state == RoundState::Revealed;
}

std::optional<Id> roundOpenToPhones(const SessionData& session) {
    for (auto r = session.rounds.rbegin(); r != session.rounds.rend(); ++r) {
        if (takesBallots(*r))
            return r->id;
    }
    return std::nullopt;
}

} // namespace unblock
