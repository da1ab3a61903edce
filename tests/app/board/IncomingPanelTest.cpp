// Beside the board, what phones sent: accepted, edited, merged, not added,
// several at once, or everything from a trusted room; and the Phones
// panel's call for items.
#include "board/IncomingPanel.h"

#include "app/PhoneClient.h"
#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "document/Edits.h"
#include "presenter/BoardScene.h"
#include "presenter/PresenterWindow.h"
#include "voting/PhonesPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QUndoStack>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

std::vector<Id> receive(GuiFixture& gui, const QStringList& texts) {
    std::vector<store::NewIncoming> items;
    for (const QString& text : texts)
        items.push_back({IncomingKind::Blocker, text, {}, u"phone-aa11"_s, {}, {}});
    return receivePhoneItems(gui, items);
}

QModelIndex rowWithText(const QTreeView* list, const QString& text) {
    // A row shows the item's words, and below them any note.
    const QAbstractItemModel* rows = list->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString shown = rows->index(row, 0).data().toString();
        if (shown == text || shown.startsWith(text + u'\n'))
            return rows->index(row, 0);
    }
    return {};
}

int rowCount(const QTreeView* list) {
    return list->model()->rowCount();
}

void typeBlocker(const QString& title) {
    type(title);
    press(Qt::Key_Return);
}

} // namespace

TEST_CASE("Phones' items wait beside the board, say what they look like, and Enter accepts "
          "the ones selected as one step") {
    GuiFixture gui;
    typeBlocker(u"Budgets / finite resources"_s);
    app::IncomingPanel* panel = gui.window.boardPage()->incoming();
    CHECK_FALSE(panel->isVisible()); // nothing from phones yet
    receive(gui, {u"Not enough budget"_s, u"Broadband"_s, u"Legacy systems"_s});
    QTreeView* list = panel->list();
    CHECK(panel->isVisible());
    REQUIRE(rowCount(list) == 3);
    const QModelIndex budget = rowWithText(list, u"Not enough budget"_s);
    REQUIRE(budget.isValid());
    CHECK(
        budget.data().toString() ==
        u"Not enough budget\n    Looks like “Budgets / finite resources” (shares: budget): merge?");

    const int steps = gui.doc().undoStack()->count();
    selectShown(list, rowWithText(list, u"Broadband"_s));
    selectShown(list, rowWithText(list, u"Legacy systems"_s));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(rowCount(list) == 1);
    CHECK(gui.data().blockers.size() == 3);
    CHECK(gui.doc().undoStack()->count() == steps + 1);
    gui.doc().undoStack()->undo(); // both go back to waiting
    CHECK(rowCount(list) == 3);
    CHECK(gui.data().blockers.size() == 1);
}

TEST_CASE("An item is merged into the blocker it looks like, edited then accepted, or not "
          "added with a word, and stays listed") {
    GuiFixture gui;
    typeBlocker(u"Budgets / finite resources"_s);
    const Id budgets = gui.data().blockers.back().id;
    receive(gui, {u"Not enough budget"_s, u"Brodband"_s, u"Lunch was late"_s});
    QTreeView* list = gui.window.boardPage()->incoming()->list();
    list->setFocus();

    list->setCurrentIndex(rowWithText(list, u"Not enough budget"_s));
    gui.prompts.itemToChoose = 0; // the alike blocker is offered first
    QTest::keyClick(list, Qt::Key_M);
    CHECK(gui.prompts.offeredItems.front().startsWith(u"Budgets / finite resources"));
    REQUIRE(gui.data().blockers.size() == 2);
    CHECK(gui.data().rootOf(gui.data().blockers.back().id) == budgets);

    list->setCurrentIndex(rowWithText(list, u"Brodband"_s));
    gui.prompts.textToGive = u"Broadband"_s;
    QTest::keyClick(list, Qt::Key_F2);
    CHECK(gui.data().blockers.back().title == u"Broadband");

    list->setCurrentIndex(rowWithText(list, u"Lunch was late"_s));
    gui.prompts.textToGive = u"Not about digital"_s;
    QTest::keyClick(list, Qt::Key_Delete);
    const QModelIndex lunch = rowWithText(list, u"Lunch was late"_s);
    REQUIRE(lunch.isValid()); // not added, and still listed
    CHECK(lunch.data().toString() == u"Lunch was late\n    Not added: Not about digital");
    CHECK(lunch.data(Qt::FontRole).value<QFont>().italic());
    list->setCurrentIndex(lunch);
    QTest::keyClick(list, Qt::Key_Return); // accepted after all
    CHECK(rowCount(list) == 0);
    CHECK(gui.data().blockers.back().title == u"Lunch was late");
}

