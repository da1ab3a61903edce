#pragma once

#include "model/Result.h"
#include "model/SessionData.h"
#include "ranking/Ranking.h"
#include "report/ImpactEffort.h"
#include "report/JourneyDiagram.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace unblock {

// The summary of a workshop as a document model, in the shape of the
// hand-written summary of a Really Useful Day. Writers turn it into
// Markdown (and, later, PDF, ODT, HTML and CSV); none of them decides content.

struct SummaryBlocker {
    Id id = 0;
    QString title;
    QString detail; // what was said beyond the title: a long blocker's whole text
    QString category;
    QString group;
    QStringList mergedTitles; // blockers merged into this one, their text kept
    QStringList journeys;     // journeys with a pain point raised as this blocker
    QStringList solutions;
    std::optional<qint64> score; // from the ranking round, when there is one
    int rank = 0;
    bool tied = false; // shares its rank with another
};

// A top blocker's place as every screen shows it: "2." alone, "2=" when tied.
QString placeText(const SummaryBlocker& blocker);

struct SummaryGroup {
    QString name; // as the board names it (model/BoardGroups.h), "Not in a group" too
    std::vector<SummaryBlocker> blockers;
};

// A solution someone took on: the summary's action plan.
struct SummaryAction {
    QString solution;
    QString blocker;
    QString owner;
    QDate due;
};

// What became of the actions carried from earlier workshops: a line that
// counts them by outcome, and a row each (outcome, action, blocker, owner,
// due, from), done first, then in progress, still open, overdue and
// dropped. Empty when nothing was carried: the section is left out.
struct SummarySinceLastTime {
    QString counts;
    QStringList headings;
    std::vector<QStringList> rows;
    bool empty() const { return rows.empty(); }
};

// One voting round, in full, for the appendix.
struct SummaryRound {
    QString title;
    QString settings; // "Dot voting · votes per voter: 3 · …"
    QString state;
    QString scoreName;
    std::vector<RankedRow> rows;
    // Paper dots say how many dots an item got, not from how many people:
    // the voters column is shown only when someone cast a ballot.
    bool hasBallots = true;
    // Why there are no rows: the round's results are not revealed yet.
    QString withheld;
};

// A user journey as the summary prints it: its steps with channel and cost,
// its totals, and (for a future variant) what it saves. Costs are already
// written out ("£3.76", or "unknown").
struct SummaryJourneyStep {
    QString description;
    QString channel;
    QString actor;
    QString cost;
    bool avoidable = false;
    QString painPoint; // its note, or "yes" when there is none; empty if none
};

// What a current journey and its future version save, said from
// `journey`'s side ("Saves £3.10 a journey over “Today”, …", or "Its future
// version “Online” saves …"); empty for a journey with no counterpart.
QString savingText(const Journey& journey, const std::vector<Journey>& journeys,
                   const std::vector<Channel>& channels);

struct SummaryJourney {
    QString title;
    QString facts; // "Current journey · Books online, still wants reassurance · 120,000 a year"
    std::vector<SummaryJourneyStep> steps;
    QStringList totals;  // "Cost per journey: £17.40", …
    QString saving;      // what it and its counterpart save, said from its side (savingText)
    QStringList sources; // where the costs come from
    JourneyDiagram diagram;
    QByteArray photo; // JPEG of the group's paper sketch, if any
};

// The parts a summary can leave out (the summary dialog's check boxes).
struct SummaryParts {
    bool titleBlock = true;
    bool top = true;
    bool others = true;
    bool journeys = true;
    bool matrix = true; // impact and effort
    bool actionPlan = true;
    bool roundsAppendix = true;
};

struct SummaryDocument {
    SessionDetails details;
    QStringList groups;
    // From the round the top section is ranked by.
    QString votingLine;                        // "Dot voting, 24 voters on paper"
    VoteMethod scoreMethod = VoteMethod::Dots; // what the top's scores count
    QString topNote;                           // ties that widened it, or too few votes
    QString noTop; // why the top is empty: no votes, or the results not yet revealed
    int topRequested = 0;
    std::vector<SummaryBlocker> top;
    std::vector<SummaryGroup> others; // every other blocker, by group
    std::vector<SummaryJourney> journeys;
    ImpactEffortMatrix matrix;          // left out of the summary when empty
    SummarySinceLastTime sinceLastTime; // shown with the action plan
    std::vector<SummaryAction> actions; // by due date; undated ones last
    std::vector<SummaryRound> rounds;
    SummaryParts parts;
};

struct SummaryOptions {
    int topCount = kDefaultTopCount;
    // The round that ranks the blockers; by default the latest round on blockers.
    std::optional<Id> roundId;
    SummaryParts parts;
    // A round's ranking is printed once it is revealed (resultsMayBeShown):
    // the summary is shown mid-day on a mirrored screen. After the day the
    // organiser may ask for every round's.
    bool includeUnrevealed = false;
};

// The summary's parts as people choose them: each part's key (for
// `unblock-cli summary --without`), its label (for the Summary dialog, with
// its shortcut key) and the flag it sets, in the summary's order.
struct SummaryPartChoice {
    const char* key;
    const char* label; // translated in the context "Summary"
    bool SummaryParts::*flag;
};
const std::vector<SummaryPartChoice>& summaryPartChoices();
QString summaryPartLabel(const SummaryPartChoice& part);

// A round's full ranking as a table (ranking/Ranking.h: as the window shows it).
ResultsTable roundTable(const SummaryRound& round);

// The line under a blocker's heading, as items: its category, the blockers
// merged into it, the journeys it is a pain point in. Writers escape each.
QStringList blockerFacts(const SummaryBlocker& blocker);

// One journey as the summary prints it (and the journeys page shows its
// totals): costs written out, unknown ones as "unknown".
SummaryJourney summaryJourney(const Journey& journey, const SessionData& session);

// A journey's steps as a table: headings, then one row per step.
std::pair<QStringList, std::vector<QStringList>> journeyTable(const SummaryJourney& journey);

// Where a journey's costs come from, as one line ("Costs: …"), or empty.
QString journeySources(const SummaryJourney& journey);

// The workshop's date as the summary prints it ("Tuesday, 4 March 2025"),
// empty when there is none.
QString summaryDate(const SessionDetails& details);

// The summary's title: the workshop's, or "Workshop summary".
QString summaryTitle(const SessionDetails& details);

Result<SummaryDocument> buildSummary(const SessionData& session,
                                     const SummaryOptions& options = {});

} // namespace unblock
