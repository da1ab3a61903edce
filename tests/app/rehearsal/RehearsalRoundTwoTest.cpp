// Rehearsal findings, round two: the moments of a full rehearsal at
// 1024x768 that would embarrass a facilitator or mislead the room.
#include "app/EveryDialog.h"
#include "app/PhoneClient.h"
#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "board/IncomingPanel.h"
#include "board/LearningPanel.h"
#include "document/Edits.h"
#include "journey/Journey.h"
#include "journeys/JourneysPage.h"
#include "model/PhoneSettings.h"
#include "model/TextRules.h"
#include "presenter/BoardScene.h"
#include "presenter/PresenterWindow.h"
#include "report/BarChart.h"
#include "report/HtmlWriter.h"
#include "report/ImpactEffort.h"
#include "report/MarkdownWriter.h"
#include "report/Pagination.h"
#include "report/Summary.h"
#include "report/SummaryTextDocument.h"
#include "support/PastWorkshop.h"
#include "support/PrintedPages.h"
#include "voting/PhonesPanel.h"
#include "voting/ResultsView.h"
#include "voting/VotingPage.h"
#include "window/Prompts.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QValueAxis>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// How many characters of a blocker's title the board shows: what fits the
// title column beside its indentation and branch, in the board's own font.
qsizetype shownCharacters(const QTreeView* tree, const QModelIndex& index) {
    const QRect cell = tree->visualRect(index);
    const QString title = index.data().toString();
    const QString shown = tree->fontMetrics().elidedText(title, Qt::ElideRight, cell.width() - 8);
    return shown == title ? title.size() : shown.size() - 1; // less the "…"
}

// Every blocker row of the board, the rows of groups opened.
std::vector<QModelIndex> blockerRows(const QTreeView* tree) {
    std::vector<QModelIndex> rows;
    const QAbstractItemModel* model = tree->model();
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row)
            rows.push_back(model->index(row, 0, parent));
    }
    return rows;
}

} // namespace

