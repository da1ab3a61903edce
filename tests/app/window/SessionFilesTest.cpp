#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "store/Blockers.h"

#include <QFile>
#include <QLineEdit>
#include <QProcess>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("Reopening the session file finds everything there") {
    GuiFixture gui;
    type(u"Ageing software"_s);
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    type(u"No choice (budget deficits)"_s);
    press(Qt::Key_Return);
    const SessionData before = gui.data();
    CHECK(gui.window.windowTitle() == u"workshop.unblock — Unblock");

    gui.window.closeSession();
    CHECK(gui.window.document() == nullptr);
    REQUIRE(gui.window.openSession(gui.path));
    CHECK(gui.data() == before);
    CHECK(gui.data().groups.size() == 4); // the Really Useful Day template
    CHECK(gui.data().categories.size() == 14);
}

TEST_CASE("The last session opens again at start, unless it was closed on purpose") {
    TempDir dir;
    const QString path = dir.path(u"day.unblock"_s);
    {
        FakePrompts prompts;
        app::MainWindow window(prompts);
        REQUIRE(window.newSession(path, false));
    } // quitting keeps it as the last session
    {
        FakePrompts prompts;
        app::MainWindow window(prompts);
        window.reopenLastSession();
        REQUIRE(window.document() != nullptr);
        CHECK(window.document()->path() == QFileInfo(path).absoluteFilePath());
        window.closeSession();
    }
    FakePrompts prompts;
    app::MainWindow window(prompts);
    window.reopenLastSession();
    CHECK(window.document() == nullptr);
}

TEST_CASE("A file that cannot be opened is explained and left unchanged") {
    GuiFixture gui;
    const QString notes = gui.dir.path(u"notes.unblock"_s);
    writeAll(notes, "not a session");
    CHECK_FALSE(gui.window.openSession(notes));
    REQUIRE(gui.prompts.errors.size() == 1);
    CHECK(gui.prompts.errors[0].contains(u"not an Unblock session"));
    CHECK(readAll(notes) == "not a session");
    CHECK(gui.window.document()->path() ==
          QFileInfo(gui.path).absoluteFilePath()); // still on the old one
}

TEST_CASE("A session open in another window is offered read-only") {
    GuiFixture gui;
    type(u"Broadband"_s);
    press(Qt::Key_Return);
    FakePrompts prompts;
    app::MainWindow second(prompts);
    REQUIRE(second.openSession(gui.path));
    REQUIRE(prompts.offers.size() == 1);
    CHECK(prompts.offers[0].contains(u"already open"));
    CHECK(second.document()->isReadOnly());
    CHECK(second.windowTitle() == u"workshop.unblock [read-only] — Unblock");
    CHECK_FALSE(second.boardPage()->blockerEdit()->isEnabled());

    FakePrompts declining;
    declining.acceptReadOnly = false;
    app::MainWindow third(declining);
    CHECK_FALSE(third.openSession(gui.path));
    CHECK(third.document() == nullptr);
}

TEST_CASE("Save As continues in the new file, and Save a Copy leaves the session where it is") {
    GuiFixture gui;
    type(u"Legacy CMS"_s);
    press(Qt::Key_Return);
    const QString copy = gui.dir.path(u"copy.unblock"_s);
    const QString moved = gui.dir.path(u"final.unblock"_s);

    gui.prompts.fileToSave = copy;
    for (QAction* action : gui.window.findChildren<QAction*>()) {
        if (action->text() == u"Save a &Copy…")
            action->trigger();
    }
    CHECK(QFile::exists(copy));
    CHECK(gui.window.document()->path() == QFileInfo(gui.path).absoluteFilePath());

    gui.prompts.fileToSave = moved;
    for (QAction* action : gui.window.findChildren<QAction*>()) {
        if (action->text() == u"Save &As…")
            action->trigger();
    }
    CHECK(gui.window.document()->path() == QFileInfo(moved).absoluteFilePath());
    CHECK(gui.window.windowTitle() == u"final.unblock — Unblock");
    type(u"Only in the final file"_s);
    press(Qt::Key_Return);
    auto original = openSession(gui.path, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*original)).blockers.size() == 1);
    CHECK(gui.prompts.errors.isEmpty());
}

TEST_CASE("unblock-cli new and the window's New sessions start with the same tables and "
          "categories") {
    GuiFixture gui;
    const auto shape = [](const SessionData& data) {
        QStringList names;
        for (const Group& g : data.groups)
            names << u"group: "_s + g.name;
        for (const Category& c : data.categories)
            names << u"category: "_s + c.name;
        return names;
    };
    for (const bool blank : {false, true}) {
        INFO((blank ? "blank" : "Really Useful Day"));
        const QString byCli = gui.dir.path(blank ? u"cli-blank.unblock"_s : u"cli.unblock"_s);
        QStringList arguments{u"new"_s, byCli};
        if (blank)
            arguments << u"--blank"_s;
        QProcess cli;
        cli.start(QStringLiteral(UNBLOCK_CLI), arguments);
        REQUIRE(cli.waitForFinished(60000));
        REQUIRE(cli.exitCode() == 0);
        const SessionData fromCli = expectOk(store::loadSession(*openSession(byCli)));

        const QString byWindow =
            gui.dir.path(blank ? u"window-blank.unblock"_s : u"window.unblock"_s);
        REQUIRE(gui.window.newSession(byWindow, !blank));
        CHECK(shape(gui.data()) == shape(fromCli));
        CHECK(fromCli.groups.size() == (blank ? 0u : 4u));
        CHECK(fromCli.categories.empty() == blank);
    }
}
