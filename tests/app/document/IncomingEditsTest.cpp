// What the facilitator does with phones' items, through edits:: and the
// real window's document: each an undoable step, phones' own writes none.
#include "app/window/GuiFixture.h"
#include "document/Edits.h"

#include <QUndoStack>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

store::NewIncoming fromPhone(const QString& text, IncomingKind kind = IncomingKind::Blocker,
                             std::optional<Id> blocker = {}) {
    return {kind, text, {}, u"phone-aa11"_s, std::nullopt, blocker};
}

} // namespace

TEST_CASE("Phones' items reach the session with no undo step, and accepting one is an edit "
          "that undo and redo take back and put back") {
    GuiFixture gui;
    QUndoStack* undo = gui.doc().undoStack();
    const int stepsBefore = undo->count();
    const std::vector<Id> ids =
        receivePhoneItems(gui, {fromPhone(u"No money"_s), fromPhone(u"Lunch"_s)});
    CHECK(gui.data().incoming.size() == 2);
    CHECK(undo->count() == stepsBefore);

    const std::optional<Id> blocker = app::edits::acceptIncoming(gui.doc(), ids[0], u"No money!"_s);
    REQUIRE(blocker);
    CHECK(gui.data().blocker(*blocker)->title == u"No money!");
    CHECK(gui.data().incomingItem(ids[0])->state == IncomingState::Accepted);
    CHECK(undo->undoText() == u"Accept item from a phone");
    undo->undo();
    CHECK_FALSE(gui.data().blocker(*blocker));
    CHECK(gui.data().incomingItem(ids[0])->state == IncomingState::Waiting);
    undo->redo();
    REQUIRE(gui.data().blocker(*blocker)); // the same id again
    CHECK(gui.data().incomingItem(ids[0])->itemId == blocker);
}

TEST_CASE("An item not added keeps its word, and undo of a later accept brings the word back") {
    GuiFixture gui;
    QUndoStack* undo = gui.doc().undoStack();
    const Id id = receivePhoneItems(gui, {fromPhone(u"Lunch was late"_s)}).front();
    REQUIRE(app::edits::rejectIncoming(gui.doc(), id, u"Not about digital"_s));
    CHECK(gui.data().incomingItem(id)->reason == u"Not about digital");
    REQUIRE(app::edits::acceptIncoming(gui.doc(), id));
    undo->undo();
    CHECK(gui.data().incomingItem(id)->state == IncomingState::Rejected);
    CHECK(gui.data().incomingItem(id)->reason == u"Not about digital");
    undo->undo();
    CHECK(gui.data().incomingItem(id)->state == IncomingState::Waiting);
}

TEST_CASE("A blocker item merged into one on the board counts with it, until undone") {
    GuiFixture gui;
    type(u"Budgets"_s);
    press(Qt::Key_Return);
    REQUIRE(!gui.data().blockers.empty());
    const Id target = gui.data().blockers.back().id;
    const Id id = receivePhoneItems(gui, {fromPhone(u"Not enough budget"_s)}).front();
    const std::optional<Id> merged = app::edits::mergeIncoming(gui.doc(), id, target);
    REQUIRE(merged);
    CHECK(gui.data().rootOf(*merged) == target);
    CHECK(gui.data().incomingItem(id)->state == IncomingState::Merged);
    gui.doc().undoStack()->undo();
    CHECK_FALSE(gui.data().blocker(*merged));

    const Id solution =
        receivePhoneItems(gui, {fromPhone(u"Invest to save"_s, IncomingKind::Solution, target)})
            .front();
    const std::optional<Id> added = app::edits::acceptIncoming(gui.doc(), solution);
    REQUIRE(added);
    CHECK(gui.data().solution(*added)->blockerId == target);
    CHECK_FALSE(app::edits::mergeIncoming(gui.doc(), solution, target)); // refused, and said why
}
