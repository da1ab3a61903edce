#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "document/Edits.h"
#include "presenter/PresenterWindow.h"
#include "store/Rounds.h"
#include "voting/KioskDialog.h"
#include "voting/ResultsView.h"
#include "voting/VotingPage.h"
#include "window/TimerBar.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

void vote(app::KioskDialog& kiosk, std::initializer_list<int> clicks) {
    QTest::mouseClick(kiosk.startButton(), Qt::LeftButton);
    for (int row : clicks)
        QTest::mouseClick(kiosk.addButton(row), Qt::LeftButton);
    QTest::mouseClick(kiosk.castButton(), Qt::LeftButton);
}

} // namespace

TEST_CASE("A kiosk round: three private ballots, totals hidden until the reveal") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::VotingPage* voting = gui.window.votingPage();
    app::PresenterWindow* presenter = gui.window.presenter();
    CHECK(presenter->sceneText().contains(u"Voting in progress"));

    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    kiosk.show();
    vote(kiosk, {0, 0, 1}); // Weak leadership 2, Budgets 1
    vote(kiosk, {1, 1, 2}); // Budgets 2, Broadband 1
    vote(kiosk, {0, 1});    // Weak leadership 1, Budgets 1
    CHECK(kiosk.ballotsCast() == 3);
    CHECK(gui.prompts.errors.isEmpty());
    REQUIRE(gui.data().round(round)->votes.size() == 6); // one row per voter and item

    // Nobody sees totals yet: not the facilitator's page, not the projector.
    CHECK_FALSE(voting->resultsVisible());
    CHECK(voting->hiddenLabel()->text().contains(u"People who have voted: 3"));
    CHECK(presenter->sceneText().contains(u"People who have voted: 3"));
    CHECK_FALSE(presenter->sceneText().contains(u"Budgets"));

    voting->setState(RoundState::Closed);
    CHECK_FALSE(voting->resultsVisible());
    CHECK(presenter->sceneText().contains(u"Voting has closed"));

    voting->setState(RoundState::Revealed);
    REQUIRE(voting->resultsVisible());
    const QAbstractItemModel* table = voting->results()->table()->model();
    CHECK(table->index(0, 3).data().toString() == u"Budgets"); // 4 dots
    CHECK(table->index(0, 1).data().toString() == u"4");
    CHECK(table->index(1, 3).data().toString() == u"Weak leadership"); // 3 dots
    CHECK(presenter->sceneText().contains(u"1: Budgets, 4 dots"));
}

TEST_CASE("A kiosk voter cannot go over the budget or the cap, and is told why") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    kiosk.show();
    QTest::mouseClick(kiosk.startButton(), Qt::LeftButton);
    QTest::mouseClick(kiosk.addButton(0), Qt::LeftButton);
    QTest::mouseClick(kiosk.addButton(0), Qt::LeftButton);
    CHECK_FALSE(kiosk.addButton(0)->isEnabled());
    CHECK(kiosk.reasonLabel()->text() == u"This item has the most dots one voter may give it (2).");
    QTest::mouseClick(kiosk.addButton(0), Qt::LeftButton); // a disabled button does nothing
    QTest::mouseClick(kiosk.addButton(1), Qt::LeftButton);
    CHECK(kiosk.remainingLabel()->text() == u"Left to place: 0");
    CHECK(kiosk.reasonLabel()->text() == u"All your dots are placed (3 of 3).");
    for (int row = 0; row < kiosk.itemCount(); ++row)
        CHECK_FALSE(kiosk.addButton(row)->isEnabled());
    QTest::mouseClick(kiosk.castButton(), Qt::LeftButton);
    CHECK(gui.data().round(round)->votes.size() == 2);

    // Core would refuse the same over-budget ballot whatever the screen allowed.
    const std::vector<Id> items{gui.data().blockers[0].id, gui.data().blockers[1].id};
    const Status refused =
        store::castBallot(gui.doc().file(), round, u"forged"_s, {{items[0], 2}, {items[1], 2}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == u"This ballot uses 4 dots; each voter has 3.");
}

