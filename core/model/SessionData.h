#pragma once

#include "journey/Journey.h"
#include "model/Action.h"
#include "model/IdIndex.h"
#include "model/Ids.h"
#include "model/Incoming.h"
#include "model/PhoneSettings.h"
#include "model/Round.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace unblock {

// The workshop's data as plain values: what a session file holds, what the
// JSON format carries, and what ranking and reports read.

struct SessionDetails {
    QString title;
    QDate date;
    QString venue;
    QString facilitator;
    int attendees = 0;
    bool operator==(const SessionDetails&) const = default;
};

struct Category {
    Id id = 0;
    QString name;
    int position = 0;
    bool operator==(const Category&) const = default;
};

// A table in the room.
struct Group {
    Id id = 0;
    QString name;
    int position = 0;
    bool operator==(const Group&) const = default;
};

struct Blocker {
    Id id = 0;
    QString title;
    QString detail;
    std::optional<Id> categoryId;
    std::optional<Id> groupId;
    QString author;
    QDateTime created;
    int position = 0;             // order within its group on the board
    std::optional<Id> mergedInto; // merging keeps this blocker's text
    bool operator==(const Blocker&) const = default;
};

struct Solution {
    Id id = 0;
    Id blockerId = 0;
    QString text;
    std::optional<int> impact; // 1..5
    std::optional<int> effort; // 1..5
    QString owner;
    QDate due;
    int position = 0; // order under its blocker
    ActionStatus status = ActionStatus::Open;
    QDate statusChanged; // the day its status last changed; none while it never has
    // Where it was learned from, when it came from another workshop's file in
    // the library (Preferences): that workshop's title and date. Empty for
    // the room's own.
    QString fromWorkshop;
    QDate fromDate;
    bool isAction() const { return !owner.isEmpty() || due.isValid(); }
    bool operator==(const Solution&) const = default;
};

// An action an earlier workshop left open (File ▸ New Session from…): what
// it said and who took it on, as they were then, and where it came from. Its
// status is followed here; the summary says what became of it (Since last
// time). Not on the board: the room does not vote on it again.
struct CarriedAction {
    Id id = 0;
    QString text;
    QString blocker; // the blocker it answered, as titled then
    QString owner;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    QDate statusChanged;
    QString fromWorkshop; // the earlier workshop's title (its file's name if untitled)
    QDate fromDate;       // that workshop's date
    Id fromSolution = 0;  // the solution's id in that workshop's file
    // That workshop's id (SessionData::uid); empty if carried before format 10.
    QString fromSession;
    bool operator==(const CarriedAction&) const = default;
};

// One voter's mark on one item: dots (dot voting), 1 (approval) or a
// preference position, 1 = first choice (ranked methods).
struct Vote {
    QString voter; // opaque: a phone, a kiosk turn
    Id itemId = 0;
    int value = 0;
    bool operator==(const Vote&) const = default;
};

// Paper dots counted by the facilitator. Not a voter: budgets do not apply.
struct Tally {
    Id itemId = 0;
    int dots = 0;
    bool operator==(const Tally&) const = default;
};

struct Round {
    Id id = 0;
    QString title;
    RoundSubject subject = RoundSubject::Blockers;
    std::optional<Id> subjectBlockerId; // for a round on one blocker's solutions
    VoteMethod method = VoteMethod::Dots;
    std::optional<int> budget;     // dots (or ticks) per voter
    std::optional<int> maxPerItem; // dots one voter may put on one item
    RoundState state = RoundState::Open;
    int paperVoters = 0; // people who voted with paper dots
    QDateTime created;
    // What was on the ballot when the round opened: blockers (merged ones
    // too) or solutions. Items added later are not in it; merges still
    // combine votes, so an item stands for the blocker it was merged into.
    std::vector<Id> items;
    // Everyone who cast a ballot, an empty one included, in voter order.
    std::vector<QString> ballots;
    std::vector<Vote> votes;
    std::vector<Tally> tallies;
    bool operator==(const Round&) const = default;
};

// How many ballots were cast on a kiosk or a phone, empty ones included.
int ballotsCast(const Round& round);
// Everyone who took part: those ballots and the people who voted on paper.
int peopleWhoVoted(const Round& round);
// The round that ranks the blockers unless one is chosen (the summary, the
// comparison, `unblock-cli rank`): the latest round on blockers.
std::optional<Id> latestRoundOnBlockers(const std::vector<Round>& rounds);

// The longest workshop id (SessionData::uid): a UUID, or for a workshop made
// before format 10 its title and date as they were then.
inline constexpr qsizetype kMostUidLength = 600;

// The id of a workshop made before workshops had ids (format 10): its title
// and date, which its actions' calendar UIDs were made from then. A file
// brought up to date takes it, and an action carried from such a workshop
// names its origin by it, so their calendars still update those events.
QString workshopIdBeforeIds(const QString& title, const QDate& date);

struct SessionData {
    // Who the workshop is, whatever it is called: a UUID given when it is
    // made, kept by Save As, a copy for sharing and a JSON round trip. Its
    // actions' calendar UIDs are made from it. Not content: == leaves it out.
    QString uid;
    SessionDetails details;
    std::vector<Category> categories;
    std::vector<Group> groups;
    std::vector<Blocker> blockers;
    std::vector<Solution> solutions;
    std::vector<Round> rounds;
    std::vector<Channel> channels; // empty: the default table
    std::vector<Journey> journeys;
    std::vector<IncomingItem> incoming;              // in the order they arrived
    std::vector<CarriedAction> carried;              // in the order they were carried
    PhoneSettings phones;                            // the room's call for items and its limits
    bool operator==(const SessionData& other) const; // the content, not the uid or look-ups

    // Look-ups by id, in constant time; nothing when there is no such row.
    const Category* category(Id id) const { return m_categoryIndex.find(categories, id); }
    const Group* group(Id id) const { return m_groupIndex.find(groups, id); }
    const Blocker* blocker(Id id) const { return m_blockerIndex.find(blockers, id); }
    const Solution* solution(Id id) const { return m_solutionIndex.find(solutions, id); }
    const Round* round(Id id) const { return m_roundIndex.find(rounds, id); }
    const Channel* channel(Id id) const { return m_channelIndex.find(channels, id); }
    const Journey* journey(Id id) const { return m_journeyIndex.find(journeys, id); }
    const IncomingItem* incomingItem(Id id) const { return m_incomingIndex.find(incoming, id); }
    const CarriedAction* carriedAction(Id id) const { return m_carriedIndex.find(carried, id); }
    // Follows merged_into to the blocker that now stands for this one, for
    // one blocker: for many, build one MergeRoots (a chain is walked once).
    Id rootOf(Id blockerId) const;

private:
    IdIndex<Category> m_categoryIndex;
    IdIndex<Group> m_groupIndex;
    IdIndex<Blocker> m_blockerIndex;
    IdIndex<Solution> m_solutionIndex;
    IdIndex<Round> m_roundIndex;
    IdIndex<Channel> m_channelIndex;
    IdIndex<Journey> m_journeyIndex;
    IdIndex<IncomingItem> m_incomingIndex;
    IdIndex<CarriedAction> m_carriedIndex;
};

} // namespace unblock
