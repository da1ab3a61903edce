#include "io/SessionValidation.h"

#include "journey/JourneyRules.h"
#include "model/MergeRoots.h"
#include "model/TextRules.h"
#include "ranking/BallotRules.h"
#include "ranking/RoundStates.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <unordered_set>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

// Validation stops at the first problem; this carries it out of nested checks.
struct Invalid {
    QString message;
};

// "blocker 12": the id is what a session file and a JSON export both show.
QString where(const char* list, Id id) {
    static const QHash<QLatin1String, const char*> nouns{
        {QLatin1String("categories"), QT_TRANSLATE_NOOP("Validation", "category %1")},
        {QLatin1String("groups"), QT_TRANSLATE_NOOP("Validation", "group %1")},
        {QLatin1String("blockers"), QT_TRANSLATE_NOOP("Validation", "blocker %1")},
        {QLatin1String("solutions"), QT_TRANSLATE_NOOP("Validation", "solution %1")},
        {QLatin1String("rounds"), QT_TRANSLATE_NOOP("Validation", "round %1")},
        {QLatin1String("channels"), QT_TRANSLATE_NOOP("Validation", "channel %1")},
        {QLatin1String("journeys"), QT_TRANSLATE_NOOP("Validation", "journey %1")},
        {QLatin1String("incoming"), QT_TRANSLATE_NOOP("Validation", "item from a phone %1")},
        {QLatin1String("carried_actions"), QT_TRANSLATE_NOOP("Validation", "carried action %1")}};
    return Tr::tr(nouns.value(QLatin1String(list), QT_TRANSLATE_NOOP("Validation", "row %1")))
        .arg(id);
}

[[noreturn]] void invalid(const QString& location, const QString& message) {
    throw Invalid{location + u": " + message};
}

void requireText(const QString& location, const QString& text, TextKind kind, const QString& field,
                 bool required) {
    if (Status s = checkText(text, kind, field, required); !s)
        invalid(location, s.error().message);
}

template <typename T>
std::unordered_set<Id> uniqueIds(const std::vector<T>& items, const char* list) {
    std::unordered_set<Id> ids;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id <= 0)
            invalid(where(list, items[i].id), Tr::tr("ids must be positive whole numbers."));
        if (!ids.insert(items[i].id).second)
            invalid(where(list, items[i].id), Tr::tr("the id %1 is used twice.").arg(items[i].id));
    }
    return ids;
}

void requireReference(const QString& location, const std::optional<Id>& ref,
                      const std::unordered_set<Id>& ids, const QString& what) {
    if (ref && !ids.contains(*ref))
        invalid(location, Tr::tr("it refers to %1 %2, which does not exist.").arg(what).arg(*ref));
}

// A workshop's id (or the one an action was carried from) is never shown:
// it need only be one line, of a workshop id's length.
void requireWorkshopId(const QString& location, const QString& uid) {
    if (uid.size() > kMostUidLength || uid.contains(u'\n') || uid.contains(u'\r'))
        invalid(location, Tr::tr("its workshop id is not one (a line of at most %1 characters).")
                              .arg(kMostUidLength));
}

void checkDetails(const SessionDetails& d) {
    requireText(QStringLiteral("session"), d.title, TextKind::Line, Tr::tr("workshop title"),
                false);
    requireText(QStringLiteral("session"), d.venue, TextKind::Line, Tr::tr("venue"), false);
    requireText(QStringLiteral("session"), d.facilitator, TextKind::Line,
                Tr::tr("facilitator's name"), false);
    if (d.attendees < 0)
        invalid(QStringLiteral("session"), Tr::tr("the number of attendees cannot be negative."));
}

