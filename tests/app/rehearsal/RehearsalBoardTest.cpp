// Rehearsal findings about capturing on the board: undo, duplicates, merges,
// long and pasted text, categories and typing not yet sent.
#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "board/ItemDetailsDialog.h"
#include "document/Edits.h"
#include "window/Prompts.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QTimer>
#include <QTreeView>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("rehearsal: Ctrl+Z from the empty capture line undoes the board, not the typing") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    type(u"Weak leadership"_s);
    press(Qt::Key_Return);
    REQUIRE(gui.data().blockers.size() == 1);
    REQUIRE(QApplication::focusWidget() == board->blockerEdit());
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(gui.data().blockers.empty());
    CHECK(board->blockerEdit()->text().isEmpty()); // the typing did not come back
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(gui.data().blockers.size() == 1);

    // Typing not yet sent keeps its own undo.
    type(u"Budgets"_s);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(board->blockerEdit()->text().isEmpty());
    CHECK(gui.data().blockers.size() == 1);
}

TEST_CASE("rehearsal: after a merge Ctrl+Z separates them, and the merged-into blocker stays "
          "selected for its next solution") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    for (const QString& title : {u"Weak leadership"_s, u"No sponsor at the top"_s, u"Budgets"_s}) {
        type(title);
        press(Qt::Key_Return);
    }
    const Id leadership = gui.data().blockers[0].id;
    const Id sponsor = gui.data().blockers[1].id;
    board->selectItem(app::BoardModel::Kind::Blocker, sponsor);
    gui.prompts.itemToChoose = 0; // "Weak leadership"
    board->tree()->setFocus();
    press(Qt::Key_M, Qt::ControlModifier);
    REQUIRE(gui.data().blocker(sponsor)->mergedInto == leadership);
    CHECK(board->solutionTarget() == leadership);
    CHECK(app::BoardModel::idOf(board->tree()->currentIndex()) == leadership);

    board->solutionEdit()->setFocus();
    type(u"Coaching for the top team"_s);
    press(Qt::Key_Return);
    CHECK(solutionTexts(gui.data(), leadership) ==
          std::vector<QString>{u"Coaching for the top team"_s});

    press(Qt::Key_Z, Qt::ControlModifier); // the solution
    press(Qt::Key_Z, Qt::ControlModifier); // the merge
    CHECK_FALSE(gui.data().blocker(sponsor)->mergedInto);
}

TEST_CASE("rehearsal: the same title twice in one group is asked about first") {
    GuiFixture gui;
    type(u"Budgets"_s);
    press(Qt::Key_Return);
    gui.prompts.confirmAnswer = false;
    type(u"  budgets "_s);
    press(Qt::Key_Return);
    CHECK(gui.data().blockers.size() == 1);
    REQUIRE(gui.prompts.questions.size() == 1);
    CHECK(gui.prompts.questions[0].contains(u"“Budgets” is already on the board in Table 1"));
    CHECK(gui.window.boardPage()->blockerEdit()->text() == u"  budgets ");
    gui.prompts.confirmAnswer = true;
    press(Qt::Key_Return);
    CHECK(gui.data().blockers.size() == 2);
}

TEST_CASE("rehearsal: a long blocker counts its length near the limit and keeps the rest as its "
          "detail") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    type(QString(390, u'a'));
    CHECK(board->lengthLabel()->isHidden());
    type(QString(10, u'b'));
    CHECK(board->lengthLabel()->isVisibleTo(board));
    CHECK(board->lengthLabel()->text() == u"400 / 500");
    board->blockerEdit()->clear();

    QString pasted = u"Residents cannot renew a parking permit online. "_s;
    while (pasted.size() < 620)
        pasted += u"The form times out, the payment page is a different supplier's and the "
                  "confirmation never arrives. "_s;
    board->blockerEdit()->setText(pasted);
    CHECK(board->lengthLabel()->text().startsWith(
        u"%1 / 500: too long"_s.arg(pasted.trimmed().size())));
    press(Qt::Key_Return);
    REQUIRE(gui.data().blockers.size() == 1);
    const Blocker& added = gui.data().blockers.front();
    CHECK(added.title == u"Residents cannot renew a parking permit online.");
    CHECK(added.detail == pasted.simplified());
    CHECK(board->blockerEdit()->text().isEmpty());
}

TEST_CASE("rehearsal: a long title is cut to one line where solutions go, and the merge list "
          "stays on the screen") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    const QString long480 = QString(u"Very long blocker title "_s).repeated(20);
    board->blockerEdit()->setText(long480);
    press(Qt::Key_Return);
    type(u"Short one"_s);
    press(Qt::Key_Return);
    board->selectItem(app::BoardModel::Kind::Blocker, gui.data().blockers[0].id);
    QLabel* target = board->targetLabel();
    CHECK(target->text().endsWith(u"…"));
    CHECK(target->fontMetrics().horizontalAdvance(target->text()) <=
          std::max(target->width(), 600));
    CHECK(target->toolTip().contains(long480.trimmed()));

    // The real prompt, with a list of long titles: it fits the screen.
    app::Prompts prompts;
    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        const QRect screen = dialog->screen()->availableGeometry();
        CHECK(dialog->sizeHint().width() <= screen.width());
        dialog->findChild<QComboBox*>()->setCurrentIndex(1);
        checked = true;
        dialog->accept();
    });
    CHECK(prompts.chooseItem(&gui.window, u"Merge"_s, u"With:"_s, {long480, long480 + u"2"_s}, 0) ==
          1);
    CHECK(checked);
}