TEST_CASE("A trusted room's items go on the board as they arrive") {
    GuiFixture gui;
    app::IncomingPanel* panel = gui.window.boardPage()->incoming();
    panel->acceptEverything()->setChecked(true);
    receive(gui, {u"Culture"_s, u"Fear of change"_s});
    REQUIRE(QTest::qWaitFor([&] { return gui.data().blockers.size() == 2; }));
    CHECK(rowCount(panel->list()) == 0);
}

TEST_CASE("The Phones panel opens a call for blockers, with names, paused, or for the top "
          "blockers' solutions only after a reveal") {
    GuiFixture gui;
    app::PhonesPanel* phones = gui.window.votingPage()->phones();
    remote::PhoneItems& items = phones->host().items();
    CHECK_FALSE(items.call());
    CHECK_FALSE(phones->pauseButton()->isEnabled());
    phones->askNames()->setChecked(true);
    phones->callChoice()->setCurrentIndex(static_cast<int>(PhoneCall::Blockers));
    REQUIRE(items.call());
    CHECK(items.call()->asks == IncomingKind::Blocker);
    CHECK(items.call()->names);
    phones->pauseButton()->click();
    CHECK(items.call()->paused);

    phones->callChoice()->setCurrentIndex(
        static_cast<int>(PhoneCall::SolutionsToTop)); // none revealed
    CHECK(gui.prompts.notices.back().contains(u"Reveal a round on blockers first"));
    // The call for blockers goes on, as it was.
    CHECK(phones->callChoice()->currentIndex() == static_cast<int>(PhoneCall::Blockers));
    REQUIRE(items.call());
    CHECK(items.call()->asks == IncomingKind::Blocker);
    CHECK(items.call()->paused);
}

TEST_CASE("A call for solutions to one blocker asks which once, and the limits change the call "
          "open") {
    GuiFixture gui;
    typeBlocker(u"Budgets"_s);
    typeBlocker(u"Culture"_s);
    const Id culture = gui.data().blockers.back().id;
    app::PhonesPanel* phones = phonesOn(gui);
    const remote::PhoneItems& items = phones->host().items();

    gui.prompts.itemToChoose = 1;
    phones->callChoice()->setCurrentIndex(static_cast<int>(PhoneCall::SolutionsToOne));
    CHECK(gui.prompts.offeredItems == QStringList{u"Budgets"_s, u"Culture"_s});
    REQUIRE(items.call());
    CHECK(items.call()->asks == IncomingKind::Solution);
    CHECK(items.call()->blockers == std::vector<Id>{culture});
    CHECK(phones->statusLabel()->text().contains(u"Phones may send solutions to “Culture”."));
    const int asked = gui.prompts.asked;
    phones->askNames()->setChecked(true); // the same call, with names: not asked again
    CHECK(gui.prompts.asked == asked);
    CHECK(items.call()->names);
    CHECK(items.call()->blockers == std::vector<Id>{culture});

    phones->secondsBetween()->setValue(10);
    phones->perPhone()->setValue(5);
    CHECK(items.call()->secondsBetween == 10);
    CHECK(items.call()->perPhone == 5);

    // The blocker deleted while the facilitator chose: no call for it.
    phones->callChoice()->setCurrentIndex(static_cast<int>(PhoneCall::Nothing));
    gui.prompts.itemToChoose = 0;
    gui.prompts.whileAsking = [&] {
        app::edits::deleteBlocker(gui.doc(), gui.data().blockers[0].id);
    };
    phones->callChoice()->setCurrentIndex(static_cast<int>(PhoneCall::SolutionsToOne));
    CHECK(gui.prompts.notices.back() == u"That blocker is no longer on the board.");
    CHECK_FALSE(items.call());
    gui.prompts.whileAsking = nullptr;

    gui.prompts.itemToChoose.reset(); // cancelled
    phones->callChoice()->setCurrentIndex(static_cast<int>(PhoneCall::SolutionsToOne));
    CHECK(phones->callChoice()->currentIndex() == static_cast<int>(PhoneCall::Nothing));
    CHECK_FALSE(items.call());
    // Cancelled while a call for blockers runs: that call goes on.
    phones->callChoice()->setCurrentIndex(static_cast<int>(PhoneCall::Blockers));
    phones->callChoice()->setCurrentIndex(static_cast<int>(PhoneCall::SolutionsToOne));
    CHECK(phones->callChoice()->currentIndex() == static_cast<int>(PhoneCall::Blockers));
    REQUIRE(items.call());
    CHECK(items.call()->asks == IncomingKind::Blocker);
    phones->toggleButton()->click();
}

