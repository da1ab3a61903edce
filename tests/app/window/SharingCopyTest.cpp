// File ▸ Save a Copy for Sharing, driven through the real window's menu.
#include "app/EveryDialog.h"
#include "app/window/GuiFixture.h"
#include "support/NamedSession.h"
#include "window/SharingCopyDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

QMenu* fileMenu(app::MainWindow& window) {
    QMenu* menu = window.menuBar()->actions().front()->menu();
    REQUIRE(menu);
    REQUIRE(menu->title() == u"&File");
    return menu;
}

// The letter Alt or an open menu takes for `text` ("Save a Copy for &Sharing…": s).
QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&' && text[i + 1] != u'&')
            return text[i + 1].toLower();
        if (text[i] == u'&')
            ++i;
    }
    return {};
}

// Opens the File menu and presses the item's letter, as a person does.
void chooseFromFileMenu(app::MainWindow& window, QChar letter) {
    QMenu* menu = fileMenu(window);
    menu->popup(window.mapToGlobal(QPoint(0, 0)));
    REQUIRE(QTest::qWaitForWindowExposed(menu));
    QTest::keyClick(menu, letter.toLatin1());
    REQUIRE(QTest::qWaitFor([&] { return !menu->isVisible(); }));
}

// The window on the named workshop, which it opens as an organiser does.
struct SharingFixture {
    SharingFixture() {
        REQUIRE(gui.window.openSession(workshop.path));
        before = sha256Of(workshop.path);
    }
    NamedWorkshop workshop;
    GuiFixture gui;
    QByteArray before;
    QString target = workshop.dir.path(u"for the programme.unblock"_s);
};

} // namespace

TEST_CASE("File ▸ Save a Copy for Sharing sits under Save a Copy with a letter of its own") {
    GuiFixture gui;
    const QList<QAction*> items = fileMenu(gui.window)->actions();
    auto* sharing = gui.window.findChild<QAction*>(u"saveSharingCopy"_s);
    REQUIRE(sharing);
    CHECK(sharing->text() == u"Save a Copy for &Sharing…");
    const qsizetype at = items.indexOf(sharing);
    REQUIRE(at > 0);
    CHECK(items[at - 1]->text() == u"Save a &Copy…");
    int sameLetter = 0;
    for (const QAction* item : items) {
        if (!item->isSeparator() && mnemonicOf(item->text()) == u's')
            ++sameLetter;
    }
    CHECK(sameLetter == 1);
    gui.window.closeSession();
    CHECK_FALSE(sharing->isEnabled()); // as Save a Copy: only with a session
}

TEST_CASE("File ▸ Save a Copy for Sharing writes a copy without people's names and leaves the "
          "session open as it was") {
    SharingFixture room;
    FakePrompts& prompts = room.gui.prompts;
    prompts.fileToSave = room.target;
    // Something arrives while the dialogs are open: the copy is of the
    // session as it is once they close.
    const QString meanwhile = u"Arrived while the dialogs were open"_s;
    const int asked = prompts.asked;
    prompts.whileAsking = [&] {
        if (prompts.asked == asked + 2) // while the file is chosen
            app::edits::addBlocker(room.gui.doc(), {meanwhile, {}, {}, {}, {}});
    };
    chooseFromFileMenu(room.gui.window, u's');
    INFO(prompts.errors.join(u"\n").toStdString());
    CHECK(prompts.errors.isEmpty());
    CHECK(prompts.asked == asked + 2); // what to keep, then where

    const QByteArray copy = readAll(room.target);
    INFO(room.workshop.mustBeGone(false).size() << " strings searched for");
    CHECK(room.workshop.foundIn(copy, false).join(u"\n").toStdString() == "");
    CHECK(room.workshop.missingFrom(copy).isEmpty());
    CHECK(copy.contains(meanwhile.toUtf8()));
    CHECK(room.gui.window.statusBar()->currentMessage().contains(u"for sharing"));
    // The organiser goes on in the session, names and all.
    CHECK(room.gui.window.document()->path() == QFileInfo(room.workshop.path).absoluteFilePath());
    CHECK(room.gui.data().details.facilitator == room.workshop.data.details.facilitator);
    auto shared = openSession(room.target, store::OpenMode::ReadOnly);
    const SessionData data = expectOk(store::loadSession(*shared));
    CHECK(data.blockers.size() == room.workshop.data.blockers.size() + 1);
    CHECK(data.details.facilitator.isEmpty());
}

TEST_CASE("Save a Copy for Sharing keeps the owners of actions when the box is ticked") {
    SharingFixture room;
    room.gui.prompts.fileToSave = room.target;
    room.gui.prompts.sharingOptions = store::SharingOptions{.keepOwners = true};
    chooseFromFileMenu(room.gui.window, u's');
    CHECK(room.gui.prompts.errors.isEmpty());
    const QByteArray copy = readAll(room.target);
    CHECK(room.workshop.foundIn(copy, true).join(u"\n").toStdString() == "");
    for (const QString& owner : room.workshop.owners)
        CHECK(copy.contains(owner.toUtf8()));
    CHECK(room.gui.window.statusBar()->currentMessage().contains(u"owners"));
}

TEST_CASE("Save a Copy for Sharing cancelled writes nothing, and the session itself is refused") {
    SharingFixture room;
    FakePrompts& prompts = room.gui.prompts;
    prompts.fileToSave = room.target;
    prompts.sharingOptions.reset(); // Cancel in the first dialog: no file is asked for
    const int asked = prompts.asked;
    chooseFromFileMenu(room.gui.window, u's');
    CHECK(prompts.asked == asked + 1);
    prompts.sharingOptions = store::SharingOptions{};
    prompts.fileToSave.clear(); // Cancel in the file dialog
    chooseFromFileMenu(room.gui.window, u's');
    CHECK_FALSE(QFile::exists(room.target));
    CHECK(prompts.errors.isEmpty());

    prompts.fileToSave = room.workshop.path;
    chooseFromFileMenu(room.gui.window, u's');
    REQUIRE(prompts.errors.size() == 1);
    CHECK(prompts.errors.front().startsWith(u"Could not save: "));
    CHECK(prompts.errors.front().contains(u"is the session itself"));
    CHECK(sha256Of(room.workshop.path) == room.before);
    CHECK(room.gui.window.document() != nullptr);
}

TEST_CASE("The sharing copy's dialog leaves owners out unless the box is ticked") {
    GuiFixture gui;
    app::SharingCopyDialog dialog(&gui.window);
    QCheckBox* keep = dialog.keepOwnersBox();
    CHECK_FALSE(keep->isChecked());
    CHECK_FALSE(dialog.options().keepOwners);
    CHECK(hasMnemonic(keep->text()));
    keep->click();
    CHECK(dialog.options().keepOwners);
}
