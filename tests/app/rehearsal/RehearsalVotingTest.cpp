// Rehearsal findings about voting in front of the room: what a round holds,
// the reveal on one screen, the kiosk, paper counts and the charts.
#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "document/Edits.h"
#include "model/BoardGroups.h"
#include "presenter/PresenterWindow.h"
#include "presenter/RevealChart.h"
#include "ranking/Ranking.h"
#include "voting/KioskDialog.h"
#include "voting/ResultsView.h"
#include "voting/RoundDialog.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

void castOnKiosk(app::KioskDialog& kiosk, std::initializer_list<int> clicks) {
    kiosk.show(); // a voter clicks what is on the screen
    QTest::mouseClick(kiosk.startButton(), Qt::LeftButton);
    for (int row : clicks)
        QTest::mouseClick(kiosk.addButton(row), Qt::LeftButton);
    QTest::mouseClick(kiosk.castButton(), Qt::LeftButton);
}

QValueAxis* valueAxis(QChart* chart) {
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        if (auto* values = qobject_cast<QValueAxis*>(axis))
            return values;
    }
    return nullptr;
}

// Every grid line of the axis sits on a whole number of its step from 0, and
// the axis ends on one.
void checkRoundTicks(const QValueAxis* axis, bool wholeNumbers) {
    REQUIRE(axis);
    CHECK(axis->tickType() == QValueAxis::TicksDynamic);
    CHECK(axis->tickAnchor() == 0);
    CHECK(axis->min() == 0);
    const double steps = axis->max() / axis->tickInterval();
    CHECK(std::abs(steps - std::round(steps)) < 1e-9);
    if (wholeNumbers)
        CHECK(std::abs(axis->tickInterval() - std::round(axis->tickInterval())) < 1e-9);
}

} // namespace

TEST_CASE("rehearsal: a blocker added after a round opened is not in it, here or on the reveal") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::VotingPage* voting = gui.window.votingPage();
    REQUIRE(voting->tallyTable()->rowCount() == 3);
    gui.window.pages()->setCurrentWidget(gui.window.boardPage());
    type(u"Raised after the vote opened"_s);
    press(Qt::Key_Return);
    REQUIRE(gui.data().blockers.size() == 4);
    CHECK(voting->tallyTable()->rowCount() == 3);

    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    CHECK(kiosk.itemCount() == 3);
    castOnKiosk(kiosk, {0, 0, 1});
    voting->setState(RoundState::Revealed);
    CHECK(voting->results()->table()->model()->rowCount() == 3);
    gui.window.presenter()->showRound(round);
    // The two voted for: every screen shows the items that got votes.
    CHECK(gui.window.presenter()->revealChart()->rowTexts().size() == 2);
    CHECK_FALSE(gui.window.presenter()->sceneText().contains(u"Raised after"));
}

TEST_CASE("rehearsal: on one screen the presenter takes the voting keys and says which") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    castOnKiosk(kiosk, {0, 1, 2}); // a dot on each: three items to reveal
    kiosk.close();
    app::PresenterWindow* presenter = gui.window.presenter();
    gui.window.togglePresenter();
    QApplication::setActiveWindow(presenter);
    REQUIRE(QTest::qWaitForWindowActive(presenter));
    const QString keys = presenter->keysText();
    CHECK(keys.contains(u"Ctrl+E: Close Voting"));
    CHECK(keys.contains(u"Ctrl+J: Reveal Results"));
    CHECK(keys.contains(u"Ctrl+T"));
    CHECK(keys.contains(u"Esc: leave the presenter"));
    CHECK(presenter->findChild<QLabel*>(u"keys"_s)->isVisible());

    QTest::keyClick(presenter, Qt::Key_E, Qt::ControlModifier);
    CHECK(gui.data().round(round)->state == RoundState::Closed);
    CHECK(presenter->sceneText().contains(u"Voting has closed"));
    QTest::keyClick(presenter, Qt::Key_J, Qt::ControlModifier);
    CHECK(gui.data().round(round)->state == RoundState::Revealed);
    // The room sees the reveal happen: item by item, on the facilitator's key.
    app::RevealChart* reveal = presenter->revealChart();
    CHECK(reveal->itemsShown() == 0);
    QTest::keyClick(presenter, Qt::Key_Space);
    CHECK(reveal->itemsShown() == 1);
    QTest::keyClick(presenter, Qt::Key_Right);
    CHECK(reveal->itemsShown() == 2);
    QTest::keyClick(presenter, Qt::Key_Left);
    CHECK(reveal->itemsShown() == 1);
    QTest::keyClick(presenter, Qt::Key_Escape);
    CHECK_FALSE(presenter->isFullScreen());
}

