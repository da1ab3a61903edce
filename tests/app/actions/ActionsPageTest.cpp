// The action plan after the day: listed soonest first, filtered by owner,
// status and overdue, marked as one undo step, following the board in place.
#include "actions/ActionsPage.h"

#include "app/window/GuiFixture.h"
#include "document/Edits.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

struct Plan {
    GuiFixture gui;
    app::ActionsPage* page = gui.window.actionsPage();
    Id budgets = *app::edits::addBlocker(gui.doc(), {u"Budgets"_s, {}, {}, {}, {}});
    Id pool = *app::edits::addSolution(
        gui.doc(), budgets, {u"Pool budgets"_s, {}, {}, u"Finance lead"_s, QDate(2027, 3, 31)});
    Id bid = *app::edits::addSolution(
        gui.doc(), budgets, {u"Bid for funding"_s, {}, {}, u"Siân"_s, QDate(2027, 1, 15)});
    Id ask =
        *app::edits::addSolution(gui.doc(), budgets, {u"Ask the cabinet"_s, {}, {}, u"Siân"_s, {}});
    Id idea = *app::edits::addSolution(gui.doc(), budgets, {u"Think big"_s, {}, {}, {}, {}});

    Plan() { page->setToday(QDate(2027, 2, 1)); }
};

} // namespace

TEST_CASE("The action plan lists what someone took on, soonest first, and filters by owner, "
          "status and overdue") {
    Plan plan;
    QTreeView* list = plan.page->list();
    CHECK(shownTexts(list) ==
          QStringList{u"Bid for funding"_s, u"Pool budgets"_s, u"Ask the cabinet"_s});
    CHECK(cellOf(shownRow(list, u"Bid for funding"_s), 3) == u"2027-01-15 (overdue)");
    CHECK(cellOf(shownRow(list, u"Pool budgets"_s), 1) == u"Budgets");
    CHECK(cellOf(shownRow(list, u"Pool budgets"_s), 4) == u"Open");
    CHECK(plan.page->countLabel()->text() == u"3 of 3 actions");

    QComboBox* owner = plan.page->ownerFilter();
    REQUIRE(owner->findText(u"Siân"_s) > 0);
    owner->setCurrentIndex(owner->findText(u"Siân"_s));
    CHECK(shownTexts(list) == QStringList{u"Bid for funding"_s, u"Ask the cabinet"_s});
    plan.page->overdueOnly()->setChecked(true);
    CHECK(shownTexts(list) == QStringList{u"Bid for funding"_s});
    CHECK(plan.page->countLabel()->text() == u"1 of 3 actions");
    owner->setCurrentIndex(0);
    plan.page->overdueOnly()->setChecked(false);

    QComboBox* status = plan.page->statusFilter();
    status->setCurrentIndex(status->findText(u"Done"_s));
    CHECK(shownTexts(list).isEmpty());
}

TEST_CASE("Actions selected are marked done as one undo step, no longer overdue, and undo gives "
          "back what they were") {
    Plan plan;
    QTreeView* list = plan.page->list();
    selectShown(list, shownRow(list, u"Bid for funding"_s));
    selectShown(list, shownRow(list, u"Ask the cabinet"_s));
    const int steps = plan.gui.doc().undoStack()->count();
    plan.page->markButton(ActionStatus::Done)->click();
    CHECK(plan.gui.doc().undoStack()->count() == steps + 1);
    const Solution* bid = plan.gui.data().solution(plan.bid);
    CHECK(bid->status == ActionStatus::Done);
    CHECK(bid->statusChanged == QDate::currentDate());
    CHECK(cellOf(shownRow(list, u"Bid for funding"_s), 3) == u"2027-01-15"); // done: not overdue
    CHECK(cellOf(shownRow(list, u"Bid for funding"_s), 4).startsWith(u"Done since "));

    plan.gui.doc().undoStack()->undo();
    CHECK(plan.gui.data().solution(plan.bid)->status == ActionStatus::Open);
    CHECK_FALSE(plan.gui.data().solution(plan.ask)->statusChanged.isValid());
    CHECK(cellOf(shownRow(list, u"Bid for funding"_s), 4) == u"Open");
}

