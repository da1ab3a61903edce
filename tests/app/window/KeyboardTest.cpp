#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "voting/VotingPage.h"

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSpinBox>
#include <QTreeView>
#include <QUrl>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("Every menu command can be reached from the keyboard") {
    GuiFixture gui;
    QStringList unreachable;
    for (QAction* menuAction : gui.window.menuBar()->actions()) {
        CHECK(menuAction->text().contains(u'&')); // Alt+letter opens the menu
        for (QAction* action : menuAction->menu()->actions()) {
            if (action->isSeparator() || action->menu())
                continue;
            if (action->shortcut().isEmpty() && !action->text().contains(u'&'))
                unreachable << action->text();
        }
    }
    CHECK(unreachable.isEmpty());
    INFO(unreachable.join(u", ").toStdString());
}

TEST_CASE("The capture and voting controls have accessible names") {
    GuiFixture gui;
    app::BoardPage* board = gui.window.boardPage();
    for (QWidget* widget :
         std::initializer_list<QWidget*>{board->groupBox(), board->blockerEdit(),
                                         board->solutionEdit(), board->filterEdit(), board->tree()})
        CHECK_FALSE(widget->accessibleName().isEmpty());
    CHECK_FALSE(gui.window.votingPage()->paperVotersBox()->accessibleName().isEmpty());
    // The focus chain runs group → blocker → solution → filter → board.
    CHECK(board->groupBox()->nextInFocusChain() != nullptr);
    board->blockerEdit()->setFocus();
    type(u"x"_s);
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == board->solutionEdit());
    press(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == board->filterEdit());
    press(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == board->tree());
}

TEST_CASE("A session file dropped on the window opens") {
    GuiFixture gui;
    const QString other = gui.dir.path(u"dropped.unblock"_s);
    writeDemoSession(other);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other)});
    // As a drag does: enter (which the window accepts), then drop.
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&gui.window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&gui.window, &drop);
    INFO(gui.prompts.errors.join(u"; ").toStdString());
    REQUIRE(gui.window.document() != nullptr);
    CHECK(gui.window.document()->path() == QFileInfo(other).absoluteFilePath());
    CHECK(gui.window.windowTitle() == u"dropped.unblock — Unblock");
    CHECK(gui.data().blockers.size() == 14);
}
