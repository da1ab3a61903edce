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

// Pushes the step (redo runs at once) and says whether its first run
// worked; a refused edit never reaches the stack.
bool push(SessionDocument& doc, const QString& text, Change redo, Change undo);

// An item added by redo and deleted by undo comes back by restoring what
// undo deleted, so it keeps its id and anything that refers to it holds.
template <typename Record, typename Add, typename Load, typename Delete, typename Restore>
std::optional<Id> pushAdd(SessionDocument& doc, const QString& text, Add add, Load load,
                          Delete remove, Restore restore) {
    struct State {
        std::optional<Id> id;
        std::optional<Record> record;
    };
    auto state = std::make_shared<State>();
    const bool done = push(
        doc, text,
        [=](store::SessionFile& file) -> Status {
            if (state->record)
                return restore(file, *state->record);
            Result<Id> added = add(file);
            if (!added)
                return added.error();
            state->id = added.value();
            return {};
        },
        [=](store::SessionFile& file) -> Status {
            Result<Record> record = load(file, *state->id);
            if (!record)
                return record.error();
            state->record = std::move(record.value());
            return remove(file, *state->id);
        });
    return done ? state->id : std::nullopt;
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
