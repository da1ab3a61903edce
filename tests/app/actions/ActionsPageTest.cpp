// The action plan after the day: listed soonest first, filtered by owner,
// status and overdue, marked as one undo step, following the board in place.
#include "actions/ActionsPage.h"

#include "app/window/GuiFixture.h"
#include "document/Edits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// The texts of the rows shown, top to bottom.
QStringList shown(const QTreeWidget* list) {
    QStringList texts;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (!list->topLevelItem(i)->isHidden())
            texts << list->topLevelItem(i)->text(0);
    }
    return texts;
}

QTreeWidgetItem* rowOf(const QTreeWidget* list, const QString& text) {
    const QList<QTreeWidgetItem*> found = list->findItems(text, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.front();
}

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
    QTreeWidget* list = plan.page->list();
    CHECK(shown(list) ==
          QStringList{u"Bid for funding"_s, u"Pool budgets"_s, u"Ask the cabinet"_s});
    CHECK(rowOf(list, u"Bid for funding"_s)->text(3) == u"2027-01-15 (overdue)");
    CHECK(rowOf(list, u"Pool budgets"_s)->text(1) == u"Budgets");
    CHECK(rowOf(list, u"Pool budgets"_s)->text(4) == u"Open");
    CHECK(plan.page->countLabel()->text() == u"3 of 3 actions");

    QComboBox* owner = plan.page->ownerFilter();
    REQUIRE(owner->findText(u"Siân"_s) > 0);
    owner->setCurrentIndex(owner->findText(u"Siân"_s));
    CHECK(shown(list) == QStringList{u"Bid for funding"_s, u"Ask the cabinet"_s});
    plan.page->overdueOnly()->setChecked(true);
    CHECK(shown(list) == QStringList{u"Bid for funding"_s});
    CHECK(plan.page->countLabel()->text() == u"1 of 3 actions");
    owner->setCurrentIndex(0);
    plan.page->overdueOnly()->setChecked(false);

    QComboBox* status = plan.page->statusFilter();
    status->setCurrentIndex(status->findText(u"Done"_s));
    CHECK(shown(list).isEmpty());
}

TEST_CASE("Actions selected are marked done as one undo step, no longer overdue, and undo gives "
          "back what they were") {
    Plan plan;
    QTreeWidget* list = plan.page->list();
    rowOf(list, u"Bid for funding"_s)->setSelected(true);
    rowOf(list, u"Ask the cabinet"_s)->setSelected(true);
    const int steps = plan.gui.doc().undoStack()->count();
    plan.page->markButton(ActionStatus::Done)->click();
    CHECK(plan.gui.doc().undoStack()->count() == steps + 1);
    const Solution* bid = plan.gui.data().solution(plan.bid);
    CHECK(bid->status == ActionStatus::Done);
    CHECK(bid->statusChanged == QDate::currentDate());
    CHECK(rowOf(list, u"Bid for funding"_s)->text(3) == u"2027-01-15"); // done: not overdue
    CHECK(rowOf(list, u"Bid for funding"_s)->text(4).startsWith(u"Done since "));

    plan.gui.doc().undoStack()->undo();
    CHECK(plan.gui.data().solution(plan.bid)->status == ActionStatus::Open);
    CHECK_FALSE(plan.gui.data().solution(plan.ask)->statusChanged.isValid());
    CHECK(rowOf(list, u"Bid for funding"_s)->text(4) == u"Open");
}

TEST_CASE("The action plan follows the board in place: a new owner lists a solution, a renamed "
          "blocker is said, a deleted one goes") {
    Plan plan;
    QTreeWidget* list = plan.page->list();
    QTreeWidgetItem* pool = rowOf(list, u"Pool budgets"_s);
    pool->setSelected(true);
    app::edits::editSolution(plan.gui.doc(), plan.idea, {u"Think big"_s, {}, {}, u"Dai"_s, {}});
    CHECK(shown(list).contains(u"Think big"_s));
    CHECK(plan.page->ownerFilter()->findText(u"Dai"_s) > 0);
    CHECK(rowOf(list, u"Pool budgets"_s) == pool); // the same row, still selected
    CHECK(pool->isSelected());
    app::edits::editBlocker(plan.gui.doc(), plan.budgets, {u"Money"_s, {}, {}, {}, {}});
    CHECK(pool->text(1) == u"Money");
    app::edits::deleteSolution(plan.gui.doc(), plan.pool);
    CHECK_FALSE(rowOf(list, u"Pool budgets"_s));
    CHECK(plan.page->countLabel()->text() == u"3 of 3 actions");
}

TEST_CASE("Only an action has a status: marking a solution without an owner or date is refused "
          "saying why") {
    Plan plan;
    CHECK_FALSE(app::edits::setActionStatus(plan.gui.doc(), plan.idea, ActionStatus::Done));
    CHECK(plan.gui.prompts.errors.back().contains(u"Only an action has a status"));
}
