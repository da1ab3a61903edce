#include "document/Edits.h"

#include "document/SessionDocument.h"
#include "document/UndoSteps.h"
#include "store/CarriedActions.h"
#include "store/Details.h"
#include "store/Journeys.h"
#include "store/Phones.h"
#include "store/Restore.h"
#include "store/Rounds.h"

#include <QCoreApplication>

#include <memory>

namespace unblock::app::edits {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edits)
};

const Blocker* blockerIn(const SessionDocument& doc, Id id) {
    return doc.data().blocker(id);
}

const Solution* solutionIn(const SessionDocument& doc, Id id) {
    return doc.data().solution(id);
}

} // namespace

store::BlockerFields fieldsOf(const Blocker& b) {
    return {b.title, b.detail, b.categoryId, b.groupId, b.author};
}

store::SolutionFields fieldsOf(const Solution& s) {
    return {s.text, s.impact, s.effort, s.owner, s.due};
}

namespace {

AddStep<store::BlockerRecord> addBlockerStep(const store::BlockerFields& fields) {
    return addStep<store::BlockerRecord>(
        [fields](store::SessionFile& f) { return store::addBlocker(f, fields); },
        store::loadBlockerRecord, store::deleteBlocker, store::restoreBlocker);
}

} // namespace

std::optional<Id> addBlocker(SessionDocument& doc, const store::BlockerFields& fields) {
    const AddStep<store::BlockerRecord> add = addBlockerStep(fields);
    return push(doc, Tr::tr("Add blocker"), add.step) ? add.id() : std::nullopt;
}

// The merge needs the new blocker's id, known once the add has run inside
// the same transaction; undo deletes it, which takes the merge with it.
std::optional<Id> addBlockerMergedInto(SessionDocument& doc, const store::BlockerFields& fields,
                                       Id targetId) {
    const AddStep<store::BlockerRecord> add = addBlockerStep(fields);
    const Step merge{[state = add.state, targetId](store::SessionFile& f) {
                         return store::mergeBlockers(f, *state->id, targetId);
                     },
                     [](store::SessionFile&) {
                         return Status{};
                     }};
    if (!push(doc, Tr::tr("Add blocker merged into another"), together({add.step, merge})))
        return std::nullopt;
    return add.id();
}

std::optional<Id> addPainPointBlocker(SessionDocument& doc, Id stepId,
                                      const store::BlockerFields& fields) {
    // Undo deletes the blocker (which unlinks the step); redo restores it
    // with the link, so the blocker keeps its id.
    return pushAdd<store::BlockerRecord>(
        doc, Tr::tr("Put pain point on the board"),
        [=](store::SessionFile& f) { return store::addPainPointBlocker(f, stepId, fields); },
        store::loadBlockerRecord, store::deleteBlocker, store::restoreBlocker);
}

bool editBlocker(SessionDocument& doc, Id id, const store::BlockerFields& fields) {
    const Blocker* before = blockerIn(doc, id);
    if (!before)
        return false;
    const store::BlockerFields old = fieldsOf(*before);
    const int oldPosition = before->position;
    // Undo puts back its fields and its place: one transaction, both or neither.
    return push(doc, Tr::tr("Edit blocker"),
                {[=](store::SessionFile& f) { return store::editBlocker(f, id, fields); },
                 [=](store::SessionFile& f) {
                     return f.transaction([&]() -> Status {
                         if (Status s = store::editBlocker(f, id, old); !s)
                             return s;
                         return store::moveBlocker(f, id, old.groupId, oldPosition);
                     });
                 }});
}

bool moveBlocker(SessionDocument& doc, Id id, std::optional<Id> groupId, int index) {
    const Blocker* before = blockerIn(doc, id);
    if (!before)
        return false;
    const std::optional<Id> oldGroup = before->groupId;
    const int oldPosition = before->position;
    return push(
        doc, Tr::tr("Move blocker"),
        [=](store::SessionFile& f) { return store::moveBlocker(f, id, groupId, index); },
        [=](store::SessionFile& f) { return store::moveBlocker(f, id, oldGroup, oldPosition); });
}

