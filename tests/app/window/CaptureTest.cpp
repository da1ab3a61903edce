#include "app/window/GuiFixture.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "board/ItemDetailsDialog.h"
#include "document/Edits.h"
#include "model/TextRules.h"
#include "presenter/PresenterWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSpinBox>
#include <QTreeView>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;
using Kind = app::BoardModel::Kind;

TEST_CASE("A blocker and two solutions are captured by keyboard alone") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    REQUIRE(QApplication::focusWidget() == board->blockerEdit());

    type(u"Our supplier contract blocks online forms"_s);
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == board->solutionEdit());
    type(u"Renegotiate at renewal"_s);
    press(Qt::Key_Return);
    type(u"Ask the supplier for an API"_s);
    press(Qt::Key_Return);
    press(Qt::Key_Tab, Qt::ShiftModifier);
    REQUIRE(QApplication::focusWidget() == board->blockerEdit());
    type(u"Members prefer paper"_s);
    press(Qt::Key_Return);

    const SessionData& data = gui.data();
    REQUIRE(data.blockers.size() == 2);
    const Blocker& first = data.blockers[0];
    CHECK(first.title == u"Our supplier contract blocks online forms");
    CHECK(first.groupId == data.groups.front().id); // the group chosen in the capture bar
    CHECK(solutionTexts(data, first.id) ==
          std::vector<QString>{u"Renegotiate at renewal"_s, u"Ask the supplier for an API"_s});
    // The category was suggested from the words.
    REQUIRE(first.categoryId.has_value());
    for (const Category& c : data.categories) {
        if (c.id == *first.categoryId)
            CHECK(c.name == u"Procurement & suppliers");
    }
    CHECK(board->blockerEdit()->text().isEmpty());
    CHECK(gui.prompts.errors.isEmpty());

    // Every step is in the file already: another reader sees it now.
    auto reader = openSession(gui.path, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*reader)).solutions.size() == 2);
}

