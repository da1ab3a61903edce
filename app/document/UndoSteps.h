#pragma once

#include "document/SessionDocument.h"
#include "model/Result.h"

#include <functional>
#include <memory>
#include <optional>

// How an edit becomes one step on the document's undo stack, both ways
// written as calls into core's store. edits:: is built from these.
namespace unblock::app::edits {

using Change = std::function<Status(store::SessionFile&)>;

// One undoable change: how to make it and how to take it back, both written
// as calls into core's store.
struct Step {
    Change redo;
    Change undo;
};

// Pushes the step (redo runs at once) and says whether its first run
// worked; a refused edit never reaches the stack.
bool push(SessionDocument& doc, const QString& text, Step step);
inline bool push(SessionDocument& doc, const QString& text, Change redo, Change undo) {
    return push(doc, text, Step{std::move(redo), std::move(undo)});
}

// Several steps as one: made in order, and taken back in the reverse order,
// each way in one transaction. A failure part-way takes back the parts
// already made, so the file holds all of it or none, and the undo stack
// has one whole step or none.
Step together(std::vector<Step> steps);

// An item added by redo and deleted by undo comes back by restoring what
// undo deleted, so it keeps its id and anything that refers to it holds.
// `id()` is the item's, once the step has run.
template <typename Record> struct AddStep {
    struct State {
        std::optional<Id> id;
        std::optional<Record> record;
    };
    Step step;
    std::shared_ptr<State> state = std::make_shared<State>();
    std::optional<Id> id() const { return state->id; }
};

template <typename Record, typename Add, typename Load, typename Delete, typename Restore>
AddStep<Record> addStep(Add add, Load load, Delete remove, Restore restore) {
    AddStep<Record> made;
    auto state = made.state;
    made.step.redo = [=](store::SessionFile& file) -> Status {
        if (state->record)
            return restore(file, *state->record);
        Result<Id> added = add(file);
        if (!added)
            return added.error();
        state->id = added.value();
        return {};
    };
    made.step.undo = [=](store::SessionFile& file) -> Status {
        Result<Record> record = load(file, *state->id);
        if (!record)
            return record.error();
        state->record = std::move(record.value());
        return remove(file, *state->id);
    };
    return made;
}

template <typename Record, typename Add, typename Load, typename Delete, typename Restore>
std::optional<Id> pushAdd(SessionDocument& doc, const QString& text, Add add, Load load,
                          Delete remove, Restore restore) {
    const AddStep<Record> made = addStep<Record>(add, load, remove, restore);
    return push(doc, text, made.step) ? made.id() : std::nullopt;
}

template <typename Record, typename Load, typename Delete, typename Restore>
bool pushDelete(SessionDocument& doc, const QString& text, Id id, Load load, Delete remove,
                Restore restore) {
    Result<Record> record = load(doc.file(), id);
    if (!record) {
        Q_EMIT doc.failed(record.error().message);
        return false;
    }
    auto saved = std::make_shared<Record>(std::move(record.value()));
    return push(
        doc, text, [=](store::SessionFile& file) { return remove(file, id); },
        [=](store::SessionFile& file) { return restore(file, *saved); });
}

} // namespace unblock::app::edits