TEST_CASE("rehearsal: the kiosk asks before Esc throws a ballot away, and never shows the "
          "facilitator's window") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    kiosk.show();
    QTest::mouseClick(kiosk.startButton(), Qt::LeftButton);
    CHECK(kiosk.questionLabel()->text() ==
          u"Top blockers\nYou have 3 dots. Put up to 2 on one item."_s);
    QTest::mouseClick(kiosk.addButton(0), Qt::LeftButton);

    gui.prompts.confirmAnswer = false; // "Leave without casting?" No.
    QTest::keyClick(&kiosk, Qt::Key_Escape);
    CHECK(kiosk.isVisible());
    CHECK(kiosk.onBallot());
    CHECK(gui.prompts.questions.last().contains(u"not be recorded"));

    gui.prompts.confirmAnswer = true; // Yes: back to the start page, not the facilitator's window.
    QTest::keyClick(&kiosk, Qt::Key_Escape);
    CHECK(kiosk.isVisible());
    CHECK_FALSE(kiosk.onBallot());
    CHECK(gui.data().round(round)->ballots.empty());

    // A ballot with dots left is confirmed first.
    QTest::mouseClick(kiosk.startButton(), Qt::LeftButton);
    QTest::mouseClick(kiosk.addButton(1), Qt::LeftButton);
    gui.prompts.confirmAnswer = false;
    QTest::mouseClick(kiosk.castButton(), Qt::LeftButton);
    CHECK(gui.prompts.questions.last() == u"You have 2 votes left. Cast anyway?");
    CHECK(kiosk.onBallot());
    CHECK(gui.data().round(round)->ballots.empty());
    gui.prompts.confirmAnswer = true;
    QTest::mouseClick(kiosk.castButton(), Qt::LeftButton);
    CHECK(ballotsCast(*gui.data().round(round)) == 1);

    // Esc on the start page hands back to the facilitator only if they say so.
    gui.prompts.confirmAnswer = false;
    QTest::keyClick(&kiosk, Qt::Key_Escape);
    CHECK(kiosk.isVisible());
    gui.prompts.confirmAnswer = true;
    QTest::keyClick(&kiosk, Qt::Key_Escape);
    CHECK_FALSE(kiosk.isVisible());
}

TEST_CASE("rehearsal: the kiosk's rows stay where they are while a voter votes") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    kiosk.resize(900, 640);
    kiosk.show();
    REQUIRE(QTest::qWaitForWindowExposed(&kiosk));
    QTest::mouseClick(kiosk.startButton(), Qt::LeftButton);
    auto placesOfRows = [&] {
        std::vector<QPoint> places;
        for (int row = 0; row < kiosk.itemCount(); ++row)
            places.push_back(kiosk.addButton(row)->mapTo(&kiosk, QPoint(0, 0)));
        return places;
    };
    const std::vector<QPoint> before = placesOfRows();
    for (int click = 0; click < 3; ++click)
        QTest::mouseClick(kiosk.addButton(0), Qt::LeftButton); // the third is refused, in words
    QCoreApplication::processEvents();
    CHECK_FALSE(kiosk.reasonLabel()->text().isEmpty());
    CHECK(placesOfRows() == before);
}

TEST_CASE("rehearsal: an empty ballot is counted the same on the kiosk, the Voting tab and the "
          "presenter") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    kiosk.show();
    castOnKiosk(kiosk, {0, 1, 2});
    castOnKiosk(kiosk, {}); // an abstention, confirmed
    CHECK(kiosk.ballotsCast() == 2);
    CHECK(gui.window.votingPage()->hiddenLabel()->text().contains(u"People who have voted: 2"));
    gui.window.presenter()->showRound(round);
    CHECK(gui.window.presenter()->sceneText().contains(u"People who have voted: 2"));
}

TEST_CASE("rehearsal: paper counts are checked as they are typed, and paper voters are counted") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::VotingPage* voting = gui.window.votingPage();
    auto setDots = [&](int row, int dots) {
        typePaperDots(voting->tallyTable(), row, dots);
    };
    setDots(0, 50); // the rehearsal: 50 dots, nobody down as voting on paper
    CHECK(voting->paperCountLabel()->text().contains(u"50 paper dots counted"));
    CHECK(voting->paperCountLabel()->text().contains(u"Nobody is down as voting on paper"));
    voting->paperVotersBox()->setValue(24);
    setDots(0, 7);
    setDots(1, 5);
    CHECK(voting->paperCountLabel()->text() == u"12 of 72 paper dots counted");
    setDots(2, 70);
    CHECK(voting->paperCountLabel()->text().contains(u"more than 24 people with 3 dots each"));
    setDots(2, 3);

    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    castOnKiosk(kiosk, {0, 0, 1});
    gui.window.presenter()->showRound(round);
    CHECK(gui.window.presenter()->sceneText().contains(u"People who have voted: 25 (24 on paper)"));
    voting->setState(RoundState::Revealed);
    const QAbstractItemModel* table = voting->results()->table()->model();
    CHECK(table->index(0, 2).data().toString() == u"1 + paper"); // 7 on paper, 2 from the kiosk
    CHECK(table->index(2, 2).data().toString() == u"on paper");
}