TEST_CASE("rehearsal: several lines pasted as a solution are offered as one solution a line") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    type(u"Budgets"_s);
    press(Qt::Key_Return);
    const Id blocker = gui.data().blockers.front().id;
    board->solutionEdit()->setFocus();
    QGuiApplication::clipboard()->setText(u"Invest to save\n\n  Pool budgets with neighbours\n"_s);
    press(Qt::Key_V, Qt::ControlModifier);
    REQUIRE_FALSE(gui.prompts.questions.isEmpty());
    CHECK(gui.prompts.questions.last().contains(u"2 lines"));
    CHECK(solutionTexts(gui.data(), blocker) ==
          std::vector<QString>{u"Invest to save"_s, u"Pool budgets with neighbours"_s});

    gui.prompts.confirmAnswer = false; // no: they go in as one line, to edit
    press(Qt::Key_V, Qt::ControlModifier);
    CHECK(board->solutionEdit()->text() == u"Invest to save Pool budgets with neighbours");
}

TEST_CASE("rehearsal: a category is changed from the context menu and the Details dialog") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    type(u"Staff spend hours rekeying data between systems"_s);
    press(Qt::Key_Return);
    const Blocker& added = gui.data().blockers.front();
    const Id id = added.id;
    const Category* customerInsight = nullptr;
    const Category* legacy = nullptr;
    for (const Category& c : gui.data().categories) {
        if (c.name == u"Customer insight")
            customerInsight = &c;
        if (c.name == u"Legacy & ageing software")
            legacy = &c;
    }
    REQUIRE(customerInsight);
    REQUIRE(legacy);
    CHECK(added.categoryId != customerInsight->id); // the rehearsal's wrong suggestion
    const Id legacyId = legacy->id;

    QMenu* menu = board->categoryMenu(id, board);
    QAction* choice = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text() == u"Legacy & ageing software")
            choice = action;
    }
    REQUIRE(choice);
    choice->trigger();
    CHECK(gui.data().blocker(id)->categoryId == legacyId);

    board->selectItem(app::BoardModel::Kind::Blocker, id);
    board->editDetails([](app::ItemDetailsDialog& dialog) {
        dialog.categoryBox()->setCurrentIndex(0); // (none)
    });
    CHECK_FALSE(gui.data().blocker(id)->categoryId);
}

TEST_CASE("rehearsal: typing not yet sent is kept with the session when the window closes") {
    TempDir dir;
    const QString path = dir.path(u"draft.unblock"_s);
    {
        FakePrompts prompts;
        app::MainWindow window(prompts);
        REQUIRE(window.newSession(path, true));
        window.show();
        window.boardPage()->blockerEdit()->setText(u"Half-typed blocker"_s);
        window.close();
    }
    FakePrompts prompts;
    app::MainWindow window(prompts);
    REQUIRE(window.openSession(path));
    CHECK(window.boardPage()->blockerEdit()->text() == u"Half-typed blocker");
    CHECK(expectOk(store::loadSession(window.document()->file())).blockers.empty());
    // Kept once: a session opened again afterwards starts clean.
    window.boardPage()->blockerEdit()->clear();
    window.closeSession();
    REQUIRE(window.openSession(path));
    CHECK(window.boardPage()->blockerEdit()->text().isEmpty());
}

TEST_CASE("rehearsal: Alt+Down pressed again moves the same blocker on, and a rename keeps "
          "the place") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    for (const QString& title : {u"First"_s, u"Second"_s, u"Third"_s, u"Fourth"_s}) {
        type(title);
        press(Qt::Key_Return);
    }
    const auto titles = [&gui] {
        QStringList out;
        for (const Blocker& b : gui.data().blockers)
            out << b.title;
        return out;
    };
    board->selectItem(app::BoardModel::Kind::Blocker, gui.data().blockers[0].id);
    board->tree()->setFocus();
    press(Qt::Key_Down, Qt::AltModifier);
    press(Qt::Key_Down, Qt::AltModifier);
    CHECK(titles() == QStringList{u"Second"_s, u"Third"_s, u"First"_s, u"Fourth"_s});
    press(Qt::Key_Up, Qt::AltModifier);
    CHECK(titles() == QStringList{u"Second"_s, u"First"_s, u"Third"_s, u"Fourth"_s});

    // F2 renames in place; afterwards the same row is selected and the tree has the keys.
    press(Qt::Key_F2);
    press(Qt::Key_End); // the editor opens with all its text selected
    QTest::keyClicks(QApplication::focusWidget(), u" of all"_s);
    press(Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits on a queued call
    CHECK(titles()[1] == u"First of all");
    CHECK(QApplication::focusWidget() == board->tree());
    const QModelIndex current = board->tree()->currentIndex();
    CHECK(current.data().toString() == u"First of all");
    press(Qt::Key_Down, Qt::AltModifier);
    CHECK(titles() == QStringList{u"Second"_s, u"Third"_s, u"First of all"_s, u"Fourth"_s});
}