TEST_CASE("A phone is blocked from the list of what phones sent, and unblocked again") {
    GuiFixture gui;
    app::IncomingPanel* panel = gui.window.boardPage()->incoming();
    const remote::PhoneItems& items = gui.window.votingPage()->phones()->host().items();
    receive(gui, {u"Spam spam spam"_s});
    const QModelIndex row = rowWithText(panel->list(), u"Spam spam spam"_s);
    REQUIRE(row.isValid());
    panel->list()->setCurrentIndex(row);
    QPushButton* block = panel->blockButton();
    REQUIRE(block->isEnabled());
    CHECK(block->text() == u"Block &Phone");
    block->click();
    CHECK(items.isBlocked(u"phone-aa11"_s));
    CHECK(block->text() == u"Unblock &Phone");
    block->click();
    CHECK_FALSE(items.isBlocked(u"phone-aa11"_s));
    CHECK(block->text() == u"Block &Phone");
}

TEST_CASE("Typing a blocker that reads like one on the board says so, and Ctrl+Enter adds it "
          "merged into that one, as one step") {
    GuiFixture gui;
    typeBlocker(u"Budgets / finite resources"_s);
    const Id budgets = gui.data().blockers.back().id;
    app::BoardPage* board = gui.window.boardPage();
    type(u"Not enough budget or resources"_s);
    REQUIRE(QTest::qWaitFor([&] { return board->alikeLabel()->isVisible(); }));
    CHECK(board->alikeLabel()->text() ==
          u"Looks like “Budgets / finite resources” (shares: budget, resources). Ctrl+Enter adds "
          "it merged into that one.");
    const int steps = gui.doc().undoStack()->count();
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(gui.data().blockers.size() == 2);
    CHECK(gui.data().rootOf(gui.data().blockers.back().id) == budgets);
    CHECK(gui.doc().undoStack()->count() == steps + 1);

    type(u"Lunch was late"_s);
    QTest::qWait(400);
    CHECK_FALSE(board->alikeLabel()->isVisible());
    press(Qt::Key_Return, Qt::ControlModifier); // nothing alike: added as it is
    CHECK_FALSE(gui.data().blockers.back().mergedInto);
}

TEST_CASE("During a call for items the projector shows the board with the code to join beside "
          "it") {
    GuiFixture gui;
    app::PhonesPanel* phones = phonesOn(gui);
    app::PresenterWindow* presenter = gui.window.presenter();
    presenter->showBoard();
    CHECK_FALSE(presenter->sceneText().contains(u"Add yours from your phone"));
    phones->callChoice()->setCurrentIndex(static_cast<int>(PhoneCall::Blockers));
    const QString scene = presenter->sceneText();
    CHECK(scene.contains(u"Add yours from your phone"));
    CHECK(scene.contains(remote::RemoteAccess::readable(phones->host().joinCode())));
    // At 1024×768 the address and the code each stay on one line.
    presenter->resize(1024, 768);
    presenter->show();
    REQUIRE(QTest::qWaitForWindowExposed(presenter));
    presenter->sceneText();
    const QLabel* invitation = presenter->boardScene()->invitation();
    const QFontMetrics metrics(invitation->font());
    for (const QString& line : invitation->text().split(u'\n').mid(1))
        CHECK(metrics.horizontalAdvance(line) <= invitation->width());
    presenter->hide();
    phones->pauseButton()->click(); // paused: the invitation goes
    CHECK_FALSE(presenter->sceneText().contains(u"Add yours from your phone"));
    phones->toggleButton()->click();
}