bool deleteBlocker(SessionDocument& doc, Id id) {
    return pushDelete<store::BlockerRecord>(doc, Tr::tr("Delete blocker"), id,
                                            store::loadBlockerRecord, store::deleteBlocker,
                                            store::restoreBlocker);
}

bool mergeBlockers(SessionDocument& doc, Id source, Id target) {
    const Blocker* before = blockerIn(doc, source);
    if (!before)
        return false;
    const std::optional<Id> old = before->mergedInto;
    return push(
        doc, Tr::tr("Merge blockers"),
        [=](store::SessionFile& f) { return store::mergeBlockers(f, source, target); },
        [=](store::SessionFile& f) {
            return old ? store::mergeBlockers(f, source, *old) : store::unmergeBlocker(f, source);
        });
}

bool unmergeBlocker(SessionDocument& doc, Id id) {
    const Blocker* before = blockerIn(doc, id);
    if (!before || !before->mergedInto)
        return false;
    const Id target = *before->mergedInto;
    return push(
        doc, Tr::tr("Separate blockers"),
        [=](store::SessionFile& f) { return store::unmergeBlocker(f, id); },
        [=](store::SessionFile& f) { return store::mergeBlockers(f, id, target); });
}

std::optional<Id> addSolution(SessionDocument& doc, Id blockerId,
                              const store::SolutionFields& fields, const store::LearnedFrom& from) {
    return pushAdd<store::SolutionRecord>(
        doc,
        from.workshop.isEmpty() ? Tr::tr("Add solution") : Tr::tr("Add solution from the library"),
        [=](store::SessionFile& f) { return store::addSolution(f, blockerId, fields, from); },
        store::loadSolutionRecord, store::deleteSolution, store::restoreSolution);
}

bool editSolution(SessionDocument& doc, Id id, const store::SolutionFields& fields) {
    const Solution* before = solutionIn(doc, id);
    if (!before)
        return false;
    const store::SolutionFields old = fieldsOf(*before);
    return push(
        doc, Tr::tr("Edit solution"),
        [=](store::SessionFile& f) { return store::editSolution(f, id, fields); },
        [=](store::SessionFile& f) { return store::editSolution(f, id, old); });
}

namespace {

// What became of an action (a solution or a carried one): marked today;
// undo gives back the status and day it had. None when it is not there.
std::optional<Step> statusStep(const SessionDocument& doc, ActionRef action, ActionStatus status) {
    const auto set = action.carried ? store::setCarriedStatus : store::setActionStatus;
    ActionStatus oldStatus = ActionStatus::Open;
    QDate oldDay;
    if (action.carried) {
        const CarriedAction* before = doc.data().carriedAction(action.id);
        if (!before)
            return std::nullopt;
        oldStatus = before->status;
        oldDay = before->statusChanged;
    } else {
        const Solution* before = doc.data().solution(action.id);
        if (!before)
            return std::nullopt;
        oldStatus = before->status;
        oldDay = before->statusChanged;
    }
    const QDate today = QDate::currentDate();
    const Id id = action.id;
    return Step{[=](store::SessionFile& f) { return set(f, id, status, today); },
                [=](store::SessionFile& f) {
                    return set(f, id, oldStatus, oldDay);
                }};
}

} // namespace

bool setActionStatus(SessionDocument& doc, Id id, ActionStatus status) {
    return setActionStatuses(doc, {{id, false}}, status);
}

bool setCarriedStatus(SessionDocument& doc, Id id, ActionStatus status) {
    return setActionStatuses(doc, {{id, true}}, status);
}

