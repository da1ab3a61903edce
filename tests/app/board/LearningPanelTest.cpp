// Beside the board, what other workshops in the library did about blockers
// like the one typed or selected: read in the background and never changed,
// one added with Enter noting where it came from, and the library chosen in
// Preferences.
#include "board/LearningPanel.h"

#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "model/ActionPlan.h"
#include "support/HostileLibrary.h"
#include "support/PastWorkshop.h"
#include "window/Preferences.h"
#include "window/PreferencesDialog.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

void writeWorkshop(const QString& path, const SessionData& data) {
    auto file = createSession(path);
    expectOk(store::writeSession(*file, data));
}

// The library as Preferences name it, for one test.
struct LibraryPreference {
    explicit LibraryPreference(const QString& folder) {
        app::Preferences prefs = app::Preferences::load();
        prefs.libraryFolder = folder;
        prefs.save();
    }
    ~LibraryPreference() { QSettings().remove(u"preferences"_s); }
};

// Preferences chosen in the dialog, forgotten after the test.
struct ForgetPreferences {
    ~ForgetPreferences() { QSettings().remove(u"preferences"_s); }
};

// A folder with Caerdydd's workshop in it and a file that is not a session.
struct LibraryDir {
    TempDir dir;
    QString folder = dir.path(u"library"_s);
    LibraryDir() {
        REQUIRE(QDir().mkpath(folder));
        writeWorkshop(
            folder + u"/caerdydd.unblock"_s,
            pastWorkshop(u"Caerdydd"_s, QDate(2026, 3, 12), u"No money for new systems"_s,
                         {u"Pool budgets with the neighbours"_s, u"Bid for national funding"_s}));
        writeAll(folder + u"/notes.unblock"_s, "not a session");
    }
    QByteArray fingerprint() const {
        QByteArray all;
        for (const QString& name : QDir(folder).entryList(QDir::Files, QDir::Name))
            all += name.toUtf8() + sha256Of(folder + u'/' + name);
        return all;
    }
};

void waitUntilRead(app::LearningPanel* panel) {
    REQUIRE(
        QTest::qWaitFor([panel] { return !panel->isReading() && !panel->isSearching(); }, 10'000));
}

QStringList rows(const QTreeWidget* list) {
    QStringList texts;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        texts << list->topLevelItem(row)->text(0);
    return texts;
}

const Solution* solutionTitled(const SessionData& data, const QString& text) {
    for (const Solution& s : data.solutions) {
        if (s.text == text)
            return &s;
    }
    return nullptr;
}

// File ▸ Preferences, as a person opens it; those closed before are gone.
app::PreferencesDialog* openPreferences(GuiFixture& gui) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (QAction* action : gui.window.findChildren<QAction*>()) {
        if (action->menuRole() == QAction::PreferencesRole)
            action->trigger();
    }
    const auto dialogs = gui.window.findChildren<app::PreferencesDialog*>();
    REQUIRE(dialogs.size() == 1);
    return dialogs.front();
}

} // namespace

