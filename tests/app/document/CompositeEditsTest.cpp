// A composite action (accept several phones' items, mark several actions,
// add a blocker merged into another, undo an edit of a blocker that moved)
// is one edits:: function, one transaction and one undo step. The disk
// fails at every operation of each in turn: the file holds all of it or
// none, and the undo stack has the whole step or none.
#include "app/window/GuiFixture.h"
#include "document/Edits.h"
#include "support/FaultyVfs.h"

#include <QUndoStack>

#include <functional>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// What the file holds, as another reader sees it, without moments.
QString inFile(const QString& path) {
    auto reader = openSession(path, store::OpenMode::ReadOnly);
    const SessionData data = expectOk(store::loadSession(*reader));
    QStringList lines;
    for (const Blocker& b : data.blockers) {
        lines << u"blocker %1 %2 in %3 at %4 merged %5"_s.arg(b.id)
                     .arg(b.title)
                     .arg(b.groupId.value_or(0))
                     .arg(b.position)
                     .arg(b.mergedInto.value_or(0));
    }
    for (const Solution& s : data.solutions)
        lines << u"solution %1 %2 %3"_s.arg(s.id).arg(s.text).arg(static_cast<int>(s.status));
    for (const IncomingItem& i : data.incoming)
        lines << u"incoming %1 %2 %3"_s.arg(i.id).arg(static_cast<int>(i.state)).arg(i.reason);
    return lines.join(u'\n');
}

store::NewIncoming fromPhone(const QString& text) {
    return {IncomingKind::Blocker, text, {}, u"phone-aa11"_s, std::nullopt, std::nullopt};
}

// A session with what the composites work on, its file opened through a
// VFS that fails the operation a test chooses (it counts nothing until then).
struct Room {
    FaultyVfs vfs; // first: the session's connections go through it
    GuiFixture gui;
    Id budgets = *app::edits::addBlocker(gui.doc(), {u"Budgets"_s, {}, {}, {}, {}});
    Id culture = *app::edits::addBlocker(gui.doc(), {u"Culture"_s, {}, {}, {}, {}});
    Id pool = *app::edits::addSolution(gui.doc(), budgets,
                                       {u"Pool budgets"_s, {}, {}, u"Siân"_s, QDate(2027, 3, 1)});
    Id bid = *app::edits::addSolution(gui.doc(), budgets,
                                      {u"Bid for funds"_s, {}, {}, u"Dai"_s, QDate(2027, 2, 1)});
    std::vector<Id> phones =
        receivePhoneItems(gui, {fromPhone(u"No money"_s), fromPhone(u"Old IT"_s)});
};

using Composite = std::function<bool(Room&)>;

// Fails every operation of `composite` in turn, until it runs whole. A
// failure before its commit leaves the file and the stack as they were, and
// is said; one after (reading back what was committed) leaves it made whole.
void failEachOperation(const Composite& composite) {
    QString after;
    {
        Room room;
        REQUIRE(composite(room));
        after = inFile(room.gui.path);
    }
    for (long n = 1;; ++n) {
        INFO("failing operation " << n);
        Room room;
        room.gui.prompts.errors.clear();
        const QString before = inFile(room.gui.path);
        const int steps = room.gui.doc().undoStack()->count();
        room.vfs.failAt(n);
        const bool made = composite(room);
        const bool failed = room.vfs.failed();
        room.vfs.disarm();
        const QString now = inFile(room.gui.path);
        if (made) {
            CHECK(now == after);
            CHECK(room.gui.doc().undoStack()->count() == steps + 1);
        } else {
            CHECK(now == before); // neither half
            CHECK(room.gui.doc().undoStack()->count() == steps);
            CHECK_FALSE(room.gui.prompts.errors.isEmpty()); // said, not swallowed
        }
        if (!failed)
            return; // every operation passed
        REQUIRE(n < 400);
    }
}

} // namespace

TEST_CASE("Accepting several phones' items fails whole or not at all, and is one undo step") {
    failEachOperation(
        [](Room& r) { return app::edits::acceptIncomingItems(r.gui.doc(), r.phones); });
}

TEST_CASE("Keeping several phones' items off the board fails whole or not at all") {
    failEachOperation([](Room& r) {
        return app::edits::rejectIncomingItems(r.gui.doc(), r.phones, u"Not today"_s);
    });
}

TEST_CASE("Marking several actions done fails whole or not at all") {
    failEachOperation([](Room& r) {
        return app::edits::setActionStatuses(r.gui.doc(), {{r.pool, false}, {r.bid, false}},
                                             ActionStatus::Done);
    });
}

TEST_CASE("A blocker added merged into another fails whole or not at all") {
    failEachOperation([](Room& r) {
        return app::edits::addBlockerMergedInto(r.gui.doc(), {u"No budget"_s, {}, {}, {}, {}},
                                                r.budgets)
            .has_value();
    });
}

namespace {

// Whether each of the two steps is in the file whole or not at all: the
// blocker has its old title and table or its new ones, never one of each;
// the two items are both on the board or both waiting.
bool eachStepWhole(const Room& room) {
    auto reader = openSession(room.gui.path, store::OpenMode::ReadOnly);
    const SessionData data = expectOk(store::loadSession(*reader));
    const Blocker* culture = data.blocker(room.culture);
    const bool renamed = culture->title == u"Culture of fear";
    const bool moved = culture->groupId.has_value();
    int accepted = 0;
    for (const IncomingItem& item : data.incoming)
        accepted += item.state == IncomingState::Accepted ? 1 : 0;
    return renamed == moved && (accepted == 0 || accepted == 2);
}

} // namespace

// Undo of several items' acceptance, and of a blocker's edit that moved it.
TEST_CASE("Undoing a composite step fails whole, and the file keeps each step whole") {
    for (long n = 1;; ++n) {
        INFO("failing operation " << n);
        Room room;
        REQUIRE(app::edits::acceptIncomingItems(room.gui.doc(), room.phones));
        REQUIRE(app::edits::editBlocker(
            room.gui.doc(), room.culture,
            {u"Culture of fear"_s, {}, {}, room.gui.data().groups[1].id, {}}));
        QUndoStack* undo = room.gui.doc().undoStack();
        room.gui.prompts.errors.clear();
        room.vfs.failAt(n);
        undo->undo();
        undo->undo();
        const bool failed = room.vfs.failed();
        room.vfs.disarm();
        CHECK(eachStepWhole(room));
        if (!failed)
            return;
        REQUIRE(n < 400);
    }
}