bool setActionStatuses(SessionDocument& doc, const std::vector<ActionRef>& actions,
                       ActionStatus status) {
    std::vector<Step> steps;
    for (const ActionRef action : actions) {
        if (std::optional<Step> step = statusStep(doc, action, status))
            steps.push_back(std::move(*step));
    }
    if (steps.empty())
        return false;
    const QString text = steps.size() == 1
                             ? Tr::tr("Mark action %1").arg(actionStatusName(status).toLower())
                             : Tr::tr("Mark %n action(s) %1", nullptr, int(steps.size()))
                                   .arg(actionStatusName(status).toLower());
    return push(doc, text, steps.size() == 1 ? steps.front() : together(std::move(steps)));
}

bool moveSolution(SessionDocument& doc, Id id, Id blockerId, int index) {
    const Solution* before = solutionIn(doc, id);
    if (!before)
        return false;
    const Id oldBlocker = before->blockerId;
    const int oldPosition = before->position;
    return push(
        doc, Tr::tr("Move solution"),
        [=](store::SessionFile& f) { return store::moveSolution(f, id, blockerId, index); },
        [=](store::SessionFile& f) { return store::moveSolution(f, id, oldBlocker, oldPosition); });
}

bool deleteSolution(SessionDocument& doc, Id id) {
    return pushDelete<store::SolutionRecord>(doc, Tr::tr("Delete solution"), id,
                                             store::loadSolutionRecord, store::deleteSolution,
                                             store::restoreSolution);
}

std::optional<Id> addGroup(SessionDocument& doc, const QString& name) {
    return pushAdd<store::GroupRecord>(
        doc, Tr::tr("Add group"), [=](store::SessionFile& f) { return store::addGroup(f, name); },
        store::loadGroupRecord, store::deleteGroup, store::restoreGroup);
}

bool renameGroup(SessionDocument& doc, Id id, const QString& name) {
    QString old;
    for (const Group& g : doc.data().groups) {
        if (g.id == id)
            old = g.name;
    }
    return push(
        doc, Tr::tr("Rename group"),
        [=](store::SessionFile& f) { return store::renameGroup(f, id, name); },
        [=](store::SessionFile& f) { return store::renameGroup(f, id, old); });
}

bool deleteGroup(SessionDocument& doc, Id id) {
    return pushDelete<store::GroupRecord>(doc, Tr::tr("Delete group"), id, store::loadGroupRecord,
                                          store::deleteGroup, store::restoreGroup);
}

namespace {

Status put(store::SessionFile& file, const Journey& journey) {
    Result<Id> id = store::putJourney(file, journey);
    return id ? Status{} : Status{id.error()};
}

// A journey as undo must write it back: with its photo, which the session
// in memory leaves in the file.
std::optional<Journey> wholeJourney(SessionDocument& doc, Id journeyId) {
    const Journey* j = doc.data().journey(journeyId);
    if (!j)
        return std::nullopt;
    Journey whole = *j;
    if (whole.hasPhoto && whole.photo.isEmpty()) {
        Result<QByteArray> photo = doc.photo(journeyId);
        if (!photo) {
            Q_EMIT doc.failed(photo.error().message);
            return std::nullopt;
        }
        whole.photo = photo.value();
    }
    return whole;
}

} // namespace

std::optional<Id> addJourney(SessionDocument& doc, const Journey& journey) {
    // The id is chosen now, so redo after undo brings back the same journey.
    Journey added = journey;
    added.id = 1;
    for (const Journey& j : doc.data().journeys)
        added.id = std::max(added.id, j.id + 1);
    const Id id = added.id;
    if (!push(
            doc, Tr::tr("Add journey"), [=](store::SessionFile& f) { return put(f, added); },
            [=](store::SessionFile& f) { return store::deleteJourney(f, id); }))
        return std::nullopt;
    return id;
}

bool editJourney(SessionDocument& doc, const Journey& journey, const QString& what) {
    const std::optional<Journey> before = wholeJourney(doc, journey.id);
    if (!before)
        return false;
    return push(
        doc, what, [=](store::SessionFile& f) { return put(f, journey); },
        [=](store::SessionFile& f) { return put(f, *before); });
}