namespace {

// Whether the projector's words hold `title` on a line of its own, whole, or
// its start with "…" where the rest is cut.
bool projectedWholeOrMarked(const QString& scene, const QString& title) {
    for (const QString& line : scene.split(u'\n')) {
        const QString shown = line.startsWith(u"• ") ? line.mid(2) : line;
        if (shown == title)
            return true;
        if (shown.endsWith(u'…') && shown.size() > 1 && title.startsWith(shown.chopped(1)))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("An empty or hostile blocker is refused or kept as plain text") {
    GuiFixture gui;
    type(u"<b>bold</b> & <script>x</script>"_s);
    press(Qt::Key_Return);
    REQUIRE(gui.data().blockers.size() == 1);
    CHECK(gui.data().blockers[0].title == u"<b>bold</b> & <script>x</script>");
    CHECK(gui.window.presenter()->sceneText().contains(u"<b>bold</b> & <script>x</script>"));

    // Too long for a title: its first part is the title, the whole its
    // detail, with no question asked; nothing typed is lost.
    gui.window.boardPage()->blockerEdit()->setText(QString(600, u'x'));
    press(Qt::Key_Return);
    REQUIRE(gui.data().blockers.size() == 2);
    CHECK(gui.data().blockers[1].title.size() <= 500);
    CHECK(gui.data().blockers[1].detail == QString(600, u'x'));
    CHECK(gui.prompts.questions.isEmpty());
    CHECK(gui.prompts.errors.isEmpty());
}

TEST_CASE("Every hostile string typed as a blocker is kept as typed and shown as plain text, or "
          "refused saying why with the text left in the box") {
    GuiFixture gui;
    gui.prompts.confirmAnswer = false; // the same title again: not added
    app::BoardPage* board = gui.window.boardPage();
    QLineEdit* edit = board->blockerEdit();
    int kept = 0;
    for (const HostileText& hostile : hostileStrings()) {
        INFO(hostile.kind.toStdString() << ": " << hostile.text.left(80).toStdString());
        edit->setText(hostile.text);
        const QString typed = edit->text(); // what the box holds of it
        const std::size_t before = gui.data().blockers.size();
        const qsizetype asked = gui.prompts.questions.size() + gui.prompts.errors.size();
        press(Qt::Key_Return);
        if (gui.data().blockers.size() == before) {
            // Refused: the facilitator was told, and has the text still
            // (Enter in a box of only spaces does nothing).
            const bool blank = tidyText(typed).isEmpty();
            CHECK(gui.prompts.questions.size() + gui.prompts.errors.size() ==
                  asked + (blank ? 0 : 1));
            CHECK((edit->text() == typed || blank));
            continue;
        }
        ++kept;
        const Blocker added = gui.data().blockers.back();
        // Too long for a title: its first part, and the whole as its detail.
        const bool split = tidyText(typed).size() > TextLimits::line;
        CHECK(added.title == (split ? splitLongTitle(typed).title : tidyText(typed)));
        const QModelIndex row = board->model()->indexOf(Kind::Blocker, added.id);
        CHECK(row.data(Qt::DisplayRole).toString() == added.title);
        // The projector shows it as text: whole, or its start marked "…" as cut.
        CHECK(projectedWholeOrMarked(gui.window.presenter()->sceneText(), added.title));
        // One blocker at a time, so that the projector has room for it.
        REQUIRE(app::edits::deleteBlocker(gui.doc(), added.id));
    }
    CHECK(kept > 250);
    for (const QLabel* label : gui.window.presenter()->findChildren<QLabel*>())
        CHECK(label->textFormat() == Qt::PlainText);
}

TEST_CASE("Dragging a blocker onto another merges them, and undo separates them") {
    GuiFixture gui;
    type(u"Weak leadership"_s);
    press(Qt::Key_Return);
    type(u"No sponsor at the top"_s);
    press(Qt::Key_Return);
    const Id target = gui.data().blockers[0].id;
    const Id source = gui.data().blockers[1].id;

    app::BoardModel* model = gui.window.boardPage()->model();
    std::unique_ptr<QMimeData> drag(model->mimeData({model->indexOf(Kind::Blocker, source)}));
    const QModelIndex onTarget = model->indexOf(Kind::Blocker, target);
    REQUIRE(model->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, onTarget));
    REQUIRE(model->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, onTarget));
    CHECK(gui.data().blocker(source)->mergedInto == target);
    CHECK(gui.data().blocker(source)->title == u"No sponsor at the top"); // both texts kept
    const QModelIndex merged = model->indexOf(Kind::Blocker, source);
    CHECK(merged.parent() == model->indexOf(Kind::Blocker, target));
    CHECK(merged.data().toString() == u"Merged: No sponsor at the top");

    gui.doc().undoStack()->undo();
    CHECK_FALSE(gui.data().blocker(source)->mergedInto.has_value());
    gui.doc().undoStack()->redo();
    CHECK(gui.data().blocker(source)->mergedInto == target);
}

TEST_CASE("Every board edit can be undone and redone") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    type(u"A"_s);
    press(Qt::Key_Return);
    type(u"B"_s);
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    type(u"Fix B"_s);
    press(Qt::Key_Return);
    const SessionData captured = gui.data();
    const Id a = captured.blockers[0].id;
    const Id b = captured.blockers[1].id;

    // Edit in place, reorder by keyboard, delete.
    app::BoardModel* model = board->model();
    REQUIRE(model->setData(model->indexOf(Kind::Blocker, a), u"A, edited"_s));
    board->selectItem(Kind::Blocker, b);
    board->tree()->setFocus();
    press(Qt::Key_Up, Qt::AltModifier);
    CHECK(gui.data().blocker(b)->position == 0);
    board->selectItem(Kind::Blocker, a);
    board->tree()->setFocus();
    press(Qt::Key_Delete);
    CHECK(gui.data().blocker(a) == nullptr);
    const SessionData edited = gui.data();