TEST_CASE("The action plan follows the board in place: a new owner lists a solution, a renamed "
          "blocker is said, a deleted one goes") {
    Plan plan;
    QTreeView* list = plan.page->list();
    selectShown(list, shownRow(list, u"Pool budgets"_s));
    app::edits::editSolution(plan.gui.doc(), plan.idea, {u"Think big"_s, {}, {}, u"Dai"_s, {}});
    CHECK(shownTexts(list).contains(u"Think big"_s));
    CHECK(plan.page->ownerFilter()->findText(u"Dai"_s) > 0);
    CHECK(isSelectedRow(list, shownRow(list, u"Pool budgets"_s))); // still selected
    CHECK(list->selectionModel()->selectedRows().size() == 1);
    app::edits::editBlocker(plan.gui.doc(), plan.budgets, {u"Money"_s, {}, {}, {}, {}});
    CHECK(cellOf(shownRow(list, u"Pool budgets"_s), 1) == u"Money");
    app::edits::deleteSolution(plan.gui.doc(), plan.pool);
    CHECK_FALSE(shownRow(list, u"Pool budgets"_s).isValid());
    CHECK(plan.page->countLabel()->text() == u"3 of 3 actions");
}

TEST_CASE("Only an action has a status: marking a solution without an owner or date is refused "
          "saying why") {
    Plan plan;
    CHECK_FALSE(app::edits::setActionStatus(plan.gui.doc(), plan.idea, ActionStatus::Done));
    CHECK(plan.gui.prompts.errors.back().contains(u"Only an action has a status"));
}

TEST_CASE("File ▸ New Session from… lists last time's open actions beside this workshop's, says "
          "where each came from, and marks both as one undo step") {
    Plan plan;
    app::edits::setActionStatus(plan.gui.doc(), plan.bid, ActionStatus::Done);
    plan.gui.prompts.fileToOpen = plan.gui.path;
    plan.gui.prompts.fileToSave = plan.gui.dir.path(u"spring.unblock"_s);
    plan.gui.prompts.newSessionDetails = SessionDetails{u"Spring day"_s, {}, {}, {}, 0};
    auto* next = plan.gui.window.findChild<QAction*>(u"newSessionFrom"_s);
    REQUIRE(next);
    next->trigger();
    REQUIRE(plan.gui.window.document()->path() == plan.gui.prompts.fileToSave);
    CHECK(plan.gui.data().details.title == u"Spring day");
    CHECK(plan.gui.window.statusBar()->currentMessage().contains(u"2 open actions carried"));
    CHECK(plan.gui.data().groups.size() == 4); // the earlier day's tables

    app::ActionsPage* page = plan.gui.window.actionsPage();
    page->setToday(QDate(2027, 2, 1));
    QTreeView* list = page->list();
    // Done last time: not carried. The rest say where they came from.
    CHECK(shownTexts(list) == QStringList{u"Pool budgets"_s, u"Ask the cabinet"_s});
    CHECK(cellOf(shownRow(list, u"Pool budgets"_s), 1) == u"Budgets");
    CHECK(cellOf(shownRow(list, u"Pool budgets"_s), 5) == u"workshop"); // the untitled file's name

    // This workshop's own action takes its place by date among them.
    const Id housing = *app::edits::addBlocker(plan.gui.doc(), {u"Housing"_s, {}, {}, {}, {}});
    app::edits::addSolution(plan.gui.doc(), housing,
                            {u"Visit tenants"_s, {}, {}, u"Dai"_s, QDate(2027, 2, 10)});
    CHECK(shownTexts(list) ==
          QStringList{u"Visit tenants"_s, u"Pool budgets"_s, u"Ask the cabinet"_s});
    CHECK(cellOf(shownRow(list, u"Visit tenants"_s), 5) == u"This workshop");
    CHECK(page->ownerFilter()->findText(u"Finance lead"_s) > 0); // carried owners too

    selectShown(list, shownRow(list, u"Visit tenants"_s));
    selectShown(list, shownRow(list, u"Ask the cabinet"_s));
    const int steps = plan.gui.doc().undoStack()->count();
    page->markButton(ActionStatus::Done)->click();
    CHECK(plan.gui.doc().undoStack()->count() == steps + 1);
    const std::vector<CarriedAction>& carried = plan.gui.data().carried;
    REQUIRE(carried.size() == 2);
    CHECK(carried[1].text == u"Ask the cabinet");
    CHECK(carried[1].status == ActionStatus::Done);
    CHECK(cellOf(shownRow(list, u"Ask the cabinet"_s), 4).startsWith(u"Done since "));
    plan.gui.doc().undoStack()->undo();
    CHECK(plan.gui.data().carried[1].status == ActionStatus::Open);
    CHECK(cellOf(shownRow(list, u"Ask the cabinet"_s), 4) == u"Open");
}