TEST_CASE("rehearsal: at 1024x768 with the phones' and the library's panels open, the board's "
          "titles show enough to tell blockers apart") {
    GuiFixture gui;
    gui.window.resize(1024, 768);
    app::BoardPage* board = gui.window.boardPage();
    // With no panel open, the board has the whole page, at any size of type.
    for (int zoom : {0, 3}) {
        board->setZoom(zoom);
        QApplication::processEvents();
        CHECK(board->tree()->width() >= board->width() * 9 / 10);
    }
    board->setZoom(0);
    // Titles alike for their first 30 characters, solutions with owners and
    // scores, phones' items waiting and a library with a file it could not read.
    const QString start = u"Residents can't find the form "_s;
    for (const QString& end : {u"for council tax, so they ring the contact centre"_s,
                               u"for parking permits, so they queue at reception"_s,
                               u"for school transport, so they email the head"_s}) {
        const std::optional<Id> id =
            app::edits::addBlocker(gui.doc(), {start + end, {}, {}, {}, {}});
        REQUIRE(id);
        REQUIRE(app::edits::addSolution(gui.doc(), *id,
                                        {u"Put the form online with a saved draft"_s, 4, 2,
                                         u"Siân Llewellyn-Jones, Digital Services"_s,
                                         QDate(2027, 3, 31)}));
    }
    receivePhoneItems(gui, {{IncomingKind::Blocker,
                             u"Nobody owns the forms and nobody can change them"_s,
                             u"Dai"_s,
                             u"phone-1"_s,
                             {},
                             {}}});
    TempDir libraryDir;
    const QString folder = libraryDir.path(u"library"_s);
    REQUIRE(QDir().mkpath(folder));
    writeAll(folder + u"/notes.unblock"_s, "not a session");
    board->learning()->setFolder(folder);
    REQUIRE(QTest::qWaitFor([&] { return !board->learning()->isReading(); }, 10'000));
    board->tree()->setFocus();
    board->tree()->setCurrentIndex(blockerRows(board->tree()).front());
    REQUIRE(board->incoming()->isVisible());
    REQUIRE(board->learning()->isVisible());

    // As the room sees it, and with the board's type larger for the back row.
    for (int zoom : {0, 2, 4}) {
        CAPTURE(zoom);
        board->setZoom(zoom);
        QApplication::processEvents();
        QTest::qWait(50); // the layout settles
        for (const QModelIndex& row : blockerRows(board->tree()))
            CHECK(shownCharacters(board->tree(), row) >= 45);
        // The panels are still there to use.
        CHECK(board->incoming()->width() >= 300);
        CHECK(board->incoming()->height() >= 150);
        CHECK(board->learning()->height() >= 150);
    }
}

TEST_CASE("rehearsal: a blocker too long for a title is added with Enter, no question in the "
          "typing path, and the summary prints the whole of it") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    QString sentence;
    for (int i = 0; sentence.size() <= TextLimits::line; ++i)
        sentence +=
            u"Residents ring the contact centre about form %1 because nobody replies. "_s.arg(i);
    sentence += u"The last words of the blocker."_s;
    board->blockerEdit()->setFocus();
    board->blockerEdit()->setText(sentence);
    press(Qt::Key_Return);
    type(u"next one"_s); // typing straight on, as the Tab and Enter flow invites
    CHECK(gui.prompts.questions.isEmpty());
    REQUIRE(gui.data().blockers.size() == 1);
    const Blocker& added = gui.data().blockers[0];
    CHECK(added.title == splitLongTitle(sentence).title);
    CHECK(added.title.size() <= TextLimits::line);
    CHECK(added.detail == tidyText(sentence));
    CHECK(board->blockerEdit()->text() == u"next one"_s);
    CHECK(board->lengthLabel()->isVisible());
    CHECK(board->lengthLabel()->text().contains(u"detail"_s));

    // Printed whole, once: the title, then the rest of the sentence.
    const SummaryDocument summary = expectOk(buildSummary(gui.data()));
    CHECK(writeMarkdown(summary).contains(u"The last words of the blocker."_s));
    CHECK(writeMarkdown(summary).count(u"about form 0 because"_s) == 1);
    CHECK(writeHtml(summary).contains(u"The last words of the blocker."_s));
}

TEST_CASE("rehearsal: Merge Into… offers a likely duplicate first, with its table, and Enter "
          "alone merges nothing when none is likely") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    for (const QString& title :
         {u"Weak leadership at the top"_s, u"Budgets"_s, u"Leadership at the top is weak"_s}) {
        type(title);
        press(Qt::Key_Return);
    }
    const Id weak = gui.data().blockers[0].id;
    const Id budgets = gui.data().blockers[1].id;
    board->selectItem(app::BoardModel::Kind::Blocker, gui.data().blockers[2].id);
    board->tree()->setFocus();
    press(Qt::Key_M, Qt::ControlModifier);
    REQUIRE_FALSE(gui.prompts.offeredItems.isEmpty());
    CHECK(gui.prompts.offeredItems.front().startsWith(u"Weak leadership at the top — Table 1"_s));
    CHECK(gui.prompts.offeredPreselected == 0);

    // Budgets is like nothing: nothing is chosen for Enter to take.
    board->selectItem(app::BoardModel::Kind::Blocker, budgets);
    board->tree()->setFocus();
    press(Qt::Key_M, Qt::ControlModifier);
    CHECK_FALSE(gui.prompts.offeredPreselected.has_value());

    // The real dialog: Enter with nothing chosen does not merge.
    app::Prompts prompts;
    QTimer::singleShot(0, [] {
        QWidget* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        QTest::keyClick(dialog, Qt::Key_Return);
        if (QApplication::activeModalWidget() == dialog)
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
    CHECK_FALSE(prompts.chooseItem(&gui.window, u"Merge Into"_s, u"&Merge into:"_s,
                                   {u"Weak leadership at the top — Table 1"_s}, std::nullopt));
    CHECK_FALSE(gui.data().blocker(budgets)->mergedInto);
    CHECK_FALSE(gui.data().blocker(weak)->mergedInto);
}

TEST_CASE("rehearsal: after a phone's item is accepted focus goes to the next one, then back to "
          "typing, never to the switch that lets phones publish unread") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    receivePhoneItems(
        gui, {{IncomingKind::Blocker, u"Nobody owns the forms"_s, {}, u"phone-1"_s, {}, {}},
              {IncomingKind::Blocker, u"Rural broadband is slow"_s, {}, u"phone-2"_s, {}, {}}});
    app::IncomingPanel* incoming = board->incoming();
    QTreeView* list = incoming->list();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    incoming->acceptButton()->setFocus();
    press(Qt::Key_Space);
    CHECK(gui.data().blockers.size() == 1);
    CHECK(QApplication::focusWidget() == list);
    CHECK(list->currentIndex().data().toString() == u"Rural broadband is slow"_s);
    press(Qt::Key_Return); // the list accepts with Enter too
    CHECK(gui.data().blockers.size() == 2);
    CHECK(QApplication::focusWidget() == board->blockerEdit());
    CHECK_FALSE(incoming->acceptEverything()->isChecked());

    // The switch itself asks before phones may publish unread.
    gui.prompts.confirmAnswer = false;
    incoming->acceptEverything()->click();
    CHECK_FALSE(incoming->acceptEverything()->isChecked());
    CHECK(gui.prompts.questions.size() == 1);
}

TEST_CASE("rehearsal: a solution added from the library leaves focus in the library's list") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    TempDir libraryDir;
    const QString folder = libraryDir.path(u"library"_s);
    REQUIRE(QDir().mkpath(folder));
    {
        auto file = createSession(folder + u"/caerdydd.unblock"_s);
        expectOk(store::writeSession(
            *file,
            pastWorkshop(u"Caerdydd"_s, QDate(2026, 3, 12), u"No money for new systems"_s,
                         {u"Pool budgets with the neighbours"_s, u"Bid for national funding"_s})));
    }
    board->learning()->setFolder(folder);
    REQUIRE(QTest::qWaitFor([&] { return !board->learning()->isReading(); }, 10'000));
    type(u"No money for new systems"_s);
    press(Qt::Key_Return);
    board->selectItem(app::BoardModel::Kind::Blocker, gui.data().blockers[0].id);
    QTreeWidget* list = board->learning()->list();
    REQUIRE(QTest::qWaitFor([&] { return list->topLevelItemCount() > 0; }));
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(board->learning()->addButton(), Qt::LeftButton);
    CHECK(solutionTexts(gui.data(), gui.data().blockers[0].id).size() == 1);
    CHECK(QApplication::focusWidget() == list);
}

TEST_CASE("rehearsal: no label of any dialog shows its mnemonic marker as text") {
    GuiFixture gui;
    const std::vector<std::unique_ptr<QDialog>> dialogs = everyDialog(gui.window, gui.prompts);
    REQUIRE(dialogs.size() >= 10);
    for (const std::unique_ptr<QDialog>& dialog : dialogs) {
        dialog->show();
        QApplication::processEvents();
        for (const QLabel* label : dialog->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(dialog.get()) || label->textFormat() == Qt::RichText ||
                (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
                continue;
            INFO(dialog->metaObject()->className() << ": " << label->text().toStdString());
            // Qt draws "&x" as an underlined x only on a label with a buddy.
            CHECK((label->buddy() || !hasMnemonic(label->text())));
        }
        dialog->hide();
    }
}

TEST_CASE("rehearsal: the room is told what is so: what phones may do, why a tie with paper "
          "dots is ordered, and an action in progress") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::PhonesPanel* phones = phonesOn(gui);
    // Phones may send blockers while the dot round is closed and nothing is open.
    phones->callChoice()->setCurrentIndex(static_cast<int>(PhoneCall::Blockers));
    app::edits::setRoundState(gui.doc(), round, RoundState::Closed);
    const QString said = phones->statusLabel()->text();
    CHECK(said.contains(u"Phones may send blockers."_s));
    CHECK_FALSE(said.contains(u"wait"_s));

    // One dot on a kiosk ballot for Weak leadership, one on paper for Budgets.
    app::edits::setRoundState(gui.doc(), round, RoundState::Open);
    const Id weak = gui.data().blockers[0].id;
    const Id budgets = gui.data().blockers[1].id;
    REQUIRE(app::edits::castKioskBallot(gui.doc(), round, u"kiosk-1"_s, {{weak, 1}}));
    REQUIRE(app::edits::setTally(gui.doc(), round, budgets, 1));
    app::edits::setRoundState(gui.doc(), round, RoundState::Closed);
    app::edits::setRoundState(gui.doc(), round, RoundState::Revealed);
    gui.window.pages()->setCurrentWidget(gui.window.votingPage());
    gui.window.votingPage()->selectRound(round);
    QAbstractItemView* table = gui.window.votingPage()->results()->table();
    const QModelIndex first = table->model()->index(0, 0);
    const QString why = first.data(Qt::ToolTipRole).toString();
    CHECK(why.contains(u"on a ballot (1 against 0; dots on paper are not counted by voter)"_s));
    // The printed summary says the tie too, in its headings and its chart.
    const SummaryDocument summary = expectOk(buildSummary(gui.data()));
    CHECK(writeMarkdown(summary).contains(u"### 1= Weak leadership"_s));
    CHECK(writeMarkdown(summary).contains(u"### 1= Budgets"_s));
    CHECK(topBlockerBars(summary).front().label.startsWith(u"1= "_s));

    // Since last time: an action being worked on is in progress, not still open.
    SessionData next = gui.data();
    CarriedAction carried;
    carried.id = 1;
    carried.text = u"Pool budgets with the neighbours"_s;
    carried.status = ActionStatus::InProgress;
    carried.due = QDate::currentDate().addDays(30);
    carried.fromWorkshop = u"Caerdydd"_s;
    next.carried.push_back(carried);
    const QString markdown = writeMarkdown(expectOk(buildSummary(next)));
    CHECK(markdown.contains(u"In progress"_s));
    CHECK_FALSE(markdown.contains(u"Still open"_s));
}

TEST_CASE("rehearsal: the current journey's header says what its future version saves, and the "
          "cost axis shows its amounts") {
    GuiFixture gui;
    gui.window.resize(1024, 768);
    QTest::keyClick(&gui.window, Qt::Key_3, Qt::ControlModifier);
    app::JourneysPage* page = gui.window.journeysPage();
    Journey current;
    current.title = u"Renewing a parking permit"_s;
    current.annualVolume = 1000;
    current.steps.resize(2);
    current.steps[0].description = u"Rings the contact centre"_s;
    current.steps[0].channelId = 2; // telephone
    current.steps[1].description = u"Is sent a form"_s;
    current.steps[1].channelId = 2;
    const std::optional<Id> currentId = app::edits::addJourney(gui.doc(), current);
    REQUIRE(currentId);
    Journey future = futureVersionOf(*gui.data().journey(*currentId));
    for (JourneyStep& step : future.steps)
        step.channelId = 1; // the web
    const std::optional<Id> futureId = app::edits::addJourney(gui.doc(), future);
    REQUIRE(futureId);
    page->selectJourney(*currentId);
    QApplication::processEvents();
    CHECK(page->totals().contains(u"Its future version “%1” saves"_s.arg(future.title)));
    page->selectJourney(*futureId);
    QApplication::processEvents();
    CHECK(page->totals().contains(u"Saves "_s));
    CHECK(page->totals().contains(u"over “Renewing a parking permit”"_s));

    // Every amount on the cost chart's axis is a whole label, none cut to "0…".
    for (QValueAxis* axis : page->findChildren<QValueAxis*>())
        CHECK_FALSE(axis->truncateLabels());
}

TEST_CASE("rehearsal: the summary's impact and effort heading and its first sentence share the "
          "matrix's page, at any page height") {
    const SessionData scored = scoredDemo(randomScores(20, 7));
    const auto document = summaryTextDocument(expectOk(buildSummary(scored)), SummaryMedium::Print);
    const QAbstractTextDocumentLayout& layout = *document->documentLayout();
    const QTextCursor heading = document->find(matrixTitle());
    REQUIRE_FALSE(heading.isNull());
    const QTextCursor intro = document->find(matrixIntro());
    REQUIRE_FALSE(intro.isNull());
    const QTextBlock matrix = intro.block().next();
    REQUIRE(matrix.text().contains(QChar::ObjectReplacementCharacter));
    const qreal headingTop = layout.blockBoundingRect(heading.block()).top();
    const QRectF matrixRect = layout.blockBoundingRect(matrix);
    // Every page tall enough for the heading, its sentence and the matrix.
    const qreal needed = matrixRect.bottom() - headingTop;
    for (qreal height = needed + 10; height <= 1600; height += 7) {
        const std::vector<PrintedPage> pages = paginate(*document, height);
        INFO("page height " << height);
        CHECK(pageOf(pages, headingTop) == pageOf(pages, matrixRect.top()));
    }
}

TEST_CASE("rehearsal: the phones' network and call come back with the session, and exporting "
          "actions says where they went") {
    QSettings().remove(u"phones/interface"_s);
    GuiFixture gui;
    startDotRound(gui);
    app::PhonesPanel* phones = phonesOn(gui); // on the last network: this laptop only
    const QString network = phones->networks()->currentText();
    phones->callChoice()->setCurrentIndex(static_cast<int>(PhoneCall::Blockers));
    QTest::mouseClick(phones->toggleButton(), Qt::LeftButton); // off

    // Another session, then this one again, in a window opened afresh.
    REQUIRE(gui.window.newSession(gui.dir.path(u"other.unblock"_s), true));
    app::MainWindow again{gui.prompts};
    REQUIRE(again.openSession(gui.path));
    app::PhonesPanel* reopened = again.votingPage()->phones();
    again.show();
    again.pages()->setCurrentWidget(again.votingPage());
    QApplication::processEvents();
    CHECK(reopened->networks()->currentText() == network);
    CHECK(reopened->callChoice()->currentIndex() == static_cast<int>(PhoneCall::Blockers));
    QSettings().remove(u"phones/interface"_s);

    // An action with a date, exported to a calendar: the status bar says so.
    const Id blocker = again.document()->data().blockers[0].id;
    REQUIRE(app::edits::addSolution(
        *again.document(), blocker,
        {u"Coaching for the top team"_s, 4, 2, u"Siân"_s, QDate::currentDate().addDays(14)}));
    gui.prompts.itemToChoose = 0; // a calendar
    gui.prompts.fileToSave = gui.dir.path(u"actions.ics"_s);
    for (QAction* action : again.findChildren<QAction*>()) {
        if (action->text() == u"Export &Actions…"_s)
            action->trigger();
    }
    REQUIRE(QFileInfo::exists(gui.prompts.fileToSave));
    CHECK(again.statusBar()->currentMessage().contains(u"1 action written to “actions.ics”"_s));
}

TEST_CASE("rehearsal: the projector's board, its type enlarged for the back row, ends on the "
          "screen and says how many more") {
    GuiFixture gui;
    const Id table = gui.data().groups.front().id;
    for (int i = 1; i <= 14; ++i) {
        REQUIRE(app::edits::addBlocker(
            gui.doc(),
            {u"Residents cannot find form %1 on the website, so they ring the contact centre"_s.arg(
                 i),
             {},
             {},
             table,
             {}}));
    }
    // Enlarged on the laptop before the projector is shown (F5), and again
    // while it shows.
    app::PresenterWindow* presenter = gui.window.presenter();
    presenter->resize(1024, 768);
    presenter->setZoom(3);
    presenter->show();
    REQUIRE(QTest::qWaitForWindowExposed(presenter));
    presenter->showBoard();
    for (int zoom : {3, 0, 6, 10}) {
        CAPTURE(zoom);
        presenter->setZoom(zoom);
        QTest::qWait(50); // laid out, as the room sees it
        CHECK(presenter->boardScene()->fitsOnScreen());
    }
    CHECK(presenter->boardScene()->text().contains(u"more"_s));
}
