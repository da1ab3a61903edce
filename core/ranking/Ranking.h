#pragma once

#include "ranking/RoundInput.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace unblock {

struct RankOptions {
    // One voter's dots on blockers that were later merged are added (the
    // default). With this set, the voter counts once: their largest
    // allocation among the merged blockers.
    bool countMergedVoterOnce = false;
};

struct RankedRow {
    Id itemId = 0;
    QString title;
    std::vector<Id> mergedIds; // other items counted with this one
    qint64 score = 0;          // dots, ticks, Borda points or Schulze wins
    int voters = 0;            // distinct voters (paper dots are not voters)
    qint64 paperDots = 0;      // of the score, how much came from tallies
    int rank = 0;              // 1, 2, 2, 4…: tied items share a rank
    bool tied =
        false; // shares its score (and rank) with other rows: a tie of any size costs one flag
    QString orderNote; // why it is listed where it is among tied items
};

struct RankingResult {
    VoteMethod method = VoteMethod::Dots;
    std::vector<RankedRow> rows; // in display order
    int voters = 0;              // distinct voters with a ballot
    int paperVoters = 0;         // people who voted on paper
    QString scoreName;           // "dots", "Schulze wins"…
    QString tieBreakRule;
};

// A score with its unit, in the plural the number takes: "1 dot", "12 dots".
QString scoreText(VoteMethod method, qint64 score);

// Who voted for a row, in words wherever voters are listed: "3", and paper
// dots (whose voters are not known one by one) as "3 + paper" or "on paper".
QString votersText(const RankedRow& row);

// A row's place: "2", or "2=" when it shares it.
QString rankText(const RankedRow& row);

// The results as every table shows them (the window, the summary in each
// format, unblock-cli): rank, score, voters, item. A round voted only on
// paper has no voters to tell apart, so its table has no Voters column.
struct ResultsTable {
    QStringList headings;
    std::vector<QStringList> rows;
    bool hasVoters = true;
};
ResultsTable resultsTable(const std::vector<RankedRow>& rows, const QString& scoreName,
                          bool hasVoters);
ResultsTable resultsTable(const RankingResult& result); // every row

// Ranks every candidate of the round. Ties share a rank; the display order
// among tied items follows the stated tie-break (more distinct voters, then
// added to the board earlier) and each row says why it stands where it does.
RankingResult rank(const RoundInput& input, const RankOptions& options = {});

// How many top blockers the summary lists, and phones are asked to solve,
// unless the organiser chooses another number.
inline constexpr int kDefaultTopCount = 3;
// How many top items every screen shows of a round's results: the reveal on
// the projector and the Voting tab's chart.
inline constexpr int kTopOnScreen = 8;

struct TopSelection {
    std::vector<RankedRow> rows;
    int requested = 0;
    bool widened = false; // ties at the last place brought in extra rows
    QString note;         // says so, and why, in words
};

// The top `n`, widened to every item tied at the n-th place. Items nobody
// voted for are never "top".
TopSelection top(const RankingResult& result, int n);

// What every screen shows of a round's results: top(result, kTopOnScreen),
// so an item tied with the last one shown is always shown too.
TopSelection topOnScreen(const RankingResult& result);

// The top `n` blockers (ties widened) of the latest round on blockers, once
// it is revealed: what a call for solutions asks phones about. None before
// the reveal.
std::vector<Id> revealedTopBlockers(const SessionData& session, int n);

} // namespace unblock