TEST_CASE("A round tallied from paper dot counts") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::VotingPage* voting = gui.window.votingPage();
    app::PaperTally* tally = voting->tallyTable();
    REQUIRE(tally->rowCount() == 3);
    const int counts[] = {5, 9, 2};
    for (int row = 0; row < 3; ++row)
        typePaperDots(tally, row, counts[row]);
    voting->paperVotersBox()->setValue(6);
    const Round* stored = gui.data().round(round);
    REQUIRE(stored->tallies.size() == 3);
    CHECK(stored->paperVoters == 6);
    // The tally is an undoable edit like any other.
    gui.doc().undoStack()->undo();
    CHECK(gui.data().round(round)->tallies.size() == 2);
    gui.doc().undoStack()->redo();

    voting->setState(RoundState::Revealed);
    // Paper dots have no voters to count: no Voters column, as in the summary.
    const QAbstractItemModel* results = voting->results()->table()->model();
    REQUIRE(results->columnCount() == 3);
    CHECK(results->headerData(1, Qt::Horizontal).toString() == u"Dots");
    CHECK(results->headerData(2, Qt::Horizontal).toString() == u"Item");
    CHECK(results->index(0, 2).data().toString() == u"Budgets");
}

TEST_CASE("The paper tally follows the round in place: a merge takes one row away, its undo puts "
          "it back, and a count being typed is kept") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::PaperTally* tally = gui.window.votingPage()->tallyTable();
    QAbstractItemModelTester tester(tally->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    typePaperDots(tally, 0, 3);
    const std::vector<Blocker> blockers =
        gui.data().blockers; // Weak leadership, Budgets, Broadband
    const QPersistentModelIndex broadbandRow = tally->model()->index(2, 0);

    // The facilitator is typing Broadband's count when Budgets is merged elsewhere.
    tally->setFocus();
    tally->setCurrentIndex(tally->model()->index(2, 0));
    QTest::keyClick(tally, Qt::Key_4);
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(editor != tally);
    REQUIRE(app::edits::mergeBlockers(gui.doc(), blockers[1].id, blockers[0].id));
    CHECK(tally->rowCount() == 2);
    CHECK(broadbandRow.row() == 1); // the same row, moved up, not made anew
    CHECK(QApplication::focusWidget() == editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    const auto dotsOn = [&](Id item) {
        for (const Tally& t : gui.data().round(round)->tallies) {
            if (t.itemId == item)
                return t.dots;
        }
        return 0;
    };
    CHECK(dotsOn(blockers[2].id) == 4);
    CHECK(dotsOn(blockers[0].id) == 3);

    gui.doc().undoStack()->undo(); // the count of 4
    gui.doc().undoStack()->undo(); // the merge
    REQUIRE(tally->rowCount() == 3);
    CHECK(tally->model()->index(1, 1).data().toString() == u"Budgets");
    CHECK(broadbandRow.row() == 2);
    CHECK(tally->model()->index(0, 0).data(Qt::EditRole).toInt() == 3);
}

TEST_CASE("The timer counts down on both screens and says clearly when time is up") {
    GuiFixture gui;
    using Clock = app::TimerBar::Clock;
    auto now = Clock::time_point{} + std::chrono::hours(1);
    app::TimerBar* timer = gui.window.timerBar();
    timer->setClock([&] { return now; });
    QList<QAction*> actions = timer->actions();
    actions[0]->trigger(); // start: 10 minutes
    now += std::chrono::minutes(3);
    timer->tick();
    CHECK(timer->displayText() == u"7:00");
    CHECK(gui.window.presenter()->sceneText().isEmpty() == false);
    actions[2]->trigger(); // one more minute
    CHECK(timer->displayText() == u"8:00");
    now += std::chrono::minutes(8);
    timer->tick();
    CHECK(timer->finished());
    CHECK(timer->displayText() == u"Time is up");
}

TEST_CASE("Paper dots counted, the round closed, then Ctrl+Z: the refusal is shown and undo "
          "goes on") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::VotingPage* voting = gui.window.votingPage();
    typePaperDots(voting->tallyTable(), 0, 4);
    REQUIRE(gui.data().round(round)->tallies.size() == 1);
    voting->setState(RoundState::Closed);
    QUndoStack* undo = gui.doc().undoStack();
    const int steps = undo->count();

    QTest::keyClick(&gui.window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(gui.prompts.errors.size() == 1);
    CHECK(gui.prompts.errors[0].contains(u"Could not undo"));
    CHECK(gui.prompts.errors[0].contains(u"closed"));
    // The dots stay counted, in memory and in the file, and the step has gone.
    CHECK(gui.data().round(round)->tallies.size() == 1);
    const auto stored = openSession(gui.path, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*stored)).round(round)->tallies.size() == 1);
    CHECK(undo->count() == steps - 1);
    CHECK(undo->index() == undo->count());

    // The next Ctrl+Z takes back the blocker added before, as it should.
    const std::size_t blockers = gui.data().blockers.size();
    QTest::keyClick(&gui.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(gui.data().blockers.size() == blockers - 1);
    CHECK(gui.prompts.errors.size() == 1);
}