TEST_CASE("rehearsal: the results chart's grid lines sit on whole numbers of votes") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    for (int voter = 0; voter < 3; ++voter)
        castOnKiosk(kiosk, {0, 0, 1}); // 6, 3 and 0 dots
    castOnKiosk(kiosk, {0, 2});        // 7 at most: once labelled 1, 3, 5, 7 at 1.75, 3.5 …
    gui.window.votingPage()->setState(RoundState::Revealed);
    auto* view = gui.window.votingPage()->results()->findChild<QChartView*>();
    REQUIRE(view);
    QValueAxis* axis = valueAxis(view->chart());
    checkRoundTicks(axis, true);
    CHECK(axis->tickInterval() == 2);
    CHECK(axis->max() == 8);
}

TEST_CASE("rehearsal: a round revealed with no votes says so in words on the laptop and on "
          "the projector alike") {
    GuiFixture gui;
    startDotRound(gui);
    gui.window.votingPage()->setState(RoundState::Revealed);
    auto* view = gui.window.votingPage()->results()->findChild<QChartView*>();
    REQUIRE(view);
    CHECK(view->chart()->title() == u"No votes were cast.");
    app::PresenterWindow* presenter = gui.window.presenter();
    presenter->show();
    CHECK(presenter->revealChart()->accessibleDescription() == view->chart()->title());
}

TEST_CASE("rehearsal: seven long titles on the reveal wrap to two lines at one type size") {
    GuiFixture gui;
    for (int i = 1; i <= 7; ++i) {
        type(u"Residents can't find the council tax form on the website, number %1, and ring "
             "the contact centre instead"_s.arg(i));
        press(Qt::Key_Return);
    }
    gui.window.pages()->setCurrentWidget(gui.window.votingPage());
    store::RoundSpec spec;
    spec.title = u"Top blockers"_s;
    spec.budget = 7;
    const std::optional<Id> round = gui.window.votingPage()->startRound(spec);
    REQUIRE(round);
    int dots = 0;
    for (const Blocker& b : gui.data().blockers) // paper dots, so each is on the reveal
        REQUIRE(app::edits::setTally(gui.doc(), *round, b.id, ++dots));
    gui.window.votingPage()->setState(RoundState::Revealed);
    app::PresenterWindow* presenter = gui.window.presenter();
    presenter->resize(1024, 768);
    presenter->show();
    REQUIRE(QTest::qWaitForWindowExposed(presenter));
    presenter->showRound(*round);
    app::RevealChart* reveal = presenter->revealChart();
    reveal->finish();
    const int typeSize = reveal->rowPixelSize();
    const QStringList rows = reveal->rowTexts();
    REQUIRE(rows.size() == 7);
    for (const QString& row : rows) {
        CHECK(row.contains(u'\n')); // two lines before any cut
        CHECK(row.contains(u"Residents can't find the council tax form on the website"));
    }
    // Fewer items, the same type size: the rows do not grow to fill the screen.
    TopSelection three;
    three.rows.resize(3);
    reveal->reveal(VoteMethod::Dots, three);
    CHECK(reveal->rowTexts().size() == 3);
    CHECK(reveal->rowPixelSize() == typeSize);
    CHECK(typeSize >= 16);
}

TEST_CASE("rehearsal: a new round goes to the Voting tab and is named after what is voted on") {
    GuiFixture gui;
    type(u"Budgets"_s);
    press(Qt::Key_Return);
    const Id blocker = gui.data().blockers.front().id;
    app::RoundDialog blockers(gui.doc(), blocker);
    CHECK(blockers.spec().title == u"Top blockers");
    blockers.subjectBox()->setCurrentIndex(1);
    CHECK(blockers.spec().title == u"Solutions to “Budgets”");

    gui.window.pages()->setCurrentWidget(gui.window.boardPage());
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<app::RoundDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->accept();
    });
    QTest::keyClick(&gui.window, Qt::Key_R, Qt::ControlModifier);
    CHECK(gui.window.pages()->currentWidget() == gui.window.votingPage());
    REQUIRE(gui.data().rounds.size() == 1);

    // The next round is offered a name of its own, not the first one's again.
    app::RoundDialog next(gui.doc(), blocker);
    CHECK(next.spec().title == u"Top blockers (2)");
}