bool deleteJourney(SessionDocument& doc, Id journeyId) {
    const std::optional<Journey> before = wholeJourney(doc, journeyId);
    if (!before)
        return false;
    return push(
        doc, Tr::tr("Delete journey"),
        [=](store::SessionFile& f) { return store::deleteJourney(f, journeyId); },
        [=](store::SessionFile& f) { return put(f, *before); });
}

namespace {

// A step as the session in memory holds it: its journey, place and fields.
struct FoundStep {
    Id journeyId = 0;
    int index = 0;
    JourneyStep step;
};

std::optional<FoundStep> findStep(const SessionDocument& doc, Id stepId) {
    for (const Journey& j : doc.data().journeys) {
        for (std::size_t i = 0; i < j.steps.size(); ++i) {
            if (j.steps[i].id == stepId)
                return FoundStep{j.id, static_cast<int>(i), j.steps[i]};
        }
    }
    return std::nullopt;
}

AddStep<FoundStep> addStepAt(Id journeyId, int index, const JourneyStep& step) {
    return addStep<FoundStep>(
        [=](store::SessionFile& f) { return store::addJourneyStep(f, journeyId, index, step); },
        [journeyId, index, step](store::SessionFile&, Id id) -> Result<FoundStep> {
            JourneyStep kept = step;
            kept.id = id;
            return FoundStep{journeyId, index, kept};
        },
        store::deleteJourneyStep,
        [](store::SessionFile& f, const FoundStep& found) {
            return store::restoreJourneyStep(f, found.journeyId, found.index, found.step);
        });
}

} // namespace

std::optional<Id> addJourneyStep(SessionDocument& doc, Id journeyId, int index,
                                 const JourneyStep& step) {
    const AddStep<FoundStep> add = addStepAt(journeyId, index, step);
    return push(doc, Tr::tr("Add step"), add.step) ? add.id() : std::nullopt;
}

bool editJourneyStep(SessionDocument& doc, Id stepId, const JourneyStep& step) {
    const std::optional<FoundStep> before = findStep(doc, stepId);
    if (!before)
        return false;
    const JourneyStep old = before->step;
    return push(
        doc, Tr::tr("Edit step"),
        [=](store::SessionFile& f) { return store::editJourneyStep(f, stepId, step); },
        [=](store::SessionFile& f) { return store::editJourneyStep(f, stepId, old); });
}

bool moveJourneyStep(SessionDocument& doc, Id stepId, int index, std::optional<Id> channelId) {
    const std::optional<FoundStep> before = findStep(doc, stepId);
    if (!before)
        return false;
    const int oldIndex = before->index;
    const std::optional<Id> oldChannel = before->step.channelId;
    return push(
        doc, Tr::tr("Move step"),
        [=](store::SessionFile& f) { return store::moveJourneyStep(f, stepId, index, channelId); },
        [=](store::SessionFile& f) {
            return store::moveJourneyStep(f, stepId, oldIndex, oldChannel);
        });
}

bool deleteJourneyStep(SessionDocument& doc, Id stepId) {
    const std::optional<FoundStep> before = findStep(doc, stepId);
    if (!before)
        return false;
    const FoundStep found = *before;
    return push(
        doc, Tr::tr("Delete step"),
        [=](store::SessionFile& f) { return store::deleteJourneyStep(f, stepId); },
        [=](store::SessionFile& f) {
            return store::restoreJourneyStep(f, found.journeyId, found.index, found.step);
        });
}

bool appendJourneySteps(SessionDocument& doc, Id journeyId, const std::vector<JourneyStep>& steps) {
    const Journey* journey = doc.data().journey(journeyId);
    if (!journey || steps.empty())
        return false;
    std::vector<Step> parts;
    int at = static_cast<int>(journey->steps.size());
    for (const JourneyStep& step : steps)
        parts.push_back(addStepAt(journeyId, at++, step).step);
    return push(doc, Tr::tr("Import steps"), together(std::move(parts)));
}

