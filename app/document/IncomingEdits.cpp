// edits:: for what phones send in a call for items (declared in Edits.h).
#include "document/Edits.h"
#include "document/UndoSteps.h"
#include "store/Restore.h"

#include <QCoreApplication>

namespace unblock::app::edits {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edits)
};

// An item put on the board by `put`: undo makes it wait again (its row
// deleted), redo puts the same row back, so it keeps its id. None when the
// item is no longer there (the reason is reported).
template <typename Put>
std::optional<Step> ontoBoard(SessionDocument& doc, Id incomingId, IncomingState state, Put put,
                              std::shared_ptr<std::optional<Id>>* addedId = nullptr) {
    // Looked up now, by id; undo brings back its state (waiting, or not
    // added with its word) as it is now.
    const IncomingItem* item = doc.data().incomingItem(incomingId);
    if (!item) {
        Q_EMIT doc.failed(Tr::tr("That item from a phone is no longer there."));
        return std::nullopt;
    }
    const auto takeBack = [incomingId, before = item->state,
                           reason = item->reason](store::SessionFile& f, Id) {
        return store::returnIncoming(f, incomingId, before, reason);
    };
    const auto keep = [addedId](const auto& made) {
        if (addedId) // the id, once the step has run
            *addedId = std::shared_ptr<std::optional<Id>>(made.state, &made.state->id);
        return made.step;
    };
    if (item->kind == IncomingKind::Solution) {
        return keep(addStep<store::SolutionRecord>(
            put, store::loadSolutionRecord, takeBack,
            [incomingId](store::SessionFile& f, const store::SolutionRecord& record) {
                return store::putBackIncomingSolution(f, incomingId, record);
            }));
    }
    return keep(addStep<store::BlockerRecord>(
        put, store::loadBlockerRecord, takeBack,
        [incomingId, state](store::SessionFile& f, const store::BlockerRecord& record) {
            return store::putBackIncomingBlocker(f, incomingId, state, record);
        }));
}

template <typename Put>
std::optional<Id> pushOntoBoard(SessionDocument& doc, Id incomingId, const QString& text,
                                IncomingState state, Put put) {
    std::shared_ptr<std::optional<Id>> added;
    const std::optional<Step> step = ontoBoard(doc, incomingId, state, put, &added);
    if (!step || !push(doc, text, *step))
        return std::nullopt;
    return *added;
}

std::optional<Step> acceptStep(SessionDocument& doc, Id incomingId, const QString& text,
                               std::optional<Id> blockerId) {
    return ontoBoard(doc, incomingId, IncomingState::Accepted, [=](store::SessionFile& f) {
        return store::acceptIncoming(f, incomingId, text, blockerId);
    });
}

Step rejectStep(const SessionDocument& doc, Id incomingId, const QString& reason) {
    const IncomingItem* item = doc.data().incomingItem(incomingId);
    const IncomingState before = item ? item->state : IncomingState::Waiting;
    const QString oldReason = item ? item->reason : QString();
    return {[=](store::SessionFile& f) { return store::rejectIncoming(f, incomingId, reason); },
            [=](store::SessionFile& f) {
                return store::returnIncoming(f, incomingId, before, oldReason);
            }};
}

} // namespace

void receivePhoneItems(SessionDocument& doc, std::vector<store::NewIncoming> items,
                       std::function<void(const Result<std::vector<Result<Id>>>&)> written) {
    // Filled on the writer thread, read here after it has reported.
    auto results = std::make_shared<Result<std::vector<Result<Id>>>>(std::vector<Result<Id>>{});
    doc.applyInBackground(
        [items = std::move(items), results](store::SessionFile& file) -> Status {
            *results = store::receiveIncoming(file, items);
            return *results ? Status{} : Status(results->error());
        },
        [results, written = std::move(written)](const Status&) { written(*results); });
}

std::optional<Id> acceptIncoming(SessionDocument& doc, Id incomingId, const QString& text,
                                 std::optional<Id> blockerId) {
    return pushOntoBoard(doc, incomingId, Tr::tr("Accept item from a phone"),
                         IncomingState::Accepted, [=](store::SessionFile& f) {
                             return store::acceptIncoming(f, incomingId, text, blockerId);
                         });
}

std::optional<Id> mergeIncoming(SessionDocument& doc, Id incomingId, Id targetId) {
    return pushOntoBoard(
        doc, incomingId, Tr::tr("Merge item from a phone"), IncomingState::Merged,
        [=](store::SessionFile& f) { return store::mergeIncoming(f, incomingId, targetId); });
}

bool rejectIncoming(SessionDocument& doc, Id incomingId, const QString& reason) {
    return push(doc, Tr::tr("Do not add item from a phone"), rejectStep(doc, incomingId, reason));
}

bool acceptIncomingItems(SessionDocument& doc, const std::vector<Id>& incomingIds) {
    std::vector<Step> steps;
    for (const Id id : incomingIds) {
        std::optional<Step> step = acceptStep(doc, id, {}, std::nullopt);
        if (!step)
            return false;
        steps.push_back(std::move(*step));
    }
    if (steps.empty())
        return false;
    // Named before the steps are moved: arguments are evaluated in any order.
    const QString name = Tr::tr("Accept %n item(s) from phones", nullptr, int(steps.size()));
    return push(doc, name, together(std::move(steps)));
}

bool rejectIncomingItems(SessionDocument& doc, const std::vector<Id>& incomingIds,
                         const QString& reason) {
    std::vector<Step> steps;
    for (const Id id : incomingIds) {
        if (doc.data().incomingItem(id)) // gone while the word was asked for: not refused
            steps.push_back(rejectStep(doc, id, reason));
    }
    if (steps.empty())
        return false;
    const QString name = Tr::tr("Do not add %n item(s) from phones", nullptr, int(steps.size()));
    return push(doc, name, together(std::move(steps)));
}

} // namespace unblock::app::edits