void checkNames(const std::vector<Category>& categories, const std::vector<Group>& groups) {
    QSet<QString> names;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        const QString at = where("categories", categories[i].id);
        requireText(at, categories[i].name, TextKind::Line, Tr::tr("category name"), true);
        const QString folded = categories[i].name.toCaseFolded();
        if (names.contains(folded))
            invalid(at, Tr::tr("there is already a category called “%1”.").arg(categories[i].name));
        names.insert(folded);
    }
    for (std::size_t i = 0; i < groups.size(); ++i)
        requireText(where("groups", groups[i].id), groups[i].name, TextKind::Line,
                    Tr::tr("group name"), true);
}

// Each chain of merges is walked once (MergeRoots), so 20,000 blockers merged
// one into the next are checked as fast as 20,000 alone.
void checkMergesHaveNoLoops(const SessionData& data) {
    const std::optional<Id> looped = MergeRoots(data.blockers).inLoop();
    if (!looped)
        return;
    const Blocker* blocker = data.blocker(*looped);
    invalid(where("blockers", *looped), blocker && blocker->mergedInto == *looped
                                            ? Tr::tr("it is merged into itself.")
                                            : Tr::tr("its merges go round in a loop."));
}

void checkBlockers(const SessionData& data, const std::unordered_set<Id>& blockerIds) {
    const auto categoryIds = uniqueIds(data.categories, "categories");
    const auto groupIds = uniqueIds(data.groups, "groups");
    for (std::size_t i = 0; i < data.blockers.size(); ++i) {
        const Blocker& b = data.blockers[i];
        const QString at = where("blockers", b.id);
        requireText(at, b.title, TextKind::Line, Tr::tr("blocker title"), true);
        requireText(at, b.detail, TextKind::Paragraph, Tr::tr("blocker detail"), false);
        requireText(at, b.author, TextKind::Line, Tr::tr("author's name"), false);
        requireReference(at, b.categoryId, categoryIds, Tr::tr("category"));
        requireReference(at, b.groupId, groupIds, Tr::tr("group"));
        requireReference(at, b.mergedInto, blockerIds, Tr::tr("blocker"));
        if (!b.created.isValid())
            invalid(at, Tr::tr("it has no valid creation time."));
    }
    checkMergesHaveNoLoops(data);
}

void checkSolutions(const SessionData& data, const std::unordered_set<Id>& blockerIds) {
    for (std::size_t i = 0; i < data.solutions.size(); ++i) {
        const Solution& s = data.solutions[i];
        const QString at = where("solutions", s.id);
        requireText(at, s.text, TextKind::Paragraph, Tr::tr("solution"), true);
        requireText(at, s.owner, TextKind::Line, Tr::tr("owner's name"), false);
        requireText(at, s.fromWorkshop, TextKind::Line, Tr::tr("workshop's title"), false);
        requireReference(at, s.blockerId, blockerIds, Tr::tr("blocker"));
        for (const auto& [score, name] :
             {std::pair{s.impact, Tr::tr("impact")}, std::pair{s.effort, Tr::tr("effort")}}) {
            if (score && (*score < 1 || *score > 5))
                invalid(at, Tr::tr("the %1 must be from 1 to 5, not %2.").arg(name).arg(*score));
        }
    }
}

void checkCarried(const SessionData& data) {
    uniqueIds(data.carried, "carried_actions");
    for (std::size_t i = 0; i < data.carried.size(); ++i) {
        const CarriedAction& a = data.carried[i];
        const QString at = where("carried_actions", a.id);
        requireText(at, a.text, TextKind::Paragraph, Tr::tr("action"), true);
        requireText(at, a.blocker, TextKind::Line, Tr::tr("blocker title"), false);
        requireText(at, a.owner, TextKind::Line, Tr::tr("owner's name"), false);
        requireText(at, a.fromWorkshop, TextKind::Line, Tr::tr("workshop's title"), false);
        if (a.fromSolution <= 0)
            invalid(at, Tr::tr("it does not say which solution it came from."));
        requireWorkshopId(at, a.fromSession);
    }
}

