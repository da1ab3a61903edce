#include "ranking/Turnout.h"

#include <QCoreApplication>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Turnout)
};

} // namespace

PaperProgress paperProgress(const Round& round) {
    PaperProgress progress;
    for (const Tally& t : round.tallies)
        progress.counted += t.dots;
    if (round.budget && round.paperVoters > 0)
        progress.possible = round.paperVoters * *round.budget;
    progress.text =
        progress.possible
            ? Tr::tr("%L1 of %L2 paper dots counted").arg(progress.counted).arg(*progress.possible)
            : Tr::tr("%L1 paper dots counted").arg(progress.counted);
    if (progress.counted > 0 && round.paperVoters == 0) {
        progress.warning = Tr::tr("Nobody is down as voting on paper: enter how many people "
                                  "did, so the results count them.");
    } else if (progress.possible && progress.counted > *progress.possible) {
        progress.warning = Tr::tr("That is more than %L1 people with %L2 dots each could place "
                                  "(%L3): check the count.")
                               .arg(round.paperVoters)
                               .arg(*round.budget)
                               .arg(*progress.possible);
    }
    return progress;
}

QString turnoutText(const Round& round) {
    if (round.paperVoters == 0)
        return Tr::tr("People who have voted: %L1").arg(peopleWhoVoted(round));
    return Tr::tr("People who have voted: %L1 (%L2 on paper)")
        .arg(peopleWhoVoted(round))
        .arg(round.paperVoters);
}

} // namespace unblock