TEST_CASE("Starting from a file that is no session says so and keeps the session open") {
    Plan plan;
    const QString notes = plan.gui.dir.path(u"notes.unblock"_s);
    writeAll(notes, "Not a session.\n");
    CHECK_FALSE(plan.gui.window.newSessionFrom(notes, plan.gui.dir.path(u"next.unblock"_s)));
    REQUIRE_FALSE(plan.gui.prompts.errors.isEmpty());
    CHECK(plan.gui.window.document()->path() == plan.gui.path);
    CHECK_FALSE(QFileInfo::exists(plan.gui.dir.path(u"next.unblock"_s)));
}

TEST_CASE("The Actions tab exports the actions still to do for a calendar or a tracker, and "
          "says so when there is nothing to export") {
    Plan plan;
    plan.gui.prompts.itemToChoose = 0; // a calendar
    plan.gui.prompts.fileToSave = plan.gui.dir.path(u"actions.ics"_s);
    REQUIRE(plan.page->exportActions());
    const QByteArray ics = readAll(plan.gui.prompts.fileToSave);
    CHECK(ics.count("BEGIN:VEVENT") == 2); // the two with a date
    CHECK(plan.gui.prompts.offeredItems.size() == 3);
    CHECK(plan.gui.prompts.offeredFilters == u"Calendar (*.ics)");

    plan.gui.prompts.itemToChoose = 2; // Azure DevOps
    plan.gui.prompts.fileToSave = plan.gui.dir.path(u"actions.csv"_s);
    REQUIRE(plan.page->exportActions());
    CHECK(readAll(plan.gui.prompts.fileToSave)
              .startsWith("\xEF\xBB\xBFWork Item Type,Title,Description,Tags"));
    CHECK(plan.gui.prompts.notices.isEmpty()); // Azure DevOps asks nothing more

    // Jira: the date format its importer will ask for is said, not left to be guessed.
    QSignalSpy said(plan.page, &app::ActionsPage::done);
    plan.gui.prompts.itemToChoose = 1;
    plan.gui.prompts.fileToSave = plan.gui.dir.path(u"jira.csv"_s);
    REQUIRE(plan.page->exportActions());
    CHECK(readAll(plan.gui.prompts.fileToSave).startsWith("Summary,Issue Type,"));
    REQUIRE(plan.gui.prompts.notices.size() == 1);
    CHECK(plan.gui.prompts.notices[0].contains(u"date format"));
    CHECK(plan.gui.prompts.notices[0].contains(u"yyyy-MM-dd"));
    REQUIRE(said.size() == 1);
    CHECK(said[0][0].toString().contains(u"yyyy-MM-dd"));

    // Every action done: nothing to put in a calendar, and no file.
    for (const Id id : {plan.pool, plan.bid, plan.ask})
        app::edits::setActionStatus(plan.gui.doc(), id, ActionStatus::Done);
    plan.gui.prompts.itemToChoose = 0;
    plan.gui.prompts.fileToSave = plan.gui.dir.path(u"none.ics"_s);
    CHECK_FALSE(plan.page->exportActions());
    CHECK(plan.gui.prompts.errors.back().contains(u"nothing to put in a calendar"));
    CHECK_FALSE(QFileInfo::exists(plan.gui.prompts.fileToSave));
}