// The phones' settings hold together, and their call names blockers there are.
void checkPhones(const PhoneSettings& phones, const std::unordered_set<Id>& blockerIds) {
    const QString at = QStringLiteral("phones");
    if (const std::optional<QString> problem = phoneSettingsProblem(phones))
        invalid(at, *problem);
    for (const Id blocker : phones.blockers)
        requireReference(at, blocker, blockerIds, Tr::tr("blocker"));
}

// A round's items are blockers or solutions there are; its votes and paper
// dots are for those items, each vote on a ballot.
void checkVotes(const Round& r, const QString& at, const std::unordered_set<Id>& known) {
    std::unordered_set<Id> items;
    for (const Id item : r.items) {
        if (!known.contains(item))
            invalid(at, Tr::tr("its ballot lists item %1, which is not in the session.").arg(item));
        // Found by the json-import fuzz target: a repeated item reached the
        // file, which refused it with SQLite's words.
        if (!items.insert(item).second)
            invalid(at, Tr::tr("its ballot lists item %1 twice.").arg(item));
    }
    QSet<QString> cast;
    for (const QString& voter : r.ballots) {
        requireText(at, voter, TextKind::Line, Tr::tr("voter's id"), true);
        if (cast.contains(voter))
            invalid(at, Tr::tr("voter “%1” has two ballots.").arg(voter));
        cast.insert(voter);
    }
    const RoundRules rules = rulesOf(r);
    QHash<QString, std::vector<BallotEntry>> ballots;
    for (const Vote& v : r.votes) {
        requireText(at, v.voter, TextKind::Line, Tr::tr("voter's id"), true);
        if (!cast.contains(v.voter))
            invalid(at, Tr::tr("voter “%1” has votes but no ballot.").arg(v.voter));
        ballots[v.voter].push_back({v.itemId, v.value});
    }
    for (auto it = ballots.cbegin(); it != ballots.cend(); ++it) {
        if (Status s = checkBallot(rules, items, it.value(), StateCheck::Ignore); !s)
            invalid(at, Tr::tr("the ballot of voter “%1”: %2").arg(it.key(), s.error().message));
    }
    std::unordered_set<Id> tallied;
    for (const Tally& t : r.tallies) {
        if (Status s = checkTally(rules, items, t.itemId, t.dots, StateCheck::Ignore); !s)
            invalid(at, s.error().message);
        if (!tallied.insert(t.itemId).second)
            invalid(at, Tr::tr("item %1 has two paper tallies.").arg(t.itemId));
    }
}

void checkRounds(const SessionData& data, const std::unordered_set<Id>& blockerIds,
                 const std::unordered_set<Id>& solutionIds) {
    uniqueIds(data.rounds, "rounds");
    for (std::size_t i = 0; i < data.rounds.size(); ++i) {
        const Round& r = data.rounds[i];
        const QString at = where("rounds", r.id);
        requireText(at, r.title, TextKind::Line, Tr::tr("round title"), false);
        if (Status s = checkRoundRules(rulesOf(r)); !s)
            invalid(at, s.error().message);
        const bool onSolutions = r.subject == RoundSubject::Solutions;
        if (onSolutions != r.subjectBlockerId.has_value())
            invalid(at, Tr::tr("a round on solutions, and only such a round, names its blocker."));
        requireReference(at, r.subjectBlockerId, blockerIds, Tr::tr("blocker"));
        if (r.paperVoters < 0 || r.paperVoters > kMostPaperVoters)
            invalid(at, Tr::tr("the number of paper voters is from 0 to %L1, not %2.")
                            .arg(kMostPaperVoters)
                            .arg(r.paperVoters));
        if (!r.created.isValid())
            invalid(at, Tr::tr("it has no valid creation time."));
        checkVotes(r, at, onSolutions ? solutionIds : blockerIds);
    }
}

} // namespace