TEST_CASE("Other workshops' solutions wait beside the blocker typed, and Enter adds one noting "
          "where it came from") {
    const LibraryDir library;
    const QByteArray before = library.fingerprint();
    const LibraryPreference preference(library.folder);
    GuiFixture gui;
    app::LearningPanel* panel = gui.window.boardPage()->learning();
    waitUntilRead(panel);
    CHECK(panel->isVisible());
    CHECK(panel->statusLabel()->text().startsWith(
        u"1 workshop in the library. 1 file could not be read."_s));
    // The file left out is one quiet line until asked for.
    CHECK(panel->unreadableButton()->isVisible());
    CHECK(panel->unreadableButton()->text() == u"Show the files not read (1)"_s);
    CHECK_FALSE(panel->unreadableList()->isVisible());
    panel->unreadableButton()->click();
    CHECK(panel->unreadableList()->isVisible());
    REQUIRE(panel->unreadableList()->topLevelItemCount() == 1);
    CHECK(panel->unreadableList()->topLevelItem(0)->text(0).startsWith(
        u"notes.unblock\n    is not an Unblock session"_s));
    panel->unreadableButton()->click();
    CHECK_FALSE(panel->unreadableList()->isVisible());
    CHECK(panel->list()->topLevelItemCount() == 0);

    // While the blocker is typed: what others did, but nothing to add it under yet.
    type(u"Not enough money"_s);
    REQUIRE(QTest::qWaitFor([panel] { return panel->list()->topLevelItemCount() == 2; }));
    CHECK(rows(panel->list())
              .join(u'\n')
              .contains(u"Caerdydd, 2026-03-12 · blocker not voted on · this solution not voted "
                        u"on · for “No money for new systems”"_s));
    CHECK(panel->statusLabel()->text().endsWith(u"For blockers like “Not enough money”:"_s));
    CHECK_FALSE(panel->addButton()->isEnabled());
    CHECK(panel->addButton()->toolTip().startsWith(u"Add the blocker first"_s));

    // On the board, the blocker takes them: Enter adds the one selected.
    press(Qt::Key_Return);
    const Id blockerId = gui.data().blockers.back().id;
    REQUIRE(gui.data().blocker(blockerId)->title == u"Not enough money");
    CHECK(panel->addButton()->isEnabled());
    panel->list()->setFocus();
    panel->list()->setCurrentItem(panel->list()->topLevelItem(1));
    const QString chosen = panel->list()->topLevelItem(1)->text(0).section(u'\n', 0, 0);
    press(Qt::Key_Return);
    const Solution* added = solutionTitled(gui.data(), chosen);
    REQUIRE(added);
    CHECK(added->blockerId == blockerId);
    CHECK(added->fromWorkshop == u"Caerdydd");
    CHECK(added->fromDate == QDate(2026, 3, 12));
    CHECK(gui.doc().undoStack()->undoText() == u"Add solution from the library");
    // The board selects it and says where it came from.
    const QModelIndex current = gui.window.boardPage()->tree()->currentIndex();
    CHECK(current.siblingAtColumn(0).data().toString() == chosen);
    CHECK(current.siblingAtColumn(1).data().toString() == u"from Caerdydd, 2026-03-12");
    // Listed still, selected still, marked as here; it cannot be added twice.
    CHECK(panel->list()->indexOfTopLevelItem(panel->list()->currentItem()) == 1);
    CHECK(panel->list()->topLevelItem(1)->text(0).startsWith(chosen +
                                                             u" (already a solution here)\n"_s));
    CHECK_FALSE(panel->addButton()->isEnabled());
    press(Qt::Key_Return);
    CHECK(gui.data().solutions.size() == 1);
    CHECK(panel->statusLabel()->text().endsWith(u"It is a solution of this blocker already."_s));

    // Undo takes it away, and it can be added again.
    gui.doc().undoStack()->undo();
    CHECK_FALSE(solutionTitled(gui.data(), chosen));
    panel->list()->setCurrentItem(panel->list()->topLevelItem(1));
    CHECK(panel->addButton()->isEnabled());

    // The session as written has it too, after the add is redone.
    gui.doc().undoStack()->redo();
    auto reopened = openSession(gui.path, store::OpenMode::ReadOnly);
    const SessionData onDisk = expectOk(store::loadSession(*reopened));
    REQUIRE(solutionTitled(onDisk, chosen));
    CHECK(learnedFrom(*solutionTitled(onDisk, chosen)) == u"Caerdydd, 2026-03-12");
    CHECK(library.fingerprint() == before); // the library is never written
}

