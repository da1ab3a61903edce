// A short Really Useful Day from start to summary, as a facilitator runs it
// in the real window: capture by keyboard, a merge, one round voted on paper,
// on the kiosk and from a phone, closed and revealed from the presenter on
// the only screen, then the summary in every format. At each step it checks
// what the room sees and what the session file holds.
#include "app/PhoneClient.h"
#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "presenter/PresenterWindow.h"
#include "presenter/RevealChart.h"
#include "ranking/Ranking.h"
#include "report/SummaryDialog.h"
#include "store/Rounds.h"
#include "voting/KioskDialog.h"

#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeView>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

SessionData onDisk(const QString& path) {
    return expectOk(store::loadSession(*openSession(path, store::OpenMode::ReadOnly)));
}

Id blockerTitled(const SessionData& data, const QString& title) {
    for (const Blocker& b : data.blockers) {
        if (b.title == title)
            return b.id;
    }
    FAIL("no blocker " << title.toStdString());
    return 0;
}

} // namespace

TEST_CASE("rehearsal: a whole short workshop, from the first blocker to the summary") {
    TempDir dir;
    const QString path = dir.path(u"really-useful-day.unblock"_s);
    FakePrompts prompts;
    app::MainWindow window(prompts);
    SessionDetails details;
    details.title = u"Really Useful Day, Abertawe"_s;
    details.date = QDate(2027, 3, 4);
    prompts.newSessionDetails = details;
    prompts.fileToSave = path;
    window.findChild<QAction*>(u"newReallyUsefulDay"_s)->trigger();
    REQUIRE(window.document());
    window.resize(1024, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    app::BoardPage* board = window.boardPage();
    app::PresenterWindow* presenter = window.presenter();

    // Capture: Table 1 by keyboard, a blocker and its solutions, then two more.
    board->blockerEdit()->setFocus();
    type(u"Weak or negative leadership"_s);
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    for (const QString& s : {u"Coaching for the top team"_s, u"A sponsor for each service"_s}) {
        type(s);
        press(Qt::Key_Return);
    }
    press(Qt::Key_Tab, Qt::ShiftModifier);
    for (const QString& title : {u"Budgets / finite resources"_s, u"No sponsor at the top"_s,
                                 u"Legacy case management system"_s}) {
        type(title);
        press(Qt::Key_Return);
    }
    SessionData file = onDisk(path);
    REQUIRE(file.blockers.size() == 4);
    CHECK(file.details.title == u"Really Useful Day, Abertawe");
    CHECK(presenter->sceneText().contains(u"Legacy case management system"));

    // Merge "No sponsor at the top" into the leadership blocker.
    const Id leadership = blockerTitled(file, u"Weak or negative leadership"_s);
    const Id sponsor = blockerTitled(file, u"No sponsor at the top"_s);
    board->selectItem(app::BoardModel::Kind::Blocker, sponsor);
    prompts.itemToChoose = 0; // the first blocker offered: leadership
    board->tree()->setFocus();
    press(Qt::Key_M, Qt::ControlModifier);
    CHECK(onDisk(path).blocker(sponsor)->mergedInto == leadership);
    CHECK(board->solutionTarget() == leadership);

    // A round of 3 dots, at most 2 on one item.
    app::VotingPage* voting = window.votingPage();
    store::RoundSpec spec;
    spec.title = u"Top blockers"_s;
    spec.budget = 3;
    spec.maxPerItem = 2;
    const std::optional<Id> started = voting->startRound(spec);
    REQUIRE(started);
    const Id round = *started;
    window.pages()->setCurrentWidget(voting);
    CHECK(presenter->sceneText().contains(u"Voting in progress"));
    const Id legacy = blockerTitled(file, u"Legacy case management system"_s);

    // Paper: four people, twelve dots.
    voting->paperVotersBox()->setValue(4);
    app::PaperTally* tally = voting->tallyTable();
    REQUIRE(tally->rowCount() == 3);
    const std::map<QString, int> paper{{u"Weak or negative leadership"_s, 5},
                                       {u"Budgets / finite resources"_s, 4},
                                       {u"Legacy case management system"_s, 3}};
    for (int row = 0; row < tally->rowCount(); ++row)
        typePaperDots(tally, row, paper.at(tally->model()->index(row, 1).data().toString()));
    CHECK(voting->paperCountLabel()->text() == u"12 of 12 paper dots counted");

    // The kiosk: two voters, in private.
    {
        app::KioskDialog kiosk(*window.document(), prompts, round, &window);
        kiosk.show();
        for (const std::vector<int>& clicks : {std::vector<int>{1, 1, 2}, std::vector<int>{0, 2}}) {
            QTest::mouseClick(kiosk.startButton(), Qt::LeftButton);
            for (int row : clicks)
                QTest::mouseClick(kiosk.addButton(row), Qt::LeftButton);
            QTest::mouseClick(kiosk.castButton(), Qt::LeftButton);
        }
        CHECK(kiosk.ballotsCast() == 2);
        kiosk.hide();
    }

    // A phone, on this laptop's own network.
    app::PhonesPanel* phones = voting->phones();
    phones->networks()->setCurrentIndex(phones->networks()->count() - 1);
    QTest::mouseClick(phones->toggleButton(), Qt::LeftButton);
    REQUIRE(phones->host().isOn());
    Phone phone;
    phone.join(phones->host().joinUrl());
    CHECK(phone.vote(round, legacy, 2).value(u"recorded"_s).toBool());

    // Nothing is revealed yet, anywhere; everyone who voted is counted.
    CHECK(presenter->sceneText().contains(u"People who have voted: 7 (4 on paper)"));
    CHECK_FALSE(voting->resultsVisible());
    file = onDisk(path);
    CHECK(ballotsCast(*file.round(round)) == 3);
    CHECK(file.round(round)->paperVoters == 4);

    // The only screen: the presenter full screen, driven by its own keys.
    window.togglePresenter();
    QApplication::setActiveWindow(presenter);
    REQUIRE(QTest::qWaitForWindowActive(presenter));
    CHECK(presenter->keysText().contains(u"Ctrl+J: Reveal Results"));
    QTest::keyClick(presenter, Qt::Key_E, Qt::ControlModifier);
    CHECK(onDisk(path).round(round)->state == RoundState::Closed);
    QTest::keyClick(presenter, Qt::Key_J, Qt::ControlModifier);
    CHECK(onDisk(path).round(round)->state == RoundState::Revealed);
    app::RevealChart* reveal = presenter->revealChart();
    for (int item = 0; item < 3; ++item)
        QTest::keyClick(presenter, Qt::Key_Space);
    CHECK(reveal->itemsShown() == 3);

    // What the room sees is core's ranking of what the file holds:
    // leadership 5 + 1 = 6, budgets 4 + 2 = 6, legacy 3 + 1 + 1 + 2 = 7.
    const RankingResult ranked =
        rank(expectOk(store::loadRoundInput(window.document()->file(), round)));
    REQUIRE(ranked.rows.size() == 3);
    CHECK(ranked.rows[0].itemId == legacy);
    CHECK(ranked.rows[0].score == 7);
    CHECK(ranked.rows[1].score == 6);
    CHECK(ranked.rows[2].score == 6);
    CHECK(ranked.voters == 3);
    const QStringList shown = reveal->rowTexts();
    REQUIRE(shown.size() == 3);
    CHECK(shown[0] == u"Legacy case management system");
    CHECK(presenter->sceneText().contains(u"1: Legacy case management system, 7 dots"));
    QTest::keyClick(presenter, Qt::Key_Escape);

    // The summary, in every format, each saved whole.
    app::SummaryDialog summary(window.document()->data(), path, prompts, &window);
    for (const QString& name : {u"summary.pdf"_s, u"summary.odt"_s, u"summary.html"_s,
                                u"summary.md"_s, u"summary.csv"_s}) {
        INFO(name.toStdString());
        CHECK(summary.saveTo(dir.path(name)));
        CHECK(QFileInfo(dir.path(name)).size() > 300);
    }
    const QString markdown = QString::fromUtf8(readAll(dir.path(u"summary.md"_s)));
    CHECK(markdown.contains(u"# Really Useful Day, Abertawe"));
    CHECK(markdown.contains(u"### 1. Legacy case management system (7 dots)"));
    CHECK(markdown.contains(u"Merged with: No sponsor at the top"));
    CHECK(markdown.contains(u"- Coaching for the top team"));
    CHECK(markdown.contains(u"voters with a ballot: 3"));
    CHECK(markdown.contains(u"voters on paper: 4"));
    CHECK_FALSE(markdown.contains(u"Table 3")); // a table that raised nothing
    CHECK(prompts.errors.isEmpty());

    // The file, opened afresh, holds exactly what the window showed.
    phones->setOn(false);
    CHECK(onDisk(path) == window.document()->data());
}