TEST_CASE("rehearsal: at 1024x768 the projector shows three tables' long titles whole while "
          "there is room, and marks each cut with \u2026 when they crowd") {
    GuiFixture gui(false);
    app::PresenterWindow* presenter = gui.window.presenter();
    presenter->resize(1024, 768);
    presenter->show();
    presenter->showBoard();
    QStringList titles;
    const auto addTitles = [&](int perTable) {
        for (int table = 1; table <= 3; ++table) {
            const std::optional<Id> group =
                app::edits::addGroup(gui.doc(), u"Table %1 (%2)"_s.arg(table).arg(perTable));
            for (int n = 1; n <= perTable; ++n) {
                const QString title =
                    u"Blocker %1 at table %2: residents ring because the form on the website "
                    "does not show bank holiday collections"_s.arg(n)
                        .arg(table);
                REQUIRE(app::edits::addBlocker(gui.doc(), {title, {}, {}, group, {}}));
                titles << title;
            }
        }
        QCoreApplication::processEvents();
    };
    addTitles(3); // nine long titles, as a morning's tables write them
    const QStringList shown = presenter->sceneText().split(u'\n');
    for (const QString& title : titles)
        CHECK(shown.contains(u"\u2022 "_s + title));
    CHECK_FALSE(presenter->sceneText().contains(u'\u2026'));

    addTitles(5); // twenty-four: they crowd, and each cut one says so
    const QStringList lines = presenter->sceneText().split(u'\n');
    const auto cut = std::count_if(lines.begin(), lines.end(),
                                   [](const QString& line) { return line.endsWith(u'\u2026'); });
    CHECK(cut > 0);
    for (const QString& line : lines) {
        if (line.startsWith(u"\u2022 "_s) && !line.endsWith(u'\u2026'))
            CHECK(titles.contains(line.mid(2))); // a title not marked cut is whole
    }
}

TEST_CASE("rehearsal: blockers without a table share one column on the projector, and many "
          "tables fit its width") {
    GuiFixture gui(false); // a blank session: no tables
    for (int i = 1; i <= 3; ++i) {
        type(u"Blocker %1 without a table"_s.arg(i));
        press(Qt::Key_Return);
    }
    app::PresenterWindow* presenter = gui.window.presenter();
    presenter->resize(1024, 768);
    presenter->show();
    CHECK(presenter->sceneText().count(noGroupName()) == 1);
    for (int table = 1; table <= 10; ++table) {
        const std::optional<Id> group = app::edits::addGroup(gui.doc(), u"Table %1"_s.arg(table));
        REQUIRE(group);
        REQUIRE(app::edits::addBlocker(
            gui.doc(),
            {u"A blocker raised at table number %1 of the day"_s.arg(table), {}, {}, group, {}}));
    }
    QCoreApplication::processEvents();
    CHECK(presenter->minimumSizeHint().width() <= 1024);
    CHECK(presenter->width() <= 1024);
}

TEST_CASE(
    "rehearsal: a kiosk voter's last dot on a row keeps them on that row, and the list does not "
    "scroll away") {
    GuiFixture gui;
    for (int i = 1; i <= 20; ++i)
        app::edits::addBlocker(gui.doc(), {u"Blocker %1"_s.arg(i), {}, {}, {}, {}});
    const Id round = startDotRound(gui); // 3 dots, at most 2 on one
    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    kiosk.resize(900, 640);
    kiosk.show();
    REQUIRE(QTest::qWaitForWindowExposed(&kiosk));
    QTest::mouseClick(kiosk.startButton(), Qt::LeftButton);
    const int row = 12;
    QPushButton* add = kiosk.addButton(row);
    add->setFocus();
    QCoreApplication::processEvents();
    auto* list = kiosk.findChild<QScrollArea*>();
    REQUIRE(list);
    const int scrolled = list->verticalScrollBar()->value();
    QTest::keyClick(add, Qt::Key_Space);
    QTest::keyClick(add, Qt::Key_Space); // the row's limit: its "+" goes grey
    QCoreApplication::processEvents();
    CHECK_FALSE(add->isEnabled());
    CHECK(QApplication::focusWidget() == kiosk.removeButton(row));
    CHECK(list->verticalScrollBar()->value() == scrolled);
}