TEST_CASE("The library follows Preferences and its folder, and is hidden without one") {
    const LibraryDir library;
    const ForgetPreferences forget;
    GuiFixture gui;
    app::LearningPanel* panel = gui.window.boardPage()->learning();
    CHECK_FALSE(panel->isVisible()); // no library yet

    app::PreferencesDialog* dialog = openPreferences(gui);
    QPushButton* ok = nullptr;
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        if (button->text() == u"&OK" || button->text() == u"OK")
            ok = button;
    }
    REQUIRE(ok);
    CHECK(dialog->libraryNote()->text() == u"No library: the board shows only this workshop.");
    dialog->libraryEdit()->setText(library.dir.path(u"elsewhere"_s));
    CHECK(dialog->libraryNote()->text().startsWith(u"There is no folder “"_s));
    CHECK_FALSE(ok->isEnabled());
    dialog->libraryEdit()->setText(library.folder + u"/notes.unblock"_s);
    CHECK(dialog->libraryNote()->text().contains(u"is a file, not a folder"_s));
    CHECK_FALSE(ok->isEnabled());
    dialog->libraryEdit()->setText(library.folder);
    CHECK(dialog->libraryNote()->text() == u"2 session files in this folder.");
    REQUIRE(ok->isEnabled());
    ok->click();
    CHECK(app::Preferences::load().libraryFolder == QDir::cleanPath(library.folder));
    waitUntilRead(panel);
    CHECK(panel->isVisible());
    CHECK(panel->statusLabel()->text().startsWith(u"1 workshop in the library."_s));

    // A session copied into the folder is read without asking; the
    // solution selected stays selected, wherever it is listed now.
    QTest::keyClicks(gui.window.boardPage()->blockerEdit(), u"Not enough money"_s);
    QTest::keyClick(gui.window.boardPage()->blockerEdit(), Qt::Key_Return);
    waitUntilRead(panel); // the search, off the interface thread
    REQUIRE(panel->list()->topLevelItemCount() == 2);
    panel->list()->setCurrentItem(panel->list()->topLevelItem(1));
    const QString selected = panel->list()->currentItem()->text(0).section(u'\n', 0, 0);
    QSignalSpy read(panel, &app::LearningPanel::libraryRead);
    writeWorkshop(library.folder + u"/abertawe.unblock"_s,
                  pastWorkshop(u"Abertawe"_s, QDate(2026, 6, 1), u"Budgets and money worries"_s,
                               {u"Stop paying for unused licences"_s,
                                u"pool budgets with the neighbours"_s}));
    REQUIRE(read.wait(10'000));
    waitUntilRead(panel);
    CHECK(panel->statusLabel()->text().startsWith(u"2 workshops in the library."_s));
    REQUIRE(panel->list()->topLevelItemCount() == 3); // one written by both
    CHECK(panel->list()->currentItem()->text(0).section(u'\n', 0, 0).startsWith(selected));
    CHECK(rows(panel->list())
              .join(u'\n')
              .contains(
                  u"pool budgets with the neighbours (2 workshops)\n"_s)); // as the latest wrote it

    // A session kept in the library's folder is left out of its library,
    // and its own writes are no reason to read the library again.
    REQUIRE(gui.window.newSession(library.folder + u"/here.unblock"_s, true));
    panel = gui.window.boardPage()->learning();
    waitUntilRead(panel);
    CHECK(panel->statusLabel()->text().startsWith(u"2 workshops in the library."_s));
    QSignalSpy readAgain(panel, &app::LearningPanel::libraryRead);
    QTest::keyClicks(gui.window.boardPage()->blockerEdit(), u"Budgets"_s);
    QTest::keyClick(gui.window.boardPage()->blockerEdit(), Qt::Key_Return);
    REQUIRE(gui.data().blockers.back().title == u"Budgets");
    CHECK_FALSE(readAgain.wait(2'000));
    waitUntilRead(panel);
    CHECK(panel->list()->topLevelItemCount() == 3); // Abertawe's and Caerdydd's

    // A library gone (a shared drive offline) is said, and stays chosen:
    // the other preferences can still be changed. The session open in the
    // folder is closed first: Windows removes no folder with a file in use.
    REQUIRE(gui.window.newSession(gui.dir.path(u"after.unblock"_s), true));
    panel = gui.window.boardPage()->learning();
    waitUntilRead(panel);
    QSignalSpy gone(panel, &app::LearningPanel::libraryRead);
    REQUIRE(QDir(library.folder).removeRecursively());
    REQUIRE(gone.wait(10'000));
    CHECK(panel->statusLabel()->text().startsWith(u"The library’s folder “"_s));
    app::PreferencesDialog* offline = openPreferences(gui);
    CHECK(offline->libraryNote()->text().endsWith(
        u"cannot be found now. It stays the library, read again when a session is opened."_s));
    QPushButton* keep = nullptr;
    for (QPushButton* button : offline->findChildren<QPushButton*>()) {
        if (button->text() == u"&OK" || button->text() == u"OK")
            keep = button;
    }
    REQUIRE(keep);
    CHECK(keep->isEnabled());
    offline->reject();

    app::PreferencesDialog* again = openPreferences(gui);
    again->libraryEdit()->clear();
    again->accept();
    CHECK_FALSE(panel->isVisible());
}

TEST_CASE(
    "A library of 400 workshops with 20 hostile files: the panel says how many were left out, "
    "lists them with why when asked, and suggests from the rest") {
    const TempDir dir;
    const QString folder = dir.path(u"library"_s);
    REQUIRE(QDir().mkpath(folder));
    const QStringList hostile = writeHostileLibrary(folder);
    const LibraryPreference preference(folder);
    GuiFixture gui;
    app::LearningPanel* panel = gui.window.boardPage()->learning();
    REQUIRE(QTest::qWaitFor([panel] { return !panel->isReading(); }, 30'000));
    CHECK(panel->statusLabel()->text().startsWith(
        u"380 workshops in the library. 20 files could not be read."_s));
    CHECK(panel->unreadableButton()->text() == u"Show the files not read (20)"_s);
    CHECK_FALSE(panel->unreadableList()->isVisible()); // not before the room unasked
    panel->unreadableButton()->click();
    CHECK(panel->unreadableList()->isVisible());
    CHECK(panel->unreadableButton()->text() == u"Hide the files not read"_s);
    REQUIRE(panel->unreadableList()->topLevelItemCount() == 20);
    QStringList listed;
    for (int row = 0; row < 20; ++row) {
        const QStringList lines = panel->unreadableList()->topLevelItem(row)->text(0).split(u'\n');
        REQUIRE(lines.size() == 2);
        listed << lines[0];
        CHECK(lines[1].trimmed().size() > 10); // why
    }
    listed.sort();
    QStringList expected = hostile;
    expected.sort();
    CHECK(listed == expected);

    // Typed on the board, a demo blocker finds what the 380 did.
    const SessionData demo = demoData();
    const QString title = demo.blocker(demo.solutions.front().blockerId)->title;
    gui.window.boardPage()->blockerEdit()->setText(title); // as typed, its quotes too
    REQUIRE(QTest::qWaitFor([panel] { return panel->list()->topLevelItemCount() > 0; }, 10'000));
    waitUntilRead(panel);
    const QString first = panel->list()->topLevelItem(0)->text(0);
    CHECK(first.section(u'\n', 0, 0).endsWith(u"(380 workshops)"_s));
    CHECK(first.section(u'\n', 1).trimmed().startsWith(u"Workshop "_s));
    CHECK(
        panel->list()->topLevelItem(0)->toolTip(0).contains(u"and others: 380 workshops in all"_s));
}