void checkJourneys(const SessionData& data) {
    const auto channelIds = uniqueIds(data.channels, "channels");
    for (std::size_t i = 0; i < data.channels.size(); ++i) {
        if (Status s = checkChannel(data.channels[i]); !s)
            invalid(where("channels", data.channels[i].id), s.error().message);
    }
    if (Status s = checkChannelTable(data.channels); !s) // names used once
        invalid(QStringLiteral("channels"), s.error().message);
    const auto journeyIds = uniqueIds(data.journeys, "journeys");
    const auto blockerIds = uniqueIds(data.blockers, "blockers");
    std::unordered_set<Id> stepIds;
    const QString channel = Tr::tr("channel");
    for (std::size_t i = 0; i < data.journeys.size(); ++i) {
        const Journey& j = data.journeys[i];
        const QString location = where("journeys", j.id);
        if (Status s = checkJourney(j); !s)
            invalid(location, s.error().message);
        requireReference(location, j.preferredChannelId, channelIds, channel);
        requireReference(location, j.secondChoiceChannelId, channelIds, channel);
        requireReference(location, j.currentId, journeyIds, Tr::tr("journey"));
        if (j.currentId == j.id)
            invalid(location, Tr::tr("a journey cannot be its own current journey."));
        // A future version names the journey as it is now: one step, never a chain.
        if (j.currentId && j.variant != JourneyVariant::Future)
            invalid(location, Tr::tr("only a future version names a current journey."));
        if (const Journey* current = j.currentId ? data.journey(*j.currentId) : nullptr;
            current && current->variant != JourneyVariant::Current)
            invalid(
                location,
                Tr::tr("its current journey (%1) is a future version itself.").arg(*j.currentId));
        for (const JourneyStep& step : j.steps) {
            if (step.id <= 0 || !stepIds.insert(step.id).second)
                invalid(location,
                        Tr::tr("step ids must be positive and used once (%1).").arg(step.id));
            requireReference(location, step.channelId, channelIds, channel);
            requireReference(location, step.blockerId, blockerIds, Tr::tr("blocker"));
        }
    }
}

// What phones sent: as the store keeps it. The blocker or solution an item
// became may have been deleted since, so `item` is not looked up.
void checkIncoming(const SessionData& data, const std::unordered_set<Id>& blockerIds) {
    uniqueIds(data.incoming, "incoming");
    const auto groupIds = uniqueIds(data.groups, "groups");
    for (std::size_t i = 0; i < data.incoming.size(); ++i) {
        const IncomingItem& item = data.incoming[i];
        const QString at = where("incoming", item.id);
        requireText(at, item.text, TextKind::Line, Tr::tr("item from a phone"), true);
        requireText(at, item.name, TextKind::Line, Tr::tr("name"), false);
        requireText(at, item.phone, TextKind::Line, Tr::tr("phone"), true);
        requireText(at, item.reason, TextKind::Line, Tr::tr("word for the phone"), false);
        requireReference(at, item.groupId, groupIds, Tr::tr("group"));
        requireReference(at, item.blockerId, blockerIds, Tr::tr("blocker"));
        if (!item.received.isValid())
            invalid(at, Tr::tr("it has no valid time of arrival."));
        const bool onBoard =
            item.state == IncomingState::Accepted || item.state == IncomingState::Merged;
        if (onBoard != item.itemId.has_value())
            invalid(at, Tr::tr("an item on the board names the blocker or solution it became, "
                               "and only such an item does."));
    }
}

Status validateSession(const SessionData& data) {
    try {
        checkDetails(data.details);
        requireWorkshopId(QStringLiteral("session"), data.uid);
        checkNames(data.categories, data.groups);
        const auto blockerIds = uniqueIds(data.blockers, "blockers");
        const auto solutionIds = uniqueIds(data.solutions, "solutions");
        checkBlockers(data, blockerIds);
        checkSolutions(data, blockerIds);
        checkRounds(data, blockerIds, solutionIds);
        checkJourneys(data);
        checkIncoming(data, blockerIds);
        checkCarried(data);
        checkPhones(data.phones, blockerIds);
    } catch (const Invalid& problem) {
        return Error{ErrorCode::InvalidInput, problem.message};
    }
    return {};
}

} // namespace unblock