bool setChannels(SessionDocument& doc, const std::vector<Channel>& channels) {
    const std::vector<Channel> old = doc.data().channels;
    return push(
        doc, Tr::tr("Change channels and costs"),
        [=](store::SessionFile& f) { return store::putChannels(f, channels); },
        [=](store::SessionFile& f) { return store::putChannels(f, old); });
}

bool setDetails(SessionDocument& doc, const SessionDetails& details) {
    const SessionDetails old = doc.data().details;
    return push(
        doc, Tr::tr("Edit session details"),
        [=](store::SessionFile& f) { return store::setDetails(f, details); },
        [=](store::SessionFile& f) { return store::setDetails(f, old); });
}

bool setPhoneSettings(SessionDocument& doc, const PhoneSettings& settings) {
    return doc.apply([&](store::SessionFile& f) { return store::setPhoneSettings(f, settings); },
                     Tr::tr("The phones’ settings"));
}

bool setTally(SessionDocument& doc, Id roundId, Id itemId, int dots) {
    int old = 0;
    if (const Round* round = doc.data().round(roundId)) {
        for (const Tally& t : round->tallies) {
            if (t.itemId == itemId)
                old = t.dots;
        }
    }
    return push(
        doc, Tr::tr("Count paper dots"),
        [=](store::SessionFile& f) { return store::setTally(f, roundId, itemId, dots); },
        [=](store::SessionFile& f) { return store::setTally(f, roundId, itemId, old); });
}

bool clearBallot(SessionDocument& doc, Id roundId, const QString& voter) {
    std::vector<BallotEntry> old;
    if (const Round* round = doc.data().round(roundId)) {
        for (const Vote& v : round->votes) {
            if (v.voter == voter)
                old.push_back({v.itemId, v.value});
        }
    }
    return push(
        doc, Tr::tr("Clear a ballot"),
        [=](store::SessionFile& f) { return store::clearBallot(f, roundId, voter); },
        [=](store::SessionFile& f) { return store::castBallot(f, roundId, voter, old); });
}

std::optional<Id> startRound(SessionDocument& doc, const store::RoundSpec& spec) {
    std::optional<Id> id;
    doc.apply([&](store::SessionFile& f) -> Status {
        Result<Id> started = store::startRound(f, spec);
        if (!started)
            return started.error();
        id = started.value();
        return {};
    });
    return id;
}

bool setRoundState(SessionDocument& doc, Id roundId, RoundState state) {
    return doc.apply(
        [=](store::SessionFile& f) { return store::setRoundState(f, roundId, state); });
}

bool setPaperVoters(SessionDocument& doc, Id roundId, int count) {
    return doc.apply(
        [=](store::SessionFile& f) { return store::setPaperVoters(f, roundId, count); });
}

bool castKioskBallot(SessionDocument& doc, Id roundId, const QString& voter,
                     const std::vector<BallotEntry>& ballot) {
    return doc.apply(
        [&](store::SessionFile& f) { return store::castBallot(f, roundId, voter, ballot); });
}

void castPhoneBallots(SessionDocument& doc, Id roundId, std::vector<store::VoterBallot> ballots,
                      std::function<void(const Result<std::vector<Status>>&)> written) {
    // Filled on the writer thread, read here after it has reported.
    auto results = std::make_shared<Result<std::vector<Status>>>(std::vector<Status>{});
    doc.applyInBackground(
        [roundId, ballots = std::move(ballots), results](store::SessionFile& file) -> Status {
            *results = store::castBallots(file, roundId, ballots);
            return *results ? Status{} : Status(results->error());
        },
        [results, written = std::move(written)](const Status&) { written(*results); });
}

} // namespace unblock::app::edits