    QUndoStack* undo = gui.doc().undoStack();
    while (undo->canUndo() && undo->index() > 3)
        undo->undo();
    CHECK(gui.data() == captured);
    while (undo->canRedo())
        undo->redo();
    CHECK(gui.data() == edited);
    // Undoing everything empties the board again, solutions and all.
    while (undo->canUndo())
        undo->undo();
    CHECK(gui.data().blockers.empty());
    CHECK(gui.data().solutions.empty());
}

TEST_CASE("Merge Into… works from the keyboard too, and the board filters") {
    GuiFixture gui;
    for (const QString& title : {u"Budgets"_s, u"No money"_s, u"Broadband"_s}) {
        type(title);
        press(Qt::Key_Return);
    }
    app::BoardPage* board = gui.window.boardPage();
    board->selectItem(Kind::Blocker, gui.data().blockers[1].id);
    gui.prompts.itemToChoose = 0;
    board->tree()->setFocus();
    press(Qt::Key_M, Qt::ControlModifier);
    // Likely duplicates first, each with its table.
    CHECK(gui.prompts.offeredItems ==
          QStringList{u"Budgets — Table 1 (shares: money)"_s, u"Broadband — Table 1"_s});
    CHECK(gui.prompts.offeredPreselected == 0);
    CHECK(gui.data().blockers[1].mergedInto == gui.data().blockers[0].id);

    QTreeView* tree = board->tree();
    const auto shownBlockers = [&] {
        QStringList shown;
        const QAbstractItemModel* model = tree->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int b = 0; b < model->rowCount(group); ++b) {
                if (!tree->isRowHidden(g, {}) && !tree->isRowHidden(b, group))
                    shown << model->index(b, 0, group).data().toString();
            }
        }
        return shown;
    };
    board->filterEdit()->setText(u"BROAD"_s);
    CHECK(shownBlockers() == QStringList{u"Broadband"_s});
    // While the board is filtered, what arrives is filtered too.
    app::edits::addBlocker(gui.doc(), {u"Rural broadband"_s, {}, {}, {}, {}});
    app::edits::addBlocker(gui.doc(), {u"Skills"_s, {}, {}, {}, {}});
    CHECK(shownBlockers() == QStringList{u"Broadband"_s, u"Rural broadband"_s});
    // A blocker shows when one of its solutions matches.
    app::edits::addSolution(gui.doc(), gui.data().blockers[0].id,
                            {u"Shared broadband contract"_s, {}, {}, {}, {}});
    CHECK(shownBlockers().contains(u"Budgets"_s));
    board->filterEdit()->clear();
    CHECK(shownBlockers().size() == 4); // "No money" is under Budgets, merged
}

TEST_CASE("A solution's impact, effort, owner and due date are edited in its details") {
    GuiFixture gui;
    type(u"Budgets"_s);
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    type(u"Invest to save"_s);
    press(Qt::Key_Return);
    const Id solution = gui.data().solutions.front().id;
    app::BoardPage* board = gui.window.boardPage();
    board->selectItem(Kind::Solution, solution);
    board->editDetails([](app::ItemDetailsDialog& dialog) {
        for (QSpinBox* box : dialog.findChildren<QSpinBox*>())
            box->setValue(box->accessibleName().startsWith(u"Impact") ? 4 : 2);
        for (QLineEdit* line : dialog.findChildren<QLineEdit*>()) {
            if (line->accessibleName() == u"Owner")
                line->setText(u"Finance lead"_s);
        }
        dialog.findChild<QCheckBox*>()->setChecked(true);
        dialog.findChild<QDateEdit*>()->setDate(QDate(2027, 3, 31));
    });
    const Solution& edited = gui.data().solutions.front();
    CHECK(edited.impact == 4);
    CHECK(edited.effort == 2);
    CHECK(edited.owner == u"Finance lead");
    CHECK(edited.due == QDate(2027, 3, 31));
    CHECK(board->model()->indexOf(Kind::Solution, solution).siblingAtColumn(1).data().toString() ==
          u"impact 4 · effort 2 · Finance lead · 2027-03-31");
    gui.doc().undoStack()->undo();
    CHECK_FALSE(gui.data().solutions.front().impact.has_value());
}
